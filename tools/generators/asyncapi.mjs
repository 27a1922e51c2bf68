#!/usr/bin/env node
// Writes docs/asyncapi.yaml from libs/contracts (run after the build: `npm run generate:asyncapi`).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
require('reflect-metadata');
const { buildAsyncApiDocument } = require(
  path.join(root, 'dist/out/libs/contracts/src/lib/asyncapi/asyncapi-document.js'),
);
const header = '# Generated from libs/contracts by `npm run generate:asyncapi`. Do not edit by hand.\n';
writeFileSync(
  path.join(root, 'docs/asyncapi.yaml'),
  header + YAML.stringify(buildAsyncApiDocument(), { aliasDuplicateObjects: false }),
);
process.stdout.write('docs/asyncapi.yaml written\n');
