import { DynamicModule, Module } from '@nestjs/common';
import { LinkTokens } from '@facile/platform/validation';
import {
  AvailabilityCache,
  BookingStore,
  Clock,
  HoldPolicy,
  HolidaySource,
  RotationStore,
  SchedulingReader,
  schedulingUseCases,
  SiteAdminStore,
  SlotLimits,
} from '@facile/scheduling/application';
import { CatalogueEventsHandler } from './catalogue-events.handler';
import { ConfiguredHolidaySource, SystemClock } from './holiday-calendar.source';
import { sessionsQueueExports, sessionsQueueProviders } from './sessions/sessions-queue.providers';
import { TypeOrmBookingStore } from './typeorm-booking.store';
import { TypeOrmRotationStore } from './typeorm-rotation.store';
import { TypeOrmSchedulingReader } from './typeorm-scheduling.reader';
import { TypeOrmSiteAdminStore } from './typeorm-site-admin.store';
import {
  statisticsControllers,
  statisticsExports,
  statisticsProviders,
} from './statistics/statistics.providers';
import { PENDING_SWEEP_MS, PendingBookingsSweep } from './pending-bookings.sweep';
import { RateLimitedSlotLimits } from './slot-limits/rate-limited-slot-limits';
import { SLOT_LIMITS_OPTIONS, SlotLimitsOptions } from './slot-limits/slot-limits.options';

export interface SchedulingInfrastructureOptions {
  holdTtlSeconds: number;
  /** Identical availability queries share one answer for this long (0 = off). */
  availabilityCacheMs: number;
  /** Identical statistics requests share one answer for this long (0 = off). */
  statisticsCacheMs?: number;
  /** Unanswered calls after which a walk-in ticket is missed (default 3). */
  queueMaxCalls?: number;
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
      { provide: SchedulingReader, useClass: TypeOrmSchedulingReader },
      { provide: BookingStore, useClass: TypeOrmBookingStore },
      { provide: SiteAdminStore, useClass: TypeOrmSiteAdminStore },
      { provide: RotationStore, useClass: TypeOrmRotationStore },
      { provide: HolidaySource, useClass: ConfiguredHolidaySource },
      { provide: Clock, useClass: SystemClock },
      { provide: HoldPolicy, useValue: new HoldPolicy(options.holdTtlSeconds) },
      { provide: AvailabilityCache, useValue: new AvailabilityCache(options.availabilityCacheMs) },
      { provide: SLOT_LIMITS_OPTIONS, useValue: options.slotLimits },
      { provide: SlotLimits, useClass: RateLimitedSlotLimits },
      { provide: LinkTokens, useValue: new LinkTokens(options.linkSecret) },
      { provide: PENDING_SWEEP_MS, useValue: options.pendingSweepMs },
      PendingBookingsSweep,
      ...schedulingUseCases,
      ...statisticsProviders(options.statisticsCacheMs ?? 0),
      ...sessionsQueueProviders({ queueMaxCalls: options.queueMaxCalls }),
    ];
    return {
      module: SchedulingInfrastructureModule,
      controllers: [CatalogueEventsHandler, ...statisticsControllers],
      providers,
      exports: [SchedulingReader, ...schedulingUseCases, ...statisticsExports, ...sessionsQueueExports],
    };
  }
}
