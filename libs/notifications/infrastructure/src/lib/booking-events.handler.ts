import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { BookingRescheduledV1, BookingStateV1, CloudEvent, Topics } from '@facile/contracts';
import {
  BookingMessageVariables,
  DEFAULT_EMAIL_TEMPLATES,
  DEFAULT_SMS_TEMPLATES,
  Locale,
  localeOf,
  MessageType,
  RenderedMessage,
  renderTemplate,
} from '@facile/notifications/application';
import { deferOutOfQuietHours, NOTIFICATION_ZONE, reminderDueAt } from '@facile/notifications/domain';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { TenantRegistry } from '@facile/platform/tenancy';
import { bookingInvitation } from './booking-calendar';
import { NotificationDeliveryRecord } from './notification-delivery.record';
import { findTemplateOverride } from './typeorm-template.store';
import { DeliveryQueue } from './delivery-queue';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

const localDate = (iso: string) => DateTime.fromISO(iso).setZone(NOTIFICATION_ZONE);
const PENDING = ['queued', 'retrying'];

/**
 * Turns booking events into e-mail deliveries. Every row is written in the inbox transaction, unique per
 * (event id, kind, channel, recipient); the worker sends it after commit. The reminder is a row due 24 hours before
 * the appointment: a reschedule moves it, a cancellation suppresses it.
 */
@Controller()
export class BookingEventsHandler {
  static readonly consumer = 'notifications.bookings';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly tenants: TenantRegistry,
    private readonly deliveries: DeliveryQueue,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {}

  @EventPattern(Topics.schedulingBookings)
  handle(@Ctx() ctx: KafkaContext): Promise<void> {
    const on =
      (type: MessageType): EventEffect =>
      (event, manager) =>
        this.apply(type, event as CloudEvent<BookingStateV1>, manager);
    return this.inbox.consume(ctx, BookingEventsHandler.consumer, {
      'scheduling.booking.created': on('scheduling.booking.created'),
      'scheduling.booking.cancelled': on('scheduling.booking.cancelled'),
      'scheduling.booking.rescheduled': on('scheduling.booking.rescheduled'),
    });
  }

  private async apply(
    type: MessageType,
    event: CloudEvent<BookingStateV1>,
    manager: EntityManager,
  ): Promise<void> {
    const b = event.data;
    if (type === 'scheduling.booking.cancelled')
      await this.suppressReminders(manager, b, 'booking cancelled');
    const locale = localeOf(b.citizen.locale);
    if (b.citizen.phone && this.options.sms.url.length > 0) {
      const text = renderTemplate(
        { subject: '', body: DEFAULT_SMS_TEMPLATES[type][locale] },
        this.variables(type, b),
      ).body;
      const due = deferOutOfQuietHours(new Date(), this.options.sms.quietHours);
      await this.insert(
        manager,
        event,
        'message',
        'sms',
        b.citizen.phone,
        locale,
        { subject: '', body: text },
        due,
        null,
      );
    }
    if (!b.citizen.email) return;
    const message = await this.render(manager, type, locale, b);
    await this.insert(
      manager,
      event,
      'message',
      'email',
      b.citizen.email,
      locale,
      message,
      new Date(),
      bookingInvitation(b, this.organizer(b.tenant)),
    );
    if (type === 'scheduling.booking.cancelled') return;
    const due = reminderDueAt(new Date(b.start), new Date());
    if (type === 'scheduling.booking.rescheduled') {
      // The pending reminder (created with the booking or by an earlier reschedule) moves; otherwise a new one is made.
      const reminder = await this.render(manager, 'scheduling.booking.reminder', locale, b);
      const moved = await manager
        .createQueryBuilder()
        .update(NotificationDeliveryRecord)
        .set(
          due
            ? { nextAttemptAt: due, subject: reminder.subject, body: reminder.body }
            : { status: 'suppressed', lastError: 'rescheduled to less than 24 hours ahead' },
        )
        .where({ tenantId: b.tenant, bookingRef: b.code, kind: 'reminder' })
        .andWhere('status IN (:...pending)', { pending: PENDING })
        .execute();
      if ((moved.affected ?? 0) > 0 || !due) return;
      await this.insert(manager, event, 'reminder', 'email', b.citizen.email, locale, reminder, due, null);
      return;
    }
    if (due)
      await this.insert(
        manager,
        event,
        'reminder',
        'email',
        b.citizen.email,
        locale,
        await this.render(manager, 'scheduling.booking.reminder', locale, b),
        due,
        null,
      );
  }

  private async suppressReminders(manager: EntityManager, b: BookingStateV1, why: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(NotificationDeliveryRecord)
      .set({ status: 'suppressed', lastError: why })
      .where({ tenantId: b.tenant, bookingRef: b.code, kind: 'reminder' })
      .andWhere('status IN (:...pending)', { pending: PENDING })
      .execute();
  }

  private organizer(tenant: string) {
    return { name: this.municipality(tenant), email: this.options.mailFrom };
  }

  private municipality(tenant: string): string {
    return this.tenants.has(tenant) ? this.tenants.get(tenant).name : tenant;
  }

  private async render(
    manager: EntityManager,
    type: MessageType,
    locale: Locale,
    b: BookingStateV1,
  ): Promise<RenderedMessage> {
    const override = await findTemplateOverride(manager, {
      tenant: b.tenant,
      eventType: type,
      channel: 'email',
      locale,
    });
    return renderTemplate(override ?? DEFAULT_EMAIL_TEMPLATES[type][locale], this.variables(type, b));
  }

  private variables(type: MessageType, b: BookingStateV1): BookingMessageVariables {
    const start = localDate(b.start);
    const previous =
      type === 'scheduling.booking.rescheduled'
        ? localDate((b as BookingRescheduledV1).previousStart)
        : undefined;
    return {
      firstName: b.citizen.firstName,
      lastName: b.citizen.lastName,
      code: b.code,
      services: b.services.join(', '),
      site: b.site,
      date: start.toFormat('dd/MM/yyyy'),
      time: start.toFormat('HH:mm'),
      previousDate: previous?.toFormat('dd/MM/yyyy') ?? '',
      previousTime: previous?.toFormat('HH:mm') ?? '',
      municipality: this.municipality(b.tenant),
    };
  }

  private insert(
    manager: EntityManager,
    event: CloudEvent<BookingStateV1>,
    kind: 'message' | 'reminder',
    channel: 'email' | 'sms',
    recipient: string,
    locale: Locale,
    message: RenderedMessage,
    due: Date,
    calendar: string | null,
  ): Promise<void> {
    const b = event.data;
    return this.deliveries.queue(manager, event, {
      tenant: b.tenant,
      kind,
      channel,
      recipient,
      locale,
      message,
      due,
      calendar,
      bookingRef: b.code,
      caseRef: b.caseCode ?? null,
      sourceEventType: kind === 'reminder' ? 'scheduling.booking.reminder' : event.type,
    });
  }
}
