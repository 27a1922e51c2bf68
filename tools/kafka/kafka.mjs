#!/usr/bin/env node
// Local single-node Apache Kafka (KRaft) for development and tests — no Docker.
//
//   node tools/kafka/kafka.mjs up [--prefix P]      start (or reuse) the broker on KAFKA_BROKERS and create the topics
//   node tools/kafka/kafka.mjs topics [--prefix P]  only create the topics (broker must be up)
//   node tools/kafka/kafka.mjs status               is it listening, whose is it, which topics (exit 3 when down)
//   node tools/kafka/kafka.mjs down                 stop the broker started by this tool
//   node tools/kafka/kafka.mjs logs [N]             last N lines (default 60) of tools/kafka/.data/kafka.log
//   node tools/kafka/kafka.mjs reset                down + delete tools/kafka/.data (all topics and offsets)
//
// Broker jars come from Maven Central via tools/kafka/pom.xml into tools/kafka/.cache/libs (fetched once).
// Data, generated server.properties, pid file and log live in tools/kafka/.data. Both dirs are git-ignored.
// Env: KAFKA_BROKERS (default 127.0.0.1:9092), KAFKA_TOPIC_PREFIX, KAFKA_CONTROLLER_PORT (default 9093),
//      KAFKA_HEAP_OPTS (default "-Xmx512m -Xms256m"), JAVA_HOME, KAFKA_READY_TIMEOUT_MS (default 90000).
// Security (a second broker for tests; the development broker stays plaintext on loopback), ADR 0018:
//      KAFKA_SECURITY=sasl_ssl  SASL_SSL (SCRAM-SHA-512/256) on the broker port, SSL with client certificates
//                               required (mutual TLS) on port + 2, ACLs enforced (StandardAuthorizer), super user
//                               `admin` (KAFKA_ADMIN_PASSWORD, default admin-secret) for this tool. A CA, the broker's
//                               and a client's certificate are generated with openssl into <data dir>/ssl.
//      KAFKA_SCRAM_USERS="name=password,…"  SCRAM users created when the storage is formatted (use `reset` first).
// See docs/adr/0002-kafka-broker.md.
//
// Importable (e.g. from a test global-setup):
//   import { ensureKafka, stopKafka, isListening } from '../../tools/kafka/kafka.mjs';

import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { livePidFromFile, pidAlive, tail as tailOf } from '../lib/local-process.mjs';

const TOOL_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = findRepoRoot(TOOL_DIR);
const CACHE_DIR = path.join(TOOL_DIR, '.cache');
const LIBS_DIR = path.join(CACHE_DIR, 'libs');
const LIBS_MARKER = path.join(LIBS_DIR, '.fetched');
// KAFKA_DATA_DIR lets a second broker (e.g. the outage suite's, on other ports) live beside the first.
const DATA_DIR = process.env.KAFKA_DATA_DIR
  ? path.resolve(process.env.KAFKA_DATA_DIR)
  : path.join(TOOL_DIR, '.data');
const LOG_DIRS = path.join(DATA_DIR, 'kraft-logs');
const SERVER_PROPERTIES = path.join(DATA_DIR, 'server.properties');
const PID_FILE = path.join(DATA_DIR, 'kafka.pid');
const LOG_FILE = path.join(DATA_DIR, 'kafka.log');
const LOCK_DIR = path.join(DATA_DIR, '.lock');
const POM = path.join(TOOL_DIR, 'pom.xml');
const LOG4J2_CONFIG = path.join(TOOL_DIR, 'log4j2.properties');
const TOPICS_JSON = path.join(REPO_ROOT, 'libs/contracts/src/lib/topics.json');

const DEFAULT_BROKERS = '127.0.0.1:9092';

const SECURITY = (process.env.KAFKA_SECURITY || 'plaintext').toLowerCase();
if (!['plaintext', 'sasl_ssl'].includes(SECURITY))
  throw new Error(`KAFKA_SECURITY must be plaintext or sasl_ssl, not ${SECURITY}`);
const SECURE = SECURITY === 'sasl_ssl';
const SSL_DIR = path.join(DATA_DIR, 'ssl');
const ADMIN_USER = 'admin';
const ADMIN_PASSWORD = process.env.KAFKA_ADMIN_PASSWORD || 'admin-secret';

const NODE_ID = 1;

// ---------------------------------------------------------------------------------------------------------------
// small helpers

export class KafkaToolError extends Error {}

function fail(message) {
  throw new KafkaToolError(message);
}

function findRepoRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'nx.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(start, '../..');
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let quiet = false;
function say(line) {
  if (!quiet) process.stderr.write(`[kafka] ${line}\n`);
}

function brokerList() {
  return (process.env.KAFKA_BROKERS || DEFAULT_BROKERS)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseHostPort(hostPort) {
  const i = hostPort.lastIndexOf(':');
  if (i < 0) fail(`bad broker address "${hostPort}" (expected host:port)`);
  return { host: hostPort.slice(0, i).replace(/^\[|\]$/g, ''), port: Number(hostPort.slice(i + 1)) };
}

const isLocalHost = (host) => ['127.0.0.1', 'localhost', '::1', '0.0.0.0'].includes(host);

function resolvePrefix(prefix) {
  const p = prefix ?? process.env.KAFKA_TOPIC_PREFIX ?? '';
  if (!/^[a-zA-Z0-9._-]*$/.test(p)) fail(`bad topic prefix "${p}" (allowed: letters, digits, . _ -)`);
  return p;
}

const tail = (file, lines = 60) => tailOf(file, lines, REPO_ROOT);

/** Pid of the server started by this tool, if alive and really ours (guards against pid reuse). */
function ourBrokerPid() {
  return livePidFromFile(PID_FILE, 'kafka.Kafka');
}

/** True when something accepts TCP connections on the (first) broker address. */
export function isListening(hostPort = brokerList()[0], timeoutMs = 1000) {
  const { host, port } = parseHostPort(hostPort);
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function loadKafkajs() {
  try {
    const mod = await import('kafkajs');
    return mod.default ?? mod;
  } catch (err) {
    fail(`kafkajs not found (run npm install in ${REPO_ROOT}): ${err.message}`);
  }
}

async function withAdmin(fn, { silent = false, connectionTimeout = 3000, retries = 5 } = {}) {
  const { Kafka, logLevel } = await loadKafkajs();
  const kafka = new Kafka({
    clientId: 'kafka-local-tool',
    brokers: brokerList(),
    ...clientSecurity(),
    connectionTimeout,
    requestTimeout: 10000,
    retry: { retries, initialRetryTime: 200, maxRetryTime: 2000 },
    logLevel: silent ? logLevel.NOTHING : logLevel.ERROR,
  });
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------------
// lock: two parallel `up` (e.g. several test global-setups) must not start two brokers or fetch twice

async function withLock(fn, timeoutMs = 240000) {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'owner'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      let owner = NaN;
      try {
        owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'owner'), 'utf8'));
      } catch {
        // owner file not written yet, or lock just released
      }
      const stale =
        (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) ||
        (Number.isNaN(owner) && Date.now() - statMtime(LOCK_DIR) > 10000);
      if (stale) {
        fs.rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        fail(`timed out waiting for the lock ${path.relative(REPO_ROOT, LOCK_DIR)} (held by pid ${owner})`);
      if (!announced) say(`another kafka.mjs (pid ${owner}) is starting the broker, waiting…`);
      announced = true;
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

function statMtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return Date.now();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// java + jars

function javaBin() {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (r.error) fail(`java not found (${java}): install a JDK 17+ or set JAVA_HOME`);
  const m = /version "(\d+)(?:\.(\d+))?/.exec(r.stderr || '');
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (major < 17) fail(`Kafka 4.x needs Java 17+, found: ${(r.stderr || '').split('\n')[0]}`);
  return java;
}

function pomHash() {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
}

/** Resolves the broker jars with Maven unless .cache/libs already holds the set for the current pom.xml. */
function ensureJars() {
  const hash = pomHash();
  try {
    if (fs.readFileSync(LIBS_MARKER, 'utf8').trim() === hash) return false;
  } catch {
    // not fetched yet
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) fail('maven not found (mvn): needed once to fetch the Kafka jars from Maven Central');
  say('fetching Kafka jars from Maven Central (first run only)…');
  const tmp = `${LIBS_DIR}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const t0 = Date.now();
  const r = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${tmp}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', cwd: TOOL_DIR, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.error || r.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    const out = `${r.stdout || ''}${r.stderr || ''}`.trim().split('\n').slice(-30).join('\n');
    fail(`maven fetch failed (exit ${r.status ?? r.error?.message}):\n${out}`);
  }
  if (!fs.readdirSync(tmp).some((f) => /^kafka_2\.13-.*\.jar$/.test(f))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    fail('maven fetch failed: kafka_2.13 jar missing from the resolved dependencies');
  }
  fs.writeFileSync(path.join(tmp, '.fetched'), `${hash}\n`);
  fs.rmSync(LIBS_DIR, { recursive: true, force: true });
  fs.renameSync(tmp, LIBS_DIR);
  say(`jars ready in ${path.relative(REPO_ROOT, LIBS_DIR)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// broker config, format, start

function writeServerProperties(port, controllerPort) {
  const props = {
    'process.roles': 'broker,controller',
    'node.id': NODE_ID,
    'controller.quorum.voters': `${NODE_ID}@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    ...(SECURE ? secureListenerProperties(port, controllerPort) : {}),
    'log.dirs': LOG_DIRS,
    'auto.create.topics.enable': false,
    'num.partitions': 3,
    'default.replication.factor': 1,
    'offsets.topic.replication.factor': 1,
    'offsets.topic.num.partitions': 10,
    'transaction.state.log.replication.factor': 1,
    'transaction.state.log.min.isr': 1,
    'transaction.state.log.num.partitions': 5,
    'share.coordinator.state.topic.replication.factor': 1,
    'share.coordinator.state.topic.min.isr': 1,
    'group.initial.rebalance.delay.ms': 0,
    'num.network.threads': 2,
    'num.io.threads': 4,
    'num.recovery.threads.per.data.dir': 1,
    'log.retention.hours': 168,
    'log.segment.bytes': 64 * 1024 * 1024,
    'log.retention.check.interval.ms': 300000,
  };
  const text = [
    '# Generated by tools/kafka/kafka.mjs at every start — edit the script, not this file.',
    ...Object.entries(props).map(([k, v]) => `${k}=${v}`),
    '',
  ].join('\n');
  fs.writeFileSync(SERVER_PROPERTIES, text);
}

/** Client port of the generated server.properties (what our running broker listens on). */
function runningListener() {
  try {
    return (
      /^listeners=[A-Z_]+:\/\/[^:]+:(\d+)/m.exec(fs.readFileSync(SERVER_PROPERTIES, 'utf8'))?.[1] ?? null
    );
  } catch {
    return null;
  }
}

const isFormatted = () => fs.existsSync(path.join(LOG_DIRS, 'meta.properties'));

/** Kafka's Uuid text form: 16 random bytes, URL-safe base64 without padding. */
/**
 * A KRaft cluster id: 16 random bytes in base64url. One in 32 of those starts with '-' (or '_'), which the storage
 * tool's argument parser takes for an option, so the id is passed as `--cluster-id=<id>` and never as a separate word.
 */
function newClusterId() {
  return randomBytes(16).toString('base64url');
}

function classpath() {
  return `${LIBS_DIR}${path.sep}*`;
}

function formatStorage(java) {
  const clusterId = newClusterId();
  say(`formatting storage (cluster id ${clusterId})…`);
  // Static quorum (controller.quorum.voters) => plain `format -t <id> -c <props>`; `--standalone` is only for
  // the dynamic quorum (controller.quorum.bootstrap.servers) and is rejected together with static voters.
  const r = spawnSync(
    java,
    [
      `-Dlog4j2.configurationFile=${LOG4J2_CONFIG}`,
      '-cp',
      classpath(),
      'kafka.tools.StorageTool',
      'format',
      `--cluster-id=${clusterId}`,
      '-c',
      SERVER_PROPERTIES,
      ...(SECURE
        ? scramUsers().flatMap(({ name, password }) =>
            ['SCRAM-SHA-512', 'SCRAM-SHA-256'].flatMap((m) => [
              '--add-scram',
              `${m}=[name=${name},password=${password}]`,
            ]),
          )
        : []),
    ],
    { encoding: 'utf8' },
  );
  if (r.error || r.status !== 0) {
    fail(`storage format failed (exit ${r.status}):\n${`${r.stdout || ''}${r.stderr || ''}`.trim()}`);
  }
}

function jvmArgs() {
  const heap = (process.env.KAFKA_HEAP_OPTS || '-Xmx512m -Xms256m').split(/\s+/).filter(Boolean);
  return [
    '-server',
    ...heap,
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:InitiatingHeapOccupancyPercent=35',
    '-XX:+ExplicitGCInvokesConcurrent',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${LOG4J2_CONFIG}`,
    `-Dkafka.logs.dir=${DATA_DIR}`,
    '-cp',
    classpath(),
    'kafka.Kafka',
    SERVER_PROPERTIES,
  ];
}

function startBroker(java) {
  // keep the previous run's log for post-mortems, start a fresh one
  if (fs.existsSync(LOG_FILE)) fs.renameSync(LOG_FILE, `${LOG_FILE}.1`);
  const out = fs.openSync(LOG_FILE, 'a');
  const child = spawn(java, jvmArgs(), { cwd: DATA_DIR, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  if (!child.pid) fail('could not start java');
  fs.writeFileSync(PID_FILE, `${child.pid}\n`);
  const state = { exited: false, code: null, signal: null };
  child.once('exit', (code, signal) => Object.assign(state, { exited: true, code, signal }));
  child.unref();
  return { pid: child.pid, state };
}

/** Waits until the broker answers metadata requests (a listening socket alone is not enough in KRaft). */
async function waitReady({ timeoutMs, state, pid }) {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'not listening yet';
  while (Date.now() < deadline) {
    if (state?.exited) break;
    if (await isListening()) {
      try {
        const cluster = await withAdmin((admin) => admin.describeCluster(), { silent: true, retries: 0 });
        if (cluster.brokers.length > 0 && cluster.controller != null) return cluster;
        lastError = 'no controller/broker registered yet';
      } catch (err) {
        lastError = err.message;
      }
    }
    await sleep(500);
  }
  if (!state) {
    // not started by this call: something (maybe ours, still booting; maybe not Kafka at all) listens there
    fail(
      `no Kafka broker answers on ${brokerList()[0]} after ${Math.round(timeoutMs / 1000)} s (${lastError})` +
        (ourBrokerPid() ? `; our broker's log: node tools/kafka/kafka.mjs logs` : ''),
    );
  }
  const why = state.exited
    ? `the broker exited (code ${state.code}${state.signal ? `, signal ${state.signal}` : ''})`
    : `not ready after ${Math.round(timeoutMs / 1000)} s (${lastError})`;
  if (pid && !state.exited && pidAlive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  fs.rmSync(PID_FILE, { force: true });
  fail(
    `Kafka failed to start: ${why}. Last lines of ${path.relative(REPO_ROOT, LOG_FILE)}:\n${tail(LOG_FILE, 40)}`,
  );
}

/**
 * On a fresh broker the group coordinator (__consumer_offsets is created on first use) and the producer-id
 * manager answer COORDINATOR_NOT_AVAILABLE / COORDINATOR_LOAD_IN_PROGRESS for a few seconds. kafkajs retries,
 * but its consumer "crashes" and restarts once and it logs errors; warm both up here so clients never see that.
 */
async function warmUp() {
  const { Kafka, logLevel } = await loadKafkajs();
  const kafka = new Kafka({
    clientId: 'kafka-local-tool',
    brokers: brokerList(),
    ...clientSecurity(),
    logLevel: logLevel.NOTHING,
  });
  const admin = kafka.admin({ retry: { retries: 20, initialRetryTime: 200, maxRetryTime: 1000 } });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  try {
    await admin.connect();
    await admin.describeGroups(['kafka-local-warmup']); // FindCoordinator(GROUP) => __consumer_offsets loaded
    await producer.connect(); // InitProducerId => producer ids available
  } catch (err) {
    say(`warning: warm-up failed (clients may retry for a few seconds): ${err.message}`);
  } finally {
    await producer.disconnect().catch(() => {});
    await admin.disconnect().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------------------------
// security (KAFKA_SECURITY=sasl_ssl): certificates, listeners, users, the tool's own client

/** The SCRAM users to create at format time: the tool's super user and KAFKA_SCRAM_USERS. */
function scramUsers() {
  const users = [{ name: ADMIN_USER, password: ADMIN_PASSWORD }];
  for (const pair of (process.env.KAFKA_SCRAM_USERS || '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const i = pair.indexOf('=');
    const name = pair.slice(0, i);
    const password = pair.slice(i + 1);
    if (i < 1 || !/^[A-Za-z0-9._-]+$/.test(name) || !/^[A-Za-z0-9._~-]+$/.test(password))
      fail(`KAFKA_SCRAM_USERS: "${pair}" is not name=password (letters, digits, . _ - ~)`);
    users.push({ name, password });
  }
  return users;
}

function openssl(args) {
  const r = spawnSync('openssl', args, { cwd: SSL_DIR, encoding: 'utf8' });
  if (r.error || r.status !== 0) fail(`openssl ${args[0]} failed: ${r.error?.message ?? r.stderr}`);
}

/** A test CA, the broker's certificate (127.0.0.1, localhost) and a client certificate (CN=facile-mtls-client). */
export function ensureCertificates() {
  if (fs.existsSync(path.join(SSL_DIR, 'client.crt'))) return SSL_DIR;
  fs.mkdirSync(SSL_DIR, { recursive: true });
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '30',
    '-subj',
    '/CN=facile-test-kafka-ca',
  ]);
  const sign = (name, cn, ext) => {
    openssl([
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
      '-subj',
      `/CN=${cn}`,
    ]);
    fs.writeFileSync(path.join(SSL_DIR, `${name}.ext`), `${ext}\n`);
    openssl([
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '30',
      '-extfile',
      `${name}.ext`,
    ]);
  };
  sign(
    'broker',
    'localhost',
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth',
  );
  sign('client', 'facile-mtls-client', 'extendedKeyUsage=clientAuth');
  const read = (f) => fs.readFileSync(path.join(SSL_DIR, f), 'utf8');
  // Kafka's PEM key store: the (unencrypted PKCS#8) private key, then the certificate chain.
  fs.writeFileSync(
    path.join(SSL_DIR, 'broker.pem'),
    `${read('broker.key')}${read('broker.crt')}${read('ca.crt')}`,
  );
  say(`certificates in ${path.relative(REPO_ROOT, SSL_DIR)} (CA, broker, client CN=facile-mtls-client)`);
  return SSL_DIR;
}

function secureListenerProperties(port, controllerPort) {
  const dir = ensureCertificates();
  const jaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username="${ADMIN_USER}" password="${ADMIN_PASSWORD}";`;
  return {
    listeners: `SASL_SSL://127.0.0.1:${port},SSL://127.0.0.1:${port + 2},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `SASL_SSL://127.0.0.1:${port},SSL://127.0.0.1:${port + 2}`,
    'inter.broker.listener.name': 'SASL_SSL',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL,SSL:SSL',
    'sasl.enabled.mechanisms': 'SCRAM-SHA-512,SCRAM-SHA-256',
    'sasl.mechanism.inter.broker.protocol': 'SCRAM-SHA-512',
    'listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config': jaas,
    'listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config': jaas,
    'ssl.keystore.type': 'PEM',
    'ssl.keystore.location': path.join(dir, 'broker.pem'),
    'ssl.truststore.type': 'PEM',
    'ssl.truststore.location': path.join(dir, 'ca.crt'),
    'ssl.endpoint.identification.algorithm': 'https',
    // mutual TLS on the SSL listener only; the principal is the certificate's CN (as Strimzi's TLS users)
    'listener.name.ssl.ssl.client.auth': 'required',
    'ssl.principal.mapping.rules': 'RULE:^CN=([^,]+)$/$1/,DEFAULT',
    'authorizer.class.name': 'org.apache.kafka.metadata.authorizer.StandardAuthorizer',
    'allow.everyone.if.no.acl.found': false,
    // admin: this tool and inter-broker traffic; ANONYMOUS: the broker talking to its own controller on loopback
    'super.users': `User:${ADMIN_USER};User:ANONYMOUS`,
  };
}

/** kafkajs settings of this tool's own admin and warm-up clients. */
function clientSecurity() {
  if (!SECURE) return {};
  return {
    ssl: { ca: [fs.readFileSync(path.join(ensureCertificates(), 'ca.crt'), 'utf8')] },
    sasl: { mechanism: 'scram-sha-512', username: ADMIN_USER, password: ADMIN_PASSWORD },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// topics

export function readTopicSpecs(file = TOPICS_JSON) {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    fail(`cannot read topics from ${path.relative(REPO_ROOT, file)}: ${err.message}`);
  }
  return Object.entries(json).map(([name, spec]) => {
    const partitions = Number(spec?.partitions);
    if (!Number.isInteger(partitions) || partitions < 1)
      fail(`topics.json: "${name}" needs an integer "partitions" >= 1`);
    return { name, partitions };
  });
}

/** Creates every contract topic and its `<topic>.dlq` (1 partition) under the prefix; existing topics are left alone. */
export async function ensureTopics({ prefix } = {}) {
  const p = resolvePrefix(prefix);
  const wanted = readTopicSpecs().flatMap((t) => [
    { topic: `${p}${t.name}`, numPartitions: t.partitions },
    { topic: `${p}${t.name}.dlq`, numPartitions: 1 },
  ]);
  return withAdmin(async (admin) => {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t.topic));
    if (missing.length > 0) {
      try {
        await admin.createTopics({
          topics: missing.map((t) => ({ ...t, replicationFactor: 1 })),
          waitForLeaders: true,
          timeout: 30000,
        });
      } catch (err) {
        // a parallel creator may have won the race: only fail when a topic is still missing
        const now = new Set(await admin.listTopics());
        const still = missing.filter((t) => !now.has(t.topic));
        if (still.length > 0)
          fail(`creating topics failed (${still.map((t) => t.topic).join(', ')}): ${err.message}`);
      }
    }
    // existing topics are never altered, but say so when they differ from topics.json
    const present = wanted.filter((t) => existing.has(t.topic));
    if (present.length > 0) {
      const { topics } = await admin.fetchTopicMetadata({ topics: present.map((t) => t.topic) });
      const counts = new Map(topics.map((t) => [t.name, t.partitions.length]));
      for (const t of present) {
        const n = counts.get(t.topic);
        if (n != null && n !== t.numPartitions)
          say(`warning: ${t.topic} has ${n} partitions, topics.json wants ${t.numPartitions} (left alone)`);
      }
    }
    say(
      `topics${p ? ` (prefix "${p}")` : ''}: ${wanted.length} ensured, ${missing.length} created` +
        (missing.length > 0 ? ` [${missing.map((t) => t.topic).join(', ')}]` : ''),
    );
    return { created: missing.map((t) => t.topic), topics: wanted.map((t) => t.topic) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// public API

/**
 * Makes sure a broker answers on KAFKA_BROKERS (starting the local one if nothing listens) and the topics exist.
 * @param {{prefix?: string, quiet?: boolean, timeoutMs?: number}} [opts]
 * @returns {Promise<{brokers: string[], started: boolean, pid: number|null, created: string[], topics: string[]}>}
 */
export async function ensureKafka({ prefix, quiet: q, timeoutMs } = {}) {
  const prevQuiet = quiet;
  if (q !== undefined) quiet = q;
  try {
    prefix = resolvePrefix(prefix);
    const brokers = brokerList();
    const readyTimeout = timeoutMs ?? Number(process.env.KAFKA_READY_TIMEOUT_MS || 90000);
    const { host, port } = parseHostPort(brokers[0]);
    let started = false;
    let pid = ourBrokerPid();

    if (await isListening()) {
      await waitReady({ timeoutMs: readyTimeout, pid: null });
      say(`broker already listening on ${brokers[0]}${pid ? ` (ours, pid ${pid})` : ''}, reusing it`);
    } else {
      if (!isLocalHost(host))
        fail(`KAFKA_BROKERS=${brokers.join(',')} is not reachable and is not local: not starting a broker`);
      await withLock(async () => {
        if (await isListening()) {
          await waitReady({ timeoutMs: readyTimeout, pid: null }); // started by whoever held the lock before us
          return;
        }
        pid = ourBrokerPid();
        if (pid) {
          const running = runningListener();
          if (running && running !== `${port}`) {
            fail(
              `our broker (pid ${pid}) is configured for port ${running}, not ${brokers[0]}: run "down" first or fix KAFKA_BROKERS`,
            );
          }
          // ours, still booting (or another `up` just started it)
          say(`broker process ${pid} is running but not ready yet, waiting…`);
          await waitReady({ timeoutMs: readyTimeout, pid: null });
          return;
        }
        const java = javaBin();
        ensureJars();
        fs.mkdirSync(LOG_DIRS, { recursive: true });
        const controllerPort = Number(process.env.KAFKA_CONTROLLER_PORT || port + 1);
        writeServerProperties(port, controllerPort);
        if (!isFormatted()) formatStorage(java);
        const t0 = Date.now();
        const child = startBroker(java);
        pid = child.pid;
        say(`starting Kafka (pid ${pid}, log ${path.relative(REPO_ROOT, LOG_FILE)})…`);
        await waitReady({ timeoutMs: readyTimeout, state: child.state, pid });
        started = true;
        say(`Kafka ready on ${brokers[0]} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      });
    }
    await warmUp();
    const { created, topics } = await ensureTopics({ prefix });
    return { brokers, started, pid, created, topics };
  } finally {
    quiet = prevQuiet;
  }
}

/**
 * Stops the broker started by this tool (SIGTERM, up to 30 s, then SIGKILL).
 * @returns {Promise<boolean>} false when no broker of ours was running
 */
export async function stopKafka({ timeoutMs = 30000 } = {}) {
  const pid = ourBrokerPid();
  if (!pid) {
    fs.rmSync(PID_FILE, { force: true });
    const foreign = await isListening();
    say(
      `no broker started by this tool is running${foreign ? ` (something else listens on ${brokerList()[0]}; left alone)` : ''}`,
    );
    return false;
  }
  say(`stopping Kafka (pid ${pid})…`);
  const t0 = Date.now();
  process.kill(pid, 'SIGTERM');
  while (ourBrokerPid() === pid && Date.now() - t0 < timeoutMs) await sleep(200);
  if (ourBrokerPid() === pid) {
    say(`still running after ${timeoutMs / 1000} s, sending SIGKILL`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  // /proc/<pid>/cmdline empties before the kernel closes the sockets: wait for the process and the port to go
  const t1 = Date.now();
  while ((pidAlive(pid) || (await isListening(undefined, 200))) && Date.now() - t1 < 10000) await sleep(100);
  fs.rmSync(PID_FILE, { force: true });
  say(`stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

/** Listening state, our pid and the topic list (null when down). */
export async function kafkaStatus() {
  const brokers = brokerList();
  const pid = ourBrokerPid();
  const listening = await isListening();
  let topics = null;
  let cluster = null;
  let error = null;
  if (listening) {
    try {
      await withAdmin(
        async (admin) => {
          cluster = await admin.describeCluster();
          const names = (await admin.listTopics()).filter((t) => !t.startsWith('__')).sort();
          const { topics: meta } = names.length
            ? await admin.fetchTopicMetadata({ topics: names })
            : { topics: [] };
          const counts = new Map(meta.map((t) => [t.name, t.partitions.length]));
          topics = names.map((name) => ({ name, partitions: counts.get(name) }));
        },
        { silent: true, retries: 1 },
      );
    } catch (err) {
      error = err.message;
    }
  }
  return { brokers, listening, pid, cluster, topics, error };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--prefix') args.prefix = argv[++i] ?? fail('--prefix needs a value');
    else if (a.startsWith('--prefix=')) args.prefix = a.slice('--prefix='.length);
    else if (a === '--quiet' || a === '-q') args.quiet = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else if (a.startsWith('-')) fail(`unknown option ${a}`);
    else args._.push(a);
  }
  return args;
}

const USAGE = `usage: node tools/kafka/kafka.mjs <up|topics|status|down|logs|reset> [--prefix P] [--quiet]
  up      start the local broker if nothing listens on KAFKA_BROKERS (default ${DEFAULT_BROKERS}), then create topics
  topics  create the topics of libs/contracts/src/lib/topics.json (+ .dlq) under --prefix / KAFKA_TOPIC_PREFIX
  status  listening? ours? topics (exit 3 when not listening)
  down    stop the broker started by this tool
  logs    print the last lines of tools/kafka/.data/kafka.log (logs 200 for more)
  reset   down, then delete tools/kafka/.data (every topic, offset and the cluster id)`;

async function main(argv) {
  const args = parseArgs(argv);
  const cmd = args._[0];
  if (args.help || !cmd) {
    process.stdout.write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  quiet = Boolean(args.quiet);
  const t0 = Date.now();
  switch (cmd) {
    case 'up': {
      const r = await ensureKafka({ prefix: args.prefix });
      process.stdout.write(
        `kafka up on ${r.brokers.join(',')}${r.started ? ` (started, pid ${r.pid})` : ' (reused)'} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`,
      );
      return 0;
    }
    case 'topics': {
      if (!(await isListening()))
        fail(`no broker listens on ${brokerList()[0]} (run: node tools/kafka/kafka.mjs up)`);
      await ensureTopics({ prefix: args.prefix });
      return 0;
    }
    case 'down':
      await stopKafka();
      return 0;
    case 'status': {
      const s = await kafkaStatus();
      if (!s.listening) {
        process.stdout.write(
          `kafka: DOWN (nothing listens on ${s.brokers[0]})${s.pid ? `, but our broker pid ${s.pid} is alive (starting?)` : ''}\n`,
        );
        return 3;
      }
      const owner = s.pid ? `ours, pid ${s.pid}` : 'not started by this tool';
      process.stdout.write(`kafka: UP on ${s.brokers[0]} (${owner})\n`);
      if (s.error) {
        process.stdout.write(`  but the admin API fails: ${s.error}\n`);
        return 1;
      }
      process.stdout.write(
        `  cluster ${s.cluster.clusterId}, controller ${s.cluster.controller}, brokers ${s.cluster.brokers.length}\n`,
      );
      process.stdout.write(`  topics (${s.topics.length}):\n`);
      for (const t of s.topics) process.stdout.write(`    ${t.name} [${t.partitions}]\n`);
      return 0;
    }
    case 'logs': {
      const n = Number(args._[1] || 60);
      process.stdout.write(`${tail(LOG_FILE, n)}\n`);
      return 0;
    }
    case 'reset': {
      await stopKafka();
      fs.rmSync(DATA_DIR, { recursive: true, force: true });
      say(`deleted ${path.relative(REPO_ROOT, DATA_DIR)}`);
      return 0;
    }
    default:
      fail(`unknown command "${cmd}"\n${USAGE}`);
  }
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(
        `[kafka] error: ${err instanceof KafkaToolError ? err.message : (err?.stack ?? err)}\n`,
      );
      process.exit(1);
    },
  );
}
