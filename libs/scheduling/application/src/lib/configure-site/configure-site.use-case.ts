import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import {
  CLOSURE_NOTICE_EVENT,
  isOutsideHours,
  LocalInterval,
  OpeningHours,
  openingHoursProblems,
} from '@facile/scheduling/domain';
import { toBookingResponse } from '../booking-response';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { checkRange } from '../get-availability/availability.query';
import { SchedulingReader, SiteView } from '../ports/scheduling.reader';
import { ClosureInput, SiteAdminStore } from '../ports/site-admin.store';
import type { BookingView } from '../ports/booking.store';
import { DEFAULT_MAX_DAYS_AHEAD, DEFAULT_MIN_NOTICE_MINUTES } from '../visit/visit-planner';

export interface OfferingChange {
  enabled: boolean;
  counters?: number;
  durationMinutes?: number;
  minNoticeMinutes?: number;
  maxDaysAhead?: number;
  tenants?: string[];
}

/** Opening hours, closures and offerings: the site's municipality's admins, or union admins. */
@Injectable()
export class ConfigureSiteUseCase {
  constructor(
    private readonly reader: SchedulingReader,
    private readonly admin: SiteAdminStore,
    private readonly tenants: TenantRegistry,
    private readonly availability: AvailabilityCache,
  ) {}

  async site(id: string, principal: Principal): Promise<SiteView> {
    const site = (await this.reader.sites()).find((s) => s.id === id);
    if (!site) throw new NotFoundError(`No site '${id}'`);
    if (!canAdministerTenant(principal, site.tenant)) throw new ForbiddenError(`Not allowed to change ${id}`);
    return site;
  }

  async setOpeningHours(id: string, hours: OpeningHours, principal: Principal): Promise<SiteView> {
    const site = await this.site(id, principal);
    const problems = openingHoursProblems(hours);
    if (problems.length)
      throw new ValidationFailedError(problems.map((message) => ({ field: 'openingHours', message })));
    await this.admin.setOpeningHours(site, hours);
    this.availability.clear();
    return { ...site, openingHours: hours };
  }

  /**
   * A closure (or other hours) on a date. The active bookings that fall outside the new hours are listed in the
   * answer (for the operators) and each gets a `scheduling.booking.affected-by-closure` event (for the citizen),
   * written with the closure in one transaction.
   */
  async addException(
    id: string,
    date: string,
    hours: LocalInterval[],
    reason: string | null,
    principal: Principal,
  ) {
    const input = await this.closureInput(id, date, hours, reason, principal);
    const affected = await this.admin.putClosure(input);
    this.availability.clear();
    return { site: id, date, hours, reason, affectedBookings: affected.map((b) => toBookingResponse(b)) };
  }

  /** What `addException` would do, without doing it: the bookings the closure would affect (nothing written). */
  async previewException(
    id: string,
    date: string,
    hours: LocalInterval[],
    reason: string | null,
    principal: Principal,
  ) {
    const input = await this.closureInput(id, date, hours, reason, principal);
    const affected = await this.admin.affectedByClosure(input);
    return { site: id, date, hours, reason, affectedBookings: affected.map((b) => toBookingResponse(b)) };
  }

  /** The site's exceptions (closures and other hours) from today on (two years ahead at most). */
  async listExceptions(id: string, principal: Principal) {
    const site = await this.site(id, principal);
    const today = DateTime.now().setZone(site.timeZone);
    const list = await this.reader.exceptions(
      [id],
      today.toISODate() ?? '',
      today.plus({ years: 2 }).toISODate() ?? '',
    );
    return {
      items: list
        .map((e) => ({ site: e.site, date: e.date, hours: e.hours, reason: e.reason }))
        .sort((a, b) => a.date.localeCompare(b.date)),
    };
  }

  /** Removes the exception of a date: the weekly hours apply again (bookings were never touched). Returns it. */
  async removeException(id: string, date: string, principal: Principal) {
    const site = await this.site(id, principal);
    checkRange(date, date);
    const [found] = await this.reader.exceptions([id], date, date);
    if (!found || !(await this.admin.removeClosure(site, date)))
      throw new NotFoundError(`No exception on ${date} at ${id}`);
    this.availability.clear();
    return { site: id, date, hours: found.hours, reason: found.reason };
  }

  private async closureInput(
    id: string,
    date: string,
    hours: LocalInterval[],
    reason: string | null,
    principal: Principal,
  ): Promise<ClosureInput> {
    const site = await this.site(id, principal);
    checkRange(date, date);
    const problems = openingHoursProblems({ mon: hours });
    if (problems.length)
      throw new ValidationFailedError(problems.map((message) => ({ field: 'hours', message })));
    const dayStart = DateTime.fromISO(date, { zone: site.timeZone });
    const dayEnd = dayStart.plus({ days: 1 });
    return {
      site: id,
      tenant: site.tenant,
      date,
      hours,
      reason,
      from: dayStart.toJSDate(),
      to: dayEnd.toJSDate(),
      affected: (b: BookingView) =>
        isOutsideHours(b.start.getTime(), b.end.getTime(), date, hours, site.timeZone),
      event: CLOSURE_NOTICE_EVENT,
    };
  }

  /** How the site offers a procedure now: the stored settings, or the defaults when none were stored. */
  async getOffering(id: string, service: string, principal: Principal) {
    await this.site(id, principal);
    const [procedure] = await this.reader.procedures([service]);
    if (!procedure) throw new NotFoundError(`No procedure '${service}'`);
    const [current] = await this.reader.offerings([id], [service]);
    return {
      site: id,
      service,
      enabled: current?.enabled ?? true,
      counters: current?.counters ?? null,
      durationMinutes: current?.durationMinutes ?? null,
      minNoticeMinutes: current?.minNoticeMinutes ?? DEFAULT_MIN_NOTICE_MINUTES,
      maxDaysAhead: current?.maxDaysAhead ?? DEFAULT_MAX_DAYS_AHEAD,
      tenants: current?.tenants ?? null,
    };
  }

  async putOffering(id: string, service: string, change: OfferingChange, principal: Principal) {
    const site = await this.site(id, principal);
    const [procedure] = await this.reader.procedures([service]);
    if (!procedure) throw new NotFoundError(`No procedure '${service}'`);
    for (const t of change.tenants ?? [])
      if (this.tenants.get(t).kind !== 'municipality')
        throw new ValidationFailedError([{ field: 'tenants', message: `${t} is not a municipality` }]);
    if (change.counters !== undefined && change.counters > site.counters) {
      throw new ValidationFailedError([
        { field: 'counters', message: `the site has ${site.counters} counters` },
      ]);
    }
    const [current] = await this.reader.offerings([id], [service]);
    const next = {
      site: id,
      service,
      enabled: change.enabled,
      counters: change.counters ?? current?.counters ?? null,
      durationMinutes: change.durationMinutes ?? current?.durationMinutes ?? null,
      minNoticeMinutes: change.minNoticeMinutes ?? current?.minNoticeMinutes ?? DEFAULT_MIN_NOTICE_MINUTES,
      maxDaysAhead: change.maxDaysAhead ?? current?.maxDaysAhead ?? DEFAULT_MAX_DAYS_AHEAD,
      tenants: change.tenants ?? current?.tenants ?? null,
    };
    await this.admin.putOffering(site.tenant, next);
    this.availability.clear();
    return next;
  }
}
