import { BusinessRuleError } from '@facile/platform/errors';
import { HolidayCalendar } from '@facile/scheduling/domain';
import { Clock, HolidaySource } from '../ports/calendar';
import { SchedulingReader } from '../ports/scheduling.reader';
import { SlotResolver } from './slot-resolver';
import { VisitPlan, VisitPlanner } from './visit-planner';

// Friday 23 October 2026, 12:00 in Rome; summer time ends on Sunday the 25th.
const NOW = new Date('2026-10-23T10:00:00Z');
const day = ['00:00', '24:00'] as [string, string];
const PLAN: VisitPlan = {
  site: {
    id: 'cesena-centro',
    tenant: 'cesena',
    name: 'Cesena',
    kind: 'desk',
    address: null,
    counters: 2,
    servesAllTenants: true,
    timeZone: 'Europe/Rome',
    openingHours: { mon: [day], tue: [day], wed: [day], thu: [day], fri: [day], sat: [day], sun: [day] },
  },
  durationMinutes: 30,
  counters: 2,
  minNoticeMinutes: 60,
  maxDaysAhead: 2,
  rotations: [],
};

function resolver(): SlotResolver {
  const planner = { plan: async () => [PLAN] } as unknown as VisitPlanner;
  const reader = { exceptions: async () => [] } as unknown as SchedulingReader;
  const holidays: HolidaySource = { calendar: () => new HolidayCalendar({ fixed: [], movable: [] }) };
  const clock: Clock = { now: () => NOW };
  return new SlotResolver(planner, reader, holidays, clock);
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof BusinessRuleError ? e.code : String(e)),
  );

describe('SlotResolver', () => {
  const resolve = (start: string) =>
    resolver().resolve(['carta-identita-elettronica'], 'cesena', 'cesena-centro', new Date(start));

  it('gives the slot its end from the visit duration', async () => {
    const slot = await resolve('2026-10-24T09:00:00+02:00');
    expect(slot.end.toISOString()).toBe('2026-10-24T07:30:00.000Z');
  });

  it('refuses a start that is not on the visit grid', async () => {
    expect(await codeOf(resolve('2026-10-24T09:10:00+02:00'))).toBe('not-a-slot');
  });

  it('refuses a slot inside the notice, accepts the first one after it', async () => {
    expect(await codeOf(resolve('2026-10-23T12:30:00+02:00'))).toBe('too-soon');
    expect(await codeOf(resolve('2026-10-23T13:00:00+02:00'))).toBe('ok');
  });

  it('keeps the horizon at local midnight across the end of summer time', async () => {
    // the horizon's last day is Sunday the 25th, which has 25 hours; Monday 00:00 is +01:00
    expect(await codeOf(resolve('2026-10-25T23:30:00+01:00'))).toBe('ok');
    expect(await codeOf(resolve('2026-10-26T00:00:00+01:00'))).toBe('too-far-ahead');
  });
});
