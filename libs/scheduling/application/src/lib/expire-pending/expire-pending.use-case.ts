import { Injectable } from '@nestjs/common';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingStore } from '../ports/booking.store';

const BATCH = 100;

/** Confirm-by-link mode (ADR 0019): pending bookings not confirmed in time are released, their slots free again. */
@Injectable()
export class ExpirePendingBookingsUseCase {
  constructor(
    private readonly store: BookingStore,
    private readonly availability: AvailabilityCache,
  ) {}

  /** How many were released. */
  async execute(): Promise<number> {
    let total = 0;
    for (;;) {
      const expired = await this.store.expirePending(BATCH);
      total += expired.length;
      if (expired.length < BATCH) break;
    }
    if (total > 0) this.availability.clear();
    return total;
  }
}
