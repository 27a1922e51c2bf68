import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { ConflictError, ForbiddenError, NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import {
  firstOverlap,
  iso,
  occurrences,
  openingHoursProblems,
  Rotation,
  rruleProblems,
  servicesOfRotation,
} from '@facile/scheduling/domain';
import { checkRange } from '../get-availability/availability.query';
import { Clock } from '../ports/calendar';
import { RotationStore } from '../ports/rotation.store';
import { SchedulingReader } from '../ports/scheduling.reader';

/** How far ahead two rotations of one resource are compared. */
export const ROTATION_CHECK_DAYS = 2 * 366;

export type NewRotation = Omit<Rotation, 'validFrom' | 'counters'> & {
  counters?: number;
  validFrom?: string;
};

/** The shared calendar: a resource is never at two sites at once (an overlapping rotation → 409). */
@Injectable()
export class RotationsUseCase {
  constructor(
    private readonly store: RotationStore,
    private readonly reader: SchedulingReader,
    private readonly clock: Clock,
  ) {}

  async create(input: NewRotation, principal: Principal): Promise<Rotation> {
    const site = (await this.reader.sites()).find((s) => s.id === input.site);
    if (!site) throw new NotFoundError(`No site '${input.site}'`);
    if (!canAdministerTenant(principal, site.tenant))
      throw new ForbiddenError(`Not allowed to change ${input.site}`);
    const today = DateTime.fromJSDate(this.clock.now(), { zone: site.timeZone }).toISODate() ?? '';
    const rotation: Rotation = {
      ...input,
      counters: input.counters ?? 1,
      validFrom: input.validFrom ?? today,
      services: [...servicesOfRotation(input)],
    };
    if (input.validFrom) checkRange(input.validFrom, input.validFrom);
    const problems = [
      ...rruleProblems(rotation.rrule).map((message) => ({ field: 'rrule', message })),
      ...openingHoursProblems({ mon: [[rotation.from, rotation.to]] }).map((message) => ({
        field: 'from',
        message,
      })),
    ];
    if (problems.length) throw new ValidationFailedError(problems);
    const until = DateTime.fromISO(today).plus({ days: ROTATION_CHECK_DAYS }).toISODate() ?? today;
    await this.store.insertChecked(rotation, site.tenant, (existing) => {
      if (existing.some((e) => e.id === rotation.id))
        throw new ConflictError(`A rotation '${rotation.id}' exists`, 'duplicate-rotation');
      const clash = firstOverlap(
        rotation,
        existing,
        rotation.validFrom > today ? rotation.validFrom : today,
        until,
      );
      if (clash)
        throw new ConflictError(
          `${rotation.resource} is already at another rotation (${clash.with}) on ${iso(clash.at, site.timeZone)}`,
          'resource-busy',
          'Resource already booked elsewhere',
        );
    });
    return rotation;
  }

  async occurrences(from: string, to: string, site?: string) {
    checkRange(from, to);
    const all = await this.store.list();
    return {
      occurrences: all
        .filter((r) => !site || r.site === site)
        .flatMap((r) =>
          occurrences(r, from, to).map((o) => ({
            rotation: r.id,
            resource: r.resource,
            site: r.site,
            services: servicesOfRotation(r),
            start: iso(o.start, 'Europe/Rome'),
            end: iso(o.end, 'Europe/Rome'),
          })),
        )
        .sort((a, b) => a.start.localeCompare(b.start)),
    };
  }
}
