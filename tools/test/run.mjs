#!/usr/bin/env node
// `npm test`: type-check, lint (module boundaries included), start Kafka if needed, build, every Jest
// project through Nx (unit, integration, e2e), then the outage suites alone (they stop the broker).
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
let ok =
  step('type-check', bin('tsc'), ['-p', 'tsconfig.json']) &&
  step('project graph', bin('nx'), ['show', 'projects'], { env: { NX_VERBOSE_LOGGING: 'false' } }) &&
  step('lint', bin('eslint'), ['.', '--max-warnings=0']);
if (ok && only === 'all') {
  ok = step('Kafka broker', process.execPath, ['tools/kafka/kafka.mjs', 'up']) && step('build', process.execPath, ['tools/build/build.mjs']);
}
if (ok) {
  ok = step('tests (every project)', bin('nx'), ['run-many', '-t', 'test', '--parallel=2', '--outputStyle=stream', '--', '--ci']);
}
if (ok && only === 'all') {
  ok = step('outage suites (broker stopped and restarted)', bin('jest'), ['-c', 'apps/platform-e2e/jest.outage.config.cjs', '--ci']);
  // Whatever happened, leave the broker running for whoever comes next.
  spawnSync(process.execPath, ['tools/kafka/kafka.mjs', 'up'], { cwd: root, stdio: 'ignore', env });
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
