// The bench's own platform: the four built services as child processes on ports 23001–23004 (BENCH_PORT_BASE
// + 1…4), a database,
// a topic prefix, a Redis key prefix and an SMTP sink of their own, so a running `npm start` is never touched.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { root, mainOf, services, SERVICE_NODE_FLAGS, waitReady } from '../../dev/services.mjs';

/** Every port of the bench is BENCH_PORT_BASE + a fixed offset, so two benches can run side by side. */
export const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 23000);
export const BENCH_SERVICES = [
  { name: 'catalogue', port: PORT_BASE + 1 },
  { name: 'scheduling', port: PORT_BASE + 2 },
  { name: 'identity-assistance', port: PORT_BASE + 3 },
  { name: 'notifications', port: PORT_BASE + 4 },
];
export const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT ?? PORT_BASE + 25);
export const SMTP_HTTP_PORT = Number(process.env.BENCH_SMTP_HTTP_PORT ?? PORT_BASE + 80);

export function benchEnv() {
  const stamp = Date.now();
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/facile_bench';
  if (!/bench/.test(new URL(databaseUrl).pathname))
    throw new Error(`BENCH_DATABASE_URL must name a bench database (it is dropped): ${databaseUrl}`);
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    KAFKA_TOPIC_PREFIX: `bench.${stamp}.`,
    REDIS_KEY_PREFIX: `bench:${stamp}:`,
    // Scheduling and notifications refuse the development LINK_SECRET in production (ADR 0019).
    LINK_SECRET: process.env.BENCH_LINK_SECRET ?? `bench-only-link-secret-${stamp}-0123456789`,
    OPT_OUT_SECRET: process.env.BENCH_OPT_OUT_SECRET ?? `bench-only-opt-out-secret-${stamp}-0123456789`,
    // Production requires an identity provider (ADR 16). The bench calls only public endpoints, so the local
    // Keycloak's key set is named but never fetched: it need not run.
    JWKS_URL: process.env.JWKS_URL ?? 'http://127.0.0.1:8180/realms/facile/protocol/openid-connect/certs',
    JWT_ISSUER: process.env.JWT_ISSUER ?? 'http://127.0.0.1:8180/realms/facile',
    JWT_AUDIENCE: process.env.JWT_AUDIENCE ?? 'facile-api',
    // As shipped: nodemailer's pool of SMTP_POOL_CONNECTIONS (10). BENCH_SMTP_QUERY adds nodemailer options to
    // the URL (e.g. '?maxMessages=50').
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}/${process.env.BENCH_SMTP_QUERY ?? ''}`,
    LOG_LEVEL: 'warn',
    // The bench is one client booking thousands of times: the slot-hoarding limits (ADR 0019) would measure 429s.
    HOLDS_PER_CLIENT: '100000',
    OPEN_HOLDS_PER_CLIENT: '10000',
    BOOKINGS_PER_CLIENT: '100000',
    BOOKINGS_PER_CONTACT: '100000',
  };
}

const persistence = () =>
  createRequire(import.meta.url)(path.join(root, 'dist/out/libs/platform/persistence/src/index.js'));

/**
 * The bench's DATABASE_URL is a superuser's (it seeds and reads across tenants); each service runs as its own
 * role and migrates as the owner, as `npm start` and production do (ADR 5): a superuser service refuses to start.
 */
export async function provisionRoles(databaseUrl) {
  await persistence().provisionLocalDatabaseRoles(databaseUrl);
}
export const roleEnv = (env, name) =>
  persistence().localServiceDatabaseUrls(env.DATABASE_URL, services.find((s) => s.name === name).root);

export function must(title, args, env) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
  if (r.status !== 0) throw new Error(`${title} failed (exit ${r.status})`);
}

/** Drops and recreates the bench database: every run starts from the same empty state. */
export async function recreateDatabase(databaseUrl) {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** configEntries: topic settings of the bench's own topics (the region scenario's larger max.message.bytes). */
export async function createTopics(env, configEntries = []) {
  const topics = JSON.parse(readFileSync(path.join(root, 'libs/contracts/src/lib/topics.json'), 'utf8'));
  const kafka = new Kafka({
    clientId: 'bench',
    brokers: env.KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: Object.entries(topics).flatMap(([name, spec]) => [
      {
        topic: `${env.KAFKA_TOPIC_PREFIX}${name}`,
        numPartitions: spec.partitions,
        replicationFactor: 1,
        configEntries,
      },
      { topic: `${env.KAFKA_TOPIC_PREFIX}${name}.dlq`, numPartitions: 1, replicationFactor: 1 },
    ]),
  });
  return {
    async drop() {
      try {
        const mine = (await admin.listTopics()).filter((t) => t.startsWith(env.KAFKA_TOPIC_PREFIX));
        if (mine.length) await admin.deleteTopics({ topics: mine });
      } finally {
        await admin.disconnect();
      }
    },
  };
}

export function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}

/** Starts one service and waits for /health/ready; resolves to {child, readyMs, logs}. */
export async function startService(s, env) {
  const logs = [];
  const started = Date.now();
  // BENCH_PROFILE=<service> writes a V8 CPU profile of that service into $TMPDIR/facile-bench-profiles at exit.
  const profile =
    process.env.BENCH_PROFILE === s.name
      ? ['--cpu-prof', `--cpu-prof-dir=${path.join(tmpdir(), 'facile-bench-profiles')}`]
      : [];
  const child = spawn(process.execPath, [...SERVICE_NODE_FLAGS, ...profile, mainOf(s.name)], {
    cwd: root,
    env: { ...env, ...roleEnv(env, s.name), PORT: String(s.port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (b) => {
    logs.push(...b.toString().split('\n').filter(Boolean));
    if (logs.length > 200) logs.splice(0, logs.length - 200);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`${s.name} exited (${code}) before ready:\n${logs.slice(-20).join('\n')}`)),
    ),
  );
  exited.catch(() => undefined);
  await Promise.race([waitReady(`http://127.0.0.1:${s.port}/health/ready`, 60000), exited]);
  return { child, readyMs: Date.now() - started, logs };
}

export function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * CPU time used so far by what is not the chain's services, in ms (USER_HZ is 100 on Linux): every PostgreSQL
 * process (the pools' backends live as long as the services), the Kafka broker (the JVM running kafka.Kafka), this
 * bench process (the HTTP load, the SMTP sink, the settle loop) and the whole machine (/proc/stat, all cores).
 * The booking line reports them per booking beside the services' own, so a throughput target can be read against
 * what the rest of the chain costs on the same cores.
 */
export function surroundingsCpuMs() {
  let postgresql = 0;
  let broker = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      if (comm === 'postgres') postgresql += ms;
      else if (comm === 'java' && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('kafka.Kafka'))
        broker += ms;
    } catch {
      // a process that ended between the listing and the read
    }
  }
  const own = process.cpuUsage();
  const total = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: busy is all but idle and iowait
  const busy = total[0] + total[1] + total[2] + total[5] + total[6] + (total[7] ?? 0);
  return { postgresql, broker, bench: (own.user + own.system) / 1000, machine: busy * 10 };
}

/** CPU time (user + system) a process has used so far, in ms. */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
