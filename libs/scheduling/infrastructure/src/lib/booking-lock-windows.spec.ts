import { lockWindowsOf } from './typeorm-booking.store';

const at = (iso: string) => new Date(iso);
const hourOf = (iso: string) => String(Date.parse(iso) / 3_600_000);

describe('the windows a counter lock covers', () => {
  it('is the one UTC hour of a slot inside an hour, in any time zone or season', () => {
    expect(lockWindowsOf(at('2027-04-06T07:00:00Z'), at('2027-04-06T07:20:00Z'))).toEqual([
      hourOf('2027-04-06T07:00:00Z'),
    ]);
    // the night the clocks go forward in Rome: UTC hours have no gap
    expect(lockWindowsOf(at('2027-03-28T00:40:00Z'), at('2027-03-28T01:10:00Z'))).toEqual([
      hourOf('2027-03-28T00:00:00Z'),
      hourOf('2027-03-28T01:00:00Z'),
    ]);
  });

  it('is every hour a range touches, in order, and not the next one when it ends on the hour', () => {
    expect(lockWindowsOf(at('2027-04-06T07:40:00Z'), at('2027-04-06T10:00:00Z'))).toEqual([
      hourOf('2027-04-06T07:00:00Z'),
      hourOf('2027-04-06T08:00:00Z'),
      hourOf('2027-04-06T09:00:00Z'),
    ]);
  });

  it('shares a window between any two ranges that overlap, and none between ranges hours apart', () => {
    const a = lockWindowsOf(at('2027-04-06T07:50:00Z'), at('2027-04-06T08:10:00Z'));
    const b = lockWindowsOf(at('2027-04-06T08:05:00Z'), at('2027-04-06T08:25:00Z'));
    const c = lockWindowsOf(at('2027-04-06T10:00:00Z'), at('2027-04-06T10:20:00Z'));
    expect(a.filter((w) => b.includes(w))).toEqual([hourOf('2027-04-06T08:00:00Z')]);
    expect(a.filter((w) => c.includes(w))).toEqual([]);
  });
});
