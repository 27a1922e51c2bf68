// contention: 500 concurrent POSTs for one slot with exactly one free counter, 20 times: one 201, the rest
// 409, never a 5xx. The slot's other counters are taken beforehand, so the race is for the last one.
import { randomUUID } from 'node:crypto';
import { percentile } from '../lib/load.mjs';
import { bookingBody } from './booking.mjs';

export async function contentionScenario({
  base,
  db,
  slots,
  counters,
  service,
  tenant,
  code,
  runs = 20,
  concurrent = 500,
}) {
  const latencies = [];
  const perRun = [];
  let errors5xx = 0;
  for (let run = 0; run < runs; run++) {
    const slot = slots[run];
    const n = counters(slot.site);
    for (let counter = 2; counter <= n; counter++) {
      const id = randomUUID();
      await db.query(
        `INSERT INTO scheduling.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence, first_name, last_name, fiscal_code)
         VALUES ($1, $2, $3, $10, $4, $5, $6, $7, $8, 'booked', 0, 'Pre', 'Occupato', $9)`,
        [
          id,
          tenant,
          `PRE-${run}-${counter}`,
          [service],
          slot.site,
          counter,
          slot.start,
          slot.end,
          `PREOCC${String(run * 10 + counter).padStart(10, '0')}`,
          `pre-${id}`,
        ],
      );
    }
    const statuses = {};
    await Promise.all(
      Array.from({ length: concurrent }, async (_, i) => {
        const body = bookingBody(
          { ...slot, fiscalCode: code(run * concurrent + i), email: `race-${run}-${i}@bench.example.org` },
          service,
          tenant,
        );
        const t0 = performance.now();
        let status = 0;
        try {
          const res = await fetch(`${base}/scheduling/v1/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          await res.arrayBuffer();
          status = res.status;
        } catch {
          status = -1;
        }
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }),
    );
    const taken = await db.query(
      `SELECT count(*)::int AS n FROM scheduling.bookings WHERE site_id = $1 AND start_at = $2 AND counter = 1 AND status = 'booked'`,
      [slot.site, slot.start],
    );
    const fiveXx = Object.entries(statuses)
      .filter(([s]) => Number(s) >= 500 || Number(s) < 0)
      .reduce((a, [, c]) => a + c, 0);
    errors5xx += fiveXx;
    perRun.push({
      statuses,
      booked: taken.rows[0].n,
      exactOne: statuses[201] === 1 && statuses[409] === concurrent - 1 && taken.rows[0].n === 1,
    });
  }
  return {
    runs,
    concurrent,
    exactOne: perRun.filter((r) => r.exactOne).length,
    errors5xx,
    p99Ms: Math.round(percentile(latencies, 99)),
    failedRuns: perRun.filter((r) => !r.exactOne),
  };
}
