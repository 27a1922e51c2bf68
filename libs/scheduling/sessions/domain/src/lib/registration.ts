/** Group-session registrations: who a person is, and where a new registration goes. Pure. */

export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled';

export interface RegistrantIdentity {
  fiscalCode?: string | null;
  email?: string | null;
}

/** One registration per person and session: by codice fiscale, or by e-mail when there is none. */
export function personKey(who: RegistrantIdentity): string | null {
  if (who.fiscalCode && who.fiscalCode.trim()) return `cf:${who.fiscalCode.trim().toUpperCase()}`;
  if (who.email && who.email.trim()) return `email:${who.email.trim().toLowerCase()}`;
  return null;
}

export interface SessionCounts {
  seats: number;
  registered: number;
  waitlisted: number;
}

/** A seat while one is left, else the next place on the waiting list (positions 1..n, no gaps). */
export function placeFor(
  counts: SessionCounts,
): { status: 'registered' } | { status: 'waitlisted'; position: number } {
  if (counts.registered < counts.seats) return { status: 'registered' };
  return { status: 'waitlisted', position: counts.waitlisted + 1 };
}

/** Why a session no longer takes registrations, or null when it does. */
export function closedReason(
  session: { status: 'open' | 'cancelled'; start: Date },
  now: Date,
): 'cancelled' | 'past' | null {
  if (session.status === 'cancelled') return 'cancelled';
  if (session.start.getTime() <= now.getTime()) return 'past';
  return null;
}

/** The event each registration change publishes, as contract.md names it (the store asks, under its lock). */
export const REGISTRATION_EVENT_OF = {
  registered: 'scheduling.registration.created',
  waitlisted: 'scheduling.registration.waitlisted',
  promoted: 'scheduling.registration.promoted',
  cancelled: 'scheduling.registration.cancelled',
} as const;
export type RegistrationEvent = (typeof REGISTRATION_EVENT_OF)[keyof typeof REGISTRATION_EVENT_OF];

/** A new registration's event: created with a seat, waitlisted without one. */
export const newRegistrationEvent = (place: ReturnType<typeof placeFor>): RegistrationEvent =>
  REGISTRATION_EVENT_OF[place.status];
