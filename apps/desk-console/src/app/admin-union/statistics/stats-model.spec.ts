import { describe, expect, it } from 'vitest';
import { dateRange, formatNumber, highest, percent, type StatisticsRow } from './stats-model';

const row = (key: string, made: number, rate: number | null) =>
  ({ key, bookings: { made, noShowRate: rate } }) as unknown as StatisticsRow;

describe('statistics model', () => {
  it('turns a month range into inclusive dates, at most two years', () => {
    expect(dateRange({ from: '2027-02', to: '2027-02' })).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(dateRange({ from: '2027-03', to: '2027-02' })).toBeNull();
    expect(dateRange({ from: '2027-01', to: '2028-12' })).not.toBeNull();
    expect(dateRange({ from: '2027-01', to: '2029-01' })).toBeNull();
  });

  it('finds the highest row of a measure, ignoring the rows without one', () => {
    const rows = [row('a', 3, null), row('b', 9, 0.1), row('c', 5, 0.25)];
    expect(highest(rows, (r) => r.bookings.made)?.key).toBe('b');
    expect(highest(rows, (r) => r.bookings.noShowRate)?.key).toBe('c');
    expect(highest([row('a', 1, null)], (r) => r.bookings.noShowRate)).toBeNull();
  });

  it('writes numbers and percentages the Italian way', () => {
    expect(percent(0.0577)).toBe(5.8);
    expect(formatNumber(5.8, 'it-IT', 'n.d.')).toBe('5,8');
    expect(formatNumber(null, 'it-IT', 'n.d.')).toBe('n.d.');
  });
});
