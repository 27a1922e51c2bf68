import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Registry } from 'prom-client';

/** Outbox and consumer metrics, registered on the service's registry. */
@Injectable()
export class MessagingMetrics {
  readonly outboxPending: Gauge;
  readonly outboxLagSeconds: Gauge;
  readonly outboxPublished: Counter;
  readonly eventsConsumed: Counter<'consumer' | 'type' | 'outcome'>;

  constructor(registry: Registry) {
    this.outboxPending = new Gauge({ name: 'outbox_pending_rows', help: 'Unpublished outbox rows seen by the relay', registers: [registry] });
    this.outboxLagSeconds = new Gauge({ name: 'outbox_lag_seconds', help: 'Age of the oldest row in the last published batch', registers: [registry] });
    this.outboxPublished = new Counter({ name: 'outbox_published_total', help: 'Outbox rows published to Kafka', registers: [registry] });
    this.eventsConsumed = new Counter({
      name: 'events_consumed_total',
      help: 'Events handled by consumers, by outcome (applied, duplicate, ignored, dead-lettered)',
      labelNames: ['consumer', 'type', 'outcome'],
      registers: [registry],
    });
  }
}
