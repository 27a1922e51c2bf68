import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { CaseStateV1, RegistrationStateV1 } from '@facile/contracts';
import { NOTIFICATION_ZONE } from '@facile/notifications/domain';
import { Locale } from '../render-message/default-templates';
import { CASE_SESSION_APPIO_TEMPLATES } from '../render-message/app-io-templates';
import {
  CASE_SESSION_EMAIL_TEMPLATES,
  CaseSessionMessageType,
} from '../render-message/case-session-templates';
import { localeOf, renderTemplate } from '../render-message/render-message';
import { DeliveryWriter } from '../ports/booking-deliveries';
import { ChannelAvailability } from '../ports/channel-availability';
import { Clock } from '../ports/clock';
import { Municipalities } from '../ports/municipalities';

export type CaseMessageType = Extract<CaseSessionMessageType, `assistance.case.${string}`>;
export type RegistrationMessageType = Extract<CaseSessionMessageType, `scheduling.registration.${string}`>;

export type PlanCaseSessionMessagesCommand =
  | { type: CaseMessageType; case: CaseStateV1 }
  | { type: RegistrationMessageType; registration: RegistrationStateV1 };

interface Refs {
  caseRef: string | null;
  bookingRef: string | null;
  appointmentAt: Date | null;
}

const bullets = (items: string[]) => (items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : '-');

/**
 * Case messages (opened with the "what to bring" checklist, closed with the outcome) and group-session messages
 * (a seat confirmed from the waiting list, a cancelled registration), by e-mail and App IO. Runs inside the caller's
 * inbox transaction, through `deliveries`.
 */
@Injectable()
export class PlanCaseSessionMessagesUseCase {
  constructor(
    private readonly channels: ChannelAvailability,
    private readonly municipalities: Municipalities,
    private readonly clock: Clock,
  ) {}

  execute(command: PlanCaseSessionMessagesCommand, deliveries: DeliveryWriter): Promise<void> {
    return 'case' in command
      ? this.caseMessage(command.type, command.case, deliveries)
      : this.sessionMessage(command.type, command.registration, deliveries);
  }

  private async caseMessage(
    type: CaseMessageType,
    c: CaseStateV1,
    deliveries: DeliveryWriter,
  ): Promise<void> {
    if (!c.citizen) return;
    const missing = (c.checklist ?? []).filter((i) => !i.satisfied).map((i) => i.label);
    const variables = {
      firstName: c.citizen.firstName,
      lastName: c.citizen.lastName,
      code: c.code,
      topic: c.topic,
      checklist: bullets(missing.length > 0 ? missing : (c.checklist ?? []).map((i) => i.label)),
      nextSteps: bullets(c.nextSteps ?? []),
      outcome: c.outcome ?? c.status,
      municipality: this.municipalities.name(c.tenant),
    };
    await this.queueMessages(deliveries, type, c.tenant, c.citizen, localeOf(c.citizen.locale), variables, {
      caseRef: c.code,
      bookingRef: c.bookingCode ?? null,
      appointmentAt: null,
    });
  }

  private async sessionMessage(
    type: RegistrationMessageType,
    r: RegistrationStateV1,
    deliveries: DeliveryWriter,
  ): Promise<void> {
    const start = DateTime.fromISO(r.start).setZone(NOTIFICATION_ZONE);
    const variables = {
      firstName: r.citizen.firstName,
      lastName: r.citizen.lastName,
      code: r.code,
      title: r.title,
      site: r.site,
      date: start.toFormat('dd/MM/yyyy'),
      time: start.toFormat('HH:mm'),
      reason: r.reason ?? '',
      municipality: this.municipalities.name(r.tenant),
    };
    await this.queueMessages(deliveries, type, r.tenant, r.citizen, localeOf(r.citizen.locale), variables, {
      bookingRef: r.code,
      caseRef: r.caseCode ?? null,
      // A seat confirmed in a group session is an appointment to attend (IO's due date); a cancellation is not.
      appointmentAt: type === 'scheduling.registration.promoted' ? start.toJSDate() : null,
    });
  }

  /** One message per channel the citizen can be reached on, rendered from that channel's template. */
  private async queueMessages(
    deliveries: DeliveryWriter,
    type: CaseSessionMessageType,
    tenant: string,
    citizen: { email?: string; fiscalCode?: string },
    locale: Locale,
    variables: Record<string, string>,
    refs: Refs,
  ): Promise<void> {
    for (const { channel, recipient } of this.recipients(tenant, citizen)) {
      const templates = channel === 'appio' ? CASE_SESSION_APPIO_TEMPLATES : CASE_SESSION_EMAIL_TEMPLATES;
      await deliveries.queue({
        tenant,
        kind: 'message',
        channel,
        recipient,
        locale,
        message: renderTemplate(templates[type][locale], variables),
        due: this.clock.now(),
        calendar: null,
        ...refs,
      });
    }
  }

  /** E-mail to the address, App IO to the codice fiscale when the municipality has an IO service key. */
  private recipients(tenant: string, c: { email?: string; fiscalCode?: string }) {
    const out: { channel: 'email' | 'appio'; recipient: string }[] = [];
    if (c.email) out.push({ channel: 'email', recipient: c.email });
    if (c.fiscalCode && this.channels.appIoEnabledFor(tenant))
      out.push({ channel: 'appio', recipient: c.fiscalCode.toUpperCase() });
    return out;
  }
}
