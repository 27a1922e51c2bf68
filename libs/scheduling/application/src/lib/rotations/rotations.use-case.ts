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
    const { rotation, tenant, check } = await this.prepare(input, principal);
    await this.store.insertChecked(rotation, tenant, (existing) => {
      if (existing.some((e) => e.id === rotation.id))
        throw new ConflictError(`A rotation '${rotation.id}' exists`, 'duplicate-rotation');
      check(existing);
    });
    return rotation;
  }

  /** One rotation as stored; 404 when there is none. */
  async get(id: string): Promise<Rotation> {
    const found = (await this.store.list()).find((r) => r.id === id);
    if (!found) throw new NotFoundError(`No rotation '${id}'`);
    return { ...found, services: [...servicesOfRotation(found)] };
  }

  /**
   * Changes a rotation (days, hours, site, resource): the admin of both its old and its new site's municipality,
   * or a union admin; the same no-two-places check as a new one, against the resource's other rotations.
   */
  async change(id: string, input: Omit<NewRotation, 'id'>, principal: Principal): Promise<Rotation> {
    const current = await this.get(id);
    const oldSite = (await this.reader.sites()).find((s) => s.id === current.site);
    if (oldSite && !canAdministerTenant(principal, oldSite.tenant))
      throw new ForbiddenError(`Not allowed to change ${current.site}`);
    const { rotation, tenant, check } = await this.prepare(
      { ...input, id, validFrom: input.validFrom ?? current.validFrom },
      principal,
    );
    if (!(await this.store.replaceChecked(rotation, tenant, check)))
      throw new NotFoundError(`No rotation '${id}'`);
    return rotation;
  }

  private async prepare(input: NewRotation, principal: Principal) {
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
    const check = (existing: Rotation[]) => {
      const clash = firstOverlap(
        rotation,
        existing.filter((e) => e.id !== rotation.id),
        rotation.validFrom > today ? rotation.validFrom : today,
        until,
      );
      if (clash)
        throw new ConflictError(
          `${rotation.resource} is already at another rotation (${clash.with}) on ${iso(clash.at, site.timeZone)}`,
          'resource-busy',
          'Resource already booked elsewhere',
        );
    };
    return { rotation, tenant: site.tenant, check };
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
