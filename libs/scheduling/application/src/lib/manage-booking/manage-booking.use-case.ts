import { Injectable } from '@nestjs/common';
import { canStaffSite, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { LinkTokens, ManageTokens } from '@facile/platform/validation';
import { BookingTransition } from '@facile/scheduling/domain';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingResponse, toBookingResponse } from '../booking-response';
import { BookingStore, StoredBooking } from '../ports/booking.store';
import { SchedulingReader } from '../ports/scheduling.reader';
import { SlotResolver } from '../visit/slot-resolver';

/** A citizen's reads and changes with the manage token; operators' state transitions. */
@Injectable()
export class ManageBookingUseCase {
  constructor(
    private readonly store: BookingStore,
    private readonly slots: SlotResolver,
    private readonly reader: SchedulingReader,
    private readonly availability: AvailabilityCache,
    private readonly links: LinkTokens,
  ) {}

  /**
   * The booking when the token matches (constant time): the manage token given when booking, or the token of a
   * manage link sent in a message (ADR 0019). Unknown code and wrong token look the same.
   */
  async authorised(code: string, token: string | undefined): Promise<StoredBooking> {
    const booking = await this.store.findByCode(code.toUpperCase());
    if (
      !booking ||
      !(
        ManageTokens.matches(token, booking.manageTokenHash) ||
        this.links.matches('manage', booking.id, token)
      )
    ) {
      throw new NotFoundError(`No booking '${code}' for this token`);
    }
    return booking;
  }

  async read(code: string, token: string | undefined): Promise<BookingResponse> {
    return toBookingResponse(await this.authorised(code, token));
  }

  async cancel(code: string, token: string | undefined): Promise<BookingResponse> {
    const booking = await this.authorised(code, token);
    const cancelled = await this.store.transition(booking.code, 'cancel');
    this.availability.clear();
    return toBookingResponse(cancelled);
  }

  /** Takes the new slot before releasing the old one, atomically: when it is full nothing changes (409). */
  async reschedule(
    code: string,
    token: string | undefined,
    change: { site?: string; start: Date },
  ): Promise<BookingResponse> {
    const booking = await this.authorised(code, token);
    const site = change.site ?? booking.site;
    const slot = await this.slots.resolve(booking.services, booking.tenant, site, change.start);
    const moved = await this.store.reschedule(booking.code, {
      site,
      counters: slot.plan.counters,
      start: slot.start,
      end: slot.end,
    });
    this.availability.clear();
    return toBookingResponse(moved);
  }

  /** check-in, complete, no-show by staff of the booking's site. */
  async staffTransition(
    code: string,
    action: Exclude<BookingTransition, 'cancel'>,
    principal: Principal,
  ): Promise<BookingResponse> {
    const booking = await this.store.findByCode(code.toUpperCase());
    if (!booking) throw new NotFoundError(`No booking '${code}'`);
    await this.requireStaff(booking.site, principal);
    const changed = await this.store.transition(booking.code, action);
    this.availability.clear();
    return toBookingResponse(changed);
  }

  async requireStaff(siteId: string, principal: Principal): Promise<void> {
    const site = (await this.reader.sites()).find((s) => s.id === siteId);
    if (!site) throw new NotFoundError(`No site '${siteId}'`);
    if (!canStaffSite(principal, site.id, site.tenant))
      throw new ForbiddenError(`Not allowed to work at ${siteId}`);
  }
}
