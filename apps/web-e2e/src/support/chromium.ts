import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium (tools/browser/ensure-chromium.mjs installs it); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

/**
 * What Chromium needs on these machines: no sandbox (root, no user namespaces), no GPU, and none of its own
 * traffic — without the background-networking flags it keeps calling home on a closed network.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS };
}
