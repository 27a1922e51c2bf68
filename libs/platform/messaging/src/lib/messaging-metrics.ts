import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';
import { METRIC_PREFIX } from '@facile/platform/observability';

/** Outbox, consumer, lag and dead-letter metrics, registered on the service's registry (names: ADR 0017). */
@Injectable()
export class MessagingMetrics {
  /** Every unpublished row of the outbox (OutboxBacklog, on a timer: it keeps growing while Kafka is away). */
  readonly outboxPending: Gauge;
  /** Age of the oldest unpublished row; 0 when the outbox is empty. */
  readonly outboxOldestAgeSeconds: Gauge;
  readonly outboxPublished: Counter;
  readonly eventsConsumed: Counter<'consumer' | 'type' | 'outcome'>;
  readonly deadLetters: Counter<'consumer' | 'topic'>;
  readonly consumerLag: Gauge<'group' | 'topic'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.outboxPending = new Gauge({
      name: `${METRIC_PREFIX}outbox_pending_rows`,
      help: 'Unpublished outbox rows (true count)',
      registers,
    });
    this.outboxOldestAgeSeconds = new Gauge({
      name: `${METRIC_PREFIX}outbox_oldest_age_seconds`,
      help: 'Age of the oldest unpublished outbox row (0 when none)',
      registers,
    });
    this.outboxPublished = new Counter({
      name: `${METRIC_PREFIX}outbox_published_total`,
      help: 'Outbox rows published to Kafka',
      registers,
    });
    this.eventsConsumed = new Counter({
      name: `${METRIC_PREFIX}events_consumed_total`,
      help: 'Events handled by consumers, by outcome (applied, duplicate, ignored, dead-lettered)',
      labelNames: ['consumer', 'type', 'outcome'],
      registers,
    });
    this.deadLetters = new Counter({
      name: `${METRIC_PREFIX}dead_letter_messages_total`,
      help: 'Events moved to <topic>.dlq, by consumer and source topic',
      labelNames: ['consumer', 'topic'],
      registers,
    });
    this.consumerLag = new Gauge({
      name: `${METRIC_PREFIX}consumer_lag_messages`,
      help: "Messages of a topic not yet committed by the service's consumer group",
      labelNames: ['group', 'topic'],
      registers,
    });
  }
}
