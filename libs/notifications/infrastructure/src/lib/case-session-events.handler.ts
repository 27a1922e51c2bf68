import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { CaseStateV1, CloudEvent, RegistrationStateV1, Topics } from '@facile/contracts';
import {
  CaseMessageType,
  PlanCaseSessionMessagesUseCase,
  RegistrationMessageType,
} from '@facile/notifications/application';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { EventDeliveryWriter } from './typeorm-event-deliveries';

/** Assistance case and group-session events → PlanCaseSessionMessages, in the inbox transaction. */
@Controller()
export class CaseSessionEventsHandler {
  static readonly cases = 'notifications.cases';
  static readonly sessions = 'notifications.sessions';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly plan: PlanCaseSessionMessagesUseCase,
    private readonly deliveries: EventDeliveryWriter,
  ) {}

  @EventPattern(Topics.assistanceCases)
  handleCase(@Ctx() ctx: KafkaContext): Promise<void> {
    const on =
      (type: CaseMessageType): EventEffect =>
      async (event, manager) => {
        // no reminders: these messages go once
        await this.deliveries.write(manager, event, (d) =>
          this.plan.execute({ type, case: (event as CloudEvent<CaseStateV1>).data }, d),
        );
      };
    return this.inbox.consume(ctx, CaseSessionEventsHandler.cases, {
      'assistance.case.opened': on('assistance.case.opened'),
      'assistance.case.closed': on('assistance.case.closed'),
    });
  }

  @EventPattern(Topics.schedulingSessions)
  handleSession(@Ctx() ctx: KafkaContext): Promise<void> {
    const on =
      (type: RegistrationMessageType): EventEffect =>
      async (event, manager) => {
        // no reminders: these messages go once
        await this.deliveries.write(manager, event, (d) =>
          this.plan.execute({ type, registration: (event as CloudEvent<RegistrationStateV1>).data }, d),
        );
      };
    return this.inbox.consume(ctx, CaseSessionEventsHandler.sessions, {
      'scheduling.registration.promoted': on('scheduling.registration.promoted'),
      'scheduling.registration.cancelled': on('scheduling.registration.cancelled'),
    });
  }
}
