import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { ServiceCardV1, Topics } from '@facile/contracts';
import { EventEffect, InboxConsumer } from '@facile/platform/messaging';
import { SchedulingReader } from '@facile/scheduling/application';
import { projectProcedure } from './procedure-projection';
import { TypeOrmSchedulingReader } from './typeorm-scheduling.reader';

/** Keeps scheduling's projection of procedures (bookable, duration per municipality) from catalogue events. */
@Controller()
export class CatalogueEventsHandler {
  static readonly consumer = 'scheduling.procedures';

  constructor(
    private readonly inbox: InboxConsumer,
    private readonly reader: SchedulingReader,
  ) {}

  @EventPattern(Topics.catalogueServices)
  async handle(@Ctx() ctx: KafkaContext): Promise<void> {
    const project: EventEffect = (event, manager) => projectProcedure(manager, event.data as ServiceCardV1);
    await this.inbox.consume(ctx, CatalogueEventsHandler.consumer, {
      'catalogue.service.published': project,
      'catalogue.service.updated': project,
      'catalogue.service.retired': project,
      'catalogue.offering.changed': project,
    });
    // committed: the procedures this process keeps in memory are read again (ADR 30)
    if (this.reader instanceof TypeOrmSchedulingReader) this.reader.invalidate();
  }
}
