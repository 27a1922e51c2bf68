import { Controller, Inject } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import {
  BookingAffectedByClosureV1,
  BookingRequestedV1,
  BookingRescheduledV1,
  BookingStateV1,
  CloudEvent,
  Topics,
  bookingCalendarFile,
} from '@facile/contracts';
import {
  BookingMessageVariables,
  DEFAULT_APPIO_TEMPLATES,
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
import { NotificationDeliveryRecord } from './notification-delivery.record';
import { findTemplateOverride } from './typeorm-template.store';
import { DeliveryChannel, DeliveryQueue } from './delivery-queue';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { AppIoSender } from './app-io.sender';
import { ReminderJobs } from './reminder-jobs';
import { CitizenLinks } from './citizen-links';

const localDate = (iso: string) => DateTime.fromISO(iso).setZone(NOTIFICATION_ZONE);
const PENDING = ['queued', 'retrying'];

/** Messages about an appointment the citizen is still to attend. */
const attendable = (type: MessageType) =>
  type === 'scheduling.booking.created' || type === 'scheduling.booking.rescheduled';

/** Channels that carry the full message and the reminder (SMS carries only the short message). */
type RichChannel = Extract<DeliveryChannel, 'email' | 'appio'>;

/**
 * Turns booking events into e-mail, App IO and SMS deliveries. Every row is written in the inbox transaction, unique
 * per (event id, kind, channel, recipient); the worker sends it after commit. The reminder is a row due 24 hours
 * before the appointment: a reschedule moves it, a cancellation suppresses it; once the transaction has committed
 * its BullMQ delayed job is created, moved or removed to match (ReminderJobs).
 */
@Controller()
export class BookingEventsHandler {
  static readonly consumer = 'notifications.bookings';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly tenants: TenantRegistry,
    private readonly deliveries: DeliveryQueue,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly appIo: AppIoSender,
    private readonly reminderJobs: ReminderJobs,
    private readonly links: CitizenLinks,
  ) {}

  @EventPattern(Topics.schedulingBookings)
  async handle(@Ctx() ctx: KafkaContext): Promise<void> {
    let applied: BookingStateV1 | undefined;
    const on =
      (type: MessageType): EventEffect =>
      (event, manager) => {
        applied = (event as CloudEvent<BookingStateV1>).data;
        return this.apply(type, event as CloudEvent<BookingStateV1>, manager);
      };
    await this.inbox.consume(ctx, BookingEventsHandler.consumer, {
      'scheduling.booking.created': on('scheduling.booking.created'),
      'scheduling.booking.cancelled': on('scheduling.booking.cancelled'),
      'scheduling.booking.rescheduled': on('scheduling.booking.rescheduled'),
      'scheduling.booking.affected-by-closure': on('scheduling.booking.affected-by-closure'),
      // Confirm-by-link mode: one message with the link; nothing else until it is confirmed (`created` then follows).
      'scheduling.booking.requested': on('scheduling.booking.requested'),
    });
    // After the commit: the reminder rows are final, their jobs follow (a redelivered duplicate changes nothing).
    if (applied) await this.reminderJobs.sync(applied.tenant, applied.code);
  }

  /** E-mail when the citizen gave an address; App IO when they gave a codice fiscale and the municipality has a key. */
  private richChannels(b: BookingStateV1): [RichChannel, string][] {
    const channels: [RichChannel, string][] = [];
    if (b.citizen.email) channels.push(['email', b.citizen.email]);
    if (b.citizen.fiscalCode && this.appIo.enabledFor(b.tenant))
      channels.push(['appio', b.citizen.fiscalCode.toUpperCase()]);
    return channels;
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
    // A confirmed or moved appointment is one to attend (IO's due date); a cancellation or a closure notice is not.
    const appointment = attendable(type) ? new Date(b.start) : null;
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
        appointment,
      );
    }
    for (const [channel, recipient] of this.richChannels(b)) {
      const message = await this.render(manager, type, channel, locale, b);
      // A closure notice changes nothing in the booking: no new invitation, the reminder stays as planned. A
      // confirmation request is no appointment yet: neither invitation nor reminder until it is confirmed.
      const notice =
        type === 'scheduling.booking.affected-by-closure' || type === 'scheduling.booking.requested';
      const calendar = channel === 'email' && !notice ? this.invitation(b) : null;
      await this.insert(
        manager,
        event,
        'message',
        channel,
        recipient,
        locale,
        message,
        new Date(),
        calendar,
        appointment,
      );
      if (type !== 'scheduling.booking.cancelled' && !notice)
        await this.planReminder(manager, event, type, channel, recipient, locale);
    }
  }

  /**
   * A new booking gets a reminder row per channel; a reschedule moves the pending one (created with the booking or
   * by an earlier reschedule), or suppresses it when the new time is less than 24 hours ahead, or makes a new one.
   */
  private async planReminder(
    manager: EntityManager,
    event: CloudEvent<BookingStateV1>,
    type: MessageType,
    channel: RichChannel,
    recipient: string,
    locale: Locale,
  ): Promise<void> {
    const b = event.data;
    const due = reminderDueAt(new Date(b.start), new Date());
    const reminder = await this.render(manager, 'scheduling.booking.reminder', channel, locale, b);
    if (type === 'scheduling.booking.rescheduled') {
      const body = this.deliveries.withOptOutLink(
        { tenant: b.tenant, channel, recipient, locale },
        reminder.body,
      );
      const moved = await manager
        .createQueryBuilder()
        .update(NotificationDeliveryRecord)
        .set(
          due
            ? {
                nextAttemptAt: due,
                recipient,
                subject: reminder.subject,
                body,
                appointmentAt: new Date(b.start),
              }
            : { status: 'suppressed', lastError: 'rescheduled to less than 24 hours ahead' },
        )
        .where({ tenantId: b.tenant, bookingRef: b.code, kind: 'reminder', channel })
        .andWhere('status IN (:...pending)', { pending: PENDING })
        .execute();
      if ((moved.affected ?? 0) > 0) return;
    }
    if (due)
      await this.insert(
        manager,
        event,
        'reminder',
        channel,
        recipient,
        locale,
        reminder,
        due,
        null,
        new Date(b.start),
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
    channel: RichChannel,
    locale: Locale,
    b: BookingStateV1,
  ): Promise<RenderedMessage> {
    const override = await findTemplateOverride(manager, {
      tenant: b.tenant,
      eventType: type,
      channel,
      locale,
    });
    const defaults = channel === 'appio' ? DEFAULT_APPIO_TEMPLATES : DEFAULT_EMAIL_TEMPLATES;
    return renderTemplate(override ?? defaults[type][locale], this.variables(type, b));
  }

  /** The .ics attached to e-mails: the same UID and SEQUENCE as scheduling's calendar.ics (METHOD:CANCEL once cancelled). */
  private invitation(b: BookingStateV1): string {
    const attendee = b.citizen.email
      ? { email: b.citizen.email, name: `${b.citizen.firstName} ${b.citizen.lastName}` }
      : undefined;
    return bookingCalendarFile(b, {
      method: 'REQUEST',
      product: 'notifications',
      organizer: this.organizer(b.tenant),
      ...(attendee ? { attendee } : {}),
    });
  }

  private variables(type: MessageType, b: BookingStateV1): BookingMessageVariables {
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
      municipality: this.municipality(b.tenant),
      closureReason:
        type === 'scheduling.booking.affected-by-closure'
          ? ((b as BookingAffectedByClosureV1).closureReason ??
            (localeOf(b.citizen.locale) === 'en' ? 'unscheduled closure' : 'chiusura straordinaria'))
          : '',
      confirmLink: confirmBy ? this.links.confirm(b) : '',
      confirmByDate: confirmBy?.toFormat('dd/MM/yyyy') ?? '',
      confirmByTime: confirmBy?.toFormat('HH:mm') ?? '',
      manageLink: this.links.manage(b),
    };
  }

  private insert(
    manager: EntityManager,
    event: CloudEvent<BookingStateV1>,
    kind: 'message' | 'reminder',
    channel: DeliveryChannel,
    recipient: string,
    locale: Locale,
    message: RenderedMessage,
    due: Date,
    calendar: string | null,
    appointmentAt: Date | null,
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
      appointmentAt,
      bookingRef: b.code,
      caseRef: b.caseCode ?? null,
      sourceEventType: kind === 'reminder' ? 'scheduling.booking.reminder' : event.type,
    });
  }
}
