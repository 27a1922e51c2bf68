#!/usr/bin/env node
// Compiles apps/ and libs/ into dist/out with SWC, rewriting the @facile/* path aliases to relative
// requires so `node dist/out/apps/<app>/src/main.js` runs without any runtime resolver.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { swcConfig, root } = require('./swc-config.cjs');
const out = path.join(root, 'dist/out');
const rcFile = path.join(root, 'dist/.swcrc.json');
// The browser front ends are built by Vite (`nx build citizen-web`, into dist/web), not for Node.
const WEB_PROJECTS = 'libs/web/**,apps/citizen-web/**,apps/desk-console/**,apps/web-e2e/**';

rmSync(out, { recursive: true, force: true });
mkdirSync(path.dirname(rcFile), { recursive: true });
writeFileSync(rcFile, JSON.stringify(swcConfig({ withPaths: true })));
execFileSync(
  path.join(root, 'node_modules/.bin/swc'),
  [
    'apps',
    'libs',
    '-d',
    out,
    '--config-file',
    rcFile,
    '--copy-files',
    '--quiet',
    '--ignore',
    '**/*.spec.ts,**/*.test.ts,**/test/**,**/jest.config.cjs,**/project.json,' + WEB_PROJECTS,
  ],
  { cwd: root, stdio: 'inherit' },
);
