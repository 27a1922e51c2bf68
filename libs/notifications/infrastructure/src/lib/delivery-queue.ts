import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CloudEvent } from '@facile/contracts';
import { Locale, OptOutTokens, RenderedMessage } from '@facile/notifications/application';
import { NotificationDeliveryRecord } from './notification-delivery.record';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { isOptedOut } from './typeorm-opt-out.store';

export type DeliveryChannel = 'email' | 'sms' | 'appio';

export interface QueuedMessage {
  tenant: string;
  kind: 'message' | 'reminder';
  channel: DeliveryChannel;
  recipient: string;
  locale: Locale;
  message: RenderedMessage;
  due: Date;
  calendar?: string | null;
  /** The appointment the message is about, when there is one to attend (App IO's due date). */
  appointmentAt?: Date | null;
  bookingRef?: string | null;
  caseRef?: string | null;
  sourceEventType?: string;
}

/**
 * Writes a delivery in the caller's (inbox) transaction: unique per (event id, kind, channel, recipient), so a
 * redelivered event adds nothing; with the opt-out link appended; suppressed when the recipient opted out.
 */
@Injectable()
export class DeliveryQueue {
  constructor(
    private readonly optOutTokens: OptOutTokens,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  /** The body as sent: the rendered text with the opt-out link of this channel and recipient appended. */
  withOptOutLink(
    m: Pick<QueuedMessage, 'tenant' | 'channel' | 'recipient' | 'locale'>,
    body: string,
  ): string {
    const link = `${this.options.optOut.baseUrl}?token=${this.optOutTokens.sign({ tenant: m.tenant, channel: m.channel, recipient: m.recipient })}`;
    const footer =
      m.locale === 'en' ? `Stop these messages: ${link}` : `Per non ricevere più questi messaggi: ${link}`;
    if (m.channel === 'sms') return `${body} ${footer}`;
    if (m.channel === 'appio') return `${body}\n\n---\n\n${footer}`;
    return `${body}\n\n--\n${footer}`;
  }

  async queue(manager: EntityManager, event: CloudEvent<object>, m: QueuedMessage): Promise<void> {
    const subject = { tenant: m.tenant, channel: m.channel, recipient: m.recipient };
    const optedOut = await isOptedOut(manager, subject);
    await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationDeliveryRecord)
      .values({
        id: randomUUID(),
        tenantId: m.tenant,
        sourceEventId: event.id,
        sourceEventType: m.sourceEventType ?? event.type,
        kind: m.kind,
        channel: m.channel,
        recipient: m.recipient,
        locale: m.locale,
        status: optedOut ? 'suppressed' : 'queued',
        lastError: optedOut ? 'recipient opted out of this channel' : null,
        attempts: 0,
        bookingRef: m.bookingRef ?? null,
        caseRef: m.caseRef ?? null,
        subject: m.message.subject,
        body: this.withOptOutLink(m, m.message.body),
        calendar: m.calendar ?? null,
        appointmentAt: m.appointmentAt ?? null,
        nextAttemptAt: m.due,
      })
      .orIgnore()
      .execute();
  }
}
