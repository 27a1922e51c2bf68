import { decideBookingChange, newBookingEvent, nextStatus } from './booking-status';

describe('booking state machine', () => {
  it('allows booked → checked-in → completed, booked → no-show, booked → cancelled', () => {
    expect(nextStatus('booked', 'check-in')).toBe('checked-in');
    expect(nextStatus('checked-in', 'complete')).toBe('completed');
    expect(nextStatus('booked', 'no-show')).toBe('no-show');
    expect(nextStatus('booked', 'cancel')).toBe('cancelled');
  });
  it('refuses anything else', () => {
    expect(nextStatus('booked', 'complete')).toBeUndefined();
    expect(nextStatus('cancelled', 'check-in')).toBeUndefined();
    expect(nextStatus('completed', 'no-show')).toBeUndefined();
    expect(nextStatus('checked-in', 'cancel')).toBeUndefined();
    expect(nextStatus('no-show', 'reschedule')).toBeUndefined();
  });
  it('confirm-by-link: pending → booked when confirmed, pending → expired when not; a pending booking is neither moved nor cancelled', () => {
    expect(nextStatus('pending', 'confirm')).toBe('booked');
    expect(nextStatus('pending', 'expire')).toBe('expired');
    expect(nextStatus('booked', 'confirm')).toBeUndefined();
    expect(nextStatus('expired', 'confirm')).toBeUndefined();
    expect(nextStatus('booked', 'expire')).toBeUndefined();
    expect(nextStatus('pending', 'reschedule')).toBeUndefined();
    expect(nextStatus('pending', 'cancel')).toBeUndefined();
    expect(nextStatus('pending', 'check-in')).toBeUndefined();
  });

  it('decides the event of each change and whether the booking stops holding its procedures', () => {
    expect(decideBookingChange('booked', 'check-in')).toEqual({
      status: 'checked-in',
      event: 'scheduling.booking.checked-in',
      releasesProcedures: false,
    });
    expect(decideBookingChange('checked-in', 'complete')).toEqual({
      status: 'completed',
      event: 'scheduling.booking.completed',
      releasesProcedures: true,
    });
    expect(decideBookingChange('booked', 'cancel')?.releasesProcedures).toBe(true);
    expect(decideBookingChange('booked', 'no-show')?.event).toBe('scheduling.booking.no-show');
    expect(decideBookingChange('pending', 'expire')).toEqual({
      status: 'expired',
      event: 'scheduling.booking.expired',
      releasesProcedures: true,
    });
    // a confirmed booking is an ordinary new one from here on: confirmation message, reminder, statistics
    expect(decideBookingChange('pending', 'confirm')).toEqual({
      status: 'booked',
      event: 'scheduling.booking.created',
      releasesProcedures: false,
    });
    expect(decideBookingChange('booked', 'reschedule')).toEqual({
      status: 'booked',
      event: 'scheduling.booking.rescheduled',
      releasesProcedures: false,
    });
    expect(decideBookingChange('cancelled', 'cancel')).toBeUndefined();
    expect(decideBookingChange('pending', 'reschedule')).toBeUndefined();
  });
  it('names a new booking requested while it waits for confirmation, created otherwise', () => {
    expect(newBookingEvent(true)).toBe('scheduling.booking.requested');
    expect(newBookingEvent(false)).toBe('scheduling.booking.created');
  });
});
