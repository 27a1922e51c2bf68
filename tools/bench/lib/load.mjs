// Load helpers: autocannon for throughput, a fetch pool when each request's own timing matters.
import autocannon from 'autocannon';

export function cannon(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections: 50, duration: 10, ...opts }, (err, r) =>
      err ? reject(err) : resolve(r),
    );
    void instance;
  });
}

/** Runs `work(item, i)` over `items` with `concurrency` workers; resolves to the elapsed ms. */
export async function pool(items, concurrency, work) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
  return performance.now() - started;
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (x, digits = 1) =>
  x === null || x === undefined ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return res.json();
}
