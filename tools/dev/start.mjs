#!/usr/bin/env node
// `npm start`: the whole platform on this machine — real Kafka, PostgreSQL and Redis, a mail sink, the
// four services (migrated and seeded), the two web apps (built) and the gateway on :8080 serving them all.
// Ctrl-C stops what it started (the broker and mail sink stay up for the next run; `npm run kafka:down` stops
// the broker).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { identityEnv } from '../identity/identity.mjs';
import { checkPostgres, checkRedis, isListening } from './checks.mjs';
import { DEFAULT_PORTS, startPlatform } from './platform.mjs';
import { root, services } from './services.mjs';
import { buildWebApps } from './web-build.mjs';

const env = {
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/facile',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
};
const logs = path.join(root, '.run/logs');
mkdirSync(logs, { recursive: true });
const say = (m) => process.stdout.write(`${m}\n`);

function run(title, args, extraEnv = {}) {
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env, ...extraEnv },
  });
  if (r.status !== 0) {
    say(`✖ ${title} failed`);
    process.exit(1);
  }
}

let platform;
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  say('\nStopping the services…');
  setTimeout(() => process.exit(0), 20000).unref();
  Promise.resolve(platform?.stop()).then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const pgCheck = await checkPostgres(env.DATABASE_URL);
const redisCheck = await checkRedis(env.REDIS_URL);
for (const c of [pgCheck, redisCheck]) say(`${c.ok ? '✔' : '✖'} ${c.detail}`);
if (!pgCheck.ok || !redisCheck.ok) process.exit(1);

run('Kafka broker', ['tools/kafka/kafka.mjs', 'up']);
// Staff sign-in: Keycloak on 127.0.0.1:8180 with the realm facile; the services trust its JWKS (ADR 16).
run('identity provider (Keycloak)', ['tools/identity/identity.mjs', 'up']);
for (const [k, v] of Object.entries(identityEnv())) env[k] ??= v;
// the console signs in there (ADR 24): the gateway's CSP lets the console talk to that origin
env.GATEWAY_IDENTITY_URL ??= env.JWT_ISSUER;
if (await isListening(1025)) say('✔ something already listens on :1025 (SMTP); reusing it');
else {
  const out = createWriteStream(path.join(logs, 'mail-sink.log'), { flags: 'a' });
  const sink = spawn(process.execPath, ['tools/mail-sink/mail-sink.mjs'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  sink.stdout.pipe(out);
  sink.stderr.pipe(out);
  sink.unref();
  say('✔ development mail sink: SMTP :1025, messages at http://localhost:1080');
}
run('build', ['tools/build/build.mjs']);
say('▶ building the web apps (citizen web, desk console)');
if (!buildWebApps()) {
  say('✖ the web apps did not build (npx nx run-many -t build -p citizen-web,desk-console)');
  process.exit(1);
}
try {
  platform = await startPlatform({
    env,
    ports: DEFAULT_PORTS,
    logDir: logs,
    onExit: (name, code) => say(`✖ ${name} exited (${code}); see .run/logs/${name}.log`),
  });
} catch (e) {
  say(`✖ ${e.message}\n  Logs are in .run/logs/.`);
  process.exit(1);
}
say('\nSportello FACILE Territoriale is running:');
say('  citizen web       http://localhost:8080/');
say('  desk console      http://localhost:8080/sportello/');
for (const s of services) {
  say(
    `  ${s.name.padEnd(18)} http://localhost:8080/${s.root}/v1   docs http://localhost:8080/${s.root}/docs`,
  );
}
say('  gateway routes    http://localhost:8080/gateway   health http://localhost:8080/health');
say('  mail sink         http://localhost:1080');
say('  identity provider http://127.0.0.1:8180/realms/facile/account   (development users: README)');
say('  staff token       npm run -s token -- --role operator --site cesena-centro');
say('  logs              .run/logs/<service>.log');
say('Ctrl-C stops the services.');
