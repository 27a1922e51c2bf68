import { Injectable } from '@nestjs/common';
import { BookingStateV1, bookingCalendarFile } from '@facile/contracts';
import {
  BookingEventType,
  bookingMessageRules,
  deferOutOfQuietHours,
  reminderDueAt,
} from '@facile/notifications/domain';
import {
  BookingMessageVariables,
  DEFAULT_EMAIL_TEMPLATES,
  DEFAULT_SMS_TEMPLATES,
  Locale,
  MessageType,
} from '../render-message/default-templates';
import { DEFAULT_APPIO_TEMPLATES } from '../render-message/app-io-templates';
import { localeOf, RenderedMessage, renderTemplate } from '../render-message/render-message';
import { BookingDeliveries } from '../ports/booking-deliveries';
import { ChannelAvailability } from '../ports/channel-availability';
import { CitizenLinkSigner } from '../ports/citizen-links';
import { Clock } from '../ports/clock';
import { Municipalities } from '../ports/municipalities';
import { bookingMessageVariables } from './booking-message-variables';

/** Channels that carry the full message and the reminder (SMS carries only the short message). */
type RichChannel = 'email' | 'appio';

export interface PlanBookingMessagesCommand {
  type: BookingEventType;
  booking: BookingStateV1;
}

/** The event being planned, with what every message of it shares. */
interface Planning {
  type: BookingEventType;
  b: BookingStateV1;
  locale: Locale;
  now: Date;
  deliveries: BookingDeliveries;
  /** Signed once, for every message of the event. */
  manageLink?: string;
}

/**
 * Decides the messages a booking event causes: an SMS when the citizen gave a phone and SMS are on (deferred out of
 * the quiet hours), an e-mail and/or an App IO message (the municipality's template override or the default, in the
 * citizen's locale; the e-mail with the calendar invitation), and the reminder due 24 hours before the appointment:
 * planned with a new booking, moved (or suppressed when less than 24 hours ahead) by a reschedule, suppressed by a
 * cancellation. Runs inside the caller's inbox transaction, through `deliveries`.
 */
@Injectable()
export class PlanBookingMessagesUseCase {
  constructor(
    private readonly channels: ChannelAvailability,
    private readonly municipalities: Municipalities,
    private readonly links: CitizenLinkSigner,
    private readonly clock: Clock,
  ) {}

  async execute(command: PlanBookingMessagesCommand, deliveries: BookingDeliveries): Promise<void> {
    const { type, booking: b } = command;
    const rules = bookingMessageRules(type);
    const locale = localeOf(b.citizen.locale);
    const p: Planning = {
      type,
      b,
      locale,
      now: this.clock.now(),
      deliveries,
    };
    if (rules.reminder === 'suppress')
      await deliveries.suppressReminders({ tenant: b.tenant, bookingRef: b.code }, 'booking cancelled');
    const appointment = rules.attendable ? new Date(b.start) : null;
    if (b.citizen.phone && this.channels.smsEnabled()) {
      const text = renderTemplate(
        { subject: '', body: DEFAULT_SMS_TEMPLATES[type][locale] },
        this.variables(p, type),
      ).body;
      await this.queue(
        p,
        'message',
        'sms',
        b.citizen.phone,
        { subject: '', body: text },
        {
          due: deferOutOfQuietHours(p.now, this.channels.smsQuietHours()),
          calendar: null,
          appointmentAt: appointment,
        },
      );
    }
    for (const [channel, recipient] of this.richChannels(b)) {
      const message = await this.render(p, type, channel);
      await this.queue(p, 'message', channel, recipient, message, {
        due: p.now,
        calendar: channel === 'email' && rules.invitation ? this.invitation(b) : null,
        appointmentAt: appointment,
      });
      if (rules.reminder === 'plan' || rules.reminder === 'move')
        await this.planReminder(p, rules.reminder, channel, recipient);
    }
  }

  /** E-mail when the citizen gave an address; App IO when they gave a codice fiscale and the municipality has a key. */
  private richChannels(b: BookingStateV1): [RichChannel, string][] {
    const channels: [RichChannel, string][] = [];
    if (b.citizen.email) channels.push(['email', b.citizen.email]);
    if (b.citizen.fiscalCode && this.channels.appIoEnabledFor(b.tenant))
      channels.push(['appio', b.citizen.fiscalCode.toUpperCase()]);
    return channels;
  }

  /**
   * A new booking gets a reminder row per channel; a reschedule moves the pending one (created with the booking or
   * by an earlier reschedule), or suppresses it when the new time is less than 24 hours ahead, or makes a new one.
   */
  private async planReminder(
    p: Planning,
    mode: 'plan' | 'move',
    channel: RichChannel,
    recipient: string,
  ): Promise<void> {
    const { b, locale, deliveries } = p;
    const start = new Date(b.start);
    const due = reminderDueAt(start, p.now);
    const reminder = await this.render(p, 'scheduling.booking.reminder', channel);
    if (mode === 'move') {
      const ref = { tenant: b.tenant, bookingRef: b.code, channel };
      const moved = due
        ? await deliveries.moveReminder(ref, {
            due,
            recipient,
            locale,
            message: reminder,
            appointmentAt: start,
          })
        : await deliveries.suppressReminder(ref, 'rescheduled to less than 24 hours ahead');
      if (moved) return;
    }
    if (due)
      await this.queue(p, 'reminder', channel, recipient, reminder, {
        due,
        calendar: null,
        appointmentAt: start,
      });
  }

  private async render(p: Planning, type: MessageType, channel: RichChannel): Promise<RenderedMessage> {
    const override = await p.deliveries.templateOverride({
      tenant: p.b.tenant,
      eventType: type,
      channel,
      locale: p.locale,
    });
    const defaults = channel === 'appio' ? DEFAULT_APPIO_TEMPLATES : DEFAULT_EMAIL_TEMPLATES;
    return renderTemplate(override ?? defaults[type][p.locale], this.variables(p, type));
  }

  private variables(p: Planning, type: MessageType): BookingMessageVariables {
    return bookingMessageVariables(type, p.b, p.locale, {
      municipality: this.municipalities.name(p.b.tenant),
      confirmLink: () => this.links.confirm(p.b),
      manageLink: (p.manageLink ??= this.links.manage(p.b)),
    });
  }

  /** The .ics attached to e-mails: the same UID and SEQUENCE as scheduling's calendar.ics (METHOD:CANCEL once cancelled). */
  private invitation(b: BookingStateV1): string {
    const attendee = b.citizen.email
      ? { email: b.citizen.email, name: `${b.citizen.firstName} ${b.citizen.lastName}` }
      : undefined;
    return bookingCalendarFile(b, {
      method: 'REQUEST',
      product: 'notifications',
      organizer: {
        name: this.municipalities.name(b.tenant),
        email: this.municipalities.organizerEmail(b.tenant),
      },
      ...(attendee ? { attendee } : {}),
    });
  }

  private queue(
    p: Planning,
    kind: 'message' | 'reminder',
    channel: 'sms' | RichChannel,
    recipient: string,
    message: RenderedMessage,
    at: { due: Date; calendar: string | null; appointmentAt: Date | null },
  ): Promise<void> {
    return p.deliveries.queue({
      tenant: p.b.tenant,
      kind,
      channel,
      recipient,
      locale: p.locale,
      message,
      ...at,
      bookingRef: p.b.code,
      caseRef: p.b.caseCode ?? null,
      ...(kind === 'reminder' ? { sourceEventType: 'scheduling.booking.reminder' } : {}),
    });
  }
}
