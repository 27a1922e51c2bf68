import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { ServiceCardV1, Topics } from '@facile/contracts';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { projectProcedure } from './procedure-projection';

/** Keeps scheduling's projection of procedures (bookable, duration per municipality) from catalogue events. */
@Controller()
export class CatalogueEventsHandler {
  static readonly consumer = 'scheduling.procedures';

  constructor(private readonly inbox: InboxConsumer) {}

  @EventPattern(Topics.catalogueServices)
  handle(@Ctx() ctx: KafkaContext): Promise<void> {
    const project: EventEffect = (event, manager) => projectProcedure(manager, event.data as ServiceCardV1);
    return this.inbox.consume(ctx, CatalogueEventsHandler.consumer, {
      'catalogue.service.published': project,
      'catalogue.service.updated': project,
      'catalogue.service.retired': project,
      'catalogue.offering.changed': project,
    });
  }
}
