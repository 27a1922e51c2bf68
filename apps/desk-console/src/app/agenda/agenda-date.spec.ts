import { describe, expect, it } from 'vitest';
import { isDate, timeIn, todayIn } from './agenda-date';

describe('agenda dates', () => {
  it("takes today in Rome's time zone, not UTC's", () => {
    expect(todayIn('Europe/Rome', new Date('2027-04-05T23:30:00Z'))).toBe('2027-04-06');
  });
  it('shows times in the site time zone', () => {
    expect(timeIn('2027-04-06T09:00:00+02:00')).toBe('09:00');
  });
  it('accepts only calendar dates', () => {
    expect(isDate('2027-04-06')).toBe(true);
    expect(isDate('6/4/2027')).toBe(false);
    expect(isDate(null)).toBe(false);
  });
});
