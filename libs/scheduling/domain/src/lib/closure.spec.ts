import { isOutsideHours } from './closure';

const at = (s: string) => Date.parse(s);

describe('bookings affected by a closure', () => {
  it('are those not wholly inside the hours left that day', () => {
    const morning: [string, string][] = [['08:30', '13:00']];
    expect(
      isOutsideHours(
        at('2027-05-04T09:00:00+02:00'),
        at('2027-05-04T09:15:00+02:00'),
        '2027-05-04',
        morning,
        'Europe/Rome',
      ),
    ).toBe(false);
    expect(
      isOutsideHours(
        at('2027-05-04T12:45:00+02:00'),
        at('2027-05-04T13:15:00+02:00'),
        '2027-05-04',
        morning,
        'Europe/Rome',
      ),
    ).toBe(true);
    expect(
      isOutsideHours(
        at('2027-05-04T15:00:00+02:00'),
        at('2027-05-04T15:15:00+02:00'),
        '2027-05-04',
        morning,
        'Europe/Rome',
      ),
    ).toBe(true);
    expect(
      isOutsideHours(
        at('2027-05-04T09:00:00+02:00'),
        at('2027-05-04T09:15:00+02:00'),
        '2027-05-04',
        [],
        'Europe/Rome',
      ),
    ).toBe(true);
    // The autumn change: 08:30 local is 07:30Z after it.
    expect(
      isOutsideHours(
        at('2027-10-31T08:30:00+01:00'),
        at('2027-10-31T09:00:00+01:00'),
        '2027-10-31',
        [['08:30', '24:00']],
        'Europe/Rome',
      ),
    ).toBe(false);
  });
});
