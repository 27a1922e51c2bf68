export const BOOKING_STATES = ['booked', 'checked-in', 'completed', 'no-show', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATES)[number];
export type BookingAction = 'check-in' | 'complete' | 'no-show' | 'cancel' | 'reschedule';

const TRANSITIONS: Record<BookingAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
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

/** Statuses that hold a counter (the exclusion constraint's predicate mirrors this). */
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['booked', 'checked-in'];
