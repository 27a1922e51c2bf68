import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { BusinessRuleError, ConflictError, DomainError } from '@facile/platform/errors';
import { TenantRegistry, bookingConfirmationOf } from '@facile/platform/tenancy';
import { humanCode, ManageTokens } from '@facile/platform/validation';
import { BookingResponse, toBookingResponse } from '../booking-response';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { BookingStore, StoredBooking } from '../ports/booking.store';
import { Clock } from '../ports/calendar';
import { SlotLimits } from '../slot-limits/slot-limits';
import { SlotResolver } from '../visit/slot-resolver';
import { CreateBookingCommand } from './create-booking.command';

export const IDEMPOTENCY_RACE = 'idempotency-race';

const canonical = (v: unknown): string => {
  if (v instanceof Date) return JSON.stringify(v.toISOString());
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
};

/** The request as the citizen made it: a retry from another address (a phone changing network) is the same request. */
const hashOf = (cmd: CreateBookingCommand): string =>
  createHash('sha256')
    .update(canonical({ ...cmd, idempotencyKey: undefined, client: undefined }))
    .digest('hex');

/**
 * Books a slot: the database picks a free counter and refuses overlaps (exclusion constraint) and a second
 * active booking of the same procedure by the same person (partial unique index). In a municipality's confirm-by-link
 * mode the booking is pending, holding its slot, until the citizen opens the link sent to them (ADR 0019).
 */
@Injectable()
export class CreateBookingUseCase {
  constructor(
    private readonly slots: SlotResolver,
    private readonly store: BookingStore,
    private readonly clock: Clock,
    private readonly availability: AvailabilityCache,
    private readonly limits: SlotLimits,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute(cmd: CreateBookingCommand): Promise<BookingResponse> {
    const requestHash = cmd.idempotencyKey ? hashOf(cmd) : null;
    if (cmd.idempotencyKey) {
      const replay = await this.replay(cmd.idempotencyKey, requestHash);
      if (replay) return replay;
    }
    if (!cmd.citizen.email && !cmd.citizen.phone)
      throw new BusinessRuleError('An email or a phone number is required', 'contact-required');
    const counted = await this.limits.countBooking(cmd.client, {
      email: cmd.citizen.email,
      phone: cmd.citizen.phone,
    });
    try {
      return await this.book(cmd, requestHash);
    } catch (e) {
      // Only bookings made count against the citizen's contacts: a slot taken meanwhile costs them nothing.
      if (e instanceof DomainError) await counted.refund();
      throw e;
    }
  }

  private async book(cmd: CreateBookingCommand, requestHash: string | null): Promise<BookingResponse> {
    const slot = await this.slots.resolve(cmd.services, cmd.tenant, cmd.site, cmd.start);
    let holdId: string | null = null;
    if (cmd.holdId) {
      const hold = await this.store.findHold(cmd.holdId);
      if (
        !hold ||
        hold.site !== cmd.site ||
        hold.tenant !== cmd.tenant ||
        hold.start.getTime() !== slot.start.getTime()
      ) {
        throw new BusinessRuleError('The hold does not match this booking', 'hold-mismatch');
      }
      if (hold.expiresAt.getTime() > this.clock.now().getTime()) holdId = cmd.holdId;
    }
    const confirmation = bookingConfirmationOf(this.tenants.get(cmd.tenant));
    const confirmBy =
      confirmation.mode === 'link'
        ? new Date(this.clock.now().getTime() + confirmation.withinMinutes * 60_000)
        : null;
    const manageToken = ManageTokens.generate();
    try {
      const booking = await this.store.create({
        id: randomUUID(),
        code: humanCode(),
        manageTokenHash: ManageTokens.hash(manageToken),
        services: [...new Set(cmd.services)],
        tenant: cmd.tenant,
        site: cmd.site,
        counters: slot.plan.counters,
        start: slot.start,
        end: slot.end,
        caseCode: cmd.caseCode ?? null,
        note: cmd.note || null,
        citizen: { ...cmd.citizen, fiscalCode: cmd.citizen.fiscalCode.toUpperCase() },
        idempotencyKey: cmd.idempotencyKey ?? null,
        requestHash,
        holdId,
        confirmBy,
      });
      this.availability.booked(cmd.site, slot.start);
      return toBookingResponse(booking, manageToken);
    } catch (e) {
      if (cmd.idempotencyKey && e instanceof ConflictError && e.code === IDEMPOTENCY_RACE) {
        const replay = await this.replay(cmd.idempotencyKey, requestHash);
        if (replay) return replay;
      }
      throw e;
    }
  }

  private async replay(key: string, requestHash: string | null): Promise<BookingResponse | undefined> {
    const existing: StoredBooking | null = await this.store.findByIdempotencyKey(key);
    if (!existing) return undefined;
    if (existing.requestHash !== requestHash)
      throw new BusinessRuleError(
        'This Idempotency-Key was used with another request',
        'idempotency-key-reused',
      );
    return toBookingResponse(existing);
  }
}
