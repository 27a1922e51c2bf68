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

/** The lifecycle event each action publishes, as contract.md names it. */
export const BOOKING_EVENT_OF = {
  confirm: 'scheduling.booking.created',
  expire: 'scheduling.booking.expired',
  'check-in': 'scheduling.booking.checked-in',
  complete: 'scheduling.booking.completed',
  'no-show': 'scheduling.booking.no-show',
  cancel: 'scheduling.booking.cancelled',
  reschedule: 'scheduling.booking.rescheduled',
} as const satisfies Record<BookingAction, string>;

/** A new booking: requested while it waits for the citizen's confirmation (ADR 0019), else created. */
export const newBookingEvent = (pending: boolean) =>
  pending ? ('scheduling.booking.requested' as const) : ('scheduling.booking.created' as const);

/** A closure (or shorter hours) leaves an active booking outside the day's hours: the citizen is told. */
export const CLOSURE_NOTICE_EVENT = 'scheduling.booking.affected-by-closure' as const;

export type BookingEventType = (typeof BOOKING_EVENT_OF)[BookingAction] | ReturnType<typeof newBookingEvent>;

/** What an allowed action does to a booking: its next status, the event it publishes, whether its procedures stop counting. */
export interface BookingChange {
  status: BookingStatus;
  event: BookingEventType;
  /** The booking no longer holds its procedures (per-citizen limits count active procedures only). */
  releasesProcedures: boolean;
}

/** The change an action makes to a booking in `current`, or undefined when the lifecycle does not allow it. */
export function decideBookingChange(
  current: BookingStatus,
  action: BookingAction,
): BookingChange | undefined {
  const status = nextStatus(current, action);
  if (status === undefined) return undefined;
  return { status, event: BOOKING_EVENT_OF[action], releasesProcedures: !ACTIVE_STATUSES.includes(status) };
}
