#!/usr/bin/env node
// The browser tests drive Debian's Chromium (Playwright cannot download its own browser on these machines, and
// must never try: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD). This finds it, or installs Debian's `chromium` package when
// running as root, or stops naming the one command that does. `npm test` and `.ci/run` call it before the suite.
//
//   node tools/browser/ensure-chromium.mjs        prints the executable's path and version
import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The Chromium to use: CHROMIUM_PATH when set, else Debian's. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CANDIDATES;
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // next
    }
  }
  return undefined;
}

export function chromiumVersion(executable) {
  const r = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 20000 });
  return (r.stdout || r.stderr || '').trim();
}

/** The executable path, installing Debian's package first when it is missing and we may. Throws otherwise. */
export function ensureChromium({ env = process.env, log = (m) => process.stderr.write(`${m}\n`) } = {}) {
  const found = findChromium(env);
  if (found) return found;
  if (env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable`);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root)
    throw new Error(`Chromium is not installed. Install Debian's package (as root): ${INSTALL_COMMAND}`);
  log(`Chromium is not installed: running ${INSTALL_COMMAND}`);
  const r = spawnSync('sh', ['-c', INSTALL_COMMAND], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium(env);
  if (r.status !== 0 || !installed)
    throw new Error(
      `Installing Chromium failed (exit ${r.status}). Run it by hand (as root): ${INSTALL_COMMAND}`,
    );
  return installed;
}

function isMain() {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  try {
    const executable = ensureChromium();
    process.stdout.write(`${executable} (${chromiumVersion(executable)})\n`);
  } catch (e) {
    process.stderr.write(`✖ ${e.message}\n`);
    process.exit(1);
  }
}
