// Region scale (Emilia-Romagna: 330 municipalities): a generated tenants file (the five real municipalities and
// 325 synthetic ones) for TENANTS_FILE, and a bulk seed on top of the services' own: ~700 sites, their site
// offerings, rotations of nine teams (one per province), 200,000 bookings and the statistics read models of them.
// Everything goes in with SQL as the bench's superuser; the exclusion constraint and the per-person index still
// check every booking row. The catalogue needs nothing more: its seed offers the 103 procedures at every
// municipality of the tenants file.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from '../../dev/services.mjs';
import { PAST_SERVICES } from './seed-network.mjs';

const PROVINCES = ['BO', 'FE', 'FC', 'MO', 'PR', 'PC', 'RA', 'RE', 'RN'];
const SYNTHETIC = 325;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
/** Bookable procedures the synthetic bookings are for (the citizen's visit). */
const SERVICES = PAST_SERVICES;

export const syntheticId = (i) => `comune-er-${String(i + 1).padStart(3, '0')}`;

/** Writes the 330-tenant file into a temporary directory; returns its path. */
export function writeRegionTenants() {
  const shipped = JSON.parse(readFileSync(path.join(root, 'libs/platform/tenancy/src/tenants.json'), 'utf8'));
  const synthetic = Array.from({ length: SYNTHETIC }, (_, i) => ({
    id: syntheticId(i),
    name: `Comune sintetico ${i + 1}`,
    istatCode: `09${String(i).padStart(4, '0')}`,
    province: PROVINCES[i % PROVINCES.length],
    population: 1000 + ((i * 7919) % 40000),
    bookingConfirmation: 'immediate',
    patronDay: { date: `${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` },
    webOrigins: [`https://www.${syntheticId(i)}.example.it`],
  }));
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'facile-bench-region-')), 'tenants.json');
  writeFileSync(file, JSON.stringify({ ...shipped, tenants: [...shipped.tenants, ...synthetic] }));
  return file;
}

/**
 * Sites, offerings and rotations of the synthetic municipalities: two sites each (a town hall with 2 counters, a
 * second desk with 1), a third desk for the first 42 (8 + 650 + 42 = 700 sites). Each town hall's CIE offering
 * also serves the next municipality (a desk shared by neighbours); the second desks do not offer the ZTL permit.
 * Nine teams (one per province) rotate over their province's town halls, a half day a month each.
 */
export async function seedRegionSites(db) {
  await db.query(
    `INSERT INTO scheduling.sites (id, tenant_id, name, kind, address, counters, serves_all_tenants, time_zone, opening_hours)
     SELECT t.id || s.suffix, t.id, 'Sportello ' || t.id || s.suffix, s.kind, 'Piazza Municipio ' || t.i, s.counters, false,
            'Europe/Rome', s.hours::jsonb
       FROM (SELECT i, 'comune-er-' || lpad((i + 1)::text, 3, '0') AS id FROM generate_series(0, $1::int - 1) i) t
       CROSS JOIN (VALUES
         ('-municipio', 'town-hall', 2, 0, '{"mon":[["08:30","12:30"]],"tue":[["08:30","12:30"],["14:30","17:00"]],"wed":[["08:30","12:30"]],"thu":[["08:30","12:30"],["14:30","17:00"]],"fri":[["08:30","12:30"]]}'),
         ('-frazione', 'branch-desk', 1, 0, '{"mon":[["09:00","12:00"]],"wed":[["09:00","12:00"]],"fri":[["09:00","12:00"]]}'),
         ('-urp', 'branch-desk', 1, 42, '{"tue":[["09:00","13:00"]],"thu":[["09:00","13:00"]],"sat":[["09:00","12:00"]]}')
       ) AS s(suffix, kind, counters, only_first, hours)
      WHERE s.only_first = 0 OR t.i < s.only_first`,
    [SYNTHETIC],
  );
  await db.query(
    `INSERT INTO scheduling.site_offerings (site_id, service, tenant_id, enabled, counters, duration_minutes, min_notice_minutes, max_days_ahead, tenants)
     SELECT s.id, 'carta-identita-elettronica', s.tenant_id, true, NULL::int, NULL::int, 60, 60,
            ARRAY[s.tenant_id, 'comune-er-' || lpad((substring(s.tenant_id from 11)::int % $1::int + 1)::text, 3, '0')]
       FROM scheduling.sites s WHERE s.id LIKE 'comune-er-%-municipio'
     UNION ALL
     SELECT s.id, 'permesso-ztl-residenti', s.tenant_id, false, NULL::int, NULL::int, 60, 60, NULL::text[]
       FROM scheduling.sites s WHERE s.id LIKE 'comune-er-%-frazione'`,
    [SYNTHETIC],
  );
  // The k-th town hall of a province: week (1st–4th) and weekday from k, morning for the first 20, afternoon after.
  await db.query(
    `INSERT INTO scheduling.rotations (id, tenant_id, resource, site_id, rrule, from_time, to_time, counters, valid_from, services)
     SELECT 'team-' || lower(p) || '-' || s.tenant_id, s.tenant_id, 'digitale-facile-team-' || lower(p), s.id,
            'FREQ=MONTHLY;BYDAY=' || (1 + k % 4) || ($2::text[])[1 + (k / 4) % 5],
            CASE WHEN k < 20 THEN '09:00' ELSE '14:30' END, CASE WHEN k < 20 THEN '12:30' ELSE '17:00' END,
            1, '2026-01-01', ARRAY['facilitazione-digitale-individuale']
       FROM (SELECT s.*, ($1::text[])[1 + (substring(s.tenant_id from 11)::int - 1) % 9] AS p,
                    ((substring(s.tenant_id from 11)::int - 1) / 9) AS k
               FROM scheduling.sites s WHERE s.id LIKE 'comune-er-%-municipio') s`,
    [PROVINCES, DAYS],
  );
  const n = async (t) => (await db.query(`SELECT count(*)::int AS n FROM scheduling.${t}`)).rows[0].n;
  return {
    sites: await n('sites'),
    siteOfferings: await n('site_offerings'),
    rotations: await n('rotations'),
  };
}

/**
 * Bookings of the whole region beyond what seedNetwork put at the real sites: at every synthetic site the first
 * counter's mornings of the next 14 days (6 visits of 20 min from 09:00, on the days the site opens), then the past
 * year, one visit a day per site, back from yesterday, until `total` bookings. One in ten visitors is from another
 * municipality (the statistics' cross-municipality flows).
 */
export async function seedRegionBookings(db, { total }) {
  const already = (await db.query(`SELECT count(*)::int AS n FROM scheduling.bookings`)).rows[0].n;
  const live = await db.query(
    `INSERT INTO scheduling.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence,
       first_name, last_name, fiscal_code, email, locale)
     SELECT gen_random_uuid(), s.tenant_id, 'REG-L' || lpad(row_number() OVER ()::text, 7, '0'), md5(random()::text),
            ARRAY['carta-identita-elettronica'], s.id, 1, t, t + interval '20 minutes', 'booked', 0,
            'Mario', 'Rossi', 'REGLIVE' || lpad((row_number() OVER ())::text, 9, '0'), NULL, 'it'
       FROM scheduling.sites s
       CROSS JOIN generate_series(1, 14) d
       CROSS JOIN generate_series(0, 5) k
       CROSS JOIN LATERAL (SELECT ((current_date + d)::timestamp + time '09:00' + k * interval '20 minutes') AT TIME ZONE 'Europe/Rome' AS t) x
      WHERE s.id LIKE 'comune-er-%'
        AND s.opening_hours ? (ARRAY['sun','mon','tue','wed','thu','fri','sat'])[1 + extract(dow FROM current_date + d)::int]
        AND $1::int > 0
      LIMIT $1`,
    [Math.max(0, total - already)],
  );
  const past = Math.max(0, total - already - live.rowCount);
  await db.query(
    `WITH s AS (SELECT array_agg(id ORDER BY id) AS ids, array_agg(tenant_id ORDER BY id) AS tenants, count(*)::int AS n
                 FROM scheduling.sites)
     INSERT INTO scheduling.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence,
       first_name, last_name, fiscal_code, email, locale, created_at)
     SELECT gen_random_uuid(),
            s.tenants[1 + CASE WHEN g % 10 = 3 THEN (g * 7) % s.n ELSE g % s.n END],
            'REG-P' || lpad(g::text, 7, '0'), md5(g::text),
            ARRAY[($2::text[])[1 + g % cardinality($2::text[])]], s.ids[1 + g % s.n], 1, v, v + interval '20 minutes',
            CASE g % 10 WHEN 0 THEN 'no-show' WHEN 1 THEN 'cancelled' ELSE 'completed' END, 1,
            'Giulia', 'Bianchi', 'REGPAST' || lpad(g::text, 9, '0'), NULL, 'it', v - interval '7 days'
       FROM s CROSS JOIN generate_series(0, $1::int - 1) g
       CROSS JOIN LATERAL (SELECT ((current_date - 1 - (g / s.n) % 360)::timestamp + time '09:00'
                                   + ((g / s.n) / 360) * interval '20 minutes') AT TIME ZONE 'Europe/Rome' AS v) x`,
    [past, SERVICES],
  );
  await db.query(
    `INSERT INTO scheduling.booking_services (booking_id, service, tenant_id, fiscal_code, active)
     SELECT id, services[1], tenant_id, fiscal_code, status IN ('booked', 'checked-in') FROM scheduling.bookings WHERE code LIKE 'REG-%'`,
  );
  await db.query(`ANALYZE scheduling.bookings`);
  await db.query(`ANALYZE scheduling.booking_services`);
  return { live: live.rowCount, past, total: already + live.rowCount + past };
}

/**
 * The statistics read models of the bulk bookings (they never went through the events the projection folds):
 * counters per day and per month, by site, the site's municipality, the citizen's and the procedure.
 */
export async function fillStatistics(db) {
  for (const [table, day] of [
    ['stats_daily', `(b.start_at AT TIME ZONE 'Europe/Rome')::date`],
    ['stats_monthly', `date_trunc('month', b.start_at AT TIME ZONE 'Europe/Rome')::date`],
  ])
    await db.query(
      `INSERT INTO scheduling.${table} (day, site, site_tenant, citizen_tenant, service, bookings, cancelled, completed, no_shows, used_minutes)
       SELECT ${day}, b.site_id, s.tenant_id, b.tenant_id, b.services[1], count(*), count(*) FILTER (WHERE b.status = 'cancelled'),
              count(*) FILTER (WHERE b.status = 'completed'), count(*) FILTER (WHERE b.status = 'no-show'),
              coalesce(sum(extract(epoch FROM b.end_at - b.start_at) / 60) FILTER (WHERE b.status = 'completed'), 0)
         FROM scheduling.bookings b JOIN scheduling.sites s ON s.id = b.site_id
        GROUP BY 1, 2, 3, 4, 5
       ON CONFLICT (day, site, citizen_tenant, service) DO NOTHING`,
    );
  await db.query(`ANALYZE scheduling.stats_daily`);
  await db.query(`ANALYZE scheduling.stats_monthly`);
  return (await db.query(`SELECT count(*)::int AS n FROM scheduling.stats_daily`)).rows[0].n;
}
