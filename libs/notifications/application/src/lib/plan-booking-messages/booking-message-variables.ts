import {
  BookingAffectedByClosureV1,
  BookingRequestedV1,
  BookingRescheduledV1,
  BookingStateV1,
} from '@facile/contracts';
import { localDateAndTime } from '@facile/notifications/domain';
import { BookingMessageVariables, Locale, MessageType } from '../render-message/default-templates';

export interface VariableSources {
  municipality: string;
  confirmLink: () => string;
  manageLink: string;
}

/** The template variables of a booking message of a type (the reminder's have no previous time nor closure): dates and times in Europe/Rome, the links, the closure reason. */
export function bookingMessageVariables(
  type: MessageType,
  b: BookingStateV1,
  locale: Locale,
  sources: VariableSources,
): BookingMessageVariables {
  const start = localDateAndTime(b.start);
  const previous =
    type === 'scheduling.booking.rescheduled'
      ? localDateAndTime((b as BookingRescheduledV1).previousStart)
      : undefined;
  const confirmBy =
    type === 'scheduling.booking.requested'
      ? localDateAndTime((b as BookingRequestedV1).confirmBy)
      : undefined;
  return {
    firstName: b.citizen.firstName,
    lastName: b.citizen.lastName,
    code: b.code,
    services: (b.serviceTitles?.length === b.services.length ? b.serviceTitles : b.services).join(', '),
    site: b.siteName ? [b.siteName, b.siteAddress].filter(Boolean).join(', ') : b.site,
    date: start.date,
    time: start.time,
    previousDate: previous?.date ?? '',
    previousTime: previous?.time ?? '',
    municipality: sources.municipality,
    closureReason:
      type === 'scheduling.booking.affected-by-closure'
        ? ((b as BookingAffectedByClosureV1).closureReason ??
          (locale === 'en' ? 'unscheduled closure' : 'chiusura straordinaria'))
        : '',
    confirmLink: confirmBy ? sources.confirmLink() : '',
    confirmByDate: confirmBy?.date ?? '',
    confirmByTime: confirmBy?.time ?? '',
    manageLink: sources.manageLink,
  };
}
