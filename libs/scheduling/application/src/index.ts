// What the booking core's other libraries and the feature slices use (ADR 0028), nothing more.

/** Ports the core publishes to the slices (provided by SchedulingPortsModule). */
export { Clock, HolidaySource } from './lib/ports/calendar';
export { SchedulingReader } from './lib/ports/scheduling.reader';
export type {
  OfferingSettings,
  SiteException,
  SiteOccupation,
  SiteView,
} from './lib/ports/scheduling.reader';
export { BookingStore } from './lib/ports/booking.store';
export type {
  BookingView,
  HoldExtension,
  HoldOutcome,
  NewBooking,
  NewHold,
  SlotTarget,
  StoredBooking,
} from './lib/ports/booking.store';
export { AvailabilityCache } from './lib/get-availability/availability.cache';
export { planAt } from './lib/visit/visit-planner';

/** The core's own ports (its infrastructure implements them). */
export { SiteAdminStore } from './lib/ports/site-admin.store';
export type { ClosureInput, OwnedSite, SiteChange } from './lib/ports/site-admin.store';
export { RotationStore } from './lib/ports/rotation.store';
export { SlotLimits } from './lib/slot-limits/slot-limits';
export type { BookingContacts, OpenHoldsLimit } from './lib/slot-limits/slot-limits';
export { HoldPolicy } from './lib/create-hold/create-hold.use-case';

/** Use cases (the core's API serves them) and what their callers see. */
export { GetAvailabilityUseCase } from './lib/get-availability/get-availability.use-case';
export {
  CreateHoldUseCase,
  ExtendHoldUseCase,
  ReleaseHoldUseCase,
} from './lib/create-hold/create-hold.use-case';
export { CreateBookingUseCase, IDEMPOTENCY_RACE } from './lib/create-booking/create-booking.use-case';
export { ManageBookingUseCase } from './lib/manage-booking/manage-booking.use-case';
export { ConfirmBookingUseCase } from './lib/confirm-booking/confirm-booking.use-case';
export { ExpirePendingBookingsUseCase } from './lib/expire-pending/expire-pending.use-case';
export { GetAgendaUseCase } from './lib/manage-booking/get-agenda.use-case';
export { ConfigureSiteUseCase } from './lib/configure-site/configure-site.use-case';
export { ManageSitesUseCase } from './lib/manage-sites/manage-sites.use-case';
export { RotationsUseCase } from './lib/rotations/rotations.use-case';
export { VisitPlanner } from './lib/visit/visit-planner';
export type { BookingResponse } from './lib/booking-response';

/** The module that owns the core's use cases. */
export { SchedulingCoreModule } from './lib/scheduling-core.module';
