import { BusinessRuleError, ConflictError, NotFoundError } from '@facile/platform/errors';
import {
  closedReason,
  newRegistrationEvent,
  placeFor,
  REGISTRATION_EVENT_OF,
} from '@facile/scheduling/sessions-domain';
import {
  NewRegistration,
  NewSession,
  SessionFilter,
  SessionStore,
  SessionView,
  StoredRegistration,
} from '../ports/session.store';

/**
 * The unit tests' session store: what PostgreSQL decides under the session lock (a seat or the next waiting
 * place, one active registration per person, the first in line promoted) kept as plain arrays, with the same
 * typed errors as TypeOrmSessionStore. The real store's behaviour is covered by the integration suite.
 */
export class InMemorySessionStore extends SessionStore {
  readonly sessions: SessionView[] = [];
  readonly registrations: (StoredRegistration & { personKey: string })[] = [];
  /** Every change that the real store writes to the outbox, as `type registrationCode`. */
  readonly events: string[] = [];

  constructor(private readonly sites: Record<string, string>) {
    super();
  }

  async siteTenant(site: string): Promise<string | null> {
    return this.sites[site] ?? null;
  }

  async create(session: NewSession): Promise<SessionView> {
    const view: SessionView = { ...session, registered: 0, waitlisted: 0, status: 'open' };
    this.sessions.push(view);
    return { ...view };
  }

  async list(f: SessionFilter): Promise<SessionView[]> {
    return this.sessions.filter(
      (s) =>
        (!f.tenant || s.tenant === f.tenant) &&
        (!f.site || s.site === f.site) &&
        (!f.from || s.start >= f.from) &&
        (!f.to || s.start < f.to),
    );
  }

  async find(id: string): Promise<SessionView | null> {
    const s = this.sessions.find((x) => x.id === id);
    return s ? { ...s } : null;
  }

  private session(id: string): SessionView {
    const s = this.sessions.find((x) => x.id === id);
    if (!s) throw new NotFoundError(`No session '${id}'`);
    return s;
  }

  private snapshot(r: StoredRegistration & { personKey: string }): StoredRegistration {
    return { ...r, session: { ...this.session(r.sessionId) } };
  }

  async register(sessionId: string, n: NewRegistration, now: Date): Promise<StoredRegistration> {
    const session = this.session(sessionId);
    const closed = closedReason(session, now);
    if (closed === 'cancelled')
      throw new ConflictError('This session has been cancelled', 'session-cancelled', 'Session cancelled');
    if (closed === 'past') throw new BusinessRuleError('This session has already started', 'session-started');
    if (
      this.registrations.some(
        (r) => r.sessionId === sessionId && r.personKey === n.personKey && r.status !== 'cancelled',
      )
    )
      throw new ConflictError(
        'This person is already registered for this session',
        'already-registered',
        'Already registered',
      );
    const place = placeFor(session);
    const stored = {
      id: n.id,
      code: n.code,
      sessionId,
      status: place.status,
      position: place.status === 'waitlisted' ? place.position : null,
      manageTokenHash: n.manageTokenHash,
      personKey: n.personKey,
      caseCode: n.caseCode,
      citizen: n.citizen,
      createdAt: now,
      session,
    };
    this.registrations.push(stored);
    if (place.status === 'registered') session.registered++;
    else session.waitlisted++;
    this.events.push(`${newRegistrationEvent(place)} ${n.code}`);
    return this.snapshot(stored);
  }

  async findRegistration(sessionId: string, code: string): Promise<StoredRegistration | null> {
    const r = this.registrations.find((x) => x.sessionId === sessionId && x.code === code);
    return r ? this.snapshot(r) : null;
  }

  async activeRegistrations(session: SessionView): Promise<StoredRegistration[]> {
    return this.registrations
      .filter((r) => r.sessionId === session.id && r.status !== 'cancelled')
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
      .map((r) => this.snapshot(r));
  }

  async cancelRegistration(
    sessionId: string,
    code: string,
  ): Promise<{ cancelled: StoredRegistration; promoted: StoredRegistration | null }> {
    const session = this.session(sessionId);
    const was = this.registrations.find((r) => r.sessionId === sessionId && r.code === code);
    if (!was) throw new NotFoundError(`No registration '${code}'`);
    if (was.status === 'cancelled')
      throw new ConflictError(
        'This registration is already cancelled',
        'already-cancelled',
        'Invalid state transition',
      );
    const waiting = () =>
      this.registrations.filter((r) => r.sessionId === sessionId && r.status === 'waitlisted');
    let promoted: (StoredRegistration & { personKey: string }) | undefined;
    if (was.status === 'registered') {
      promoted = session.status === 'open' ? waiting().find((r) => r.position === 1) : undefined;
      if (promoted) Object.assign(promoted, { status: 'registered', position: null });
      else session.registered--;
      if (promoted) session.waitlisted--;
    } else session.waitlisted--;
    const gap = promoted ? 1 : was.status === 'waitlisted' ? was.position : null;
    Object.assign(was, { status: 'cancelled', position: null });
    if (gap !== null)
      for (const r of waiting()) if ((r.position ?? 0) > gap) r.position = (r.position ?? 0) - 1;
    this.events.push(`${REGISTRATION_EVENT_OF.cancelled} ${was.code}`);
    if (promoted) this.events.push(`${REGISTRATION_EVENT_OF.promoted} ${promoted.code}`);
    return { cancelled: this.snapshot(was), promoted: promoted ? this.snapshot(promoted) : null };
  }

  async cancelSession(id: string): Promise<SessionView> {
    const session = this.session(id);
    if (session.status === 'cancelled')
      throw new ConflictError(
        'This session is already cancelled',
        'already-cancelled',
        'Invalid state transition',
      );
    Object.assign(session, { status: 'cancelled', registered: 0, waitlisted: 0 });
    for (const r of this.registrations)
      if (r.sessionId === id && r.status !== 'cancelled') {
        Object.assign(r, { status: 'cancelled', position: null });
        this.events.push(`${REGISTRATION_EVENT_OF.cancelled} ${r.code}`);
      }
    return { ...session };
  }
}
