// The two web apps, built as they are served: dist/web/citizen-web (at /) and dist/web/desk-console (at
// /sportello/). `npm start` builds them before starting the gateway; the browser tests use the same build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from './services.mjs';

export const WEB_APPS = ['citizen-web', 'desk-console'];
export const webDir = path.join(root, 'dist/web');
export const webIndexOf = (app, dir = webDir) => path.join(dir, app, 'index.html');

/** Builds both apps through Nx (Vite); false when the build failed. */
export function buildWebApps({ stdio = 'inherit' } = {}) {
  const nx = path.join(root, 'node_modules/.bin/nx');
  const r = spawnSync(nx, ['run-many', '-t', 'build', '-p', WEB_APPS.join(','), '--outputStyle=stream'], {
    cwd: root,
    stdio,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  return r.status === 0 && WEB_APPS.every((app) => existsSync(webIndexOf(app)));
}
