import type { BookingStatus, BookingTransition } from '@facile/scheduling/domain';
import type { OpenHoldsLimit } from '../slot-limits/slot-limits';

export interface CitizenData {
  firstName: string;
  lastName: string;
  fiscalCode: string;
  email?: string;
  phone?: string;
  locale?: 'it' | 'en';
}

/** A booking as the store keeps it: the one declaration of its fields on this side of the table (ADR 0028). */
export interface StoredBooking {
  id: string;
  code: string;
  status: BookingStatus;
  services: string[];
  tenant: string;
  site: string;
  counter: number;
  start: Date;
  end: Date;
  sequence: number;
  caseCode: string | null;
  /** The citizen's note to the desk (≤ 200 characters); personal free text, never in events. */
  note?: string | null;
  citizen: CitizenData;
  createdAt: Date;
  /** Confirm-by-link mode: until when a pending booking may be confirmed (null in immediate mode). */
  confirmBy: Date | null;
  /** What citizens read instead of ids: the site's name and address, the procedures' titles in order. */
  labels?: BookingLabels;
  manageTokenHash: string;
  /** The hash of the request that made it, when it came with an Idempotency-Key. */
  requestHash: string | null;
}

/** A booking as writes and listings answer it: without its secrets' hashes. */
export type BookingView = Omit<StoredBooking, 'manageTokenHash' | 'requestHash'>;

export interface BookingLabels {
  siteName: string;
  siteAddress: string | null;
  serviceTitles: string[];
}

/** What a new booking is made of: its stored fields the database does not decide, and how to take a counter. */
export type NewBooking = Pick<
  StoredBooking,
  | 'id'
  | 'code'
  | 'manageTokenHash'
  | 'services'
  | 'tenant'
  | 'site'
  | 'start'
  | 'end'
  | 'caseCode'
  | 'note'
  | 'citizen'
  | 'requestHash'
  | 'confirmBy'
> & {
  /** Counters 1..counters may take it; the first free one is taken. */
  counters: number;
  idempotencyKey: string | null;
  holdId: string | null;
};

export interface NewHold {
  id: string;
  tenant: string;
  services: string[];
  site: string;
  counters: number;
  start: Date;
  end: Date;
  expiresAt: Date;
  /** Refused (outcome `open-holds`) when this client already has that many live holds; null: not limited. */
  openHolds: OpenHoldsLimit | null;
}

export type HoldOutcome =
  | { held: true }
  | { held: false; reason: 'full' }
  | { held: false; reason: 'open-holds'; firstExpiresAt: Date };

export type HoldExtension =
  { extended: true; expiresAt: Date } | { extended: false; reason: 'unknown' | 'expired' | 'at-limit' };

export interface SlotTarget {
  site: string;
  counters: number;
  start: Date;
  end: Date;
}

/**
 * Port: writes that must be atomic. Capacity and per-person limits are enforced by the database (exclusion
 * constraint, partial unique index): implementations throw ConflictError when a slot is full or a limit
 * is reached. Each change writes its event to the outbox in the same transaction.
 */
export abstract class BookingStore {
  abstract createHold(hold: NewHold): Promise<HoldOutcome>;
  abstract findHold(
    id: string,
  ): Promise<{ tenant: string; site: string; services: string[]; start: Date; expiresAt: Date } | null>;
  /** Deletes a hold (its counter is free at once); false when there was none. */
  abstract releaseHold(id: string): Promise<boolean>;
  /**
   * A live hold kept until min(now + ttl, taken + maxLifetime); an expired one is not revived (its counter may be
   * someone else's by now), one already at its limit is left as it is.
   */
  abstract extendHold(id: string, now: Date, ttlMs: number, maxLifetimeMs: number): Promise<HoldExtension>;
  abstract create(booking: NewBooking): Promise<BookingView>;
  abstract findByIdempotencyKey(key: string): Promise<StoredBooking | null>;
  abstract findByCode(code: string): Promise<StoredBooking | null>;
  abstract transition(code: string, action: BookingTransition): Promise<BookingView>;
  abstract reschedule(code: string, target: SlotTarget): Promise<BookingView>;
  /**
   * pending → booked (`scheduling.booking.created`). ConflictError `confirmation-expired` when its time has passed,
   * `invalid-transition` when it is not pending.
   */
  abstract confirm(code: string): Promise<BookingView>;
  /** Releases up to `limit` pending bookings whose time has passed (→ expired, `scheduling.booking.expired`). */
  abstract expirePending(limit: number): Promise<BookingView[]>;
  abstract agenda(site: string, from: Date, to: Date): Promise<BookingView[]>;
  abstract activeOn(site: string, from: Date, to: Date): Promise<BookingView[]>;
}
