import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { BusinessRuleError, ConflictError, NotFoundError } from '@facile/platform/errors';
import { OutboxWriter } from '@facile/platform/messaging';
import {
  inTransactionOfTenant,
  inUnionWideTransaction,
  narrowTransactionToTenant,
} from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import {
  NewRegistration,
  NewSession,
  SessionFilter,
  SessionStore,
  SessionView,
  StoredRegistration,
} from '@facile/scheduling/sessions-application';
import {
  closedReason,
  newRegistrationEvent,
  placeFor,
  REGISTRATION_EVENT_OF,
  RegistrationEvent,
} from '@facile/scheduling/sessions-domain';
import { returned } from '@facile/platform/persistence';
import {
  REGISTRATION_COLUMNS,
  RegistrationRow,
  SESSION_COLUMNS,
  SessionRow,
  toRegistration,
  toRegistrationState,
  toSession,
} from './session.mapper';

/**
 * Sessions in PostgreSQL. Every decision about a seat or a waiting position is taken with the session row
 * locked (SELECT … FOR UPDATE): concurrent registrations and cancellations of one session run one after the
 * other, so seats are never oversold, positions stay 1..n without gaps, and each freed seat promotes exactly
 * one person. The partial unique index on (session, person) refuses a second active registration.
 *
 * Row-level security (ADR 5): a session and its registrations are its site's municipality's (the session's
 * tenant_id, copied onto each registration). The reads are named union-wide operations (the network's calendar of
 * sessions, a session's list, a citizen's registration by its code); a write locks the session union-wide, then
 * narrows the transaction to the session's municipality, so the database checks whose rows it writes.
 */
@Injectable()
export class TypeOrmSessionStore extends SessionStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async siteTenant(site: string): Promise<string | null> {
    const rows: { tenant_id: string }[] = await inUnionWideTransaction(this.ds, (m) =>
      m.query(`SELECT tenant_id FROM scheduling.sites WHERE id = $1`, [site]),
    );
    return rows[0]?.tenant_id ?? null;
  }

  async create(s: NewSession): Promise<SessionView> {
    return inTransactionOfTenant(this.ds, s.tenant as TenantId, async (m) => {
      const rows: SessionRow[] = await m.query(
        `INSERT INTO scheduling.sessions AS s (id, tenant_id, site_id, title, topic, language, start_at, end_at, seats)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${SESSION_COLUMNS}`,
        [s.id, s.tenant, s.site, s.title, s.topic, s.language, s.start, s.end, s.seats],
      );
      return toSession(rows[0]);
    });
  }

  async list(f: SessionFilter): Promise<SessionView[]> {
    const rows: SessionRow[] = await inUnionWideTransaction(this.ds, (m) =>
      m.query(
        `SELECT ${SESSION_COLUMNS} FROM scheduling.sessions s JOIN scheduling.sites site ON site.id = s.site_id
          WHERE ($1::text IS NULL OR site.tenant_id = $1 OR site.serves_all_tenants)
            AND ($2::text IS NULL OR s.site_id = $2)
            AND ($3::timestamptz IS NULL OR s.start_at >= $3)
            AND ($4::timestamptz IS NULL OR s.start_at < $4)
          ORDER BY s.start_at, s.id LIMIT 500`,
        [f.tenant ?? null, f.site ?? null, f.from ?? null, f.to ?? null],
      ),
    );
    return rows.map(toSession);
  }

  async find(id: string): Promise<SessionView | null> {
    const rows: SessionRow[] = await inUnionWideTransaction(this.ds, (m) =>
      m.query(`SELECT ${SESSION_COLUMNS} FROM scheduling.sessions s WHERE s.id = $1`, [id]),
    );
    return rows[0] ? toSession(rows[0]) : null;
  }

  /**
   * Locks the session, found union-wide, and narrows the transaction to its municipality: every row the caller
   * writes after it (the session, its registrations, their events) must be that municipality's.
   */
  private async lockSession(m: EntityManager, id: string): Promise<SessionView> {
    const rows: SessionRow[] = await m.query(
      `SELECT ${SESSION_COLUMNS} FROM scheduling.sessions s WHERE s.id = $1 FOR UPDATE`,
      [id],
    );
    if (!rows[0]) throw new NotFoundError(`No session '${id}'`);
    const session = toSession(rows[0]);
    await narrowTransactionToTenant(m, session.tenant as TenantId);
    return session;
  }

  private async counts(
    m: EntityManager,
    id: string,
    registered: number,
    waitlisted: number,
  ): Promise<SessionView> {
    const rows = returned<SessionRow>(
      await m.query(
        `UPDATE scheduling.sessions s SET registered = registered + $2, waitlisted = waitlisted + $3 WHERE id = $1 RETURNING ${SESSION_COLUMNS}`,
        [id, registered, waitlisted],
      ),
    );
    return toSession(rows[0]);
  }

  private async emit(
    m: EntityManager,
    type: RegistrationEvent,
    r: StoredRegistration,
    extra: { reason?: string; promotedAt?: Date } = {},
  ): Promise<void> {
    await this.outbox.append(m, {
      type,
      aggregateType: 'registration',
      aggregateId: r.id,
      tenant: r.session.tenant,
      data: toRegistrationState(r, extra),
    });
  }

  async register(sessionId: string, n: NewRegistration, now: Date): Promise<StoredRegistration> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const session = await this.lockSession(m, sessionId);
      const closed = closedReason(session, now);
      if (closed === 'cancelled')
        throw new ConflictError('This session has been cancelled', 'session-cancelled', 'Session cancelled');
      if (closed === 'past')
        throw new BusinessRuleError('This session has already started', 'session-started');
      const place = placeFor(session);
      const position = place.status === 'waitlisted' ? place.position : null;
      const c = n.citizen;
      const rows: RegistrationRow[] = await m.query(
        `INSERT INTO scheduling.session_registrations AS r (id, session_id, tenant_id, code, manage_token_hash, person_key, status, position,
           first_name, last_name, fiscal_code, email, phone, locale, case_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT (session_id, person_key) WHERE status <> 'cancelled' DO NOTHING RETURNING ${REGISTRATION_COLUMNS}`,
        [
          n.id,
          session.id,
          session.tenant,
          n.code,
          n.manageTokenHash,
          n.personKey,
          place.status,
          position,
          c.firstName,
          c.lastName,
          c.fiscalCode,
          c.email,
          c.phone,
          c.locale,
          n.caseCode,
        ],
      );
      if (rows.length === 0)
        throw new ConflictError(
          'This person is already registered for this session',
          'already-registered',
          'Already registered',
        );
      const after = await this.counts(
        m,
        session.id,
        place.status === 'registered' ? 1 : 0,
        place.status === 'waitlisted' ? 1 : 0,
      );
      const registration = toRegistration(rows[0], after);
      await this.emit(m, newRegistrationEvent(place), registration);
      return registration;
    });
  }

  async activeRegistrations(session: SessionView): Promise<StoredRegistration[]> {
    const rows: RegistrationRow[] = await inUnionWideTransaction(this.ds, (m) =>
      m.query(
        `SELECT ${REGISTRATION_COLUMNS} FROM scheduling.session_registrations r
          WHERE r.session_id = $1 AND r.status <> 'cancelled'
          ORDER BY r.status = 'waitlisted', r.position NULLS FIRST, r.created_at, r.code`,
        [session.id],
      ),
    );
    return rows.map((r) => toRegistration(r, session));
  }

  async findRegistration(sessionId: string, code: string): Promise<StoredRegistration | null> {
    const rows: (RegistrationRow & SessionRow)[] = await inUnionWideTransaction(this.ds, (m) =>
      m.query(
        `SELECT ${REGISTRATION_COLUMNS}, ${SESSION_COLUMNS} FROM scheduling.session_registrations r JOIN scheduling.sessions s ON s.id = r.session_id
          WHERE r.session_id = $1 AND r.code = $2`,
        [sessionId, code],
      ),
    );
    return rows[0] ? toRegistration(rows[0], toSession(rows[0])) : null;
  }

  async cancelRegistration(
    sessionId: string,
    code: string,
  ): Promise<{ cancelled: StoredRegistration; promoted: StoredRegistration | null }> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const session = await this.lockSession(m, sessionId);
      const before: RegistrationRow[] = await m.query(
        `SELECT ${REGISTRATION_COLUMNS} FROM scheduling.session_registrations r WHERE r.session_id = $1 AND r.code = $2`,
        [sessionId, code],
      );
      const was = before[0];
      if (!was) throw new NotFoundError(`No registration '${code}'`);
      if (was.r_status === 'cancelled')
        throw new ConflictError(
          'This registration is already cancelled',
          'already-cancelled',
          'Invalid state transition',
        );
      const cancelledRows = returned<RegistrationRow>(
        await m.query(
          `UPDATE scheduling.session_registrations r SET status = 'cancelled', position = NULL, cancelled_at = now() WHERE r.id = $1 RETURNING ${REGISTRATION_COLUMNS}`,
          [was.r_id],
        ),
      );
      let promotedRow: RegistrationRow | undefined;
      if (was.r_status === 'registered' && session.status === 'open') {
        // The freed seat goes to the first in line, in this same transaction.
        [promotedRow] = returned<RegistrationRow>(
          await m.query(
            `UPDATE scheduling.session_registrations r SET status = 'registered', position = NULL, promoted_at = now()
            WHERE r.session_id = $1 AND r.status = 'waitlisted' AND r.position = 1 RETURNING ${REGISTRATION_COLUMNS}`,
            [sessionId],
          ),
        );
      }
      // Everyone behind the one who left moves up by one (the position constraint is checked at commit).
      const gap = promotedRow ? 1 : was.r_status === 'waitlisted' ? Number(was.r_position) : null;
      if (gap !== null) {
        await m.query(
          `UPDATE scheduling.session_registrations SET position = position - 1 WHERE session_id = $1 AND status = 'waitlisted' AND position > $2`,
          [sessionId, gap],
        );
      }
      const after = await this.counts(
        m,
        sessionId,
        was.r_status === 'registered' && !promotedRow ? -1 : 0,
        was.r_status === 'waitlisted' || promotedRow ? -1 : 0,
      );
      const cancelled = toRegistration(cancelledRows[0], after);
      await this.emit(m, REGISTRATION_EVENT_OF.cancelled, cancelled, { reason: 'cancelled-by-citizen' });
      const promoted = promotedRow ? toRegistration(promotedRow, after) : null;
      if (promoted && promotedRow)
        await this.emit(m, REGISTRATION_EVENT_OF.promoted, promoted, {
          promotedAt: new Date(promotedRow.r_promoted_at ?? Date.now()),
        });
      return { cancelled, promoted };
    });
  }

  async cancelSession(id: string): Promise<SessionView> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const session = await this.lockSession(m, id);
      if (session.status === 'cancelled')
        throw new ConflictError(
          'This session is already cancelled',
          'already-cancelled',
          'Invalid state transition',
        );
      const rows = returned<SessionRow>(
        await m.query(
          `UPDATE scheduling.sessions s SET status = 'cancelled', cancelled_at = now(), registered = 0, waitlisted = 0 WHERE id = $1 RETURNING ${SESSION_COLUMNS}`,
          [id],
        ),
      );
      const after = toSession(rows[0]);
      const regs = returned<RegistrationRow>(
        await m.query(
          `UPDATE scheduling.session_registrations r SET status = 'cancelled', position = NULL, cancelled_at = now()
          WHERE r.session_id = $1 AND r.status <> 'cancelled' RETURNING ${REGISTRATION_COLUMNS}`,
          [id],
        ),
      );
      for (const r of regs)
        await this.emit(m, REGISTRATION_EVENT_OF.cancelled, toRegistration(r, after), {
          reason: 'session-cancelled',
        });
      return after;
    });
  }
}
