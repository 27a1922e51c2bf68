import { DynamicModule, Module } from '@nestjs/common';
import { LinkTokens } from '@facile/platform/validation';
import {
  HoldPolicy,
  RotationStore,
  SchedulingCoreModule,
  SiteAdminStore,
  SlotLimits,
} from '@facile/scheduling/application';
import { CatalogueEventsHandler } from './catalogue-events.handler';
import { TypeOrmRotationStore } from './typeorm-rotation.store';
import { TypeOrmSiteAdminStore } from './typeorm-site-admin.store';
import { SchedulingPortsModule } from './ports/scheduling-ports.module';
import { PENDING_SWEEP_MS, PendingBookingsSweep } from './pending-bookings.sweep';
import { RateLimitedSlotLimits } from './slot-limits/rate-limited-slot-limits';
import { SLOT_LIMITS_OPTIONS, SlotLimitsOptions } from './slot-limits/slot-limits.options';

export interface SchedulingInfrastructureOptions {
  holdTtlSeconds: number;
  /** Identical availability queries share one answer for this long (0 = off). */
  availabilityCacheMs: number;
  /** How long sites, procedures, offerings and closures are kept in memory (ADR 30; 0 = off). */
  referenceCacheMs: number;
  /** Limits against slot hoarding per client address and per contact (ADR 0019). */
  slotLimits: SlotLimitsOptions;
  /** Shared with notifications: the tokens of the links sent to citizens are derived from it (ADR 0019). */
  linkSecret: string;
  /** How often unconfirmed pending bookings (confirm-by-link mode) are looked for and released. */
  pendingSweepMs: number;
}

/** The booking core's own ports, implemented here for its use cases (SchedulingCoreModule). */
const CORE_ADAPTERS = [SiteAdminStore, RotationStore, HoldPolicy, SlotLimits, LinkTokens];

/**
 * The booking core's adapters (PostgreSQL, Redis, configuration), its catalogue events consumer and its
 * pending-bookings sweep; it publishes the ports the slices may use through SchedulingPortsModule. Global, like
 * the ports module, so that the core's use cases find their adapters without the API importing infrastructure
 * (ADR 0028); it registers nothing of the slices.
 */
@Module({})
export class SchedulingInfrastructureModule {
  static forRoot(options: SchedulingInfrastructureOptions): DynamicModule {
    return {
      module: SchedulingInfrastructureModule,
      global: true,
      imports: [
        SchedulingPortsModule.forRoot({
          availabilityCacheMs: options.availabilityCacheMs,
          referenceCacheMs: options.referenceCacheMs,
        }),
        // the sweep runs one of the core's use cases
        SchedulingCoreModule,
      ],
      controllers: [CatalogueEventsHandler],
      providers: [
        { provide: SiteAdminStore, useClass: TypeOrmSiteAdminStore },
        { provide: RotationStore, useClass: TypeOrmRotationStore },
        { provide: HoldPolicy, useValue: new HoldPolicy(options.holdTtlSeconds) },
        { provide: SLOT_LIMITS_OPTIONS, useValue: options.slotLimits },
        { provide: SlotLimits, useClass: RateLimitedSlotLimits },
        { provide: LinkTokens, useValue: new LinkTokens(options.linkSecret) },
        { provide: PENDING_SWEEP_MS, useValue: options.pendingSweepMs },
        PendingBookingsSweep,
      ],
      exports: CORE_ADAPTERS,
    };
  }
}
