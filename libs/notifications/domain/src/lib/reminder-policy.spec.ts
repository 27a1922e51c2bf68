import { reminderDueAt } from './reminder-policy';

describe('reminder policy', () => {
  const now = new Date('2027-03-10T10:00:00Z');
  it('is due 24 hours before the appointment', () => {
    expect(reminderDueAt(new Date('2027-03-12T09:30:00Z'), now)?.toISOString()).toBe(
      '2027-03-11T09:30:00.000Z',
    );
  });
  it('is not sent for an appointment less than 24 hours away', () => {
    expect(reminderDueAt(new Date('2027-03-11T09:30:00Z'), now)).toBeNull();
  });
});
