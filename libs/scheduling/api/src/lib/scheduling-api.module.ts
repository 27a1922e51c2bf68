import { DynamicModule, Module } from '@nestjs/common';
import { lookupLimit } from '@facile/platform/persistence';
import { SchedulingCoreModule } from '@facile/scheduling/application';
import { AgendaController } from './agenda.controller';
import { AvailabilityController } from './availability.controller';
import { BookingConfirmationController } from './booking-confirmation.controller';
import { BookingsController } from './bookings.controller';
import { RotationsController } from './rotations.controller';
import { SitesController } from './sites.controller';
import { BookingMetrics, BookingOutcomeInterceptor } from './booking-outcome.interceptor';

/** Every controller of the booking core's HTTP surface (the slices bring their own). */
export const SCHEDULING_CONTROLLERS = [
  SitesController,
  AvailabilityController,
  BookingsController,
  BookingConfirmationController,
  AgendaController,
  RotationsController,
];

export interface SchedulingApiOptions {
  lookupLimitPerMinute: number;
}

/** HTTP surface of the booking core, on the core's use cases. */
@Module({})
export class SchedulingApiModule {
  static forRoot(options: SchedulingApiOptions): DynamicModule {
    return {
      module: SchedulingApiModule,
      imports: [SchedulingCoreModule],
      controllers: SCHEDULING_CONTROLLERS,
      providers: [
        lookupLimit('booking-lookup', options.lookupLimitPerMinute),
        BookingMetrics,
        BookingOutcomeInterceptor,
      ],
    };
  }
}
