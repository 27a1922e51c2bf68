import { describe, expect, it } from 'vitest';
import { byDay, monthBounds, monthWeeks, romeDateTime, rruleOf, shiftMonth } from './month';

describe('month helpers', () => {
  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks('2027-04'); // 1 April 2027 is a Thursday
    expect(weeks[0]).toEqual([null, null, null, '2027-04-01', '2027-04-02', '2027-04-03', '2027-04-04']);
    expect(weeks.at(-1)?.filter(Boolean).at(-1)).toBe('2027-04-30');
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('gives bounds and neighbours across years', () => {
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2027-12', 1)).toBe('2028-01');
  });

  it('groups by the local date and writes Rome times with the offset of the day', () => {
    const map = byDay([{ start: '2027-04-09T14:30:00+02:00' }, { start: '2027-04-09T09:00:00+02:00' }]);
    expect(map.get('2027-04-09')).toHaveLength(2);
    expect(romeDateTime('2027-04-08', '15:00')).toBe('2027-04-08T15:00:00+02:00');
    expect(romeDateTime('2027-01-08', '15:00')).toBe('2027-01-08T15:00:00+01:00');
  });

  it('writes the RRULE of the choices', () => {
    expect(rruleOf('biweekly', 'FR')).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=FR');
    expect(rruleOf('monthly', 'TU', 2)).toBe('FREQ=MONTHLY;BYDAY=2TU');
  });
});
