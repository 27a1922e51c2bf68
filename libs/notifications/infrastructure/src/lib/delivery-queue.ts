import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@facile/platform/persistence';
import { CloudEvent } from '@facile/contracts';
import { Locale, OptOutTokens, RenderedMessage } from '@facile/notifications/application';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import type { ReminderRow } from './reminder-jobs';

const OPTED_OUT = 'recipient opted out of this channel';

/** The messages of one event, opted-out recipients suppressed, as one statement (a constant text: prepared once). */
const INSERT_DELIVERIES = `INSERT INTO notifications.deliveries
         (id, tenant_id, source_event_id, source_event_type, kind, channel, recipient, locale, status, last_error,
          attempts, booking_ref, case_ref, subject, body, calendar, appointment_at, next_attempt_at)
       SELECT v.id, v.tenant_id, v.source_event_id, v.source_event_type, v.kind, v.channel, v.recipient, v.locale,
              CASE WHEN o.recipient IS NULL THEN 'queued' ELSE 'suppressed' END,
              CASE WHEN o.recipient IS NULL THEN NULL ELSE '${OPTED_OUT}' END,
              0, v.booking_ref, v.case_ref, v.subject, v.body, v.calendar, v.appointment_at, v.next_attempt_at
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::timestamptz[])
         AS v(id, tenant_id, source_event_id, source_event_type, kind, channel, recipient, locale, booking_ref,
              case_ref, subject, body, calendar, appointment_at, next_attempt_at)
       LEFT JOIN notifications.opt_outs o
         ON o.tenant_id = v.tenant_id AND o.channel = v.channel AND o.recipient = v.recipient
       ON CONFLICT DO NOTHING
       RETURNING CASE WHEN kind = 'reminder' THEN id END AS id, status, next_attempt_at AS "nextAttemptAt", true AS fresh`;

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

  /**
   * Writes the deliveries in one statement; each opted-out recipient's row is written suppressed (the opt-out
   * join). Rows the event already wrote (a redelivery) are left as they are. Returns the reminder rows it
   * inserted, as inserted.
   */
  async queueAll(
    manager: EntityManager,
    event: CloudEvent<object>,
    ms: QueuedMessage[],
  ): Promise<ReminderRow[]> {
    if (ms.length === 0) return [];
    const column = <T>(f: (m: QueuedMessage) => T) => ms.map(f);
    const inserted: (ReminderRow | { id: null })[] = await preparedQuery(manager, INSERT_DELIVERIES, [
      column(() => randomUUID()),
      column((m) => m.tenant),
      column(() => event.id),
      column((m) => m.sourceEventType ?? event.type),
      column((m) => m.kind),
      column((m) => m.channel),
      column((m) => m.recipient),
      column((m) => m.locale),
      column((m) => m.bookingRef ?? null),
      column((m) => m.caseRef ?? null),
      column((m) => m.message.subject),
      column((m) => this.withOptOutLink(m, m.message.body)),
      column((m) => m.calendar ?? null),
      column((m) => m.appointmentAt ?? null),
      column((m) => m.due),
    ]);
    return inserted.filter((r): r is ReminderRow => r.id !== null);
  }
}
