import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

/**
 * The RFC 5545 file of a booking, shared by scheduling (`calendar.ics`) and notifications (the e-mail
 * attachment) so both write the same UID, SEQUENCE and wording: a citizen's calendar sees one event that
 * moves and is cancelled, whichever of the two files it received last.
 */
export interface BookingCalendarEntry {
  bookingId: string;
  code: string;
  sequence: number;
  status: string;
  start: string;
  end: string;
  services: string[];
  /** Titles in the order of `services`; the slugs are used when missing. */
  serviceTitles?: string[];
  siteName?: string;
  siteAddress?: string;
}

export interface BookingCalendarOptions {
  /** PUBLISH for a download, REQUEST for an invitation sent by e-mail; CANCEL replaces either once cancelled. */
  method: 'PUBLISH' | 'REQUEST';
  product: string;
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
}

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

export const bookingCalendarUid = (bookingId: string) => `${bookingId}@sportello-facile`;

export function bookingCalendarFile(b: BookingCalendarEntry, options: BookingCalendarOptions): string {
  const cancelled = b.status === 'cancelled';
  const calendar = ical({
    prodId: { company: 'Sportello FACILE', product: options.product, language: 'IT' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod[options.method],
    timezone: { name: 'Europe/Rome', generator: (tz) => (tz === 'Europe/Rome' ? ROME_VTIMEZONE : null) },
  });
  const titles = b.serviceTitles?.length === b.services.length ? b.serviceTitles : b.services;
  const event = calendar.createEvent({
    id: bookingCalendarUid(b.bookingId),
    sequence: b.sequence,
    start: DateTime.fromISO(b.start).setZone('Europe/Rome'),
    end: DateTime.fromISO(b.end).setZone('Europe/Rome'),
    timezone: 'Europe/Rome',
    summary: `Sportello FACILE: ${titles.join(', ')} (${b.code})`,
    location: [b.siteName, b.siteAddress].filter(Boolean).join(', ') || null,
    description: `Codice prenotazione / booking code: ${b.code}`,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(options.organizer ? { organizer: options.organizer } : {}),
  });
  if (options.attendee) event.createAttendee(options.attendee);
  return calendar.toString();
}
