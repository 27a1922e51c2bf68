import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { CaseStateV1, CloudEvent, RegistrationStateV1, Topics } from '@facile/contracts';
import {
  CASE_SESSION_EMAIL_TEMPLATES,
  CaseSessionMessageType,
  localeOf,
  renderTemplate,
} from '@facile/notifications/application';
import { NOTIFICATION_ZONE } from '@facile/notifications/domain';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { TenantRegistry } from '@facile/platform/tenancy';
import { DeliveryQueue } from './delivery-queue';

const bullets = (items: string[]) => (items.length > 0 ? items.map((i) => `- ${i}`).join('\n') : '-');

/** Case messages (opened with the "what to bring" checklist, closed with the outcome) and group-session messages. */
@Controller()
export class CaseSessionEventsHandler {
  static readonly cases = 'notifications.cases';
  static readonly sessions = 'notifications.sessions';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly tenants: TenantRegistry,
    private readonly deliveries: DeliveryQueue,
  ) {}

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
    if (!c.citizen?.email) return;
    const locale = localeOf(c.citizen.locale);
    const missing = (c.checklist ?? []).filter((i) => !i.satisfied).map((i) => i.label);
    const message = renderTemplate(CASE_SESSION_EMAIL_TEMPLATES[type][locale], {
      firstName: c.citizen.firstName,
      lastName: c.citizen.lastName,
      code: c.code,
      topic: c.topic,
      checklist: bullets(missing.length > 0 ? missing : (c.checklist ?? []).map((i) => i.label)),
      nextSteps: bullets(c.nextSteps ?? []),
      outcome: c.outcome ?? c.status,
      municipality: this.municipality(c.tenant),
    });
    await this.deliveries.queue(manager, event, {
      tenant: c.tenant,
      kind: 'message',
      channel: 'email',
      recipient: c.citizen.email,
      locale,
      message,
      due: new Date(),
      caseRef: c.code,
      bookingRef: c.bookingCode ?? null,
    });
  }

  private async sessionMessage(
    type: CaseSessionMessageType,
    event: CloudEvent<RegistrationStateV1>,
    manager: EntityManager,
  ): Promise<void> {
    const r = event.data;
    if (!r.citizen.email) return;
    const locale = localeOf(r.citizen.locale);
    const start = DateTime.fromISO(r.start).setZone(NOTIFICATION_ZONE);
    const message = renderTemplate(CASE_SESSION_EMAIL_TEMPLATES[type][locale], {
      firstName: r.citizen.firstName,
      lastName: r.citizen.lastName,
      code: r.code,
      title: r.title,
      site: r.site,
      date: start.toFormat('dd/MM/yyyy'),
      time: start.toFormat('HH:mm'),
      reason: r.reason ?? '',
      municipality: this.municipality(r.tenant),
    });
    await this.deliveries.queue(manager, event, {
      tenant: r.tenant,
      kind: 'message',
      channel: 'email',
      recipient: r.citizen.email,
      locale,
      message,
      due: new Date(),
      bookingRef: r.code,
      caseRef: r.caseCode ?? null,
    });
  }
}
