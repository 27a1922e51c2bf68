// availability: one procedure, one municipality, every site, 14 days, 50 connections for 10 s; and the same
// process's /health/live right after, so the ratio is measured under the same machine conditions.
import { cannon, round } from '../lib/load.mjs';

export async function availabilityScenario({ base, service, tenant, from, to }) {
  const url = `${base}/scheduling/v1/availability?service=${service}&tenant=${tenant}&from=${from}&to=${to}`;
  const probe = await fetch(url);
  if (probe.status !== 200) throw new Error(`availability probe: ${probe.status} ${await probe.text()}`);
  const slots = (await probe.json()).slots.length;
  const r = await cannon({ url, connections: 50, duration: 10 });
  const h = await cannon({ url: `${base}/health/live`, connections: 50, duration: 10 });
  return {
    rps: Math.round(r.requests.average),
    p99Ms: r.latency.p99,
    healthRps: Math.round(h.requests.average),
    ratio: round(r.requests.average / h.requests.average, 2),
    healthP99Ms: h.latency.p99,
    errors: r.errors + r.non2xx,
    slotsPerAnswer: slots,
  };
}
