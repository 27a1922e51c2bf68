#!/usr/bin/env node
// `npm run bench`: quality.md's benchmarks on a database and topic prefix of their own (never disturbing a
// running platform), results in bench/results/latest.json and a table on stdout. Benchmarks that a later
// issue fills report `null` until then.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { Kafka, logLevel } from 'kafkajs';
import { root, waitReady } from '../dev/services.mjs';

const BENCH_SERVICES = [
  { name: 'catalogue', port: 23001 },
  { name: 'scheduling', port: 23002 },
  { name: 'identity-assistance', port: 23003 },
  { name: 'notifications', port: 23004 },
];
const prefix = `bench.${Date.now()}.`;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/facile_bench',
  KAFKA_TOPIC_PREFIX: prefix,
  REDIS_KEY_PREFIX: `bench:${Date.now()}:`,
  LOG_LEVEL: 'warn',
};
const mainOf = (name) => path.join(root, 'dist/out/apps', name, 'src/main.js');
const say = (m) => process.stdout.write(`${m}\n`);

function must(title, args, extraEnv = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) throw new Error(`${title} failed`);
}

async function createTopics() {
  const topics = JSON.parse(readFileSync(path.join(root, 'libs/contracts/src/lib/topics.json'), 'utf8'));
  const kafka = new Kafka({ clientId: 'bench', brokers: (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: Object.entries(topics).flatMap(([name, spec]) => [
      { topic: `${prefix}${name}`, numPartitions: spec.partitions, replicationFactor: 1 },
      { topic: `${prefix}${name}.dlq`, numPartitions: 1, replicationFactor: 1 },
    ]),
  });
  return { kafka, admin };
}

function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function load(url, { connections = 50, duration = 10, ...rest } = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, ...rest }, (err, r) => (err ? reject(err) : resolve(r)));
  });
}

const results = {
  availability: null,
  booking: null,
  contention: null,
  pipeline: null,
  footprint: {},
  health: {},
};

must('Kafka broker', ['tools/kafka/kafka.mjs', 'up']);
must('build', ['tools/build/build.mjs']);
const { kafka, admin } = await createTopics();
const children = [];
try {
  for (const s of BENCH_SERVICES) must(`${s.name} migrate`, [mainOf(s.name), 'migrate']);
  for (const s of BENCH_SERVICES) must(`${s.name} seed`, [mainOf(s.name), 'seed']);
  for (const s of BENCH_SERVICES) {
    const started = Date.now();
    const child = spawn(process.execPath, [mainOf(s.name)], { cwd: root, env: { ...env, PORT: String(s.port) }, stdio: 'ignore' });
    children.push(child);
    await waitReady(`http://127.0.0.1:${s.port}/health/ready`, 60000);
    results.footprint[s.name] = { readyMs: Date.now() - started, rssMb: null, rssIdleMb: null };
  }
  await new Promise((r) => setTimeout(r, 2000));
  BENCH_SERVICES.forEach((s, i) => (results.footprint[s.name].rssIdleMb = rssMb(children[i].pid)));

  for (const s of BENCH_SERVICES) {
    const r = await load(`http://127.0.0.1:${s.port}/health/live`, { duration: 5 });
    results.health[s.name] = { rps: Math.round(r.requests.average), p99Ms: r.latency.p99, errors: r.non2xx + r.errors };
  }
  BENCH_SERVICES.forEach((s, i) => (results.footprint[s.name].rssMb = rssMb(children[i].pid)));
} finally {
  for (const c of children) c.kill('SIGTERM');
  const topics = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
  await admin.deleteTopics({ topics }).catch(() => undefined);
  await admin.disconnect();
  void kafka;
}

mkdirSync(path.join(root, 'bench/results'), { recursive: true });
writeFileSync(path.join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
say('\nbenchmark            figure');
for (const [name, f] of Object.entries(results.footprint)) {
  say(`footprint ${name.padEnd(20)} ready ${f.readyMs} ms, RSS idle ${f.rssIdleMb} MB, after load ${f.rssMb} MB (target ≤ 200 MB, ready ≤ 5 s)`);
}
for (const [name, h] of Object.entries(results.health)) say(`/health/live ${name.padEnd(18)} ${h.rps} req/s, p99 ${h.p99Ms} ms`);
for (const k of ['availability', 'booking', 'contention', 'pipeline']) if (!results[k]) say(`${k.padEnd(20)} not measured yet`);
say('results: bench/results/latest.json');
process.exit(0);
