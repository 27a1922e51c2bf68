import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { BookingStateV1 } from '@facile/contracts';

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
 * The invitation attached to a booking e-mail: UID stable across changes (the same as scheduling's calendar.ics),
 * SEQUENCE from the booking, TZID=Europe/Rome, METHOD:REQUEST, or METHOD:CANCEL once cancelled.
 */
export function bookingInvitation(b: BookingStateV1, organizer: { name: string; email: string }): string {
  const cancelled = b.status === 'cancelled';
  const calendar = ical({
    prodId: { company: 'Sportello FACILE', product: 'notifications', language: 'IT' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    timezone: { name: 'Europe/Rome', generator: (tz) => (tz === 'Europe/Rome' ? ROME_VTIMEZONE : null) },
  });
  const event = calendar.createEvent({
    id: `${b.bookingId}@sportello-facile`,
    sequence: b.sequence,
    start: DateTime.fromISO(b.start).setZone('Europe/Rome'),
    end: DateTime.fromISO(b.end).setZone('Europe/Rome'),
    timezone: 'Europe/Rome',
    summary: `Sportello FACILE: ${b.services.join(', ')} (${b.code})`,
    location: b.site,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer,
  });
  if (b.citizen.email)
    event.createAttendee({ email: b.citizen.email, name: `${b.citizen.firstName} ${b.citizen.lastName}` });
  return calendar.toString();
}
