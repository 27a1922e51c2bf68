#!/usr/bin/env node
// The browser suite (apps/web-e2e): Debian's Chromium, found or installed first (ensure-chromium.mjs), then
// Playwright against one real platform started by the suite's global setup. Extra arguments go to Playwright
// (`node tools/browser/run-e2e.mjs --grep CORS`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let chromium;
try {
  chromium = ensureChromium();
} catch (e) {
  process.stderr.write(`✖ ${e.message}\n`);
  process.exit(1);
}
const r = spawnSync(
  path.join(root, 'node_modules/.bin/playwright'),
  ['test', '-c', 'apps/web-e2e/playwright.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    // Playwright must never download a browser: it drives the one found above.
    env: { ...process.env, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: '0' },
  },
);
process.exit(r.status ?? 1);
