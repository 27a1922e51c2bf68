import { HolidayCalendar } from './holidays';
import { intersectIntervals, presenceByDate, rotationsServing, servicesOfRotation } from './presence';
import { Rotation } from './rotation';
import { generateSlots, openIntervalsOn, SlotSite } from './slots';

const montiano: Rotation = {
  id: 'df-montiano',
  resource: 'digitale-facile-team',
  site: 'montiano-municipio',
  rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
  from: '14:30',
  to: '17:30',
  counters: 1,
  validFrom: '2026-01-01',
};
const site: SlotSite = {
  id: 'montiano-municipio',
  tenant: 'montiano',
  timeZone: 'Europe/Rome',
  openingHours: { tue: [['09:00', '12:30']], fri: [['09:00', '12:30']] },
};
const noHolidays = { closedBecause: () => undefined } as unknown as HolidayCalendar;
const newYear = {
  closedBecause: (date: string) => (date.endsWith('-01-01') ? 'Capodanno' : undefined),
} as unknown as HolidayCalendar;

describe("a rotating resource's presence", () => {
  it('defaults the procedures of the Digitale Facile team and picks the rotations that serve a visit', () => {
    expect(servicesOfRotation(montiano)).toEqual(['facilitazione-digitale-individuale']);
    expect(servicesOfRotation({ resource: 'another', services: undefined })).toEqual([]);
    expect(
      rotationsServing([montiano], 'montiano-municipio', ['spid', 'facilitazione-digitale-individuale']),
    ).toEqual([montiano]);
    expect(rotationsServing([montiano], 'montiano-municipio', ['spid'])).toEqual([]);
    expect(rotationsServing([montiano], 'cesena-centro', ['facilitazione-digitale-individuale'])).toEqual([]);
  });

  it('maps its local dates to local hours, across the spring change', () => {
    const presence = presenceByDate([montiano], '2027-03-20', '2027-04-10');
    expect([...presence.entries()]).toEqual([
      ['2027-03-26', [['14:30', '17:30']]],
      ['2027-04-09', [['14:30', '17:30']]],
    ]);
  });

  it("replaces the desk's hours on its dates only; holidays close it and exceptions bound it", () => {
    const presence = presenceByDate([montiano], '2027-01-01', '2027-01-31');
    expect(openIntervalsOn(site, '2027-01-15', new Map(), noHolidays, presence)).toEqual([
      ['14:30', '17:30'],
    ]);
    expect(openIntervalsOn(site, '2027-01-08', new Map(), noHolidays, presence)).toEqual([]);
    expect(openIntervalsOn(site, '2027-01-08', new Map(), noHolidays)).toEqual([['09:00', '12:30']]);
    expect(openIntervalsOn(site, '2027-01-01', new Map(), newYear, presence)).toEqual([]);
    expect(
      openIntervalsOn(
        site,
        '2027-01-15',
        new Map([['2027-01-15', [['15:00', '16:00']]]]),
        noHolidays,
        presence,
      ),
    ).toEqual([['15:00', '16:00']]);
    expect(openIntervalsOn(site, '2027-01-15', new Map([['2027-01-15', []]]), noHolidays, presence)).toEqual(
      [],
    );
    const slots = generateSlots({
      site,
      exceptions: new Map(),
      holidays: newYear,
      from: '2027-03-22',
      to: '2027-04-11',
      durationMinutes: 90,
      counters: 1,
      minNoticeMinutes: 0,
      maxDaysAhead: 10000,
      now: new Date('2027-01-01T00:00:00Z'),
      occupied: [],
      presence: presenceByDate([montiano], '2027-03-22', '2027-04-11'),
    });
    expect(slots.map((s) => s.start)).toEqual([
      '2027-03-26T14:30:00+01:00',
      '2027-03-26T16:00:00+01:00',
      '2027-04-09T14:30:00+02:00',
      '2027-04-09T16:00:00+02:00',
    ]);
  });

  it('intersects local intervals', () => {
    expect(
      intersectIntervals(
        [['09:00', '12:30']],
        [
          ['08:30', '10:00'],
          ['11:00', '13:00'],
        ],
      ),
    ).toEqual([
      ['09:00', '10:00'],
      ['11:00', '12:30'],
    ]);
    expect(intersectIntervals([['09:00', '10:00']], [['10:00', '11:00']])).toEqual([]);
  });
});
