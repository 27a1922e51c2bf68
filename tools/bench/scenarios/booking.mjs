// booking: POSTs on distinct free slots with 50 connections, against a raw-SQL baseline of the same writes
// (booking row + outbox row, one transaction each, through `pg` with 50 connections) measured in the same run.
// The baseline writes into copies of the two tables (same indexes and exclusion constraint, same 20,000
// rows), so its rows neither take the service's slots nor reach the outbox relay.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { cannon, pool } from '../lib/load.mjs';
import { cpuMs } from '../lib/platform.mjs';

export async function prepareBaseline(db) {
  await db.query(`DROP SCHEMA IF EXISTS bench_baseline CASCADE`);
  await db.query(`CREATE SCHEMA bench_baseline`);
  await db.query(`CREATE TABLE bench_baseline.bookings (LIKE scheduling.bookings INCLUDING ALL)`);
  await db.query(`INSERT INTO bench_baseline.bookings SELECT * FROM scheduling.bookings`);
  await db.query(`CREATE TABLE bench_baseline.outbox (LIKE scheduling.outbox INCLUDING ALL)`);
  await db.query(`ANALYZE bench_baseline.bookings`);
}

/** jobs: [{site, start, end, counter, fiscalCode, email}] */
/**
 * 50 concurrent clients (as against the service) over as many database connections as the service's pool
 * (DATABASE_POOL_SIZE, 20 by default): the same concurrency, the same number of PostgreSQL sessions.
 */
export async function baseline({ databaseUrl, jobs, service, tenant, connections = 50, poolSize = 20 }) {
  const p = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  await Promise.all(Array.from({ length: poolSize }, () => p.query('SELECT 1')));
  try {
    const ms = await pool(jobs, connections, async (j, i) => {
      const c = await p.connect();
      try {
        const id = randomUUID();
        await c.query('BEGIN');
        await c.query(
          `INSERT INTO bench_baseline.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence,
             first_name, last_name, fiscal_code, email, locale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'booked', 0, 'Anna', 'Verdi', $10, $11, 'it')`,
          [id, tenant, `BASE-${i}`, id, [service], j.site, j.counter, j.start, j.end, j.fiscalCode, j.email],
        );
        await c.query(
          `INSERT INTO bench_baseline.outbox (id, aggregatetype, aggregateid, type, payload, tenant_id, topic) VALUES ($1, 'booking', $2, 'scheduling.booking.created', $3, $4, 'scheduling.bookings')`,
          [
            randomUUID(),
            id,
            JSON.stringify({
              id,
              code: `BASE-${i}`,
              tenant,
              services: [service],
              site: j.site,
              start: j.start,
              end: j.end,
              status: 'booked',
              citizen: { email: j.email },
            }),
            tenant,
          ],
        );
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        c.release();
      }
    });
    return { rps: Math.round(jobs.length / (ms / 1000)), n: jobs.length };
  } finally {
    await p.end();
  }
}

export const bookingBody = (j, service, tenant) => ({
  service,
  tenant,
  site: j.site,
  start: j.start,
  citizen: { firstName: 'Luca', lastName: 'Neri', fiscalCode: j.fiscalCode, email: j.email, locale: 'it' },
});

/** The service's POST /bookings, every job once, 50 connections. */
export async function httpBookings({ pids = {}, base, jobs, service, tenant, connections = 50 }) {
  let next = 0;
  const statuses = {};
  const bodies = jobs.map((j) => JSON.stringify(bookingBody(j, service, tenant)));
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, cpuMs(pid)]));
  const started = performance.now();
  const r = await cannon({
    url: `${base}/scheduling/v1/bookings`,
    connections,
    amount: jobs.length,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodies[Math.min(next++, bodies.length - 1)] }),
        onResponse: (status) => (statuses[status] = (statuses[status] ?? 0) + 1),
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, cpuMs(pid) - cpuBefore[n]]));
  return {
    cpuMs: cpu,
    seconds: Math.round(seconds * 10) / 10,
    rps: Math.round((statuses[201] ?? 0) / seconds),
    p99Ms: r.latency.p99,
    statuses,
    errors: r.errors,
    n: jobs.length,
  };
}
