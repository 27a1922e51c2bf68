import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  BusinessRuleError,
  ConflictError,
  NotFoundError,
  TooManyRequestsError,
} from '@facile/platform/errors';
import { iso } from '@facile/scheduling/domain';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingStore } from '../ports/booking.store';
import { Clock } from '../ports/calendar';
import { SlotLimits } from '../slot-limits/slot-limits';
import { SlotResolver } from '../visit/slot-resolver';

/**
 * How long a hold keeps its slot (configuration), and for how long at most, extensions included, from when it was
 * taken (three times the first term by default): a form left open forever does not keep a counter forever.
 */
export class HoldPolicy {
  constructor(
    readonly ttlSeconds: number,
    readonly maxLifetimeSeconds = ttlSeconds * 3,
  ) {}
}

export interface CreateHoldCommand {
  services: string[];
  tenant: string;
  site: string;
  start: Date;
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

const ZONE = 'Europe/Rome';

/** The citizen changes slot or leaves: the hold goes and its counter is free at once. */
@Injectable()
export class ReleaseHoldUseCase {
  constructor(
    private readonly store: BookingStore,
    private readonly availability: AvailabilityCache,
  ) {}

  async execute(holdId: string): Promise<void> {
    if (!(await this.store.releaseHold(holdId)))
      throw new NotFoundError('No such hold (released or expired)');
    this.availability.clear();
  }
}

/** The citizen is still filling the form: the hold is renewed, up to the policy's maximum lifetime. */
@Injectable()
export class ExtendHoldUseCase {
  constructor(
    private readonly store: BookingStore,
    private readonly clock: Clock,
    private readonly policy: HoldPolicy,
  ) {}

  async execute(holdId: string): Promise<{ holdId: string; expiresAt: string }> {
    const outcome = await this.store.extendHold(
      holdId,
      this.clock.now(),
      this.policy.ttlSeconds * 1000,
      this.policy.maxLifetimeSeconds * 1000,
    );
    if (outcome.extended) return { holdId, expiresAt: iso(outcome.expiresAt.getTime(), ZONE) };
    if (outcome.reason === 'unknown')
      throw new NotFoundError('No such hold (released, used or expired long ago)');
    if (outcome.reason === 'expired')
      throw new ConflictError(
        'The hold has expired: the slot may have been taken meanwhile; hold it again if it is still free',
        'hold-expired',
      );
    throw new BusinessRuleError(
      `A slot is held for at most ${Math.round(this.policy.maxLifetimeSeconds / 60)} minutes: book it before the hold expires, or hold it again then`,
      'hold-extension-limit',
    );
  }
}
