import { Module } from '@nestjs/common';
import { ConfigureSiteUseCase } from './configure-site/configure-site.use-case';
import { ConfirmBookingUseCase } from './confirm-booking/confirm-booking.use-case';
import { CreateBookingUseCase } from './create-booking/create-booking.use-case';
import { CreateHoldUseCase, ExtendHoldUseCase, ReleaseHoldUseCase } from './create-hold/create-hold.use-case';
import { ExpirePendingBookingsUseCase } from './expire-pending/expire-pending.use-case';
import { GetAvailabilityUseCase } from './get-availability/get-availability.use-case';
import { GetAgendaUseCase } from './manage-booking/get-agenda.use-case';
import { ManageBookingUseCase } from './manage-booking/manage-booking.use-case';
import { ManageSitesUseCase } from './manage-sites/manage-sites.use-case';
import { RotationsUseCase } from './rotations/rotations.use-case';
import { SlotResolver } from './visit/slot-resolver';
import { VisitPlanner } from './visit/visit-planner';

/** Every use case of the booking core (sites, calendar, availability, holds, bookings, agenda). */
export const schedulingUseCases = [
  VisitPlanner,
  SlotResolver,
  GetAvailabilityUseCase,
  CreateHoldUseCase,
  ReleaseHoldUseCase,
  ExtendHoldUseCase,
  CreateBookingUseCase,
  ManageBookingUseCase,
  ConfirmBookingUseCase,
  ExpirePendingBookingsUseCase,
  GetAgendaUseCase,
  ConfigureSiteUseCase,
  ManageSitesUseCase,
  RotationsUseCase,
];

/**
 * The booking core's use cases, owned by one module that the core's API (and its pending-bookings sweep)
 * import. Their ports come from the core's adapters: SchedulingPortsModule (the ports the slices may use too)
 * and SchedulingInfrastructureModule (the core's own stores and policies), both global (ADR 0028).
 */
@Module({ providers: schedulingUseCases, exports: schedulingUseCases })
export class SchedulingCoreModule {}
