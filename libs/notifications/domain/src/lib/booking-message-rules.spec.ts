import { bookingMessageRules } from './booking-message-rules';

describe('bookingMessageRules', () => {
  it('plans a reminder and an invitation for a new booking, both for an appointment to attend', () => {
    expect(bookingMessageRules('scheduling.booking.created')).toEqual({
      attendable: true,
      invitation: true,
      reminder: 'plan',
    });
  });
  it('moves the reminder on a reschedule', () => {
    expect(bookingMessageRules('scheduling.booking.rescheduled').reminder).toBe('move');
  });
  it('suppresses the reminder on a cancellation, which is no appointment but still updates the calendar', () => {
    expect(bookingMessageRules('scheduling.booking.cancelled')).toEqual({
      attendable: false,
      invitation: true,
      reminder: 'suppress',
    });
  });
  it.each(['scheduling.booking.affected-by-closure', 'scheduling.booking.requested'] as const)(
    'leaves the reminder alone and sends no invitation for %s',
    (type) => {
      expect(bookingMessageRules(type)).toEqual({ attendable: false, invitation: false, reminder: 'keep' });
    },
  );
});
