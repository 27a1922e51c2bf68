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
});
