import { DateTime } from 'luxon';
import { iso, localDate, wallTimeToMillis } from './zone-time';

describe('zone time', () => {
  it('formats instants like luxon on both sides of both changes', () => {
    const start = Date.parse('2027-03-27T00:00:00Z');
    for (let ms = start; ms < start + 2 * 86_400_000; ms += 7 * 60_000) {
      expect(iso(ms, 'Europe/Rome')).toBe(
        DateTime.fromMillis(Math.floor(ms / 1000) * 1000, { zone: 'Europe/Rome' }).toISO({
          suppressMilliseconds: true,
        }),
      );
    }
    expect(iso(Date.parse('2027-10-31T00:30:00Z'), 'Europe/Rome')).toBe('2027-10-31T02:30:00+02:00');
    expect(iso(Date.parse('2027-10-31T01:30:00Z'), 'Europe/Rome')).toBe('2027-10-31T02:30:00+01:00');
    expect(iso(Date.parse('2027-01-01T12:00:00Z'), 'America/St_Johns')).toBe('2027-01-01T08:30:00-03:30');
  });
  it('gives the local date, also across midnight UTC', () => {
    expect(localDate(Date.parse('2027-06-30T22:30:00Z'), 'Europe/Rome')).toBe('2027-07-01');
    expect(localDate(Date.parse('2027-12-31T23:30:00Z'), 'Europe/Rome')).toBe('2028-01-01');
  });
});

describe('wall time to instant', () => {
  it('agrees with luxon every quarter hour across both 2027 changes, gaps included', () => {
    for (const date of ['2027-03-27', '2027-03-28', '2027-03-29', '2027-10-30', '2027-10-31', '2027-11-01']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const hhmm = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        expect([date, hhmm, wallTimeToMillis(date, hhmm, 'Europe/Rome')]).toEqual([
          date,
          hhmm,
          DateTime.fromISO(`${date}T${hhmm}`, { zone: 'Europe/Rome' }).toMillis(),
        ]);
      }
    }
    expect(wallTimeToMillis('2027-03-28', '24:00', 'Europe/Rome')).toBe(
      Date.parse('2027-03-29T00:00:00+02:00'),
    );
  });
});
