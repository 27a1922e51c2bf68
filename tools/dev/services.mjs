// The four services as the local platform runs them: one list for `npm start`, the e2e tests and the bench.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const services = [
  { name: 'catalogue', port: 3001, root: 'catalogue' },
  { name: 'scheduling', port: 3002, root: 'scheduling' },
  { name: 'identity-assistance', port: 3003, root: 'assistance' },
  { name: 'notifications', port: 3004, root: 'notifications' },
];

/**
 * V8 heap flags every service process runs with, here as in docker/Dockerfile's NODE_OPTIONS (the footprint
 * target of issue 20: ≤ 200 MB RSS after load). A small young generation and an old-space limit make V8 collect
 * instead of growing the heap after a burst. SERVICE_NODE_FLAGS overrides them (e.g. to measure without).
 */
export const SERVICE_NODE_FLAGS = (
  process.env.SERVICE_NODE_FLAGS ?? '--max-semi-space-size=4 --max-old-space-size=128'
)
  .split(' ')
  .filter(Boolean);

export const mainOf = (name) => path.join(root, 'dist/out/apps', name, 'src/main.js');

export async function waitReady(url, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
      if (res.ok) return;
      last = `${res.status} ${await res.text()}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms: ${last}`);
}
