import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Principal } from '@facile/platform/auth';
import { ACTIVE_STATUSES, iso, isOutsideHours } from '@facile/scheduling/domain';
import { checkRange } from '../get-availability/availability.query';
import { BookingStore } from '../ports/booking.store';
import { SchedulingReader } from '../ports/scheduling.reader';
import { ManageBookingUseCase } from './manage-booking.use-case';

/**
 * A site's day across every municipality: an explicit union-wide read for its staff. With a closure that day,
 * its hours and reason, and each active booking it affects marked `affectedByClosure` (to call or redirect).
 */
@Injectable()
export class GetAgendaUseCase {
  constructor(
    private readonly store: BookingStore,
    private readonly reader: SchedulingReader,
    private readonly manage: ManageBookingUseCase,
  ) {}

  async execute(siteId: string, date: string, principal: Principal) {
    checkRange(date, date);
    await this.manage.requireStaff(siteId, principal);
    const site = (await this.reader.sites()).find((s) => s.id === siteId);
    const zone = site?.timeZone ?? 'Europe/Rome';
    const start = DateTime.fromISO(date, { zone });
    const [bookings, exceptions] = await Promise.all([
      this.store.agenda(siteId, start.toJSDate(), start.plus({ days: 1 }).toJSDate()),
      this.reader.exceptions([siteId], date, date),
    ]);
    const closure = exceptions[0] ? { hours: exceptions[0].hours, reason: exceptions[0].reason } : null;
    const active = new Set<string>(ACTIVE_STATUSES);
    return {
      site: siteId,
      date,
      closure,
      bookings: bookings.map((b) => ({
        code: b.code,
        status: b.status,
        services: b.services,
        serviceTitles: b.labels?.serviceTitles ?? b.services,
        tenant: b.tenant,
        counter: b.counter,
        start: iso(b.start.getTime(), zone),
        end: iso(b.end.getTime(), zone),
        caseCode: b.caseCode,
        note: b.note ?? null,
        citizen: { firstName: b.citizen.firstName, lastName: b.citizen.lastName },
        affectedByClosure:
          closure !== null &&
          active.has(b.status) &&
          isOutsideHours(b.start.getTime(), b.end.getTime(), date, closure.hours, zone),
      })),
    };
  }
}
