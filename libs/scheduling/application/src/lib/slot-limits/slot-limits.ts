/** What a booking is counted against besides the client address: the contacts the citizen gave. */
export interface BookingContacts {
  email?: string;
  phone?: string;
}

/** The open holds of one client address, when that address is limited at all. */
export interface OpenHoldsLimit {
  /** A digest of the address (never the address itself in the database). */
  clientKey: string;
  max: number;
}

/**
 * Port: the limits against slot hoarding (ADR 0019). Per client address: holds and booking attempts per window,
 * and open holds at once; per e-mail address and phone number: bookings per window. Past a limit, the methods throw
 * TooManyRequestsError (429 with Retry-After). Addresses configured as exempt (the desks' own networks) skip the
 * per-address limits; the per-contact ones always apply.
 */
export abstract class SlotLimits {
  /** Counts one hold attempt from this address. */
  abstract countHold(client: string): Promise<void>;
  /** How many holds this address may have open at once, or null when it is exempt. */
  abstract openHolds(client: string): OpenHoldsLimit | null;
  /**
   * Counts one booking attempt from this address (when known) and one booking for each contact. Returns what gives
   * the contacts their booking back, for an attempt that booked nothing (slot taken, per-person limit...).
   */
  abstract countBooking(
    client: string | undefined,
    contacts: BookingContacts,
  ): Promise<{ refund(): Promise<void> }>;
}
