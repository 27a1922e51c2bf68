import type { RegistrationStatus } from '@facile/scheduling/sessions-domain';

export interface NewSession {
  id: string;
  tenant: string;
  site: string;
  title: string;
  topic: string | null;
  language: string | null;
  start: Date;
  end: Date;
  seats: number;
}

export interface SessionView extends NewSession {
  registered: number;
  waitlisted: number;
  status: 'open' | 'cancelled';
}

export interface RegistrantData {
  firstName: string;
  lastName: string;
  fiscalCode: string | null;
  email: string | null;
  phone: string | null;
  locale: 'it' | 'en' | null;
}

export interface NewRegistration {
  id: string;
  code: string;
  manageTokenHash: string;
  personKey: string;
  caseCode: string | null;
  citizen: RegistrantData;
}

export interface StoredRegistration {
  id: string;
  code: string;
  sessionId: string;
  status: RegistrationStatus;
  position: number | null;
  manageTokenHash: string;
  caseCode: string | null;
  citizen: RegistrantData;
  createdAt: Date;
  session: SessionView;
}

export interface SessionFilter {
  tenant?: string;
  site?: string;
  from?: Date;
  to?: Date;
}

/**
 * Port: sessions and their registrations in PostgreSQL. Every change that decides a seat or a waiting
 * position runs with the session row locked, and writes its events through the outbox in the same transaction.
 */
export abstract class SessionStore {
  /** The municipality of a site, or null for an unknown site. */
  abstract siteTenant(site: string): Promise<string | null>;
  abstract create(session: NewSession): Promise<SessionView>;
  abstract list(filter: SessionFilter): Promise<SessionView[]>;
  abstract find(id: string): Promise<SessionView | null>;
  /** Registered while seats remain, else waitlisted at the next position. 404 / 409 / 422 as typed errors. */
  abstract register(sessionId: string, registration: NewRegistration, now: Date): Promise<StoredRegistration>;
  abstract findRegistration(sessionId: string, code: string): Promise<StoredRegistration | null>;
  /** The session's registrations not cancelled: seats by arrival, then the waiting list by position. */
  abstract activeRegistrations(session: SessionView): Promise<StoredRegistration[]>;
  /** Cancels; a freed seat goes to the first waiting person, in the same transaction. */
  abstract cancelRegistration(
    sessionId: string,
    code: string,
  ): Promise<{ cancelled: StoredRegistration; promoted: StoredRegistration | null }>;
  /** Cancels the session and every active registration (each one told by an event). */
  abstract cancelSession(id: string): Promise<SessionView>;
}
