import { nextStatus } from './booking-status';

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
});
