export * from './lib/records/site.record';
export * from './lib/records/site-exception.record';
export * from './lib/records/site-offering.record';
export * from './lib/records/booking.record';
export * from './lib/records/booking-service.record';
export * from './lib/records/hold.record';
export * from './lib/records/rotation.record';
export * from './lib/procedure.record';
export * from './lib/migrations';
export * from './lib/procedure-projection';
export * from './lib/catalogue-events.handler';
export * from './lib/seed-sites';
export * from './lib/scheduling-infrastructure.module';
export * from './lib/slot-limits/slot-limits.options';
export { clientList } from './lib/slot-limits/client-blocklist';

import { BookingServiceRecord } from './lib/records/booking-service.record';
import { BookingRecord } from './lib/records/booking.record';
import { HoldRecord } from './lib/records/hold.record';
import { RotationRecord } from './lib/records/rotation.record';
import { SiteExceptionRecord } from './lib/records/site-exception.record';
import { SiteOfferingRecord } from './lib/records/site-offering.record';
import { SiteRecord } from './lib/records/site.record';
import { ProcedureRecord } from './lib/procedure.record';
export const schedulingEntities = [
  ProcedureRecord,
  SiteRecord,
  SiteExceptionRecord,
  SiteOfferingRecord,
  BookingRecord,
  BookingServiceRecord,
  HoldRecord,
  RotationRecord,
];
export * from './lib/ports/scheduling-ports.module';
