import { DynamicModule, Module } from '@nestjs/common';
import { AgendaController } from './agenda.controller';
import { AvailabilityController } from './availability.controller';
import { BookingConfirmationController } from './booking-confirmation.controller';
import { BookingsController } from './bookings.controller';
import { RotationsController } from './rotations.controller';
import { SessionsController } from './sessions/sessions.controller';
import { SitesController } from './sites.controller';
import { StatisticsController } from './statistics/statistics.controller';
import { lookupLimit } from '@facile/platform/persistence';
import { BookingMetrics, BookingOutcomeInterceptor } from './booking-outcome.interceptor';

/** Every controller of the scheduling HTTP surface (the OpenAPI document is made from these). */
export const SCHEDULING_CONTROLLERS = [
  SitesController,
  AvailabilityController,
  BookingsController,
  BookingConfirmationController,
  AgendaController,
  RotationsController,
  StatisticsController,
  SessionsController,
];

export interface SchedulingApiOptions {
  lookupLimitPerMinute: number;
}

/** HTTP surface of scheduling. The app passes the module that provides the use cases (infrastructure). */
@Module({})
export class SchedulingApiModule {
  static with(provider: DynamicModule, options: SchedulingApiOptions): DynamicModule {
    return {
      module: SchedulingApiModule,
      imports: [provider],
      controllers: SCHEDULING_CONTROLLERS,
      providers: [
        lookupLimit('booking-lookup', options.lookupLimitPerMinute),
        BookingMetrics,
        BookingOutcomeInterceptor,
      ],
    };
  }
}
