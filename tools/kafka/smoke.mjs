#!/usr/bin/env node
// Smoke test: kafkajs (the version in node_modules) against the broker on KAFKA_BROKERS (default 127.0.0.1:9092).
//
//   node tools/kafka/smoke.mjs            (SMOKE_VERBOSE=1 to print every kafkajs request/API version used)
//
// On a throwaway topic (created and deleted here — auto-creation is off) it checks:
//   1. idempotent producer (idempotent: true, maxInFlightRequests: 1, acks -1) → InitProducerId + Produce
//   2. consumer group consume from the beginning (FindCoordinator/JoinGroup/SyncGroup/Heartbeat/Fetch/OffsetCommit)
//   3. a second consumer joining the same group → rebalance; partitions split between both, new messages reach both,
//      nothing lost, no redelivery of committed messages
//   4. committed group offsets (OffsetFetch) equal the log end offsets (ListOffsets)
// and fails on any kafkajs ERROR log line (e.g. UNSUPPORTED_VERSION after KIP-896 removed old API versions in 4.0).
// Exit 0 on success, 1 on failure.

import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';

let kafkajs;
try {
  kafkajs = (await import('kafkajs')).default;
} catch (err) {
  console.error(`smoke: kafkajs not found (npm install): ${err.message}`);
  process.exit(1);
}
const { Kafka, logLevel } = kafkajs;
const kafkajsVersion =
  (await import('kafkajs/package.json', { with: { type: 'json' } }).catch(() => null))?.default?.version ??
  '?';

const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',');
const verbose = Boolean(process.env.SMOKE_VERBOSE);
const PARTITIONS = 3;
const PER_PARTITION = 10;
const TOTAL_TIMEOUT_MS = 120000;

const errors = [];
let brokerApiVersions = null; // [{apiKey, minVersion, maxVersion}] from the broker's ApiVersions response
const transient = [];
const apiVersions = new Map(); // "Produce" -> Set(versions)
const logCreator =
  () =>
  ({ namespace, level, log }) => {
    const { message, ...extra } = log;
    if (level === logLevel.DEBUG && message?.startsWith('Response ApiVersions') && extra.data?.apiVersions) {
      brokerApiVersions ??= extra.data.apiVersions;
      return;
    }
    if (level === logLevel.DEBUG && message?.startsWith('Request ')) {
      const m = /^Request (\w+)\(key: \d+, version: (\d+)\)/.exec(message);
      if (m) {
        if (!apiVersions.has(m[1])) apiVersions.set(m[1], new Set());
        apiVersions.get(m[1]).add(Number(m[2]));
      }
      return;
    }
    if (level === logLevel.ERROR) {
      // rebalancing is what the test provokes; coordinator loading/not available is retried by kafkajs
      // (only seen on a brand-new broker before kafka.mjs warmed it up). Everything else is a failure.
      const text = `${namespace}: ${message} ${extra.error ?? ''}`.trim();
      if (/rebalancing/i.test(text)) {
        if (!verbose) return; // expected: this is the rebalance the test provokes
      } else if (/coordinator is loading|coordinator is not available|Restarting the consumer/i.test(text))
        transient.push(text);
      else errors.push(text);
    }
    if (verbose || level <= logLevel.WARN) {
      if (level === logLevel.DEBUG && !verbose) return;
      if (!verbose && /rebalancing/i.test(`${message} ${extra.error ?? ''}`)) return; // the provoked rebalance
      const name = Object.keys(logLevel).find((k) => logLevel[k] === level);
      console.error(`  [kafkajs ${name} ${namespace}] ${message}${extra.error ? ` — ${extra.error}` : ''}`);
    }
  };

const kafka = new Kafka({
  clientId: 'kafka-smoke',
  brokers,
  logLevel: logLevel.DEBUG, // needed to see the API versions; filtered in logCreator
  logCreator,
});

const run = randomBytes(3).toString('hex');
const topic = `smoke.${run}`;
const groupId = `smoke-group-${run}`;
const admin = kafka.admin();
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
const consumers = [];
let finished = false;

const step = (s) => console.log(`smoke: ${s}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}
async function waitFor(what, pred, timeoutMs = 30000) {
  const t0 = Date.now();
  while (!pred()) {
    if (Date.now() - t0 > timeoutMs)
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}

function makeConsumer(name) {
  const c = {
    name,
    consumer: kafka.consumer({
      groupId,
      sessionTimeout: 10000,
      heartbeatInterval: 1000,
      rebalanceTimeout: 20000,
    }),
    received: [], // {value, partition, offset}
    joins: [], // {generationId, partitions}
  };
  c.consumer.on(c.consumer.events.GROUP_JOIN, ({ payload }) => {
    const partitions = payload.memberAssignment[topic] ?? [];
    c.joins.push({ partitions, leader: payload.isLeader });
    if (finished) return; // re-joins while cleaning up
    step(
      `${name} joined the group (leader: ${payload.isLeader}, ${payload.duration} ms) with partitions [${partitions.join(',')}]`,
    );
  });
  c.consumer.on(c.consumer.events.CRASH, ({ payload }) =>
    (payload.restart ? transient : errors).push(
      `${name} crashed${payload.restart ? ' (restarted)' : ''}: ${payload.error?.message}`,
    ),
  );
  consumers.push(c);
  return c;
}

async function start(c) {
  await c.consumer.connect();
  await c.consumer.subscribe({ topic, fromBeginning: true });
  await c.consumer.run({
    eachMessage: async ({ partition, message }) => {
      c.received.push({ value: message.value.toString(), partition, offset: message.offset });
    },
  });
}

const batch = (tag) =>
  Array.from({ length: PARTITIONS }, (_, p) =>
    Array.from({ length: PER_PARTITION }, (_, i) => ({
      partition: p,
      key: `k${p}-${i}`,
      value: `${tag}-${p}-${i}`,
    })),
  ).flat();

async function main() {
  const t0 = Date.now();
  step(`kafkajs ${kafkajsVersion} → ${brokers.join(',')}`);
  await admin.connect();
  const cluster = await admin.describeCluster();
  step(`cluster ${cluster.clusterId}, ${cluster.brokers.length} broker(s), controller ${cluster.controller}`);

  assert(
    await admin.createTopics({
      topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
      waitForLeaders: true,
    }),
    'topic created',
  );
  step(`created ${topic} (${PARTITIONS} partitions)`);

  await producer.connect();
  const first = batch('a');
  const res1 = await producer.send({ topic, acks: -1, messages: first });
  assert(
    res1.length === PARTITIONS && res1.every((r) => r.errorCode === 0),
    `produce ok: ${JSON.stringify(res1)}`,
  );
  step(
    `idempotent producer sent ${first.length} messages (acks -1) → ${res1.map((r) => `p${r.partition}@${r.baseOffset}`).join(' ')}`,
  );

  const a = makeConsumer('consumer-A');
  await start(a);
  await waitFor('consumer-A to read the first batch', () => a.received.length >= first.length);
  assert(a.joins.at(-1).partitions.length === PARTITIONS, 'A alone owns every partition');
  step(`consumer-A read ${a.received.length}/${first.length}`);
  // let auto-commit happen before the rebalance (kafkajs commits after each batch / on rebalance)
  await sleep(500);

  const b = makeConsumer('consumer-B');
  const joinsA = a.joins.length;
  await start(b);
  await waitFor('the rebalance (A re-joins, B joins)', () => a.joins.length > joinsA && b.joins.length > 0);
  const pa = a.joins.at(-1).partitions;
  const pb = b.joins.at(-1).partitions;
  assert(
    pa.length > 0 && pb.length > 0,
    `both members own partitions after the rebalance (A [${pa}], B [${pb}])`,
  );
  assert(
    new Set([...pa, ...pb]).size === PARTITIONS && pa.length + pb.length === PARTITIONS,
    'partitions split without overlap',
  );
  step(`rebalanced: A [${pa.join(',')}], B [${pb.join(',')}]`);

  const second = batch('b');
  const res2 = await producer.send({ topic, acks: -1, messages: second });
  assert(
    res2.every((r) => r.errorCode === 0),
    'second produce ok',
  );
  step(`sent ${second.length} more messages`);
  const isB = (m) => m.value.startsWith('b-');
  const allB = () => [...a.received, ...b.received].filter(isB);
  await waitFor(
    'the second batch across both consumers',
    () => new Set(allB().map((m) => m.value)).size >= second.length,
  );
  const fromA = a.received.filter(isB);
  const fromB = b.received.filter(isB);
  assert(
    fromA.length > 0 && fromB.length > 0,
    `both consumers got messages (A ${fromA.length}, B ${fromB.length})`,
  );
  assert(
    fromA.every((m) => pa.includes(m.partition)) && fromB.every((m) => pb.includes(m.partition)),
    'each consumer only got its own partitions',
  );
  const dupA =
    a.received.filter((m) => m.value.startsWith('a-')).length +
    b.received.filter((m) => m.value.startsWith('a-')).length -
    first.length;
  assert(dupA === 0, `no redelivery of the committed first batch after the rebalance (${dupA} duplicates)`);
  assert(allB().length === second.length, `no duplicates in the second batch (${allB().length})`);
  step(`second batch: A got ${fromA.length}, B got ${fromB.length}, no loss, no duplicates`);

  // committed offsets == end offsets
  let committed;
  const ends = new Map((await admin.fetchTopicOffsets(topic)).map((o) => [o.partition, o.offset]));
  for (let i = 0; i < 50; i++) {
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    committed = t.partitions;
    if (committed.every((p) => p.offset === ends.get(p.partition))) break;
    await sleep(200);
  }
  assert(
    committed.every((p) => p.offset === ends.get(p.partition)),
    `committed ${JSON.stringify(committed)} == end offsets ${JSON.stringify([...ends])}`,
  );
  step(`group offsets committed up to the log end (${[...ends.values()].join('/')})`);

  assert(errors.length === 0, `no kafkajs errors: ${errors.join(' | ')}`);
  if (transient.length)
    step(
      `note: ${transient.length} transient coordinator error(s), retried by kafkajs: ${transient.join(' | ')}`,
    );
  const compat = apiCompatibility();
  if (compat) {
    const bad = compat.filter((r) => !r.ok);
    step(
      `API check: ${compat.length - bad.length}/${compat.length} kafkajs APIs have a version the broker accepts` +
        (bad.length
          ? `; NOT usable: ${bad.map((r) => `${r.name} (kafkajs ${r.kafkajs}, broker ${r.broker})`).join(', ')}`
          : ''),
    );
    if (verbose)
      for (const r of compat)
        step(
          `  ${r.ok ? 'ok ' : 'BAD'} ${r.name.padEnd(28)} kafkajs ${r.kafkajs.padEnd(7)} broker ${r.broker.padEnd(8)} → v${r.used}`,
        );
  }
  step(
    `kafkajs API versions used: ${[...apiVersions].map(([k, v]) => `${k} v${[...v].sort((x, y) => x - y).join('/')}`).join(', ')}`,
  );
  step(`OK in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * kafkajs picks min(its highest implemented version, broker max) and never looks at the broker's minimum, so an
 * API breaks when kafkajs' highest version is below the broker's minimum (what KIP-896 raised in Kafka 4.0).
 */
function apiCompatibility() {
  if (!brokerApiVersions) return null;
  const require = createRequire(import.meta.url);
  const { requests } = require('kafkajs/src/protocol/requests');
  const apiKeys = require('kafkajs/src/protocol/requests/apiKeys');
  const broker = new Map(brokerApiVersions.map((v) => [v.apiKey, v]));
  const rows = [];
  for (const [name, def] of Object.entries(requests)) {
    const versions = def.versions.map(Number);
    if (versions.length === 0) continue; // not implemented by kafkajs
    const b = broker.get(apiKeys[name]);
    const kMax = Math.max(...versions);
    const used = b ? Math.min(kMax, b.maxVersion) : null;
    const ok = b != null && used >= b.minVersion;
    rows.push({
      name,
      kafkajs: `v${Math.min(...versions)}-v${kMax}`,
      broker: b ? `v${b.minVersion}-v${b.maxVersion}` : 'absent',
      used,
      ok,
    });
  }
  return rows;
}

async function cleanup() {
  finished = true;
  for (const c of consumers) await c.consumer.disconnect().catch(() => {});
  await producer.disconnect().catch(() => {});
  try {
    await admin.deleteTopics({ topics: [topic], timeout: 10000 });
    await admin.deleteGroups([groupId]).catch(() => {});
    step(`deleted ${topic} and group ${groupId}`);
  } catch (err) {
    console.error(`smoke: cleanup failed: ${err.message}`);
  }
  await admin.disconnect().catch(() => {});
}

const timer = setTimeout(() => {
  console.error(`smoke: FAILED — overall timeout ${TOTAL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
timer.unref();

let code = 0;
try {
  await main();
} catch (err) {
  code = 1;
  console.error(`smoke: FAILED — ${err.message}`);
  if (errors.length) console.error(`smoke: kafkajs errors:\n  ${errors.join('\n  ')}`);
  if (apiVersions.size)
    console.error(
      `smoke: API versions seen: ${[...apiVersions].map(([k, v]) => `${k} v${[...v].join('/')}`).join(', ')}`,
    );
} finally {
  await cleanup();
}
process.exit(code);
