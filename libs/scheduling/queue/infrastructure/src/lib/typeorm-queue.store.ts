import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '@facile/platform/errors';
import { OutboxWriter } from '@facile/platform/messaging';
import {
  inTransactionOfTenant,
  inUnionWideTransaction,
  narrowTransactionToTenant,
} from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import {
  CallNextRequest,
  CallNextResult,
  NewTicket,
  QueueSite,
  QueueSnapshot,
  QueueStore,
  StoredTicket,
} from '@facile/scheduling/queue-application';
import {
  afterNoAnswer,
  APPOINTMENT_LETTER,
  DEFAULT_GROUP_LETTER,
  MOVING_AVERAGE_WINDOW,
  nextInLine,
  QueueCandidate,
  ticketNumber,
} from '@facile/scheduling/queue-domain';
import { returned } from '@facile/platform/persistence';
import { TICKET_COLUMNS, TicketRow, toTicket, toTicketState } from './ticket.mapper';

/** Counter $2 of site $1 handles a service unless the site's offering of it is disabled or limited to fewer counters. */
const handledBy = (
  service: string,
) => `NOT EXISTS (SELECT 1 FROM scheduling.site_offerings o WHERE o.site_id = $1 AND o.service = ${service}
  AND (NOT o.enabled OR (o.counters IS NOT NULL AND o.counters < $2)))`;

/**
 * The walk-in queue in PostgreSQL. Numbers: one counter row per site, day and letter, incremented with
 * INSERT … ON CONFLICT DO UPDATE … RETURNING (the row lock orders concurrent issuers; the unique
 * (site, day, number) is the backstop). Calls: one transaction per call holding the site's queue lock,
 * and a unique index allowing one called ticket per counter.
 * Row-level security: a ticket is its citizen's municipality's. The line at a site is every municipality's, so the
 * board, calls, recalls and look-ups by number are union-wide; issuing counts the whole line, then is narrowed to the
 * ticket's municipality for its write; a citizen leaving the line writes in the ticket's municipality's transaction.
 */
@Injectable()
export class TypeOrmQueueStore extends QueueStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async site(id: string): Promise<QueueSite | null> {
    const rows: { id: string; tenant_id: string; counters: number; time_zone: string }[] =
      await inUnionWideTransaction(this.ds, (m) =>
        m.query(`SELECT id, tenant_id, counters, time_zone FROM scheduling.sites WHERE id = $1`, [id]),
      );
    const r = rows[0];
    return r ? { id: r.id, tenant: r.tenant_id, counters: Number(r.counters), timeZone: r.time_zone } : null;
  }

  async letterOf(service: string): Promise<string> {
    const rows: { letter: string }[] = await this.ds.query(
      `SELECT letter FROM scheduling.queue_groups WHERE service = $1`,
      [service],
    );
    return rows[0]?.letter.trim() ?? DEFAULT_GROUP_LETTER;
  }

  async setLetter(service: string, letter: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO scheduling.queue_groups (service, letter) VALUES ($1, $2) ON CONFLICT (service) DO UPDATE SET letter = EXCLUDED.letter`,
      [service, letter],
    );
  }

  async walkInServices(): Promise<string[]> {
    const rows: { slug: string }[] = await this.ds.query(
      `SELECT slug FROM scheduling.procedures WHERE walk_in AND status = 'published' ORDER BY slug`,
    );
    return rows.map((r) => r.slug);
  }

  /** The next number of the group: its counter value (`seq`, what calls are ordered by) and its printed form. */
  private async takeNumber(
    m: EntityManager,
    site: string,
    day: string,
    letter: string,
  ): Promise<{ seq: number; number: string }> {
    const rows: { last: number }[] = await m.query(
      `INSERT INTO scheduling.ticket_counters (site_id, day, letter, last) VALUES ($1, $2, $3, 1)
       ON CONFLICT (site_id, day, letter) DO UPDATE SET last = scheduling.ticket_counters.last + 1 RETURNING last`,
      [site, day, letter],
    );
    const seq = Number(rows[0].last);
    return { seq, number: ticketNumber(letter, seq) };
  }

  private async one(m: EntityManager, where: string, params: unknown[]): Promise<StoredTicket | null> {
    const rows: TicketRow[] = await m.query(
      `SELECT ${TICKET_COLUMNS} FROM scheduling.tickets t WHERE ${where}`,
      params,
    );
    return rows[0] ? toTicket(rows[0]) : null;
  }

  async issue(t: NewTicket, estimate: (ahead: number) => number): Promise<StoredTicket> {
    return inUnionWideTransaction(this.ds, async (m) => {
      // Taking the number locks the (site, day, letter) row until commit: issuers of one group count "ahead" in turn.
      const { seq, number } = await this.takeNumber(m, t.site, t.day, t.letter);
      const ahead: { n: string }[] = await m.query(
        `SELECT count(*) AS n FROM scheduling.tickets WHERE site_id = $1 AND day = $2 AND letter = $3 AND status = 'waiting'`,
        [t.site, t.day, t.letter],
      );
      await narrowTransactionToTenant(m, t.tenant as TenantId);
      await m.query(
        `INSERT INTO scheduling.tickets (id, tenant_id, site_id, service, letter, day, number, seq, manage_token_hash, status, issued_at, estimated_wait_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'waiting', $10, $11)`,
        [
          t.id,
          t.tenant,
          t.site,
          t.service,
          t.letter,
          t.day,
          number,
          seq,
          t.manageTokenHash,
          t.issuedAt,
          estimate(Number(ahead[0].n)),
        ],
      );
      const ticket = (await this.one(m, 't.id = $1', [t.id])) as StoredTicket;
      await this.outbox.append(m, {
        type: t.event,
        aggregateType: 'ticket',
        aggregateId: ticket.id,
        tenant: ticket.tenant,
        data: toTicketState(ticket),
      });
      return ticket;
    });
  }

  async callNext(req: CallNextRequest): Promise<CallNextResult> {
    return inUnionWideTransaction(this.ds, async (m) => {
      // One call at a time per site: two counters never call the same person.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`queue|${req.site}`]);
      const finished = await this.finishCurrent(m, req);
      // Within a service group the printed numbers decide (never the issue time: it is read before the number is
      // taken, so tickets taken at the same moment can carry them in the other order); across groups, and against
      // appointments, the first of each group waits since it was issued.
      const tickets: { id: string; issued_at: Date }[] = await m.query(
        `SELECT DISTINCT ON (t.letter) t.id, t.issued_at FROM scheduling.tickets t
          WHERE t.site_id = $1 AND t.day = $3 AND t.status = 'waiting' AND ${handledBy('t.service')}
          ORDER BY t.letter, t.seq`,
        [req.site, req.counter, req.day],
      );
      const appointments: { id: string; start_at: Date; tenant_id: string; services: string[] }[] =
        await m.query(
          `SELECT b.id, b.start_at, b.tenant_id, b.services FROM scheduling.bookings b
          WHERE b.site_id = $1 AND b.status = 'checked-in' AND b.start_at >= $3 AND b.start_at < $4
            AND NOT EXISTS (SELECT 1 FROM scheduling.tickets t WHERE t.booking_id = b.id)
            AND NOT EXISTS (SELECT 1 FROM unnest(b.services) AS s(service) WHERE NOT ${handledBy('s.service')})
          ORDER BY b.start_at, b.id LIMIT 1`,
          [req.site, req.counter, req.dayFrom, req.dayTo],
        );
      const candidates: QueueCandidate[] = [
        ...tickets.map((t) => ({ kind: 'ticket' as const, id: t.id, since: new Date(t.issued_at) })),
        ...appointments.map((b) => ({ kind: 'appointment' as const, id: b.id, since: new Date(b.start_at) })),
      ];
      const pick = nextInLine(candidates);
      if (!pick) return { called: null, finished };
      let ticketId = pick.id;
      if (pick.kind === 'appointment') {
        const b = appointments[0];
        ticketId = (await m.query(`SELECT gen_random_uuid() AS id`))[0].id;
        const { seq, number } = await this.takeNumber(m, req.site, req.day, APPOINTMENT_LETTER);
        await m.query(
          `INSERT INTO scheduling.tickets (id, tenant_id, site_id, service, letter, day, number, seq, booking_id, status, issued_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'waiting', $10)`,
          [
            ticketId,
            b.tenant_id,
            req.site,
            b.services[0],
            APPOINTMENT_LETTER,
            req.day,
            number,
            seq,
            b.id,
            new Date(b.start_at),
          ],
        );
      }
      await m.query(
        `UPDATE scheduling.tickets SET status = 'called', counter = $2, calls = calls + 1, called_at = $3 WHERE id = $1`,
        [ticketId, req.counter, req.now],
      );
      const called = (await this.one(m, 't.id = $1', [ticketId])) as StoredTicket;
      await this.outbox.append(m, {
        type: req.event,
        aggregateType: 'ticket',
        aggregateId: called.id,
        tenant: called.tenant,
        data: toTicketState(called, finished),
      });
      return { called, finished };
    });
  }

  /** The ticket this counter called before: served, or (not answered) back in line or missed after the last call. */
  private async finishCurrent(m: EntityManager, req: CallNextRequest): Promise<StoredTicket | null> {
    const current = await this.one(
      m,
      `t.site_id = $1 AND t.counter = $2 AND t.status = 'called' FOR UPDATE`,
      [req.site, req.counter],
    );
    if (!current) return null;
    if (req.previous === 'served') {
      await m.query(`UPDATE scheduling.tickets SET status = 'served', served_at = $2 WHERE id = $1`, [
        current.id,
        req.now,
      ]);
    } else if (afterNoAnswer(current.calls, req.maxCalls) === 'missed') {
      await m.query(
        `UPDATE scheduling.tickets SET status = 'missed', missed_at = $2, counter = NULL WHERE id = $1`,
        [current.id, req.now],
      );
    } else {
      await m.query(`UPDATE scheduling.tickets SET status = 'waiting', counter = NULL WHERE id = $1`, [
        current.id,
      ]);
    }
    const finished = (await this.one(m, 't.id = $1', [current.id])) as StoredTicket;
    // Served and missed end the ticket: the counter and the times stay on it for statistics.
    if (finished.status !== 'waiting') return { ...finished, counter: current.counter };
    return finished;
  }

  async recall(site: string, day: string, number: string): Promise<StoredTicket> {
    return inUnionWideTransaction(this.ds, async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`queue|${site}`]);
      const rows = returned<{ id: string }>(
        await m.query(
          `UPDATE scheduling.tickets SET status = 'waiting', calls = 0, missed_at = NULL WHERE site_id = $1 AND day = $2 AND number = $3 AND status = 'missed' RETURNING id`,
          [site, day, number],
        ),
      );
      if (rows.length === 0) {
        const existing = await this.one(m, 't.site_id = $1 AND t.day = $2 AND t.number = $3', [
          site,
          day,
          number,
        ]);
        if (!existing) throw new NotFoundError(`No ticket '${number}' today at ${site}`);
        throw new ConflictError(
          `Ticket ${number} is ${existing.status}, not missed`,
          'not-missed',
          'Invalid state transition',
        );
      }
      return (await this.one(m, 't.id = $1', [rows[0].id])) as StoredTicket;
    });
  }

  async findTicket(
    site: string,
    day: string,
    number: string,
  ): Promise<{ ticket: StoredTicket; manageTokenHash: string | null; ahead: number } | null> {
    const rows: (TicketRow & { manage_token_hash: string | null; ahead: string })[] =
      await inUnionWideTransaction(this.ds, (m) =>
        m.query(
          `SELECT ${TICKET_COLUMNS}, t.manage_token_hash,
              (SELECT count(*) FROM scheduling.tickets w WHERE w.site_id = t.site_id AND w.day = t.day AND w.letter = t.letter AND w.status = 'waiting'
                  AND w.seq < t.seq) AS ahead
         FROM scheduling.tickets t WHERE t.site_id = $1 AND t.day = $2 AND t.number = $3`,
          [site, day, number],
        ),
      );
    const r = rows[0];
    return r ? { ticket: toTicket(r), manageTokenHash: r.manage_token_hash, ahead: Number(r.ahead) } : null;
  }

  async cancelTicket(ticket: Pick<StoredTicket, 'id' | 'tenant'>): Promise<StoredTicket> {
    const id = ticket.id;
    return inTransactionOfTenant(this.ds, ticket.tenant as TenantId, async (m) => {
      const rows = returned<{ id: string }>(
        await m.query(
          `UPDATE scheduling.tickets SET status = 'cancelled', counter = NULL WHERE id = $1 AND status IN ('waiting', 'missed') RETURNING id`,
          [id],
        ),
      );
      const current = (await this.one(m, 't.id = $1', [id])) as StoredTicket;
      if (rows.length === 0)
        throw new ConflictError(
          `Ticket ${current.number} is ${current.status}`,
          'ticket-not-waiting',
          'Invalid state transition',
        );
      return current;
    });
  }

  /** The board of the site's line, every municipality's tickets: union-wide, one snapshot. */
  async snapshot(site: string, day: string): Promise<QueueSnapshot> {
    const [serving, waiting, missed, durations, active] = await inUnionWideTransaction(this.ds, (m) =>
      Promise.all([
        m.query(
          `SELECT ${TICKET_COLUMNS} FROM scheduling.tickets t WHERE t.site_id = $1 AND t.day = $2 AND t.status = 'called' ORDER BY t.counter`,
          [site, day],
        ) as Promise<TicketRow[]>,
        m.query(
          `SELECT letter, service, count(*) AS n FROM scheduling.tickets WHERE site_id = $1 AND day = $2 AND status = 'waiting' GROUP BY letter, service ORDER BY letter, service`,
          [site, day],
        ) as Promise<{ letter: string; service: string; n: string }[]>,
        m.query(
          `SELECT ${TICKET_COLUMNS} FROM scheduling.tickets t WHERE t.site_id = $1 AND t.day = $2 AND t.status = 'missed' ORDER BY t.letter, t.seq`,
          [site, day],
        ) as Promise<TicketRow[]>,
        m.query(
          `SELECT letter, secs FROM (
           SELECT letter, extract(epoch FROM served_at - called_at)::float8 AS secs, row_number() OVER (PARTITION BY letter ORDER BY served_at DESC) AS rn
             FROM scheduling.tickets WHERE site_id = $1 AND status = 'served' AND called_at IS NOT NULL) x
          WHERE rn <= $2 ORDER BY letter, rn`,
          [site, MOVING_AVERAGE_WINDOW],
        ) as Promise<{ letter: string; secs: number }[]>,
        m.query(
          `SELECT count(DISTINCT counter) AS n FROM scheduling.tickets WHERE site_id = $1 AND counter IS NOT NULL AND (status = 'called' OR called_at > now() - interval '1 hour')`,
          [site],
        ) as Promise<{ n: string }[]>,
      ]),
    );
    const byLetter: Record<string, number[]> = {};
    for (const d of durations) (byLetter[d.letter.trim()] ??= []).push(Number(d.secs));
    return {
      serving: serving.map(toTicket),
      waiting: waiting.map((w) => ({ letter: w.letter.trim(), service: w.service, count: Number(w.n) })),
      missed: missed.map(toTicket),
      durations: byLetter,
      activeCounters: Number(active[0].n),
    };
  }
}
