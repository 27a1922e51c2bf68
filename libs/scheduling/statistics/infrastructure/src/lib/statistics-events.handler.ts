import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { Topics } from '@facile/contracts';
import { EventEffect, EventHandlers, InboxConsumer } from '@facile/platform/messaging';
import { StatisticsProjection } from './statistics-projection';

/**
 * Feeds the statistics read models from scheduling's own events, through the inbox (an event applied twice
 * counts once: the inbox row and the counters commit together).
 */
@Controller()
export class StatisticsEventsHandler {
  static readonly consumer = 'scheduling.statistics';
  private readonly handlers: EventHandlers;

  constructor(
    private readonly inbox: InboxConsumer,
    projection: StatisticsProjection,
  ) {
    const effect: EventEffect = (event, manager) => projection.apply(event, manager);
    this.handlers = Object.fromEntries(StatisticsProjection.eventTypes().map((t) => [t, effect]));
  }

  @EventPattern(Topics.schedulingBookings)
  bookings(@Ctx() ctx: KafkaContext): Promise<void> {
    return this.inbox.consume(ctx, StatisticsEventsHandler.consumer, this.handlers);
  }

  @EventPattern(Topics.schedulingQueue)
  queue(@Ctx() ctx: KafkaContext): Promise<void> {
    return this.inbox.consume(ctx, StatisticsEventsHandler.consumer, this.handlers);
  }

  @EventPattern(Topics.schedulingSessions)
  sessions(@Ctx() ctx: KafkaContext): Promise<void> {
    return this.inbox.consume(ctx, StatisticsEventsHandler.consumer, this.handlers);
  }
}
