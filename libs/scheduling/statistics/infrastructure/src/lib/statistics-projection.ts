import { EntityManager } from 'typeorm';
import { preparedQuery, readUnionWide } from '@facile/platform/persistence';
import {
  BookingStateV1,
  CloudEvent,
  EventTypes,
  RegistrationStateV1,
  TicketStateV1,
} from '@facile/contracts';
import {
  BookingFacts,
  bookingContribution,
  bookingFactsOf,
  isNewerBookingState,
  RegistrationFacts,
  registrationContribution,
  reportedTicket,
  seatsContribution,
  statisticsDayOf,
  TicketFacts,
  ticketContribution,
  ticketServed,
  ticketWaitBucket,
} from '@facile/scheduling/statistics-domain';
import { applyDiff } from './statistics-writes';

const BOOKING_FACTS = `to_char(day, 'YYYY-MM-DD') AS day, site, site_tenant AS "siteTenant", citizen_tenant AS "citizenTenant",
  service, status, minutes, lead_bucket AS "leadBucket", sequence`;
/** A booking's last known facts, locked: one constant text per event applied (prepared once per connection). */
const BOOKING_STATE = `SELECT ${BOOKING_FACTS} FROM scheduling.stats_bookings WHERE booking_id = $1 FOR UPDATE`;
const TICKET_FACTS = `ticket_id, to_char(day, 'YYYY-MM-DD') AS day, site, site_tenant AS "siteTenant", citizen_tenant AS "citizenTenant",
  service, served, wait_bucket AS "waitBucket"`;
const REGISTRATION_FACTS = `session_id, to_char(day, 'YYYY-MM-DD') AS day, site, site_tenant AS "siteTenant",
  citizen_tenant AS "citizenTenant", status`;

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

  /**
   * The site's municipality: an explicit union-wide read inside the consumer's transaction of the event's municipality
   * (a citizen of one municipality books at another's site), or the rebuild's union-wide one (ADR 5).
   */
  private async siteTenant(m: EntityManager, site: string): Promise<string> {
    const known = this.siteTenants.get(site);
    if (known) return known;
    const rows: { tenant_id: string }[] = await readUnionWide(m, () =>
      m.query(`SELECT tenant_id FROM scheduling.sites WHERE id = $1`, [site]),
    );
    const tenant = rows[0]?.tenant_id ?? 'unknown';
    if (rows[0]) this.siteTenants.set(site, tenant);
    return tenant;
  }

  private async booking(b: BookingStateV1, m: EntityManager): Promise<void> {
    const rows: BookingFacts[] = await preparedQuery(m, BOOKING_STATE, [b.bookingId]);
    const before = rows[0] ?? null;
    if (!isNewerBookingState(before, b.sequence)) return;
    const after = bookingFactsOf(b, await this.siteTenant(m, b.site));
    await applyDiff(
      m,
      before ? bookingContribution(before) : null,
      bookingContribution(after),
      (
        p,
      ) => `INSERT INTO scheduling.stats_bookings (booking_id, day, site, site_tenant, citizen_tenant, service, status, minutes, lead_bucket, sequence)
       VALUES (${[b.bookingId, after.day, after.site, after.siteTenant, after.citizenTenant, after.service, after.status].map(p).join(', ')},
         ${p(after.minutes)}::int, ${p(after.leadBucket)}::int, ${p(after.sequence)}::int)
       ON CONFLICT (booking_id) DO UPDATE SET day = EXCLUDED.day, site = EXCLUDED.site, site_tenant = EXCLUDED.site_tenant,
         citizen_tenant = EXCLUDED.citizen_tenant, service = EXCLUDED.service, status = EXCLUDED.status, minutes = EXCLUDED.minutes,
         lead_bucket = EXCLUDED.lead_bucket, sequence = EXCLUDED.sequence`,
    );
  }

  private async ticket(t: TicketEvent, m: EntityManager): Promise<void> {
    const day = statisticsDayOf(t.issuedAt);
    // The next call at a counter tells how the ticket it called before ended; the latest report stands.
    // A report and the ticket's own event travel on different partitions: one at a time per ticket number
    // (locks taken first, the previous ticket's before this one's, as the counter called them).
    const report = reportedTicket(t);
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
    const after: TicketFacts = {
      day,
      site: t.site,
      siteTenant: await this.siteTenant(m, t.site),
      citizenTenant: t.tenant,
      service: t.service,
      served: ticketServed(outcome, t.status),
      waitBucket: ticketWaitBucket(before?.waitBucket, t.issuedAt, t.calledAt),
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
        after.siteTenant,
        after.citizenTenant,
        after.service,
        after.served,
        after.waitBucket,
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
  ): Promise<(TicketFacts & { ticket_id: string }) | null> {
    const rows: (TicketFacts & { ticket_id: string })[] = await m.query(
      `SELECT ${TICKET_FACTS} FROM scheduling.stats_tickets WHERE ${where} FOR UPDATE`,
      params,
    );
    return rows[0] ?? null;
  }

  private async registration(r: RegistrationStateV1, m: EntityManager): Promise<void> {
    const rows: (RegistrationFacts & { session_id: string })[] = await m.query(
      `SELECT ${REGISTRATION_FACTS} FROM scheduling.stats_registrations WHERE registration_id = $1 FOR UPDATE`,
      [r.registrationId],
    );
    const before = rows[0] ?? null;
    const after: RegistrationFacts & { session_id: string } = {
      session_id: r.sessionId,
      day: statisticsDayOf(r.start),
      site: r.site,
      siteTenant: await this.siteTenant(m, r.site),
      citizenTenant: r.tenant,
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
        after.siteTenant,
        after.citizenTenant,
        after.status,
      ],
    );
    const seats = (r as RegistrationStateV1 & { seats?: unknown }).seats;
    if (typeof seats === 'number') await this.session(m, after, seats);
  }

  /** Seats of a session, when the registration events carry them (the contract's v1 payload does not yet). */
  private async session(
    m: EntityManager,
    r: RegistrationFacts & { session_id: string },
    seats: number,
  ): Promise<void> {
    // Registrations of one session travel on different partitions: the row is created with no seats
    // counted, then locked, so concurrent registrations count the session's seats once.
    await m.query(
      `INSERT INTO scheduling.stats_sessions (session_id, day, site, site_tenant, citizen_tenant, seats) VALUES ($1, $2, $3, $4, $4, 0)
       ON CONFLICT (session_id) DO NOTHING`,
      [r.session_id, r.day, r.site, r.siteTenant],
    );
    const rows: { seats: number }[] = await m.query(
      `SELECT seats FROM scheduling.stats_sessions WHERE session_id = $1 FOR UPDATE`,
      [r.session_id],
    );
    if (rows[0].seats === seats) return;
    await applyDiff(m, seatsContribution(r, rows[0].seats), seatsContribution(r, seats));
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
