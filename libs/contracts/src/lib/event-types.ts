import {
  OfferingChangedV1,
  ServicePublishedV1,
  ServiceRetiredV1,
  ServiceUpdatedV1,
} from './events/catalogue-service.events';
import {
  BookingCancelledV1,
  BookingCheckedInV1,
  BookingCompletedV1,
  BookingCreatedV1,
  BookingExpiredV1,
  BookingNoShowV1,
  BookingRequestedV1,
  BookingRescheduledV1,
} from './events/scheduling-booking.events';
import { BookingAffectedByClosureV1 } from './events/scheduling-closure.events';
import {
  RegistrationCancelledV1,
  RegistrationCreatedV1,
  RegistrationPromotedV1,
  RegistrationWaitlistedV1,
} from './events/scheduling-session.events';
import { TicketCalledV1, TicketIssuedV1 } from './events/scheduling-queue.events';
import { CaseClosedV1, CaseOpenedV1, CaseScheduledV1, CaseUpdatedV1 } from './events/assistance-case.events';
import { DeliveryFailedV1, DeliverySentV1 } from './events/notifications-delivery.events';
import { Topics, TopicName } from './topics';

/** Every event type of contract.md, with its topic and its versioned payload class. */
export const EventTypes = {
  'catalogue.service.published': { topic: Topics.catalogueServices, payload: ServicePublishedV1 },
  'catalogue.service.updated': { topic: Topics.catalogueServices, payload: ServiceUpdatedV1 },
  'catalogue.service.retired': { topic: Topics.catalogueServices, payload: ServiceRetiredV1 },
  'catalogue.offering.changed': { topic: Topics.catalogueServices, payload: OfferingChangedV1 },
  'scheduling.booking.created': { topic: Topics.schedulingBookings, payload: BookingCreatedV1 },
  'scheduling.booking.cancelled': { topic: Topics.schedulingBookings, payload: BookingCancelledV1 },
  'scheduling.booking.rescheduled': { topic: Topics.schedulingBookings, payload: BookingRescheduledV1 },
  'scheduling.booking.checked-in': { topic: Topics.schedulingBookings, payload: BookingCheckedInV1 },
  'scheduling.booking.completed': { topic: Topics.schedulingBookings, payload: BookingCompletedV1 },
  'scheduling.booking.no-show': { topic: Topics.schedulingBookings, payload: BookingNoShowV1 },
  'scheduling.booking.affected-by-closure': {
    topic: Topics.schedulingBookings,
    payload: BookingAffectedByClosureV1,
  },
  'scheduling.booking.requested': { topic: Topics.schedulingBookings, payload: BookingRequestedV1 },
  'scheduling.booking.expired': { topic: Topics.schedulingBookings, payload: BookingExpiredV1 },
  'scheduling.registration.created': { topic: Topics.schedulingSessions, payload: RegistrationCreatedV1 },
  'scheduling.registration.waitlisted': {
    topic: Topics.schedulingSessions,
    payload: RegistrationWaitlistedV1,
  },
  'scheduling.registration.promoted': { topic: Topics.schedulingSessions, payload: RegistrationPromotedV1 },
  'scheduling.registration.cancelled': { topic: Topics.schedulingSessions, payload: RegistrationCancelledV1 },
  'scheduling.ticket.issued': { topic: Topics.schedulingQueue, payload: TicketIssuedV1 },
  'scheduling.ticket.called': { topic: Topics.schedulingQueue, payload: TicketCalledV1 },
  'assistance.case.opened': { topic: Topics.assistanceCases, payload: CaseOpenedV1 },
  'assistance.case.scheduled': { topic: Topics.assistanceCases, payload: CaseScheduledV1 },
  'assistance.case.updated': { topic: Topics.assistanceCases, payload: CaseUpdatedV1 },
  'assistance.case.closed': { topic: Topics.assistanceCases, payload: CaseClosedV1 },
  'notifications.delivery.sent': { topic: Topics.notificationsDeliveries, payload: DeliverySentV1 },
  'notifications.delivery.failed': { topic: Topics.notificationsDeliveries, payload: DeliveryFailedV1 },
} as const satisfies Record<string, { topic: TopicName; payload: new () => object }>;

export type EventType = keyof typeof EventTypes;
export type PayloadOf<T extends EventType> = InstanceType<(typeof EventTypes)[T]['payload']>;

export const isEventType = (type: string): type is EventType =>
  Object.prototype.hasOwnProperty.call(EventTypes, type);
