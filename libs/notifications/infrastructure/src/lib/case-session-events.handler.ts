import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { CaseStateV1, CloudEvent, RegistrationStateV1, Topics } from '@facile/contracts';
import {
  CASE_SESSION_APPIO_TEMPLATES,
  CASE_SESSION_EMAIL_TEMPLATES,
  CaseSessionMessageType,
  localeOf,
  renderTemplate,
} from '@facile/notifications/application';
import { NOTIFICATION_ZONE } from '@facile/notifications/domain';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { TenantRegistry } from '@facile/platform/tenancy';
import { DeliveryQueue } from './delivery-queue';
import { AppIoSender } from './app-io.sender';

const bullets = (items: string[]) => (items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : '-');

/**
 * Case messages (opened with the "what to bring" checklist, closed with the outcome) and group-session messages, by
 * e-mail and App IO.
 */
@Controller()
export class CaseSessionEventsHandler {
  static readonly cases = 'notifications.cases';
  static readonly sessions = 'notifications.sessions';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly tenants: TenantRegistry,
    private readonly deliveries: DeliveryQueue,
    private readonly appIo: AppIoSender,
  ) {}

  /** E-mail to the address, App IO to the codice fiscale when the municipality has an IO service key. */
  private channels(tenant: string, c: { email?: string; fiscalCode?: string }) {
    const out: { channel: 'email' | 'appio'; recipient: string }[] = [];
    if (c.email) out.push({ channel: 'email', recipient: c.email });
    if (c.fiscalCode && this.appIo.enabledFor(tenant))
      out.push({ channel: 'appio', recipient: c.fiscalCode.toUpperCase() });
    return out;
  }

  @EventPattern(Topics.assistanceCases)
  handleCase(@Ctx() ctx: KafkaContext): Promise<void> {
    const on =
      (type: CaseSessionMessageType): EventEffect =>
      (event, manager) =>
        this.caseMessage(type, event as CloudEvent<CaseStateV1>, manager);
    return this.inbox.consume(ctx, CaseSessionEventsHandler.cases, {
      'assistance.case.opened': on('assistance.case.opened'),
      'assistance.case.closed': on('assistance.case.closed'),
    });
  }

  @EventPattern(Topics.schedulingSessions)
  handleSession(@Ctx() ctx: KafkaContext): Promise<void> {
    const on =
      (type: CaseSessionMessageType): EventEffect =>
      (event, manager) =>
        this.sessionMessage(type, event as CloudEvent<RegistrationStateV1>, manager);
    return this.inbox.consume(ctx, CaseSessionEventsHandler.sessions, {
      'scheduling.registration.promoted': on('scheduling.registration.promoted'),
      'scheduling.registration.cancelled': on('scheduling.registration.cancelled'),
    });
  }

  private municipality(tenant: string): string {
    return this.tenants.has(tenant) ? this.tenants.get(tenant).name : tenant;
  }

  private async caseMessage(
    type: CaseSessionMessageType,
    event: CloudEvent<CaseStateV1>,
    manager: EntityManager,
  ): Promise<void> {
    const c = event.data;
    if (!c.citizen) return;
    const locale = localeOf(c.citizen.locale);
    const missing = (c.checklist ?? []).filter((i) => !i.satisfied).map((i) => i.label);
    const variables = {
      firstName: c.citizen.firstName,
      lastName: c.citizen.lastName,
      code: c.code,
      topic: c.topic,
      checklist: bullets(missing.length > 0 ? missing : (c.checklist ?? []).map((i) => i.label)),
      nextSteps: bullets(c.nextSteps ?? []),
      outcome: c.outcome ?? c.status,
      municipality: this.municipality(c.tenant),
    };
    await this.queueMessages(manager, event, type, c.tenant, c.citizen, locale, variables, {
      caseRef: c.code,
      bookingRef: c.bookingCode ?? null,
      appointmentAt: null,
    });
  }

  private async sessionMessage(
    type: CaseSessionMessageType,
    event: CloudEvent<RegistrationStateV1>,
    manager: EntityManager,
  ): Promise<void> {
    const r = event.data;
    const locale = localeOf(r.citizen.locale);
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
      municipality: this.municipality(r.tenant),
    };
    await this.queueMessages(manager, event, type, r.tenant, r.citizen, locale, variables, {
      bookingRef: r.code,
      caseRef: r.caseCode ?? null,
      // A seat confirmed in a group session is an appointment to attend (IO's due date); a cancellation is not.
      appointmentAt: type === 'scheduling.registration.promoted' ? start.toJSDate() : null,
    });
  }

  /** One message per channel the citizen can be reached on, rendered from that channel's template. */
  private async queueMessages(
    manager: EntityManager,
    event: CloudEvent<object>,
    type: CaseSessionMessageType,
    tenant: string,
    citizen: { email?: string; fiscalCode?: string },
    locale: ReturnType<typeof localeOf>,
    variables: Record<string, string>,
    refs: { caseRef: string | null; bookingRef: string | null; appointmentAt: Date | null },
  ): Promise<void> {
    for (const { channel, recipient } of this.channels(tenant, citizen)) {
      const templates = channel === 'appio' ? CASE_SESSION_APPIO_TEMPLATES : CASE_SESSION_EMAIL_TEMPLATES;
      await this.deliveries.queue(manager, event, {
        tenant,
        kind: 'message',
        channel,
        recipient,
        locale,
        message: renderTemplate(templates[type][locale], variables),
        due: new Date(),
        ...refs,
      });
    }
  }
}
