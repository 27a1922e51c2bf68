#!/usr/bin/env node
// `npm start`: the whole platform on this machine — real Kafka, PostgreSQL and Redis, a mail sink, the
// four services (migrated and seeded) and the gateway on :8080. Ctrl-C stops what it started (the broker
// and mail sink stay up for the next run; `npm run kafka:down` stops the broker).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { identityEnv } from '../identity/identity.mjs';
import { checkPostgres, checkRedis, isListening } from './checks.mjs';
import { mainOf, root, services, waitReady } from './services.mjs';

const env = {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/facile',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
};
const logs = path.join(root, '.run/logs');
mkdirSync(logs, { recursive: true });
const say = (m) => process.stdout.write(`${m}\n`);
const children = [];

function run(title, args, extraEnv = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) {
    say(`✖ ${title} failed`);
    process.exit(1);
  }
}

function launch(name, args, extraEnv = {}, detached = false) {
  const out = createWriteStream(path.join(logs, `${name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  if (detached) child.unref();
  else children.push({ name, child });
  child.on('exit', (code, signal) => {
    if (!stopping && !detached) say(`✖ ${name} exited (${signal ?? code}); see .run/logs/${name}.log`);
  });
  return child;
}

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  say('\nStopping the services…');
  for (const { child } of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 12000).unref();
  Promise.all(children.map(({ child }) => new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r))))).then(() => process.exit(0));
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
if (await isListening(1025)) say('✔ something already listens on :1025 (SMTP); reusing it');
else {
  launch('mail-sink', ['tools/mail-sink/mail-sink.mjs'], {}, true);
  say('✔ development mail sink: SMTP :1025, messages at http://localhost:1080');
}
run('build', ['tools/build/build.mjs']);
for (const s of services) {
  run(`${s.name} migrate`, [mainOf(s.name), 'migrate'], { LOG_LEVEL: 'warn' });
  run(`${s.name} seed`, [mainOf(s.name), 'seed'], { LOG_LEVEL: 'warn' });
}
for (const s of services) launch(s.name, [mainOf(s.name)], { PORT: String(s.port) });
launch('gateway', ['tools/gateway/gateway.mjs']);

try {
  await Promise.all(services.map((s) => waitReady(`http://127.0.0.1:${s.port}/health/ready`, 90000)));
  await waitReady('http://127.0.0.1:8080/', 30000);
} catch (e) {
  say(`✖ ${e.message}\n  Logs are in .run/logs/.`);
  stop();
}
say('\nSportello FACILE Territoriale is running:');
say('  gateway           http://localhost:8080');
for (const s of services) {
  say(`  ${s.name.padEnd(18)} http://localhost:8080/${s.root}/v1   docs http://localhost:8080/${s.root}/docs`);
}
say('  mail sink         http://localhost:1080');
say('  identity provider http://127.0.0.1:8180/realms/facile/account   (development users: README)');
say('  staff token       npm run -s token -- --role operator --site cesena-centro');
say('  logs              .run/logs/<service>.log');
say('Ctrl-C stops the services.');
