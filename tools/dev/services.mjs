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
