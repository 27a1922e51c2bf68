import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError, NotFoundError } from '@facile/platform/errors';
import { OutboxWriter } from '@facile/platform/messaging';
import { inUnionWideTransaction, preparedQuery } from '@facile/platform/persistence';
import {
  BookingStore,
  BookingView,
  HoldExtension,
  HoldOutcome,
  IDEMPOTENCY_RACE,
  NewBooking,
  NewHold,
  SlotTarget,
  StoredBooking,
} from '@facile/scheduling/application';
import {
  BookingAction,
  BookingChange,
  BookingStatus,
  BookingTransition,
  decideBookingChange,
  newBookingEvent,
} from '@facile/scheduling/domain';
import {
  ACTIVE_STATUSES_SQL,
  BOOKING_COLUMNS,
  BookingRow,
  toBookingState,
  toStoredBooking,
} from './booking.mapper';

/** The domain decides what an action does; a refused one is a 409 with the lifecycle's reason. */
function changeOf(current: BookingStatus, action: BookingAction, verb: string = action): BookingChange {
  const change = decideBookingChange(current, action);
  if (!change)
    throw new ConflictError(
      `A ${current} booking cannot ${verb}`,
      'invalid-transition',
      'Invalid state transition',
    );
  return change;
}

const pgError = (e: unknown): { code?: string; constraint?: string } =>
  e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : {};

const full = () => new ConflictError('The slot is full', 'slot-full', 'Slot not available');

/** The first counter of 1..n with nothing active and no live hold over the range; the statement takes it. */
const FREE_COUNTER = `SELECT c.n FROM generate_series(1, $1::int) AS c(n)
  WHERE NOT EXISTS (SELECT 1 FROM scheduling.bookings b WHERE b.site_id = $2 AND b.counter = c.n AND b.status IN ${ACTIVE_STATUSES_SQL}
                      AND b.start_at < $4 AND b.end_at > $3 AND b.id IS DISTINCT FROM $5::uuid)
    AND NOT EXISTS (SELECT 1 FROM scheduling.holds h WHERE h.site_id = $2 AND h.counter = c.n AND h.expires_at > now()
                      AND h.start_at < $4 AND h.end_at > $3)
  ORDER BY c.n LIMIT 1`;

/**
 * Bookings and holds live in two tables, so no one constraint can keep them apart: every writer that takes a
 * counter first takes this transaction-scoped lock on (site, hour, counter) for every hour its range touches,
 * then checks that counter again. The check runs after the lock, so it sees whatever a previous holder of the
 * lock committed: a hold and a booking racing for the last counter cannot both pass, since two ranges that
 * overlap share the hour of any instant they share. The hour is part of the key so that writers of ranges far
 * apart do not queue behind each other: with a (site, local day, counter) key the bench's bookings waited on
 * each other's locks (9–16 of 13–17 active statements at any time, issue 20), every slot of a day at a site
 * taking the day's lock for its first free counter.
 */
const LOCK_COUNTER = `SELECT pg_advisory_xact_lock(hashtext($1), $2::int)`;

const HOUR_MS = 3_600_000;

/**
 * The lock windows of a range [start, end): each UTC hour it touches, as the hour's number since the epoch, in
 * order (hours of UTC have no daylight-saving gaps or repeats). A slot is one or two; a range of procedures at
 * most a few (a procedure lasts at most 240 minutes, the catalogue says).
 */
export function lockWindowsOf(start: Date, end: Date): string[] {
  const first = Math.floor(start.getTime() / HOUR_MS);
  const last = Math.floor(Math.max(start.getTime(), end.getTime() - 1) / HOUR_MS);
  const windows: string[] = [];
  for (let h = first; h <= last; h++) windows.push(String(h));
  return windows;
}

const STILL_FREE = FREE_COUNTER.replace('generate_series(1, $1::int) AS c(n)', '(SELECT $1::int) AS c(n)');

/**
 * A new booking's first free counter, found and locked (LOCK_COUNTER, on every lock window of the range: $6) in one
 * statement; the insert that follows is the check under the lock (its snapshot is taken after the lock).
 */
const TAKE_FREE_COUNTER = `SELECT f.n, (SELECT count(pg_advisory_xact_lock(hashtext(d), f.n)) FROM unnest($6::text[]) AS d) AS locks
  FROM (${FREE_COUNTER}) AS f`;

/** The columns of a new booking, $7 its counter; inserted only if no live hold has that counter meanwhile. */
const INSERT_BOOKING = `INSERT INTO scheduling.bookings (id, tenant_id, code, manage_token_hash, services, site_id, counter, start_at, end_at, status, sequence,
    case_code, first_name, last_name, fiscal_code, email, phone, locale, idempotency_key, request_hash, confirm_by, note)
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $19, 0, $10, $11, $12, $13, $14, $15, $16, $17, $18, $20, $21
   WHERE NOT EXISTS (SELECT 1 FROM scheduling.holds h WHERE h.site_id = $6 AND h.counter = $7 AND h.expires_at > now()
                       AND h.start_at < $9 AND h.end_at > $8)
  ON CONFLICT DO NOTHING RETURNING ${BOOKING_COLUMNS}`;

const INSERT_PROCEDURES = `INSERT INTO scheduling.booking_services (booking_id, service, tenant_id, fiscal_code, active)
  SELECT $1, s, $2, $3, true FROM unnest($4::text[]) AS s ON CONFLICT DO NOTHING RETURNING service`;

/**
 * Bookings in PostgreSQL. Capacity: the exclusion constraint refuses two active bookings on one counter;
 * the insert takes the first free counter and, if a concurrent transaction took it first (23P01), tries
 * again from a savepoint. The per-person limit is the partial unique index of booking_services.
 */
@Injectable()
export class TypeOrmBookingStore extends BookingStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async createHold(hold: NewHold): Promise<HoldOutcome> {
    return inUnionWideTransaction(this.ds, async (m) => {
      if (hold.openHolds) {
        // One hold at a time per client, then count its live ones: concurrent holds cannot all pass the count.
        // (Always taken before the slot's lock below, so the two never deadlock.)
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('scheduling.holds.client'), hashtext($1))`, [
          hold.openHolds.clientKey,
        ]);
        const [open]: { n: number; first: Date | null }[] = await m.query(
          `SELECT count(*)::int AS n, min(expires_at) AS first FROM scheduling.holds WHERE client_key = $1 AND expires_at > now()`,
          [hold.openHolds.clientKey],
        );
        if (open.n >= hold.openHolds.max && open.first)
          return { held: false, reason: 'open-holds', firstExpiresAt: new Date(open.first) };
      }
      // One hold at a time per site and slot start: holds do not race each other for the same counter.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `${hold.site}|${hold.start.toISOString()}`,
      ]);
      const counter = await this.lockFreeCounter(m, hold.counters, hold.site, hold.start, hold.end, null);
      if (counter === undefined) return { held: false, reason: 'full' };
      await m.query(
        `INSERT INTO scheduling.holds (id, tenant_id, services, site_id, counter, start_at, end_at, expires_at, client_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          hold.id,
          hold.tenant,
          hold.services,
          hold.site,
          counter,
          hold.start,
          hold.end,
          hold.expiresAt,
          hold.openHolds?.clientKey ?? null,
        ],
      );
      return { held: true };
    });
  }

  async findHold(id: string) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows: {
        tenant_id: string;
        site_id: string;
        services: string[];
        start_at: Date;
        expires_at: Date;
      }[] = await m.query(
        `SELECT tenant_id, site_id, services, start_at, expires_at FROM scheduling.holds WHERE id = $1`,
        [id],
      );
      const r = rows[0];
      return r
        ? {
            tenant: r.tenant_id,
            site: r.site_id,
            services: r.services,
            start: new Date(r.start_at),
            expiresAt: new Date(r.expires_at),
          }
        : null;
    });
  }

  async releaseHold(id: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
    return inUnionWideTransaction(this.ds, async (m) => {
      // an UPDATE or DELETE answers [rows, count] through TypeORM
      const [rows]: [unknown[], number] = await m.query(
        `DELETE FROM scheduling.holds WHERE id = $1 RETURNING id`,
        [id],
      );
      return rows.length > 0;
    });
  }

  async extendHold(id: string, now: Date, ttlMs: number, maxLifetimeMs: number): Promise<HoldExtension> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return { extended: false, reason: 'unknown' };
    return inUnionWideTransaction(this.ds, async (m) => {
      const limit = `created_at + ($4::double precision * interval '1 millisecond')`;
      const [rows]: [{ expires_at: Date }[], number] = await m.query(
        `UPDATE scheduling.holds SET expires_at = LEAST($2::timestamptz + ($3::double precision * interval '1 millisecond'), ${limit})
          WHERE id = $1 AND expires_at > $2 AND expires_at < ${limit} RETURNING expires_at`,
        [id, now, ttlMs, maxLifetimeMs],
      );
      if (rows[0]) return { extended: true, expiresAt: new Date(rows[0].expires_at) };
      const found: { expires_at: Date }[] = await m.query(
        `SELECT expires_at FROM scheduling.holds WHERE id = $1`,
        [id],
      );
      if (!found[0]) return { extended: false, reason: 'unknown' };
      return { extended: false, reason: new Date(found[0].expires_at) <= now ? 'expired' : 'at-limit' };
    });
  }

  /**
   * One transaction of as few statements as the rules allow (issue 20): take and lock a free counter, insert
   * (the insert re-checks holds under the lock; the exclusion constraint refuses a concurrent booking, and ON
   * CONFLICT DO NOTHING turns that into an empty result: try the next counter), the per-person rows, the event.
   */
  async create(b: NewBooking): Promise<BookingView> {
    try {
      return await inUnionWideTransaction(this.ds, async (m) => {
        if (b.holdId) await m.query(`DELETE FROM scheduling.holds WHERE id = $1`, [b.holdId]);
        const row = await this.insertOnFreeCounter(m, b);
        await this.takeProcedures(m, b);
        const booking = toStoredBooking(row);
        // Pending (confirm-by-link mode): the citizen is asked to confirm; `created` follows the confirmation.
        await this.outbox.append(m, {
          type: newBookingEvent(booking.confirmBy !== null),
          aggregateType: 'booking',
          aggregateId: booking.id,
          tenant: booking.tenant,
          data: toBookingState(booking),
        });
        return booking;
      });
    } catch (e) {
      const { code, constraint } = pgError(e);
      if (code === '23505' && constraint === 'UQ_bookings_idempotency')
        throw new ConflictError('Concurrent request with this key', IDEMPOTENCY_RACE);
      throw e;
    }
  }

  private async insertOnFreeCounter(m: EntityManager, b: NewBooking): Promise<BookingRow> {
    const windows = lockWindowsOf(b.start, b.end).map((hour) => `${b.site}|${hour}`);
    for (let attempt = 0; attempt <= b.counters + 2; attempt++) {
      const free: { n: number }[] = await preparedQuery(m, TAKE_FREE_COUNTER, [
        b.counters,
        b.site,
        b.start,
        b.end,
        null,
        windows,
      ]);
      if (free.length === 0) throw full();
      const rows: BookingRow[] = await preparedQuery(m, INSERT_BOOKING, [
        b.id,
        b.tenant,
        b.code,
        b.manageTokenHash,
        b.services,
        b.site,
        free[0].n,
        b.start,
        b.end,
        b.caseCode,
        b.citizen.firstName,
        b.citizen.lastName,
        b.citizen.fiscalCode,
        b.citizen.email ?? null,
        b.citizen.phone ?? null,
        b.citizen.locale ?? null,
        b.idempotencyKey,
        b.requestHash,
        b.confirmBy ? 'pending' : 'booked',
        b.confirmBy,
        b.note ?? null,
      ]);
      if (rows[0]) return rows[0];
      if (b.idempotencyKey) {
        const same: unknown[] = await m.query(
          `SELECT 1 FROM scheduling.bookings WHERE idempotency_key = $1`,
          [b.idempotencyKey],
        );
        if (same.length > 0) throw new ConflictError('Concurrent request with this key', IDEMPOTENCY_RACE);
      }
    }
    throw full();
  }

  /**
   * The per-person limit (partial unique index of booking_services). It is on future bookings: when a row is
   * refused, this person's past ones (never marked by staff) stop counting and the insert is tried once more.
   */
  private async takeProcedures(m: EntityManager, b: NewBooking): Promise<void> {
    const params = [b.id, b.tenant, b.citizen.fiscalCode, b.services];
    const taken = (): Promise<unknown[]> => preparedQuery(m, INSERT_PROCEDURES, params);
    let count = (await taken()).length;
    if (count === b.services.length) return;
    await m.query(
      `UPDATE scheduling.booking_services bs SET active = false FROM scheduling.bookings b
        WHERE bs.fiscal_code = $1 AND bs.active AND bs.service = ANY($2) AND b.id = bs.booking_id AND b.end_at <= now()`,
      [b.citizen.fiscalCode, b.services],
    );
    count += (await taken()).length;
    if (count !== b.services.length)
      throw new ConflictError(
        'This person already has an active booking for this procedure',
        'limit-reached',
        'Per-person limit reached',
      );
  }

  /**
   * Runs `write` (a booking's move) with the first free counter. A concurrent taker makes it fail with 23P01,
   * inside a savepoint: try again.
   */
  private async withFreeCounter(
    m: EntityManager,
    counters: number,
    site: string,
    start: Date,
    end: Date,
    self: string | null,
    write: (counter: number) => Promise<BookingRow | undefined>,
  ): Promise<BookingRow> {
    for (let attempt = 0; attempt <= counters + 2; attempt++) {
      const counter = await this.lockFreeCounter(m, counters, site, start, end, self);
      if (counter === undefined) throw full();
      await m.query('SAVEPOINT take_counter');
      try {
        const row = await write(counter);
        await m.query('RELEASE SAVEPOINT take_counter');
        if (row) return row;
      } catch (e) {
        if (pgError(e).code !== '23P01') throw e;
        await m.query('ROLLBACK TO SAVEPOINT take_counter');
      }
    }
    throw full();
  }

  /** The first free counter, locked (LOCK_COUNTER) and checked again under the lock; undefined when none is free. */
  private async lockFreeCounter(
    m: EntityManager,
    counters: number,
    site: string,
    start: Date,
    end: Date,
    self: string | null,
  ): Promise<number | undefined> {
    for (let attempt = 0; attempt <= counters; attempt++) {
      const free: { n: number }[] = await m.query(FREE_COUNTER, [counters, site, start, end, self]);
      if (free.length === 0) return undefined;
      for (const hour of lockWindowsOf(start, end))
        await m.query(LOCK_COUNTER, [`${site}|${hour}`, free[0].n]);
      const still: unknown[] = await m.query(STILL_FREE, [free[0].n, site, start, end, self]);
      if (still.length > 0) return free[0].n;
    }
    return undefined;
  }

  findByIdempotencyKey(key: string): Promise<StoredBooking | null> {
    return this.findOne(`idempotency_key = $1`, key);
  }

  findByCode(code: string): Promise<StoredBooking | null> {
    return this.findOne(`code = $1`, code);
  }

  private findOne(where: string, value: string): Promise<StoredBooking | null> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows: BookingRow[] = await m.query(
        `SELECT ${BOOKING_COLUMNS} FROM scheduling.bookings WHERE ${where}`,
        [value],
      );
      return rows[0] ? toStoredBooking(rows[0]) : null;
    });
  }

  async transition(code: string, action: BookingTransition): Promise<BookingView> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const current: BookingRow[] = await m.query(
        `SELECT ${BOOKING_COLUMNS} FROM scheduling.bookings WHERE code = $1 FOR UPDATE`,
        [code],
      );
      if (!current[0]) throw new NotFoundError(`No booking '${code}'`);
      return this.apply(m, current[0].id, changeOf(current[0].status, action));
    });
  }

  async confirm(code: string): Promise<BookingView> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows: (BookingRow & { late: boolean })[] = await m.query(
        `SELECT ${BOOKING_COLUMNS}, confirm_by <= now() AS late FROM scheduling.bookings WHERE code = $1 FOR UPDATE`,
        [code],
      );
      const current = rows[0];
      if (!current) throw new NotFoundError(`No booking '${code}'`);
      if (current.status === 'expired' || (current.status === 'pending' && current.late)) {
        throw new ConflictError(
          'The time to confirm this booking has passed: its slot was released; please book again',
          'confirmation-expired',
          'Too late to confirm',
        );
      }
      // From here on the booking is an ordinary one: confirmation message, reminder, case scheduled, statistics.
      return this.apply(m, current.id, changeOf(current.status, 'confirm', 'be confirmed'));
    });
  }

  /** Each released booking in the same transaction as its event; SKIP LOCKED lets every replica sweep at once. */
  async expirePending(limit: number): Promise<BookingView[]> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const due: { id: string }[] = await m.query(
        `SELECT id FROM scheduling.bookings WHERE status = 'pending' AND confirm_by <= now() ORDER BY confirm_by LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      const expired: BookingView[] = [];
      for (const { id } of due) expired.push(await this.apply(m, id, changeOf('pending', 'expire')));
      return expired;
    });
  }

  /** One UPDATE moves the booking: the new counter is checked by the constraint before the old range is let go. */
  async reschedule(code: string, target: SlotTarget): Promise<BookingView> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const current: BookingRow[] = await m.query(
        `SELECT ${BOOKING_COLUMNS} FROM scheduling.bookings WHERE code = $1 FOR UPDATE`,
        [code],
      );
      if (!current[0]) throw new NotFoundError(`No booking '${code}'`);
      const change = changeOf(current[0].status, 'reschedule', 'be rescheduled');
      const previous = toStoredBooking(current[0]);
      const row = await this.withFreeCounter(
        m,
        target.counters,
        target.site,
        target.start,
        target.end,
        previous.id,
        async (counter) => {
          const [rows]: [BookingRow[], number] = await m.query(
            `UPDATE scheduling.bookings SET site_id = $2, counter = $3, start_at = $4, end_at = $5, sequence = sequence + 1 WHERE id = $1 RETURNING ${BOOKING_COLUMNS}`,
            [previous.id, target.site, counter, target.start, target.end],
          );
          return rows[0];
        },
      );
      const booking = toStoredBooking(row);
      await this.outbox.append(m, {
        type: change.event,
        aggregateType: 'booking',
        aggregateId: booking.id,
        tenant: booking.tenant,
        data: {
          ...toBookingState(booking),
          previousStart: previous.start.toISOString(),
          previousSite: previous.site,
        },
      });
      return booking;
    });
  }

  /** Persists a change the domain decided, with its event, in the caller's transaction. */
  private async apply(m: EntityManager, id: string, change: BookingChange): Promise<BookingView> {
    const [rows]: [BookingRow[], number] = await m.query(
      `UPDATE scheduling.bookings SET status = $2, sequence = sequence + 1 WHERE id = $1 RETURNING ${BOOKING_COLUMNS}`,
      [id, change.status],
    );
    if (change.releasesProcedures)
      await m.query(`UPDATE scheduling.booking_services SET active = false WHERE booking_id = $1`, [id]);
    const booking = toStoredBooking(rows[0]);
    await this.outbox.append(m, {
      type: change.event,
      aggregateType: 'booking',
      aggregateId: booking.id,
      tenant: booking.tenant,
      data: toBookingState(booking),
    });
    return booking;
  }

  agenda(site: string, from: Date, to: Date): Promise<BookingView[]> {
    return this.between(site, from, to, false);
  }

  activeOn(site: string, from: Date, to: Date): Promise<BookingView[]> {
    return this.between(site, from, to, true);
  }

  private between(site: string, from: Date, to: Date, activeOnly: boolean): Promise<BookingView[]> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const rows: BookingRow[] = await m.query(
        `SELECT ${BOOKING_COLUMNS} FROM scheduling.bookings WHERE site_id = $1 AND start_at >= $2 AND start_at < $3
           ${activeOnly ? `AND status IN ${ACTIVE_STATUSES_SQL}` : ''} ORDER BY start_at, counter`,
        [site, from, to],
      );
      return rows.map(toStoredBooking);
    });
  }
}
