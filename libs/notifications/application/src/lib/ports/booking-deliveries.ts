import { Channel } from '@facile/notifications/domain';
import { Locale, MessageTemplate } from '../render-message/default-templates';
import { RenderedMessage } from '../render-message/render-message';
import { TemplateKey } from './template-store';

/** One message decided for one recipient on one channel. */
export interface PlannedDelivery {
  tenant: string;
  kind: 'message' | 'reminder';
  channel: Channel;
  recipient: string;
  locale: Locale;
  message: RenderedMessage;
  due: Date;
  calendar: string | null;
  /** The appointment the message is about, when there is one to attend (App IO's due date). */
  appointmentAt: Date | null;
  bookingRef: string | null;
  caseRef: string | null;
  /** The type recorded on the row; absent = the type of the event being handled. */
  sourceEventType?: string;
}

/** The pending (queued or retrying) reminder of a booking on one channel. */
export interface ReminderRef {
  tenant: string;
  bookingRef: string;
  channel: Channel;
}

export interface MovedReminder {
  due: Date;
  recipient: string;
  locale: Locale;
  message: RenderedMessage;
  appointmentAt: Date;
}

/**
 * The deliveries of the event being handled, inside its inbox transaction: writes are unique per (event, kind,
 * channel, recipient), so a redelivered event adds nothing; the adapter appends the opt-out link to every body.
 */
export interface DeliveryWriter {
  queue(delivery: PlannedDelivery): Promise<void>;
}

/** A booking event's deliveries: the writer, plus the template overrides and the reminders of the booking. */
export interface BookingDeliveries extends DeliveryWriter {
  /** The municipality's template in force for a key, if it overrides the default. */
  templateOverride(key: TemplateKey): Promise<MessageTemplate | null>;
  /** Moves the pending reminder; false when there was none. */
  moveReminder(ref: ReminderRef, to: MovedReminder): Promise<boolean>;
  /** Suppresses the pending reminder of one channel; false when there was none. */
  suppressReminder(ref: ReminderRef, why: string): Promise<boolean>;
  /** Suppresses every pending reminder of the booking. */
  suppressReminders(ref: Omit<ReminderRef, 'channel'>, why: string): Promise<void>;
}
