import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/support/chromium';

const root = path.resolve(__dirname, '../..');

/**
 * The browser suite: Debian's Chromium (never a downloaded one) against ONE real platform per run, started by
 * the global setup as `npm start` starts it, on free ports, a database and a topic prefix of its own.
 * Screenshots and traces of failing tests are kept under tmp/web-e2e (nothing binary is committed).
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.spec.ts',
  globalSetup: './src/support/global-setup.ts',
  outputDir: path.join(root, 'tmp/web-e2e/results'),
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60000,
  expect: { timeout: 10000 },
  reporter: [
    ['list'],
    ['html', { outputFolder: path.join(root, 'tmp/web-e2e/report'), open: 'never' }],
    [path.join(root, 'tools/test/playwright-results-reporter.cjs')],
  ],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'it-IT',
    timezoneId: 'Europe/Rome',
    serviceWorkers: 'block',
  },
});
