import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeMismatch, responseContract } from './response-contract';

/**
 * Every answer a platform started by these suites gives is checked against its served OpenAPI document
 * (support/response-contract.ts). A test fails when an answer it received does not match; answers received
 * in a beforeAll count for the first test. Pending contexts are reported only.
 */
const contract = responseContract();
const root = path.resolve(__dirname, '../../../..');

afterEach(async () => {
  await contract.settle();
  const failures = contract.takeFailures();
  if (failures.length > 0) {
    throw new Error(
      `${failures.length} answer(s) do not match the OpenAPI document:\n  ${failures.map(describeMismatch).join('\n  ')}`,
    );
  }
});

afterAll(async () => {
  await contract.settle();
  const summary = contract.summary();
  if (Object.keys(summary.checked).length === 0) return; // a suite without a platform
  const suite = path.basename(expect.getState().testPath ?? 'suite', '.ts');
  const dir = path.join(root, 'tmp/response-contract');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, `${suite}.json`),
    JSON.stringify({ ...summary, mismatches: contract.mismatches() }, null, 2),
  );
  process.stdout.write(
    `response contract (${suite}): answers checked ${JSON.stringify(summary.checked)}, mismatches ${JSON.stringify(summary.mismatches)}\n`,
  );
  const failures = contract.takeFailures();
  if (failures.length > 0) {
    throw new Error(
      `${failures.length} answer(s) do not match the OpenAPI document:\n  ${failures.map(describeMismatch).join('\n  ')}`,
    );
  }
});
