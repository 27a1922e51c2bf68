// availability: one procedure, one municipality, every site, 14 days, 50 connections for 10 s; and the same
// process's /health/live right after, so the ratio is measured under the same machine conditions. With `flow`,
// bookings go on at a steady rate the whole time (issue 20: "while bookings flow"): each one clears the
// process's availability cache, as in real use.
import { cannon, round } from '../lib/load.mjs';
import { bookingBody } from './booking.mjs';

/** Books `jobs` at about `perSecond` until `stop()` is called; resolves to the statuses. */
function bookingFlow({ base, jobs, service, tenant, perSecond }) {
  let stopped = false;
  let next = 0;
  const statuses = {};
  const workers = 20;
  const gapMs = (1000 * workers) / perSecond;
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stopped && next < jobs.length) {
        const started = performance.now();
        const res = await fetch(`${base}/scheduling/v1/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(bookingBody(jobs[next++], service, tenant)),
        }).catch(() => ({ status: 0 }));
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const wait = gapMs - (performance.now() - started);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    }),
  );
  const startedAt = performance.now();
  return {
    async stop() {
      stopped = true;
      await done;
      const seconds = (performance.now() - startedAt) / 1000;
      const made = statuses[201] ?? 0;
      return { statuses, perSecond: round(made / seconds, 1), exhausted: next >= jobs.length };
    },
  };
}

export async function availabilityScenario({ base, service, tenant, from, to, flow }) {
  const url = `${base}/scheduling/v1/availability?service=${service}&tenant=${tenant}&from=${from}&to=${to}`;
  const probe = await fetch(url);
  if (probe.status !== 200) throw new Error(`availability probe: ${probe.status} ${await probe.text()}`);
  const slots = (await probe.json()).slots.length;
  const bookings = flow?.jobs.length
    ? bookingFlow({ base, service, tenant, jobs: flow.jobs, perSecond: flow.perSecond })
    : null;
  const r = await cannon({ url, connections: 50, duration: 10 });
  const h = await cannon({ url: `${base}/health/live`, connections: 50, duration: 10 });
  const flowResult = bookings ? await bookings.stop() : null;
  return {
    rps: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    healthRps: Math.round(h.requests.average),
    ratio: round(r.requests.average / h.requests.average, 2),
    healthP99Ms: h.latency.p99,
    errors: r.errors + r.non2xx,
    slotsPerAnswer: slots,
    flow: flowResult,
  };
}
