import { DynamicModule, Module } from '@nestjs/common';
import { LinkTokens } from '@facile/platform/validation';
import {
  HoldPolicy,
  RotationStore,
  schedulingUseCases,
  SiteAdminStore,
  SlotLimits,
} from '@facile/scheduling/application';
import { CatalogueEventsHandler } from './catalogue-events.handler';
import { sessionsExports, sessionsProviders } from './sessions/sessions.providers';
import { TypeOrmRotationStore } from './typeorm-rotation.store';
import { TypeOrmSiteAdminStore } from './typeorm-site-admin.store';
import {
  statisticsControllers,
  statisticsExports,
  statisticsProviders,
} from './statistics/statistics.providers';
import { SchedulingPortsModule } from './ports/scheduling-ports.module';
import { PENDING_SWEEP_MS, PendingBookingsSweep } from './pending-bookings.sweep';
import { RateLimitedSlotLimits } from './slot-limits/rate-limited-slot-limits';
import { SLOT_LIMITS_OPTIONS, SlotLimitsOptions } from './slot-limits/slot-limits.options';

export interface SchedulingInfrastructureOptions {
  holdTtlSeconds: number;
  /** Identical availability queries share one answer for this long (0 = off). */
  availabilityCacheMs: number;
  /** Identical statistics requests share one answer for this long (0 = off). */
  statisticsCacheMs?: number;
  /** Limits against slot hoarding per client address and per contact (ADR 0019). */
  slotLimits: SlotLimitsOptions;
  /** Shared with notifications: the tokens of the links sent to citizens are derived from it (ADR 0019). */
  linkSecret: string;
  /** How often unconfirmed pending bookings (confirm-by-link mode) are looked for and released. */
  pendingSweepMs: number;
}

/** Adapters (PostgreSQL, configuration) and the use cases built on them; the catalogue events consumer. */
@Module({})
export class SchedulingInfrastructureModule {
  static forRoot(options: SchedulingInfrastructureOptions): DynamicModule {
    const providers = [
      { provide: SiteAdminStore, useClass: TypeOrmSiteAdminStore },
      { provide: RotationStore, useClass: TypeOrmRotationStore },
      { provide: HoldPolicy, useValue: new HoldPolicy(options.holdTtlSeconds) },
      { provide: SLOT_LIMITS_OPTIONS, useValue: options.slotLimits },
      { provide: SlotLimits, useClass: RateLimitedSlotLimits },
      { provide: LinkTokens, useValue: new LinkTokens(options.linkSecret) },
      { provide: PENDING_SWEEP_MS, useValue: options.pendingSweepMs },
      PendingBookingsSweep,
      ...schedulingUseCases,
      ...statisticsProviders(options.statisticsCacheMs ?? 0),
      ...sessionsProviders(),
    ];
    return {
      module: SchedulingInfrastructureModule,
      imports: [SchedulingPortsModule.forRoot({ availabilityCacheMs: options.availabilityCacheMs })],
      controllers: [CatalogueEventsHandler, ...statisticsControllers],
      providers,
      exports: [...schedulingUseCases, ...statisticsExports, ...sessionsExports],
    };
  }
}
