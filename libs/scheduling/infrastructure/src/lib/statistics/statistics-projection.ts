import { EntityManager } from 'typeorm';
import {
  BookingStateV1,
  CloudEvent,
  EventTypes,
  RegistrationStateV1,
  TicketStateV1,
} from '@facile/contracts';
import { DurationMetric, leadBucket, localDate, waitBucket } from '@facile/scheduling/domain';

/** The zone the network's days are counted in (every site is in Europe/Rome). */
const ZONE = 'Europe/Rome';
export const GROUP_SESSION_SERVICE = 'group-session';

export const COUNTERS = [
  'bookings',
  'cancelled',
  'completed',
  'no_shows',
  'used_minutes',
  'tickets_issued',
  'tickets_served',
  'registered',
  'waitlisted',
  'seats',
] as const;
export type Counter = (typeof COUNTERS)[number];

interface StatsKey {
  day: string;
  site: string;
  siteTenant: string;
  citizenTenant: string;
  service: string;
}

/** What one booking, ticket, registration or session adds to the read models in its current state. */
interface Contribution {
  key: StatsKey;
  counters: Partial<Record<Counter, number>>;
  durations: { metric: DurationMetric; bucket: number }[];
}

const keyString = (k: StatsKey) => `${k.day}|${k.site}|${k.citizenTenant}|${k.service}`;
const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
const dayOf = (iso: string) => localDate(Date.parse(iso), ZONE);

/**
 * Applies the difference between an aggregate's previous and next contributions to both grains (day and
 * month). Subtract-then-add on one key nets to nothing, so only real changes are written.
 */
async function applyDiff(
  m: EntityManager,
  before: Contribution | null,
  after: Contribution | null,
): Promise<void> {
  const counters = new Map<string, { key: StatsKey; delta: Partial<Record<Counter, number>> }>();
  const durations = new Map<string, { key: StatsKey; metric: DurationMetric; bucket: number; n: number }>();
  const add = (c: Contribution | null, sign: 1 | -1) => {
    if (!c) return;
    const k = keyString(c.key);
    const entry = counters.get(k) ?? { key: c.key, delta: {} };
    for (const [name, value] of Object.entries(c.counters) as [Counter, number][])
      entry.delta[name] = (entry.delta[name] ?? 0) + sign * value;
    counters.set(k, entry);
    for (const d of c.durations) {
      const dk = `${k}|${d.metric}|${d.bucket}`;
      const e = durations.get(dk) ?? { key: c.key, metric: d.metric, bucket: d.bucket, n: 0 };
      e.n += sign;
      durations.set(dk, e);
    }
  };
  add(before, -1);
  add(after, 1);
  // Rows are always written in the same order (table, then key), so concurrent events never deadlock.
  const counterEntries = [...counters.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => e);
  const durationEntries = [...durations.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => e);
  for (const grain of ['daily', 'monthly'] as const) {
    await writeCounters(m, grain, counterEntries);
    await writeDurations(m, grain, durationEntries);
  }
}

async function writeCounters(
  m: EntityManager,
  grain: 'daily' | 'monthly',
  entries: { key: StatsKey; delta: Partial<Record<Counter, number>> }[],
): Promise<void> {
  const table = `stats_${grain}`;
  for (const { key, delta } of entries) {
    const cols = (Object.entries(delta) as [Counter, number][]).filter(([, v]) => v !== 0);
    if (cols.length === 0) continue;
    const day = grain === 'daily' ? key.day : monthOf(key.day);
    await m.query(
      `INSERT INTO scheduling.${table} (day, site, site_tenant, citizen_tenant, service, ${cols.map(([c]) => c).join(', ')})
       VALUES ($1, $2, $3, $4, $5, ${cols.map((_, i) => `$${i + 6}`).join(', ')})
       ON CONFLICT (day, site, citizen_tenant, service) DO UPDATE SET ${cols.map(([c]) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ')}`,
      [day, key.site, key.siteTenant, key.citizenTenant, key.service, ...cols.map(([, v]) => v)],
    );
  }
}

async function writeDurations(
  m: EntityManager,
  grain: 'daily' | 'monthly',
  entries: { key: StatsKey; metric: DurationMetric; bucket: number; n: number }[],
): Promise<void> {
  const table = `stats_hist_${grain}`;
  for (const d of entries) {
    if (d.n === 0) continue;
    const day = grain === 'daily' ? d.key.day : monthOf(d.key.day);
    await m.query(
      `INSERT INTO scheduling.${table} (day, site, site_tenant, citizen_tenant, service, metric, bucket, n) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (day, site, citizen_tenant, service, metric, bucket) DO UPDATE SET n = ${table}.n + EXCLUDED.n`,
      [day, d.key.site, d.key.siteTenant, d.key.citizenTenant, d.key.service, d.metric, d.bucket, d.n],
    );
  }
}

interface BookingRow {
  day: string;
  site: string;
  site_tenant: string;
  citizen_tenant: string;
  service: string;
  status: string;
  minutes: number;
  lead_bucket: number;
  sequence: number;
}

/** Not (or never) bookings: pending until confirmed, or released unconfirmed (confirm-by-link mode, ADR 0019). */
const NOT_YET_BOOKINGS = new Set(['pending', 'expired']);

const bookingContribution = (r: BookingRow): Contribution | null =>
  NOT_YET_BOOKINGS.has(r.status)
    ? null
    : {
        key: {
          day: r.day,
          site: r.site,
          siteTenant: r.site_tenant,
          citizenTenant: r.citizen_tenant,
          service: r.service,
        },
        counters: {
          bookings: 1,
          cancelled: r.status === 'cancelled' ? 1 : 0,
          completed: r.status === 'completed' ? 1 : 0,
          no_shows: r.status === 'no-show' ? 1 : 0,
          // A no-show still held the counter: capacity used is every slot minute not given back by a cancellation.
          used_minutes: r.status === 'cancelled' ? 0 : r.minutes,
        },
        durations: [{ metric: 'lead', bucket: r.lead_bucket }],
      };

interface TicketRow {
  day: string;
  site: string;
  site_tenant: string;
  citizen_tenant: string;
  service: string;
  served: boolean;
  wait_bucket: number | null;
}

const ticketContribution = (r: TicketRow): Contribution => ({
  key: {
    day: r.day,
    site: r.site,
    siteTenant: r.site_tenant,
    citizenTenant: r.citizen_tenant,
    service: r.service,
  },
  counters: { tickets_issued: 1, tickets_served: r.served ? 1 : 0 },
  durations: r.wait_bucket === null ? [] : [{ metric: 'wait', bucket: r.wait_bucket }],
});

/** Serialises, until commit, the transactions about one ticket number of a site and day. */
const lockTicketNumber = (m: EntityManager, site: string, day: string, num: string) =>
  m.query(`SELECT pg_advisory_xact_lock(hashtext('scheduling.statistics.ticket'), hashtext($1))`, [
    `${site}|${day}|${num}`,
  ]);

/** The ticket's state and, on a call, how the ticket the same counter called before ended (fields added to v1 for statistics). */
type TicketEvent = TicketStateV1 & {
  day?: string;
  previousNumber?: string;
  previousStatus?: string;
  bookingCode?: string;
};

interface RegistrationRow {
  session_id: string;
  day: string;
  site: string;
  site_tenant: string;
  citizen_tenant: string;
  status: string;
}

const registrationContribution = (r: RegistrationRow): Contribution => ({
  key: {
    day: r.day,
    site: r.site,
    siteTenant: r.site_tenant,
    citizenTenant: r.citizen_tenant,
    service: GROUP_SESSION_SERVICE,
  },
  counters: { registered: r.status === 'registered' ? 1 : 0, waitlisted: r.status === 'waitlisted' ? 1 : 0 },
  durations: [],
});

/**
 * Folds scheduling's own events into the statistics read models. Each event carries its aggregate's whole
 * state, so the projection keeps the last state per aggregate and applies the difference: reschedules move
 * a booking between days and sites, a cancellation gives its minutes back, and the result depends only on
 * each aggregate's own (ordered) events — the same live and in a rebuild.
 */
export class StatisticsProjection {
  private readonly siteTenants = new Map<string, string>();

  async apply(event: CloudEvent<object>, m: EntityManager): Promise<void> {
    if (event.type.startsWith('scheduling.booking.')) return this.booking(event.data as BookingStateV1, m);
    if (event.type.startsWith('scheduling.ticket.')) return this.ticket(event.data as TicketEvent, m);
    if (event.type.startsWith('scheduling.registration.'))
      return this.registration(event.data as RegistrationStateV1, m);
  }

  /**
   * Every event type of the contract whose payload is a booking's, ticket's or registration's whole state
   * (a type added later with such a payload is picked up; notices such as a closure's are not).
   */
  static eventTypes(): string[] {
    const states: (new () => object)[] = [BookingStateV1, TicketStateV1, RegistrationStateV1];
    return Object.entries(EventTypes)
      .filter(([, spec]) =>
        states.some((state) => spec.payload === state || spec.payload.prototype instanceof state),
      )
      .map(([type]) => type);
  }

  private async siteTenant(m: EntityManager, site: string): Promise<string> {
    const known = this.siteTenants.get(site);
    if (known) return known;
    const rows: { tenant_id: string }[] = await m.query(
      `SELECT tenant_id FROM scheduling.sites WHERE id = $1`,
      [site],
    );
    const tenant = rows[0]?.tenant_id ?? 'unknown';
    if (rows[0]) this.siteTenants.set(site, tenant);
    return tenant;
  }

  private async booking(b: BookingStateV1, m: EntityManager): Promise<void> {
    const rows: BookingRow[] = await m.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, site, site_tenant, citizen_tenant, service, status, minutes, lead_bucket, sequence
       FROM scheduling.stats_bookings WHERE booking_id = $1 FOR UPDATE`,
      [b.bookingId],
    );
    const before = rows[0] ?? null;
    // A late or repeated state never overwrites a newer one.
    if (before && before.sequence >= b.sequence) return;
    const start = Date.parse(b.start);
    const after: BookingRow = {
      day: dayOf(b.start),
      site: b.site,
      site_tenant: await this.siteTenant(m, b.site),
      citizen_tenant: b.tenant,
      // A visit for several procedures counts once, under its first procedure (ADR 0011).
      service: b.services[0],
      status: b.status,
      minutes: Math.round((Date.parse(b.end) - start) / 60_000),
      lead_bucket: leadBucket((start - Date.parse(b.createdAt)) / 60_000),
      sequence: b.sequence,
    };
    await applyDiff(m, before ? bookingContribution(before) : null, bookingContribution(after));
    await m.query(
      `INSERT INTO scheduling.stats_bookings (booking_id, day, site, site_tenant, citizen_tenant, service, status, minutes, lead_bucket, sequence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (booking_id) DO UPDATE SET day = EXCLUDED.day, site = EXCLUDED.site, site_tenant = EXCLUDED.site_tenant,
         citizen_tenant = EXCLUDED.citizen_tenant, service = EXCLUDED.service, status = EXCLUDED.status, minutes = EXCLUDED.minutes,
         lead_bucket = EXCLUDED.lead_bucket, sequence = EXCLUDED.sequence`,
      [
        b.bookingId,
        after.day,
        after.site,
        after.site_tenant,
        after.citizen_tenant,
        after.service,
        after.status,
        after.minutes,
        after.lead_bucket,
        after.sequence,
      ],
    );
  }

  private async ticket(t: TicketEvent, m: EntityManager): Promise<void> {
    const day = dayOf(t.issuedAt);
    // The next call at a counter tells how the ticket it called before ended; the latest report stands.
    // A report and the ticket's own event travel on different partitions: one at a time per ticket number
    // (locks taken first, the previous ticket's before this one's, as the counter called them).
    const report =
      t.previousNumber && (t.previousStatus === 'served' || t.previousStatus === 'missed')
        ? t.previousNumber
        : null;
    if (report && report !== t.number) await lockTicketNumber(m, t.site, t.day ?? day, report);
    await lockTicketNumber(m, t.site, day, t.number);
    if (report)
      await this.reportOutcome(
        m,
        t.site,
        t.day ?? day,
        report,
        t.previousStatus as string,
        t.calledAt ?? t.issuedAt,
      );
    // A ticket standing for a checked-in appointment is not a walk-in: the booking's own events count it.
    if (t.bookingCode) return;
    const before = await this.ticketRow(m, `ticket_id = $1`, [t.ticketId]);
    const outcome = await this.outcomeOf(m, t.site, day, t.number);
    // The wait is the time to the first call; a recall does not change it.
    const wait =
      before?.wait_bucket ??
      (t.calledAt ? waitBucket((Date.parse(t.calledAt) - Date.parse(t.issuedAt)) / 60_000) : null);
    const after: TicketRow = {
      day,
      site: t.site,
      site_tenant: await this.siteTenant(m, t.site),
      citizen_tenant: t.tenant,
      service: t.service,
      // As reported by the counter's next call; until then, called at a counter (or served) and not missed or cancelled.
      served: outcome ? outcome === 'served' : t.status === 'called' || t.status === 'served',
      wait_bucket: wait,
    };
    await applyDiff(m, before && ticketContribution(before), ticketContribution(after));
    await m.query(
      `INSERT INTO scheduling.stats_tickets (ticket_id, day, site, site_tenant, citizen_tenant, service, served, wait_bucket, number)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (ticket_id) DO UPDATE SET served = EXCLUDED.served, wait_bucket = EXCLUDED.wait_bucket`,
      [
        t.ticketId,
        after.day,
        after.site,
        after.site_tenant,
        after.citizen_tenant,
        after.service,
        after.served,
        after.wait_bucket,
        t.number,
      ],
    );
  }

  private async outcomeOf(m: EntityManager, site: string, day: string, num: string): Promise<string | null> {
    const rows: { outcome: string }[] = await m.query(
      `SELECT outcome FROM scheduling.stats_ticket_outcomes WHERE site = $1 AND day = $2 AND number = $3`,
      [site, day, num],
    );
    return rows[0]?.outcome ?? null;
  }

  private async reportOutcome(
    m: EntityManager,
    site: string,
    day: string,
    num: string,
    outcome: string,
    at: string,
  ): Promise<void> {
    await m.query(
      `INSERT INTO scheduling.stats_ticket_outcomes (site, day, number, outcome, reported_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (site, day, number) DO UPDATE SET outcome = EXCLUDED.outcome, reported_at = EXCLUDED.reported_at
       WHERE stats_ticket_outcomes.reported_at <= EXCLUDED.reported_at`,
      [site, day, num, outcome, at],
    );
    const previous = await this.ticketRow(m, `site = $1 AND day = $2 AND number = $3`, [site, day, num]);
    if (!previous) return;
    const served = (await this.outcomeOf(m, site, day, num)) === 'served';
    if (previous.served === served) return;
    await applyDiff(m, ticketContribution(previous), ticketContribution({ ...previous, served }));
    await m.query(`UPDATE scheduling.stats_tickets SET served = $2 WHERE ticket_id = $1`, [
      previous.ticket_id,
      served,
    ]);
  }

  private async ticketRow(
    m: EntityManager,
    where: string,
    params: unknown[],
  ): Promise<(TicketRow & { ticket_id: string }) | null> {
    const rows: (TicketRow & { ticket_id: string })[] = await m.query(
      `SELECT ticket_id, to_char(day, 'YYYY-MM-DD') AS day, site, site_tenant, citizen_tenant, service, served, wait_bucket
       FROM scheduling.stats_tickets WHERE ${where} FOR UPDATE`,
      params,
    );
    return rows[0] ?? null;
  }

  private async registration(r: RegistrationStateV1, m: EntityManager): Promise<void> {
    const rows: RegistrationRow[] = await m.query(
      `SELECT session_id, to_char(day, 'YYYY-MM-DD') AS day, site, site_tenant, citizen_tenant, status
       FROM scheduling.stats_registrations WHERE registration_id = $1 FOR UPDATE`,
      [r.registrationId],
    );
    const before = rows[0] ?? null;
    const after: RegistrationRow = {
      session_id: r.sessionId,
      day: dayOf(r.start),
      site: r.site,
      site_tenant: await this.siteTenant(m, r.site),
      citizen_tenant: r.tenant,
      status: r.status,
    };
    await applyDiff(m, before && registrationContribution(before), registrationContribution(after));
    await m.query(
      `INSERT INTO scheduling.stats_registrations (registration_id, session_id, day, site, site_tenant, citizen_tenant, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (registration_id) DO UPDATE SET status = EXCLUDED.status`,
      [
        r.registrationId,
        after.session_id,
        after.day,
        after.site,
        after.site_tenant,
        after.citizen_tenant,
        after.status,
      ],
    );
    const seats = (r as RegistrationStateV1 & { seats?: unknown }).seats;
    if (typeof seats === 'number') await this.session(m, after, seats);
  }

  /** Seats of a session, when the registration events carry them (the contract's v1 payload does not yet). */
  private async session(m: EntityManager, r: RegistrationRow, seats: number): Promise<void> {
    // Registrations of one session travel on different partitions: the row is created with no seats
    // counted, then locked, so concurrent registrations count the session's seats once.
    await m.query(
      `INSERT INTO scheduling.stats_sessions (session_id, day, site, site_tenant, citizen_tenant, seats) VALUES ($1, $2, $3, $4, $4, 0)
       ON CONFLICT (session_id) DO NOTHING`,
      [r.session_id, r.day, r.site, r.site_tenant],
    );
    const rows: { seats: number }[] = await m.query(
      `SELECT seats FROM scheduling.stats_sessions WHERE session_id = $1 FOR UPDATE`,
      [r.session_id],
    );
    if (rows[0].seats === seats) return;
    const key: StatsKey = {
      day: r.day,
      site: r.site,
      siteTenant: r.site_tenant,
      citizenTenant: r.site_tenant,
      service: GROUP_SESSION_SERVICE,
    };
    await applyDiff(
      m,
      { key, counters: { seats: rows[0].seats }, durations: [] },
      { key, counters: { seats }, durations: [] },
    );
    await m.query(`UPDATE scheduling.stats_sessions SET seats = $2 WHERE session_id = $1`, [
      r.session_id,
      seats,
    ]);
  }
}

export const STATISTICS_TABLES = [
  'stats_daily',
  'stats_monthly',
  'stats_hist_daily',
  'stats_hist_monthly',
  'stats_bookings',
  'stats_tickets',
  'stats_registrations',
  'stats_sessions',
  'stats_ticket_outcomes',
] as const;
