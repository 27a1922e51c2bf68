import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ConflictError, TooManyRequestsError } from '@facile/platform/errors';
import { iso } from '@facile/scheduling/domain';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingStore } from '../ports/booking.store';
import { Clock } from '../ports/calendar';
import { SlotLimits } from '../slot-limits/slot-limits';
import { SlotResolver } from '../visit/slot-resolver';

/** How long a hold keeps its slot (configuration). */
export class HoldPolicy {
  constructor(readonly ttlSeconds: number) {}
}

export interface CreateHoldCommand {
  services: string[];
  tenant: string;
  site: string;
  start: string;
  /** The client address (req.ip, behind trusted proxies only): holds are limited per address (ADR 0019). */
  client: string;
}

/** Keeps a counter for a few minutes; an expired hold stops counting at once (checked when reading). */
@Injectable()
export class CreateHoldUseCase {
  constructor(
    private readonly slots: SlotResolver,
    private readonly store: BookingStore,
    private readonly clock: Clock,
    private readonly policy: HoldPolicy,
    private readonly availability: AvailabilityCache,
    private readonly limits: SlotLimits,
  ) {}

  async execute(cmd: CreateHoldCommand): Promise<{ holdId: string; expiresAt: string }> {
    await this.limits.countHold(cmd.client);
    const slot = await this.slots.resolve(cmd.services, cmd.tenant, cmd.site, cmd.start);
    const id = randomUUID();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.policy.ttlSeconds * 1000);
    const openHolds = this.limits.openHolds(cmd.client);
    const outcome = await this.store.createHold({
      id,
      tenant: cmd.tenant,
      services: cmd.services,
      site: cmd.site,
      counters: slot.plan.counters,
      start: slot.start,
      end: slot.end,
      expiresAt,
      openHolds,
    });
    this.availability.clear();
    if (outcome.held) return { holdId: id, expiresAt: iso(expiresAt.getTime(), slot.plan.site.timeZone) };
    if (outcome.reason === 'full')
      throw new ConflictError('The slot is full', 'slot-full', 'Slot not available');
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((outcome.firstExpiresAt.getTime() - now.getTime()) / 1000),
    );
    throw new TooManyRequestsError(
      `At most ${openHolds?.max} slots can be held at once from one address: book with one of them or wait until one expires (in ${retryAfterSeconds} s)`,
      retryAfterSeconds,
      'too-many-holds',
    );
  }
}
