// The platform as `npm start` runs it, as a function: migrate and seed the four built services, start them and
// the gateway (which serves the built web apps too), wait until all are ready. `npm start` calls it on the
// default ports; the browser tests (apps/web-e2e) on free ports, a database and a topic prefix of their own.
import { execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { root, services, SERVICE_NODE_FLAGS, waitReady } from './services.mjs';

const run = promisify(execFile);

export const DEFAULT_PORTS = Object.freeze({
  ...Object.fromEntries(services.map((s) => [s.name, s.port])),
  gateway: 8080,
});

/** The environment variable the gateway reads for a service's upstream (tools/gateway/routes.json). */
const upstreamVariable = (s) => `${s.root.toUpperCase()}_URL`;

/**
 * Starts the platform and resolves once every service is ready and the gateway answers.
 * - env: the services' environment (DATABASE_URL, KAFKA_TOPIC_PREFIX, TENANTS_FILE, CONSOLE_ORIGIN...), on top
 *   of process.env; the gateway gets it too (TENANTS_FILE: the frame-ancestors of the citizen web).
 * - outDir / webDir: the SWC build (dist/out) and the web apps (dist/web).
 * - logDir: one `<name>.log` per process, appended; or `lines`: a Map filled with each process's lines.
 * - onExit(name, code): a process ended while the platform was meant to run.
 */
export async function startPlatform({
  env = {},
  ports = DEFAULT_PORTS,
  outDir = path.join(root, 'dist/out'),
  webDir = path.join(root, 'dist/web'),
  logDir,
  seed = true,
  onExit = () => {},
  readyTimeoutMs = 90000,
} = {}) {
  const baseEnv = { ...process.env, ...env };
  const mainOf = (name) => path.join(outDir, 'apps', name, 'src/main.js');
  const children = new Map();
  const lines = new Map();
  let stopping = false;
  if (logDir) mkdirSync(logDir, { recursive: true });

  // env's DATABASE_URL is a superuser's (trust authentication locally): the roles are created here, each service
  // runs as its own (facile_<schema>) and migrates as facile_owner, as in production (ADR 5)
  const persistence = createRequire(import.meta.url)(
    path.join(outDir, 'libs/platform/persistence/src/index.js'),
  );
  await persistence.provisionLocalDatabaseRoles(baseEnv.DATABASE_URL);
  const roleEnv = (name) =>
    persistence.localServiceDatabaseUrls(baseEnv.DATABASE_URL, services.find((s) => s.name === name).root);

  const command = async (name, cmd) => {
    try {
      await run(process.execPath, [mainOf(name), cmd], {
        cwd: root,
        env: { ...baseEnv, ...roleEnv(name), LOG_LEVEL: 'warn' },
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (e) {
      throw new Error(`${name} ${cmd} failed: ${e.stderr ?? ''}${e.stdout ?? e.message}`);
    }
  };

  const launch = (name, script, extraEnv, flags = []) => {
    const child = spawn(process.execPath, [...flags, script], {
      cwd: root,
      env: { ...baseEnv, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const kept = [];
    lines.set(name, kept);
    const out = logDir ? createWriteStream(path.join(logDir, `${name}.log`), { flags: 'a' }) : undefined;
    for (const stream of [child.stdout, child.stderr]) {
      if (out) stream.pipe(out, { end: false });
      stream.on('data', (b) => {
        for (const l of b.toString().split('\n')) if (l) kept.push(l);
        if (kept.length > 2000) kept.splice(0, kept.length - 2000);
      });
    }
    child.once('exit', (code, signal) => {
      out?.end();
      if (!stopping) onExit(name, signal ?? code);
    });
    children.set(name, child);
    return child;
  };

  const stop = async () => {
    stopping = true;
    await Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };

  for (const s of services) {
    await command(s.name, 'migrate');
    if (seed) await command(s.name, 'seed');
  }
  const urlOf = (name) => `http://127.0.0.1:${ports[name]}`;
  for (const s of services)
    launch(s.name, mainOf(s.name), { ...roleEnv(s.name), PORT: String(ports[s.name]) }, SERVICE_NODE_FLAGS);
  launch('gateway', path.join(root, 'tools/gateway/gateway.mjs'), {
    GATEWAY_PORT: String(ports.gateway),
    GATEWAY_WEB_DIR: webDir,
    ...Object.fromEntries(services.map((s) => [upstreamVariable(s), urlOf(s.name)])),
  });
  try {
    await Promise.all(services.map((s) => waitReady(`${urlOf(s.name)}/health/ready`, readyTimeoutMs)));
    await waitReady(`${urlOf('gateway')}/gateway`, 30000);
  } catch (e) {
    await stop();
    const tails = [...lines.entries()]
      .map(([name, l]) => `--- ${name}\n${l.slice(-15).join('\n')}`)
      .join('\n');
    throw new Error(`${e.message}\n${tails}`);
  }
  return { gateway: urlOf('gateway'), urlOf, ports, lines, processes: children, stop };
}
