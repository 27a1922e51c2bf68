import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { generateSlots, LocalInterval, presenceByDate, Slot } from '@facile/scheduling/domain';
import { Clock, HolidaySource } from '../ports/calendar';
import { SchedulingReader } from '../ports/scheduling.reader';
import { VisitPlanner } from '../visit/visit-planner';
import { AvailabilityCache } from './availability.cache';
import { AvailabilityQuery, checkRange } from './availability.query';

/** Free slots of a visit at one site or every site that serves it: a fixed number of queries. */
@Injectable()
export class GetAvailabilityUseCase {
  constructor(
    private readonly planner: VisitPlanner,
    private readonly reader: SchedulingReader,
    private readonly holidays: HolidaySource,
    private readonly clock: Clock,
    private readonly cache: AvailabilityCache,
  ) {}

  execute(q: AvailabilityQuery): Promise<{ slots: Slot[] }> {
    checkRange(q.from, q.to);
    return this.cache.get(AvailabilityCache.keyOf(q), () => this.compute(q));
  }

  /** The answer as JSON text (served as is by the controller: shared by identical queries). */
  executeJson(q: AvailabilityQuery): Promise<string> {
    checkRange(q.from, q.to);
    return this.cache.getJson(AvailabilityCache.keyOf(q), () => this.compute(q));
  }

  private async compute(q: AvailabilityQuery): Promise<{ slots: Slot[] }> {
    const plans = await this.planner.plan(q.services, q.tenant, q.site);
    if (plans.length === 0) return { slots: [] };
    const ids = plans.map((p) => p.site.id);
    // Widened by a day on each side: covers every zone's local day.
    const fromInstant = DateTime.fromISO(q.from, { zone: 'UTC' }).minus({ days: 1 }).toJSDate();
    const toInstant = DateTime.fromISO(q.to, { zone: 'UTC' }).plus({ days: 2 }).toJSDate();
    const [exceptions, occupied] = await Promise.all([
      this.reader.exceptions(ids, q.from, q.to),
      this.reader.occupied(ids, fromInstant, toInstant),
    ]);
    const now = this.clock.now();
    const calendar = this.holidays.calendar();
    const slots = plans.flatMap((plan) =>
      generateSlots({
        site: plan.site,
        exceptions: new Map<string, LocalInterval[]>(
          exceptions.filter((e) => e.site === plan.site.id).map((e) => [e.date, e.hours]),
        ),
        holidays: calendar,
        from: q.from,
        to: q.to,
        durationMinutes: plan.durationMinutes,
        counters: plan.counters,
        minNoticeMinutes: plan.minNoticeMinutes,
        maxDaysAhead: plan.maxDaysAhead,
        now,
        occupied: occupied.filter((o) => o.site === plan.site.id),
        ...(plan.rotations.length ? { presence: presenceByDate(plan.rotations, q.from, q.to) } : {}),
      }),
    );
    slots.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.site.localeCompare(b.site));
    return { slots };
  }
}
