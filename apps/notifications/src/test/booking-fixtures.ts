import { randomUUID } from 'node:crypto';
import { BookingStateV1, CloudEvent, newCloudEvent } from '@facile/contracts';

/** A booking as scheduling publishes it: a CIE appointment in Cesena on 12 March 2027, unless `over` says otherwise. */
export const bookingState = (
  citizen: BookingStateV1['citizen'],
  over: Partial<BookingStateV1> = {},
): BookingStateV1 => ({
  bookingId: randomUUID(),
  code: `B${randomUUID().slice(0, 6).toUpperCase()}`,
  services: ['carta-identita-elettronica'],
  tenant: 'cesena',
  site: 'cesena-centro',
  start: '2027-03-12T09:30:00+01:00',
  end: '2027-03-12T09:50:00+01:00',
  status: 'booked',
  sequence: 0,
  createdAt: new Date().toISOString(),
  citizen,
  ...over,
});

/** The CloudEvent scheduling would publish for it (keyed by the booking). */
export const bookingEvent = (type: string, data: BookingStateV1): CloudEvent<object> =>
  newCloudEvent({ type, source: 'scheduling', tenant: data.tenant, subject: data.bookingId, data });
