export * from './lib/ports/scheduling.reader';
export * from './lib/ports/booking.store';
export * from './lib/ports/site-admin.store';
export * from './lib/ports/calendar';
export * from './lib/visit/visit-planner';
export * from './lib/visit/slot-resolver';
export * from './lib/booking-response';
export * from './lib/get-availability/availability.query';
export * from './lib/get-availability/availability.cache';
export * from './lib/get-availability/get-availability.use-case';
export * from './lib/slot-limits/slot-limits';
export * from './lib/create-hold/create-hold.use-case';
export * from './lib/create-booking/create-booking.command';
export * from './lib/create-booking/create-booking.use-case';
export * from './lib/manage-booking/manage-booking.use-case';
export * from './lib/confirm-booking/confirm-booking.use-case';
export * from './lib/expire-pending/expire-pending.use-case';
export * from './lib/manage-booking/get-agenda.use-case';
export * from './lib/configure-site/configure-site.use-case';
export * from './lib/manage-sites/manage-sites.use-case';
export * from './lib/ports/rotation.store';
export * from './lib/rotations/rotations.use-case';
export * from './lib/statistics/statistics.reader';
export * from './lib/statistics/statistics.query';
export * from './lib/statistics/get-statistics.use-case';
export * from './lib/statistics/statistics-csv';
export * from './lib/statistics/statistics.cache';

import { ConfigureSiteUseCase } from './lib/configure-site/configure-site.use-case';
import { ManageSitesUseCase } from './lib/manage-sites/manage-sites.use-case';
import { CreateBookingUseCase } from './lib/create-booking/create-booking.use-case';
import {
  CreateHoldUseCase,
  ExtendHoldUseCase,
  ReleaseHoldUseCase,
} from './lib/create-hold/create-hold.use-case';
import { GetAvailabilityUseCase } from './lib/get-availability/get-availability.use-case';
import { GetAgendaUseCase } from './lib/manage-booking/get-agenda.use-case';
import { ManageBookingUseCase } from './lib/manage-booking/manage-booking.use-case';
import { ConfirmBookingUseCase } from './lib/confirm-booking/confirm-booking.use-case';
import { ExpirePendingBookingsUseCase } from './lib/expire-pending/expire-pending.use-case';
import { RotationsUseCase } from './lib/rotations/rotations.use-case';
import { SlotResolver } from './lib/visit/slot-resolver';
import { VisitPlanner } from './lib/visit/visit-planner';

/** Every use case of the context (the infrastructure module provides them with its adapters). */
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
export * from './lib/sessions/public-api';
