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
import { findTemplateOverride } from './typeorm-template.store';

const PENDING = ['queued', 'retrying'];

/** The delivery rows of one event, written in its inbox transaction (`manager`). */
export class TypeOrmEventDeliveries implements BookingDeliveries {
  constructor(
    private readonly manager: EntityManager,
    private readonly event: CloudEvent<object>,
    private readonly deliveries: DeliveryQueue,
  ) {}

  templateOverride(key: TemplateKey): Promise<MessageTemplate | null> {
    return findTemplateOverride(this.manager, key);
  }

  queue(d: PlannedDelivery): Promise<void> {
    return this.deliveries.queue(this.manager, this.event, d);
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
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
