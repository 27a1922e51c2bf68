import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CloudEvent } from '@facile/contracts';
import {
  BookingDeliveries,
  MessageTemplate,
  MovedReminder,
  PlannedDelivery,
  ReminderRef,
  TemplateKey,
} from '@facile/notifications/application';
import { DeliveryQueue } from './delivery-queue';
import { NotificationDeliveryRecord } from './notification-delivery.record';
import type { ReminderRow } from './reminder-jobs';
import { OverrideRow, TemplateOverrides } from './template-overrides';

const PENDING = ['queued', 'retrying'];

/**
 * The delivery rows of one event, written in its inbox transaction (`manager`). Queued deliveries are held and
 * written together, in one statement, by `flush` (before any change to existing rows, and by `write` at the end);
 * the municipality's template overrides in the event's locale are taken once, at the first template asked for,
 * from TemplateOverrides (kept in memory for a short time).
 */
export class TypeOrmEventDeliveries implements BookingDeliveries {
  private readonly held: PlannedDelivery[] = [];
  /** The reminder rows this event inserted or changed, as they stand after its last statement. */
  private readonly reminders = new Map<string, ReminderRow>();
  private overrides?: Promise<OverrideRow[]>;
  private overridesOf?: { tenant: string; locale: string };

  constructor(
    private readonly manager: EntityManager,
    private readonly event: CloudEvent<object>,
    private readonly deliveries: DeliveryQueue,
    private readonly templates: TemplateOverrides,
  ) {}

  async templateOverride(key: TemplateKey): Promise<MessageTemplate | null> {
    if (
      !this.overrides ||
      this.overridesOf?.tenant !== key.tenant ||
      this.overridesOf.locale !== key.locale
    ) {
      this.overridesOf = { tenant: key.tenant, locale: key.locale };
      this.overrides = this.templates.of(this.manager, key.tenant, key.locale);
    }
    const row = (await this.overrides).find(
      (o) => o.event_type === key.eventType && o.channel === key.channel,
    );
    return row ? { subject: row.subject, body: row.body } : null;
  }

  queue(d: PlannedDelivery): Promise<void> {
    this.held.push(d);
    return Promise.resolve();
  }

  /** Writes the deliveries queued so far. */
  async flush(): Promise<void> {
    this.remember(await this.deliveries.queueAll(this.manager, this.event, this.held.splice(0)));
  }

  /** A row changed after this event inserted it stays fresh (no job can exist for it yet). */
  private remember(rows: ReminderRow[]): void {
    for (const r of rows)
      this.reminders.set(r.id, { ...r, fresh: r.fresh ?? this.reminders.get(r.id)?.fresh });
  }

  /** What the reminders' jobs must follow once the event's transaction commits (the rows this event touched). */
  touchedReminders(): ReminderRow[] {
    return [...this.reminders.values()];
  }

  async moveReminder(ref: ReminderRef, to: MovedReminder): Promise<boolean> {
    const body = this.deliveries.withOptOutLink(
      { tenant: ref.tenant, channel: ref.channel, recipient: to.recipient, locale: to.locale },
      to.message.body,
    );
    return this.updatePending(ref, {
      nextAttemptAt: to.due,
      recipient: to.recipient,
      subject: to.message.subject,
      body,
      appointmentAt: to.appointmentAt,
    });
  }

  suppressReminder(ref: ReminderRef, why: string): Promise<boolean> {
    return this.updatePending(ref, { status: 'suppressed', lastError: why });
  }

  async suppressReminders(ref: Omit<ReminderRef, 'channel'>, why: string): Promise<void> {
    await this.updatePending(ref, { status: 'suppressed', lastError: why });
  }

  private async updatePending(
    ref: { tenant: string; bookingRef: string; channel?: string },
    set: Partial<NotificationDeliveryRecord>,
  ): Promise<boolean> {
    // Rows queued earlier in this event are written first, so the update sees them as before.
    await this.flush();
    const result = await this.manager
      .createQueryBuilder()
      .update(NotificationDeliveryRecord)
      .set(set)
      .where({
        tenantId: ref.tenant,
        bookingRef: ref.bookingRef,
        kind: 'reminder',
        ...(ref.channel ? { channel: ref.channel } : {}),
      })
      .andWhere('status IN (:...pending)', { pending: PENDING })
      .returning('id, status, next_attempt_at AS "nextAttemptAt"')
      .execute();
    this.remember((result.raw ?? []) as ReminderRow[]);
    return (result.affected ?? 0) > 0;
  }
}

/** What the event consumers plan their messages with: an event's deliveries, in its inbox transaction. */
@Injectable()
export class EventDeliveryWriter {
  constructor(
    private readonly deliveries: DeliveryQueue,
    private readonly templates: TemplateOverrides,
  ) {}

  /**
   * Runs `plan` against the deliveries of `event`, then writes what it queued; returns the reminder rows the event
   * inserted or changed (their jobs follow them after the commit; the jobs of rows it left alone stay as they are).
   */
  async write(
    manager: EntityManager,
    event: CloudEvent<object>,
    plan: (d: TypeOrmEventDeliveries) => Promise<void>,
  ): Promise<ReminderRow[]> {
    const d = new TypeOrmEventDeliveries(manager, event, this.deliveries, this.templates);
    await plan(d);
    await d.flush();
    return d.touchedReminders();
  }
}
