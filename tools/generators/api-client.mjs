#!/usr/bin/env node
// Regenerates libs/web/api-client from the four services' OpenAPI documents (`npm run generate:api-client`).
//
//   (no flag)      fetch /<root>/openapi.json from a running platform (default http://127.0.0.1:8080)
//   --from URL     the same from another base URL (the gateway, or one service's own port)
//   --services     build, migrate and start the four built services on free ports by itself, fetch, stop
//   --offline      use the committed snapshots (libs/web/api-client/openapi/*.json) and regenerate the types
//   --check        write nothing: exit 1 naming every snapshot or generated file that is stale
//
// Snapshots are written with every object's keys sorted, so a diff shows what changed in the contract and
// nothing else. Types are generated with openapi-typescript and formatted with the repository's Prettier.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { mainOf, services } from '../dev/services.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lib = path.join(root, 'libs/web/api-client');
const snapshotOf = (s) => path.join(lib, 'openapi', `${s.root}.json`);
const typesOf = (s) => path.join(lib, 'src/generated', `${s.root}.ts`);
const say = (m) => process.stdout.write(`${m}\n`);

/** Same value, every object's keys in code-point order (arrays keep their order: it means something). */
export function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, sortKeys(value[k])]),
  );
}

/** The snapshot text of a document, as committed. */
export async function snapshotText(doc, file) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(JSON.stringify(sortKeys(doc)), { ...options, filepath: file });
}

/** The generated TypeScript of a document, as committed. */
export async function typesText(doc, file, service) {
  // enumValues: each enum also as a list the web apps can offer (filters, choices) without writing it again;
  // JSON-LD's constant `@type` members are left out (they would share a name with a plain `type` member).
  const ast = (await openapiTS(structuredClone(doc), { silent: true, enumValues: true })).filter(
    (node) => !/^export const \w+Values\b[^=]*\["@/.test(astToString(node)),
  );
  const header =
    `// Generated from the ${service} service's OpenAPI document (libs/web/api-client/openapi/${path.basename(file, '.ts')}.json)\n` +
    '// by `npm run generate:api-client`. Do not edit by hand.\n';
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(header + astToString(ast), { ...options, filepath: file });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function fetchDocument(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return await res.json();
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = e.cause?.message ?? e.message;
    }
    if (Date.now() > deadline) throw new Error(`${url}: ${last}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function fromPlatform(base) {
  const docs = new Map();
  for (const s of services)
    docs.set(s, await fetchDocument(`${base.replace(/\/$/, '')}/${s.root}/openapi.json`, 0));
  return docs;
}

/**
 * Starts the four built services (dist/out) on free ports, on a database and Kafka/Redis prefixes of their
 * own, without relays or consumers, only to read their documents; always stops them.
 */
async function fromOwnServices() {
  const env = {
    ...process.env,
    DATABASE_URL:
      process.env.API_CLIENT_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/facile_api_client',
    KAFKA_TOPIC_PREFIX: process.env.API_CLIENT_KAFKA_TOPIC_PREFIX ?? 'api-client.',
    REDIS_KEY_PREFIX: 'api-client:',
    OUTBOX_RELAY_ENABLED: 'false',
    KAFKA_CONSUMERS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
  };
  if (!process.argv.includes('--no-build')) {
    say('building the services (tools/build/build.mjs)');
    if (spawnSync(process.execPath, ['tools/build/build.mjs'], { cwd: root, stdio: 'inherit' }).status !== 0)
      throw new Error('build failed');
  }
  for (const s of services) {
    if (!existsSync(mainOf(s.name))) throw new Error(`${mainOf(s.name)} is missing: build first`);
    const r = spawnSync(process.execPath, [mainOf(s.name), 'migrate'], { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0)
      throw new Error(`${s.name} migrate failed (is PostgreSQL up?): ${r.stderr || r.stdout}`);
  }
  const children = [];
  const stopAll = () =>
    Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  const onSignal = () => void stopAll().then(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const docs = new Map();
    await Promise.all(
      services.map(async (s) => {
        const port = await freePort();
        const logs = [];
        const child = spawn(process.execPath, [mainOf(s.name)], {
          cwd: root,
          env: { ...env, PORT: String(port) },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        children.push(child);
        child.stdout.on('data', (b) => logs.push(b.toString()));
        child.stderr.on('data', (b) => logs.push(b.toString()));
        const exited = new Promise((_, reject) =>
          child.once('exit', (code) =>
            reject(new Error(`${s.name} exited (${code}): ${logs.join('').slice(-2000)}`)),
          ),
        );
        docs.set(
          s,
          await Promise.race([
            fetchDocument(`http://127.0.0.1:${port}/${s.root}/openapi.json`, 90000),
            exited,
          ]),
        );
        say(`${s.name}: document read from :${port}`);
      }),
    );
    return docs;
  } finally {
    await stopAll();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

function fromSnapshots() {
  const docs = new Map();
  for (const s of services) docs.set(s, JSON.parse(readFileSync(snapshotOf(s), 'utf8')));
  return docs;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const fromIndex = args.indexOf('--from');
  const offline = args.includes('--offline');
  let docs;
  if (offline) docs = fromSnapshots();
  else if (args.includes('--services')) docs = await fromOwnServices();
  else docs = await fromPlatform(fromIndex >= 0 ? args[fromIndex + 1] : 'http://127.0.0.1:8080');

  const outputs = [];
  for (const [s, doc] of docs) {
    if (!offline) outputs.push([snapshotOf(s), await snapshotText(doc, snapshotOf(s))]);
    outputs.push([typesOf(s), await typesText(sortKeys(doc), typesOf(s), s.name)]);
  }
  const stale = outputs.filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
  if (check) {
    if (stale.length === 0) return say('libs/web/api-client is current');
    for (const [file] of stale) say(`stale: ${path.relative(root, file)}`);
    say('run `npm run generate:api-client -- --services` (or `-- --offline` after editing a snapshot)');
    process.exitCode = 1;
    return;
  }
  for (const [file, text] of outputs) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  say(
    stale.length
      ? `written: ${stale.map(([f]) => path.relative(root, f)).join(', ')}`
      : 'libs/web/api-client was already current',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`generate:api-client: ${e.message}\n`);
    process.exit(2);
  });
}
