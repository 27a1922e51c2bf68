import { DateTime } from 'luxon';
import { HolidayCalendar } from './holidays';
import { LocalInterval, openingHoursProblems } from './opening-hours';
import { generateSlots, isSlotStart, SlotQuery } from './slots';

const holidays = new HolidayCalendar(
  {
    fixed: [
      { date: '12-25', name: 'Natale' },
      { date: '10-04', name: 'San Francesco', from: 2026 },
    ],
    movable: [{ rule: 'easter-sunday+1', name: 'Pasquetta' }],
  },
  { cesena: { date: '06-24' } },
);
const everyDay = (intervals: LocalInterval[]) => ({
  mon: intervals,
  tue: intervals,
  wed: intervals,
  thu: intervals,
  fri: intervals,
  sat: intervals,
  sun: intervals,
});
const query = (over: Partial<SlotQuery> = {}): SlotQuery => ({
  site: {
    id: 'cesena-centro',
    tenant: 'cesena',
    timeZone: 'Europe/Rome',
    openingHours: everyDay([
      ['08:30', '13:00'],
      ['14:30', '17:30'],
    ]),
  },
  exceptions: new Map(),
  holidays,
  from: '2027-03-26',
  to: '2027-03-30',
  durationMinutes: 30,
  counters: 2,
  minNoticeMinutes: 60,
  maxDaysAhead: 3650,
  now: new Date('2027-01-01T00:00:00Z'),
  occupied: [],
  ...over,
});
const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toFormat('yyyy-MM-dd HH:mm ZZ');

describe('slot generation', () => {
  it('keeps the configured local hours on both sides of the spring change, with the right offsets', () => {
    const slots = generateSlots(
      query({
        from: '2027-03-27',
        to: '2027-03-30',
        exceptions: new Map([['2027-03-29', everyDay([['08:30', '09:30']]).mon]]),
      }),
    );
    const firsts = new Map<string, string>();
    for (const s of slots) if (!firsts.has(s.start.slice(0, 10))) firsts.set(s.start.slice(0, 10), s.start);
    expect(firsts.get('2027-03-27')).toBe('2027-03-27T08:30:00+01:00');
    expect(firsts.get('2027-03-28')).toBe('2027-03-28T08:30:00+02:00');
    expect(firsts.get('2027-03-30')).toBe('2027-03-30T08:30:00+02:00');
    // Exception replaced the Monday (Easter Monday) hours.
    expect(slots.filter((s) => s.start.startsWith('2027-03-29')).map((s) => s.start)).toEqual([
      '2027-03-29T08:30:00+02:00',
      '2027-03-29T09:00:00+02:00',
    ]);
  });

  it('never yields a slot in the missing hour of 2027-03-28', () => {
    const slots = generateSlots(
      query({
        from: '2027-03-28',
        to: '2027-03-28',
        site: { ...query().site, openingHours: everyDay([['01:00', '04:00']]) },
      }),
    );
    const starts = slots.map((s) => local(s.start));
    expect(starts).toEqual([
      '2027-03-28 01:00 +01:00',
      '2027-03-28 01:30 +01:00',
      '2027-03-28 03:00 +02:00',
      '2027-03-28 03:30 +02:00',
    ]);
    expect(starts.some((s) => s.includes(' 02:'))).toBe(false);
  });

  it('never yields the same instant twice on 2027-10-31', () => {
    const slots = generateSlots(
      query({
        from: '2027-10-30',
        to: '2027-11-01',
        site: { ...query().site, openingHours: everyDay([['01:00', '04:00']]) },
      }),
    );
    const instants = slots.map((s) => Date.parse(s.start));
    expect(new Set(instants).size).toBe(instants.length);
    const sunday = slots.filter((s) => s.start.startsWith('2027-10-31'));
    // 01:00 local to 04:00 local is four real hours that day.
    expect(sunday).toHaveLength(8);
    expect(sunday[0].start).toBe('2027-10-31T01:00:00+02:00');
    expect(sunday[sunday.length - 1].end).toBe('2027-10-31T04:00:00+01:00');
    expect(slots.find((s) => s.start.startsWith('2027-11-01'))?.start).toBe('2027-11-01T01:00:00+01:00');
    expect(slots.find((s) => s.start.startsWith('2027-10-30'))?.start).toBe('2027-10-30T01:00:00+02:00');
  });

  it('never crosses a break or the closing time', () => {
    const slots = generateSlots(query({ from: '2027-03-30', to: '2027-03-30', durationMinutes: 40 }));
    const times = slots.map((s) => `${local(s.start).slice(11, 16)}-${local(s.end).slice(11, 16)}`);
    expect(times.slice(0, 7)).toEqual([
      '08:30-09:10',
      '09:10-09:50',
      '09:50-10:30',
      '10:30-11:10',
      '11:10-11:50',
      '11:50-12:30',
      '14:30-15:10',
    ]);
    expect(times).not.toContain('12:30-13:10');
    expect(times[times.length - 1]).toBe('16:30-17:10');
  });

  it('closes on holidays and patron days of the site municipality only', () => {
    const days = (site = query().site, from = '2027-12-24', to = '2027-12-27') => [
      ...new Set(generateSlots(query({ site, from, to })).map((s) => s.start.slice(0, 10))),
    ];
    expect(days()).toEqual(['2027-12-24', '2027-12-26', '2027-12-27']);
    expect(days(undefined, '2027-10-03', '2027-10-05')).toEqual(['2027-10-03', '2027-10-05']);
    expect(days(undefined, '2027-06-23', '2027-06-25')).toEqual(['2027-06-23', '2027-06-25']);
    expect(
      days(
        { ...query().site, id: 'mercato-saraceno-municipio', tenant: 'mercato-saraceno' },
        '2027-06-23',
        '2027-06-25',
      ),
    ).toEqual(['2027-06-23', '2027-06-24', '2027-06-25']);
    expect(days(undefined, '2027-03-29', '2027-03-29')).toEqual([]);
  });

  it('counts free counters and drops full slots', () => {
    const start = Date.parse('2027-03-30T08:30:00+02:00');
    const slots = generateSlots(
      query({
        from: '2027-03-30',
        to: '2027-03-30',
        occupied: [
          { start, end: start + 30 * 60_000, counter: 1 },
          { start: start + 30 * 60_000, end: start + 90 * 60_000, counter: 1 },
          { start: start + 30 * 60_000, end: start + 60 * 60_000, counter: 2 },
          { start, end: start + 30 * 60_000, counter: 7 },
        ],
      }),
    );
    expect(slots[0]).toEqual({
      site: 'cesena-centro',
      start: '2027-03-30T08:30:00+02:00',
      end: '2027-03-30T09:00:00+02:00',
      available: 1,
    });
    expect(slots.find((s) => s.start === '2027-03-30T09:00:00+02:00')).toBeUndefined();
    expect(slots.find((s) => s.start === '2027-03-30T09:30:00+02:00')?.available).toBe(1);
    expect(slots.find((s) => s.start === '2027-03-30T10:00:00+02:00')?.available).toBe(2);
  });

  it('respects notice and horizon', () => {
    const now = new Date('2027-03-30T07:00:00Z'); // 09:00 in Rome
    const slots = generateSlots(
      query({ from: '2027-03-30', to: '2027-04-30', now, minNoticeMinutes: 60, maxDaysAhead: 2 }),
    );
    expect(slots[0].start).toBe('2027-03-30T10:00:00+02:00');
    expect(slots[slots.length - 1].start.slice(0, 10)).toBe('2027-04-01');
  });

  it('recognises slot starts', () => {
    const site = query().site;
    expect(isSlotStart(site, Date.parse('2027-03-30T09:00:00+02:00'), 30, new Map(), holidays)).toBe(true);
    expect(isSlotStart(site, Date.parse('2027-03-30T09:10:00+02:00'), 30, new Map(), holidays)).toBe(false);
    expect(isSlotStart(site, Date.parse('2027-03-30T12:45:00+02:00'), 30, new Map(), holidays)).toBe(false);
    expect(isSlotStart(site, Date.parse('2027-12-25T09:00:00+01:00'), 30, new Map(), holidays)).toBe(false);
  });

  it('validates opening hours', () => {
    expect(
      openingHoursProblems({
        mon: [
          ['08:30', '13:00'],
          ['14:00', '17:00'],
        ],
      }),
    ).toEqual([]);
    expect(openingHoursProblems({ mon: [['13:00', '08:30']] })).toHaveLength(1);
    expect(
      openingHoursProblems({
        mon: [
          ['08:00', '12:00'],
          ['11:00', '13:00'],
        ],
      }),
    ).toEqual(['mon: intervals overlap']);
    expect(openingHoursProblems({ mon: [['8:00', '12:00']] })).toHaveLength(1);
  });
});
