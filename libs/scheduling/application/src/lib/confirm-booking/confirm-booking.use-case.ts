import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@facile/platform/errors';
import { LinkTokens } from '@facile/platform/validation';
import { BookingStatus } from '@facile/scheduling/domain';
import { BookingResponse, toBookingResponse } from '../booking-response';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingStore } from '../ports/booking.store';

/** Statuses a confirmed booking can be in: opening the link again answers with the booking, changing nothing. */
const CONFIRMED: readonly BookingStatus[] = ['booked', 'checked-in', 'completed'];

/**
 * Confirm-by-link mode (ADR 0019): the citizen opened the link sent to them; its token (purpose `confirm`) turns the
 * pending booking into a booked one, and the normal confirmation follows (`scheduling.booking.created`).
 */
@Injectable()
export class ConfirmBookingUseCase {
  constructor(
    private readonly store: BookingStore,
    private readonly links: LinkTokens,
    private readonly availability: AvailabilityCache,
  ) {}

  async execute(code: string, token: string | undefined): Promise<BookingResponse> {
    const booking = await this.store.findByCode(code.toUpperCase());
    // Unknown code and wrong token look the same, as for manage tokens.
    if (!booking || !this.links.matches('confirm', booking.id, token))
      throw new NotFoundError(`No booking '${code}' for this token`);
    if (CONFIRMED.includes(booking.status)) return toBookingResponse(booking);
    const confirmed = await this.store.confirm(booking.code);
    this.availability.clear();
    return toBookingResponse(confirmed);
  }
}
