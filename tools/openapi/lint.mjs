#!/usr/bin/env node
// Lints an OpenAPI document with Redocly's `recommended` rules and prints the errors as JSON (exit 1 when
// there are any). `node tools/openapi/lint.mjs <file|url>`; the e2e suite runs it against every service,
// out of process, because @redocly/openapi-core is ESM-only and Jest runs CommonJS.
import { readFile } from 'node:fs/promises';
import { createConfig, lintFromString } from '@redocly/openapi-core';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: node tools/openapi/lint.mjs <file|url>\n');
  process.exit(2);
}
const source = /^https?:/.test(target) ? await (await fetch(target)).text() : await readFile(target, 'utf8');
const config = await createConfig({
  extends: ['recommended'],
  // Our services are EUPL-licensed without a per-document URL; 4xx responses are documented per route
  // where a route has its own, the rest share the problem+json default.
  rules: { 'info-license-url': 'off', 'operation-4xx-response': 'off' },
});
const problems = await lintFromString({ source, absoluteRef: target, config });
const errors = problems
  .filter((p) => p.severity === 'error')
  .map((p) => `${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer ?? ''}`);
process.stdout.write(`${JSON.stringify(errors)}\n`);
process.exit(errors.length ? 1 : 0);
