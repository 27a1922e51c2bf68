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

export interface BookingView {
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
}

export interface BookingLabels {
  siteName: string;
  siteAddress: string | null;
  serviceTitles: string[];
}

export interface StoredBooking extends BookingView {
  manageTokenHash: string;
  requestHash: string | null;
}

export interface NewBooking {
  id: string;
  code: string;
  manageTokenHash: string;
  services: string[];
  tenant: string;
  site: string;
  /** Counters 1..counters may take it; the first free one is taken. */
  counters: number;
  start: Date;
  end: Date;
  caseCode: string | null;
  note?: string | null;
  citizen: CitizenData;
  idempotencyKey: string | null;
  requestHash: string | null;
  holdId: string | null;
  /** Confirm-by-link mode: the booking is created pending until this time (`scheduling.booking.requested`); null: booked at once. */
  confirmBy: Date | null;
}

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
