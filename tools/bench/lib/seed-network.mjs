// The seeded network of quality.md: 20,000 existing bookings. Past ones (completed, cancelled, no-show) fill
// the history; live ones take about half the counters of the availability window, so every availability
// request reads and subtracts real occupation. Inserted in bulk (the booking rules do not need re-proving
// here: the exclusion constraint and the per-person index still check every row).
import { randomUUID } from 'node:crypto';
import { fiscalCode } from './fiscal-codes.mjs';

export const MUNICIPALITIES = ['cesena', 'bagno-di-romagna', 'mercato-saraceno', 'montiano', 'verghereto'];
/** Bookable procedures the seeded past bookings are for (the region's seed uses the same). */
export const PAST_SERVICES = [
  'carta-identita-elettronica',
  'dichiarazione-residenza',
  'cambio-abitazione',
  'attivazione-spid-lepidaid',
  'permesso-ztl-residenti',
  'assistenza-pagopa',
];
const SEED_NAMESPACE = 25;

/**
 * @param db a pg client on the bench database
 * @param windowSlots availability slots ({site, start, end, available}) of the window to half-fill
 * @returns {{total, live, past}}
 */
export async function seedNetwork(db, { total = 20000, windowSlots, service, tenant, fill = 0.5 }) {
  const live = [];
  for (const slot of windowSlots) {
    const take = Math.floor(slot.available * fill);
    for (let counter = 1; counter <= take && live.length < total; counter++) live.push({ ...slot, counter });
  }
  const n = live.length;
  await db.query(
    `INSERT INTO scheduling.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence,
       first_name, last_name, fiscal_code, email, locale)
     SELECT id, $2, 'SEED-L' || lpad(i::text, 6, '0'), md5(id::text), ARRAY[$1], site, counter, start_at, end_at, 'booked', 0,
            'Mario', 'Rossi', fc, 'seed-' || i || '@bench.example.org', 'it'
       FROM unnest($3::uuid[], $4::text[], $5::int[], $6::timestamptz[], $7::timestamptz[], $8::text[]) WITH ORDINALITY
            AS t(id, site, counter, start_at, end_at, fc, i)`,
    [
      service,
      tenant,
      live.map(() => randomUUID()),
      live.map((s) => s.site),
      live.map((s) => s.counter),
      live.map((s) => s.start),
      live.map((s) => s.end),
      live.map((_, i) => fiscalCode(SEED_NAMESPACE, i)),
    ],
  );
  const past = total - n;
  const sites = [...new Set(windowSlots.map((s) => s.site))].sort();
  // One counter per site, back to back into the past: a year of history for 8 sites.
  await db.query(
    `INSERT INTO scheduling.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence,
       first_name, last_name, fiscal_code, email, locale, created_at)
     SELECT gen_random_uuid(), ($3::text[])[1 + g % cardinality($3::text[])], 'SEED-P' || lpad(g::text, 6, '0'), md5(g::text),
            ARRAY[($4::text[])[1 + g % cardinality($4::text[])]], ($2::text[])[1 + g % cardinality($2::text[])], 1,
            date_trunc('hour', now()) - make_interval(mins => 20 * (g + cardinality($2::text[]))),
            date_trunc('hour', now()) - make_interval(mins => 20 * (g + cardinality($2::text[])) - 20),
            CASE g % 10 WHEN 0 THEN 'no-show' WHEN 1 THEN 'cancelled' ELSE 'completed' END, 1,
            'Giulia', 'Bianchi', 'SEEDPAST' || lpad(g::text, 8, '0'), 'past-' || g || '@bench.example.org', 'it',
            date_trunc('hour', now()) - make_interval(mins => 20 * (g + cardinality($2::text[])), days => 7)
       FROM generate_series(1, $1::int) AS g`,
    [past, sites, MUNICIPALITIES, PAST_SERVICES],
  );
  await db.query(
    `INSERT INTO scheduling.booking_services (booking_id, service, tenant_id, fiscal_code, active)
     SELECT id, services[1], tenant_id, fiscal_code, status IN ('booked', 'checked-in') FROM scheduling.bookings WHERE code LIKE 'SEED-%'`,
  );
  await db.query(`ANALYZE scheduling.bookings`);
  await db.query(`ANALYZE scheduling.booking_services`);
  return { total, live: n, past };
}
