import { Injectable } from '@nestjs/common';
import { BusinessRuleError } from '@facile/platform/errors';
import {
  iso,
  isSlotStart,
  LocalInterval,
  localDate,
  presenceByDate,
  wallTimeToMillis,
} from '@facile/scheduling/domain';
import { Clock, HolidaySource } from '../ports/calendar';
import { SchedulingReader } from '../ports/scheduling.reader';
import { VisitPlan, VisitPlanner } from './visit-planner';

export interface ResolvedSlot {
  plan: VisitPlan;
  start: Date;
  end: Date;
}

/** Checks that `start` (an instant, parsed at the edge) is one of the visit's slots at that site (open, not a holiday, notice, horizon). */
@Injectable()
export class SlotResolver {
  constructor(
    private readonly planner: VisitPlanner,
    private readonly reader: SchedulingReader,
    private readonly holidays: HolidaySource,
    private readonly clock: Clock,
  ) {}

  async resolve(services: string[], tenant: string, site: string, start: Date): Promise<ResolvedSlot> {
    const [plan] = await this.planner.plan(services, tenant, site);
    const zone = plan.site.timeZone;
    // the zone helpers cache offsets: no luxon DateTime per booking
    const date = localDate(start.getTime(), zone);
    const exceptions = await this.reader.exceptions([plan.site.id], date, date);
    const map = new Map<string, LocalInterval[]>(exceptions.map((e) => [e.date, e.hours]));
    const startMs = start.getTime();
    const presence = plan.rotations.length ? presenceByDate(plan.rotations, date, date) : undefined;
    if (!isSlotStart(plan.site, startMs, plan.durationMinutes, map, this.holidays.calendar(), presence)) {
      throw new BusinessRuleError(
        `${iso(startMs, plan.site.timeZone)} is not a slot of this visit at ${site}`,
        'not-a-slot',
      );
    }
    const now = this.clock.now();
    if (startMs < now.getTime() + plan.minNoticeMinutes * 60_000)
      throw new BusinessRuleError('The slot is too soon', 'too-soon');
    // local midnight after the horizon's last day
    const today = localDate(now.getTime(), zone);
    const lastDay = new Date(Date.parse(`${today}T00:00:00Z`) + (plan.maxDaysAhead + 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    if (startMs >= wallTimeToMillis(lastDay, '00:00', zone))
      throw new BusinessRuleError('The slot is too far ahead', 'too-far-ahead');
    return { plan, start: new Date(startMs), end: new Date(startMs + plan.durationMinutes * 60_000) };
  }
}
