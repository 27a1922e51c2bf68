import { DateTime } from 'luxon';
import {
  BookingAffectedByClosureV1,
  BookingRequestedV1,
  BookingRescheduledV1,
  BookingStateV1,
} from '@facile/contracts';
import { NOTIFICATION_ZONE } from '@facile/notifications/domain';
import { BookingMessageVariables, Locale, MessageType } from '../render-message/default-templates';

const localDate = (iso: string) => DateTime.fromISO(iso).setZone(NOTIFICATION_ZONE);

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
  const start = localDate(b.start);
  const previous =
    type === 'scheduling.booking.rescheduled'
      ? localDate((b as BookingRescheduledV1).previousStart)
      : undefined;
  const confirmBy =
    type === 'scheduling.booking.requested' ? localDate((b as BookingRequestedV1).confirmBy) : undefined;
  return {
    firstName: b.citizen.firstName,
    lastName: b.citizen.lastName,
    code: b.code,
    services: (b.serviceTitles?.length === b.services.length ? b.serviceTitles : b.services).join(', '),
    site: b.siteName ? [b.siteName, b.siteAddress].filter(Boolean).join(', ') : b.site,
    date: start.toFormat('dd/MM/yyyy'),
    time: start.toFormat('HH:mm'),
    previousDate: previous?.toFormat('dd/MM/yyyy') ?? '',
    previousTime: previous?.toFormat('HH:mm') ?? '',
    municipality: sources.municipality,
    closureReason:
      type === 'scheduling.booking.affected-by-closure'
        ? ((b as BookingAffectedByClosureV1).closureReason ??
          (locale === 'en' ? 'unscheduled closure' : 'chiusura straordinaria'))
        : '',
    confirmLink: confirmBy ? sources.confirmLink() : '',
    confirmByDate: confirmBy?.toFormat('dd/MM/yyyy') ?? '',
    confirmByTime: confirmBy?.toFormat('HH:mm') ?? '',
    manageLink: sources.manageLink,
  };
}
