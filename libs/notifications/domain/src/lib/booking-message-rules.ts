/** The booking events that cause messages to the citizen. */
export const BOOKING_EVENT_TYPES = [
  'scheduling.booking.created',
  'scheduling.booking.cancelled',
  'scheduling.booking.rescheduled',
  'scheduling.booking.affected-by-closure',
  'scheduling.booking.requested',
] as const;
export type BookingEventType = (typeof BOOKING_EVENT_TYPES)[number];

/** What a booking event's messages carry and what happens to the reminder. */
export interface BookingMessageRules {
  /** An appointment still to attend (App IO's due date): a confirmed or moved one; not a cancellation or a notice. */
  attendable: boolean;
  /** The e-mail carries the calendar invitation (.ics). */
  invitation: boolean;
  /**
   * `plan`: a new reminder per rich channel; `move`: the pending one moves (or a new one when there is none);
   * `suppress`: every pending reminder of the booking is suppressed; `keep`: the reminder stays as planned.
   */
  reminder: 'plan' | 'move' | 'suppress' | 'keep';
}

/**
 * A closure notice changes nothing in the booking: no new invitation, the reminder stays as planned. A confirmation
 * request (confirm-by-link mode) is no appointment yet: neither invitation nor reminder until it is confirmed.
 */
export function bookingMessageRules(type: BookingEventType): BookingMessageRules {
  switch (type) {
    case 'scheduling.booking.created':
      return { attendable: true, invitation: true, reminder: 'plan' };
    case 'scheduling.booking.rescheduled':
      return { attendable: true, invitation: true, reminder: 'move' };
    case 'scheduling.booking.cancelled':
      return { attendable: false, invitation: true, reminder: 'suppress' };
    case 'scheduling.booking.affected-by-closure':
    case 'scheduling.booking.requested':
      return { attendable: false, invitation: false, reminder: 'keep' };
  }
}
