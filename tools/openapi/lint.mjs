#!/usr/bin/env node
// Lints an OpenAPI document with Redocly's `recommended` rules. Prints `{"errors": [...], "warnings": [...]}`
// as JSON on stdout and every problem as a readable line on stderr; exits 1 when there is an error.
// `node tools/openapi/lint.mjs <file|url>`; the e2e suite runs it against every service, out of process,
// because @redocly/openapi-core is ESM-only and Jest runs CommonJS.
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
  // No recommended rule is switched off; a rule turned off here needs a one-line reason beside it.
  rules: {
    // Every tag an operation uses is declared with its description (the service definition's `tags`).
    'operation-tag-defined': 'error',
    // Every 4xx is the shared Problem schema as application/problem+json (@ApiProblems).
    'operation-4xx-problem-details-rfc7807': 'warn',
  },
});
const problems = await lintFromString({ source, absoluteRef: target, config });
const line = (p) => `${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer ?? ''}`;
const errors = problems.filter((p) => p.severity === 'error').map(line);
const warnings = problems.filter((p) => p.severity === 'warn').map(line);
for (const e of errors) process.stderr.write(`error   ${e}\n`);
for (const w of warnings) process.stderr.write(`warning ${w}\n`);
process.stdout.write(`${JSON.stringify({ errors, warnings })}\n`);
process.exit(errors.length ? 1 : 0);
