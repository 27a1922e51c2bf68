import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ConflictError } from '@facile/platform/errors';
import { iso } from '@facile/scheduling/domain';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingStore } from '../ports/booking.store';
import { Clock } from '../ports/calendar';
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
  ) {}

  async execute(cmd: CreateHoldCommand): Promise<{ holdId: string; expiresAt: string }> {
    const slot = await this.slots.resolve(cmd.services, cmd.tenant, cmd.site, cmd.start);
    const id = randomUUID();
    const expiresAt = new Date(this.clock.now().getTime() + this.policy.ttlSeconds * 1000);
    const held = await this.store.createHold({ id, tenant: cmd.tenant, services: cmd.services, site: cmd.site, counters: slot.plan.counters, start: slot.start, end: slot.end, expiresAt });
    this.availability.clear();
    if (!held) throw new ConflictError('The slot is full', 'slot-full', 'Slot not available');
    return { holdId: id, expiresAt: iso(expiresAt.getTime(), slot.plan.site.timeZone) };
  }
}
