/** `pending` and `expired` exist only in a municipality's confirm-by-link mode (ADR 0019). */
export const BOOKING_STATES = [
  'pending',
  'booked',
  'checked-in',
  'completed',
  'no-show',
  'cancelled',
  'expired',
] as const;
export type BookingStatus = (typeof BOOKING_STATES)[number];
export type BookingAction =
  'confirm' | 'expire' | 'check-in' | 'complete' | 'no-show' | 'cancel' | 'reschedule';
/** What citizens (with the manage token) and staff do to a booking in place; confirm and expire belong to the link flow. */
export type BookingTransition = Exclude<BookingAction, 'reschedule' | 'confirm' | 'expire'>;

const TRANSITIONS: Record<BookingAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
  confirm: { from: ['pending'], to: 'booked' },
  expire: { from: ['pending'], to: 'expired' },
  'check-in': { from: ['booked'], to: 'checked-in' },
  complete: { from: ['checked-in'], to: 'completed' },
  'no-show': { from: ['booked'], to: 'no-show' },
  cancel: { from: ['booked'], to: 'cancelled' },
  reschedule: { from: ['booked'], to: 'booked' },
};

/** The state after an action, or undefined when the transition is not allowed. */
export function nextStatus(current: BookingStatus, action: BookingAction): BookingStatus | undefined {
  const t = TRANSITIONS[action];
  return t.from.includes(current) ? t.to : undefined;
}

/** Statuses that hold a counter (the exclusion constraint's predicate mirrors this): a pending booking holds its slot. */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['pending', 'booked', 'checked-in'];
