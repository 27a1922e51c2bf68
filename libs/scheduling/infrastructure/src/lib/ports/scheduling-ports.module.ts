import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AvailabilityCache,
  BookingStore,
  Clock,
  HolidaySource,
  SchedulingReader,
} from '@facile/scheduling/application';
import { ConfiguredHolidaySource, SystemClock } from '../holiday-calendar.source';
import { TypeOrmBookingStore } from '../typeorm-booking.store';
import { TypeOrmSchedulingReader } from '../typeorm-scheduling.reader';

export interface SchedulingPortsOptions {
  /** Identical availability queries share one answer for this long (0 = off). */
  availabilityCacheMs: number;
  /** How long sites, procedures, offerings, closures are kept in memory (ADR 30; 0 = off). */
  referenceCacheMs: number;
}

/** The ports of the booking core that the feature slices (sessions, queue, statistics) may use (ADR 0028). */
export const SCHEDULING_PUBLISHED_PORTS = [
  Clock,
  SchedulingReader,
  HolidaySource,
  BookingStore,
  AvailabilityCache,
];

/**
 * Provides the implementations of the core's published ports, once for the process (global, so the core and
 * every slice module share one availability cache and one clock), and exports nothing else.
 */
@Module({})
export class SchedulingPortsModule {
  static forRoot(options: SchedulingPortsOptions): DynamicModule {
    return {
      module: SchedulingPortsModule,
      global: true,
      providers: [
        { provide: Clock, useClass: SystemClock },
        {
          provide: SchedulingReader,
          useFactory: (ds: DataSource) => new TypeOrmSchedulingReader(ds, options.referenceCacheMs),
          inject: [getDataSourceToken()],
        },
        { provide: HolidaySource, useClass: ConfiguredHolidaySource },
        { provide: BookingStore, useClass: TypeOrmBookingStore },
        { provide: AvailabilityCache, useValue: new AvailabilityCache(options.availabilityCacheMs) },
      ],
      exports: SCHEDULING_PUBLISHED_PORTS,
    };
  }
}
