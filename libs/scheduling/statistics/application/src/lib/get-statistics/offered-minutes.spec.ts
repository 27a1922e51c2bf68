import { HolidayCalendar } from '@facile/scheduling/domain';
import type { SiteView } from '@facile/scheduling/application';
import { datesOf, OfferedMinutes } from './offered-minutes';

const site = (openingHours: SiteView['openingHours']): SiteView => ({
  id: 'cesena-centro',
  tenant: 'cesena',
  name: 'Sportello',
  kind: 'desk',
  address: null,
  counters: 2,
  servesAllTenants: false,
  timeZone: 'Europe/Rome',
  openingHours,
});

describe('OfferedMinutes', () => {
  // Monday 22 to Sunday 28 June 2026; 24 June is Cesena's patron day.
  const dates = datesOf('2026-06-22', '2026-06-28');
  let calendarReads = 0;
  const calendar = new HolidayCalendar({ fixed: [], movable: [] }, { cesena: { date: '06-24' } });
  const offered = new OfferedMinutes(() => {
    calendarReads++;
    return calendar;
  });
  const weekdays: SiteView['openingHours'] = {
    mon: [['08:30', '12:30']],
    tue: [
      ['08:30', '12:30'],
      ['14:00', '17:00'],
    ],
    wed: [['08:30', '12:30']],
    thu: [['08:30', '12:30']],
    fri: [['08:30', '12:30']],
  };

  it('lists the days of a range', () => {
    expect(dates).toEqual([
      '2026-06-22',
      '2026-06-23',
      '2026-06-24',
      '2026-06-25',
      '2026-06-26',
      '2026-06-27',
      '2026-06-28',
    ]);
  });

  it('gives each day its open minutes: weekly hours, the patron day closed, an exception as it says', () => {
    const s = site(weekdays);
    expect([...offered.of(s, dates, new Map()).minutes]).toEqual([240, 420, 0, 240, 240, 0, 0]);
    expect(offered.of(s, dates, new Map()).total).toBe(1140);
    const friday = new Map<string, [string, string][]>([['2026-06-26', [['09:00', '10:00']]]]);
    expect([...offered.of(s, dates, friday).minutes]).toEqual([240, 420, 0, 240, 60, 0, 0]);
  });

  it('remembers a range, and computes again when the hours change', () => {
    const s = site(weekdays);
    offered.of(s, dates, new Map());
    const reads = calendarReads;
    expect([...offered.of(s, dates, new Map()).minutes]).toEqual([240, 420, 0, 240, 240, 0, 0]);
    expect(calendarReads).toBe(reads);
    const longer = site({ ...weekdays, mon: [['08:00', '13:00']] });
    expect(offered.of(longer, dates, new Map()).minutes[0]).toBe(300);
    expect(calendarReads).toBe(reads + 1);
  });
});
