import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { BookingResponse } from '@facile/scheduling/application';

const ROME_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Rome',
  'X-LIC-LOCATION:Europe/Rome',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * RFC 5545 file of a booking: UID stable across changes, SEQUENCE from the booking, METHOD:CANCEL once
 * cancelled, times with TZID=Europe/Rome and its VTIMEZONE.
 */
export function bookingCalendar(b: BookingResponse, siteName: string): string {
  const cancelled = b.status === 'cancelled';
  const calendar = ical({
    prodId: { company: 'Sportello FACILE', product: 'scheduling', language: 'IT' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: 'Europe/Rome', generator: (tz) => (tz === 'Europe/Rome' ? ROME_VTIMEZONE : null) },
  });
  calendar.createEvent({
    id: `${b.id}@sportello-facile`,
    sequence: b.sequence,
    start: DateTime.fromISO(b.start).setZone('Europe/Rome'),
    end: DateTime.fromISO(b.end).setZone('Europe/Rome'),
    timezone: 'Europe/Rome',
    summary: `Sportello FACILE: ${b.services.join(', ')} (${b.code})`,
    location: siteName,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
