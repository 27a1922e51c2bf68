#!/usr/bin/env node
// `npm test`: type-check (Node and web), formatting (Prettier), lint (module boundaries included), start Kafka and Keycloak if needed,
// build (SWC and the two web apps), every Jest project through Nx (unit, integration, e2e), the browser suite
// (Playwright on Debian's Chromium, installed first when missing, against one real platform), then the suites with
// brokers of their own, alone (the outage suites, which stop and start theirs, and the Kafka TLS/SCRAM/ACL suite),
// then `npm audit --omit=dev`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };
const started = Date.now();

function step(title, cmd, args, opts = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${title}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...(opts.env ?? {}) } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`✖ ${title} failed (${secs} s)\n`);
    return false;
  }
  process.stdout.write(`✔ ${title} (${secs} s)\n`);
  return true;
}

const resultsDir = path.join(root, 'tmp/test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const only = process.argv.includes('--unit') ? 'unit' : 'all';

/**
 * What this run starts, it stops: a Kafka broker or a Keycloak already running (someone's `npm start`, a second
 * checkout) is left alone; one this run had to start is stopped at the end, so no JVM outlives `npm test`.
 */
const { isListening: kafkaListening } = await import('../kafka/kafka.mjs');
const { isListening: identityListening } = await import('../identity/identity.mjs');
const startedHere = {
  kafka: only === 'all' && !(await kafkaListening()),
  identity: only === 'all' && !(await identityListening()),
};
let ok =
  step('type-check', bin('tsc'), ['-p', 'tsconfig.json']) &&
  step('type-check (web)', bin('tsc'), ['-b', 'tsconfig.web.json']) &&
  step('project graph', bin('nx'), ['show', 'projects'], { env: { NX_VERBOSE_LOGGING: 'false' } }) &&
  step('formatting (Prettier)', bin('prettier'), ['--check', '.', '--log-level=warn']) &&
  step('lint', bin('eslint'), ['.', '--max-warnings=0']);
if (ok && only === 'all') {
  ok =
    step('Kafka broker', process.execPath, ['tools/kafka/kafka.mjs', 'up']) &&
    step('build', process.execPath, ['tools/build/build.mjs']) &&
    step('build the web apps', bin('nx'), [
      'run-many',
      '-t',
      'build',
      '-p',
      'citizen-web,desk-console',
      '--outputStyle=stream',
    ]);
}
// The identity suite signs in through a real Keycloak (tools/identity: 127.0.0.1:8180, realm facile).
if (ok && only === 'all')
  ok = step('identity provider (Keycloak)', process.execPath, ['tools/identity/identity.mjs', 'up']);
if (ok) {
  // `--unit`: the `test-unit` targets (tools/nx/test-targets.cjs), the specs of pure logic, with no broker needed.
  const target = only === 'unit' ? 'test-unit' : 'test';
  const title = only === 'unit' ? 'unit tests (every project, no broker)' : 'tests (every project)';
  ok = step(title, bin('nx'), ['run-many', '-t', target, '--parallel=2', '--outputStyle=stream'], {
    env: { CI: 'true' },
  });
}
if (ok && only === 'all') {
  // One platform for the whole browser suite (its global setup); its reporter adds to tmp/test-results.
  ok =
    step('Chromium (Debian package)', process.execPath, ['tools/browser/ensure-chromium.mjs']) &&
    step('browser tests (Playwright, Chromium, axe)', process.execPath, ['tools/browser/run-e2e.mjs']);
}
if (ok && only === 'all') {
  // The outage suites stop and start a broker of their own (127.0.0.1:19092, tools/kafka/.data-outage): the
  // shared broker on 9092 is never touched. Whatever happened, that second broker is stopped afterwards.
  const outageEnv = {
    KAFKA_DATA_DIR: path.join(root, 'tools/kafka/.data-outage'),
    KAFKA_BROKERS: '127.0.0.1:19092',
    KAFKA_CONTROLLER_PORT: '19093',
  };
  ok =
    step('outage broker (127.0.0.1:19092)', process.execPath, ['tools/kafka/kafka.mjs', 'up', '--quiet'], {
      env: outageEnv,
    }) &&
    step('outage and Kafka security suites (brokers of their own)', bin('jest'), [
      '-c',
      'apps/platform-e2e/jest.outage.config.cjs',
      '--ci',
    ]);
  spawnSync(process.execPath, ['tools/kafka/kafka.mjs', 'down', '--quiet'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...env, ...outageEnv },
  });
  // The degradation and Kafka security suites start and stop brokers of their own (19492; SASL_SSL on 19392): make
  // sure none is left behind when a suite was interrupted.
  for (const [dir, port] of [
    ['.data-degradation', 19492],
    ['.data-secure', 19392],
  ]) {
    const brokerEnv = {
      KAFKA_DATA_DIR: path.join(root, 'tools/kafka', dir),
      KAFKA_BROKERS: `127.0.0.1:${port}`,
      KAFKA_CONTROLLER_PORT: String(port + 1),
    };
    spawnSync(process.execPath, ['tools/kafka/kafka.mjs', 'down', '--quiet'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...env, ...brokerEnv },
    });
  }
}
if (ok && only === 'all') ok = audit();

/**
 * `npm audit --omit=dev`: no high or critical advisory in what ships. When the registry's advisory endpoint
 * cannot be reached the step says so loudly (dependencies NOT audited) instead of passing silently; with
 * AUDIT_REQUIRED=1 that fails the run.
 */
function audit() {
  process.stdout.write('\n▶ npm audit --omit=dev\n');
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: root,
    encoding: 'utf8',
    env,
    timeout: 120000,
  });
  let report;
  try {
    report = JSON.parse(r.stdout || '{}');
  } catch {
    report = {};
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = (report.message || r.stderr || r.error?.message || 'no answer').toString().split('\n')[0];
    process.stdout.write(
      `⚠ npm audit could not query the advisory database (${why}): dependencies were NOT audited\n`,
    );
    return process.env.AUDIT_REQUIRED !== '1';
  }
  const line = Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  if ((counts.high ?? 0) + (counts.critical ?? 0) > 0) {
    process.stdout.write(`✖ npm audit: ${line}\n`);
    for (const [name, v] of Object.entries(report.vulnerabilities ?? {}))
      if (['high', 'critical'].includes(v.severity))
        process.stdout.write(`  ${v.severity} ${name} ${v.range ?? ''}\n`);
    return false;
  }
  process.stdout.write(`✔ npm audit: no high or critical advisories (${line})\n`);
  return true;
}

for (const [name, tool] of [
  ['kafka', 'tools/kafka/kafka.mjs'],
  ['identity', 'tools/identity/identity.mjs'],
]) {
  if (!startedHere[name]) continue;
  const r = spawnSync(process.execPath, [tool, 'down', '--quiet'], { cwd: root, stdio: 'inherit', env });
  process.stdout.write(
    r.status === 0
      ? `✔ stopped the ${name} server this run started\n`
      : `⚠ could not stop the ${name} server this run started\n`,
  );
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of readdirSync(resultsDir)) {
  const r = JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8'));
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
}
if (!ok && failed === 0) failed = 1; // a failed step (type-check, lint, broker) counts as a failure
process.stdout.write(`\nFinished in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.stdout.write(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exit(ok && failed === 0 ? 0 : 1);
