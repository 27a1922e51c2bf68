import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CloudEvent,
  fromKafkaRecord,
  InvalidCloudEventError,
  topicOfType,
  validateCloudEvent,
} from '@facile/contracts';
import { TenantContext, TenantRegistry } from '@facile/platform/tenancy';
import { setTransactionTenant } from '@facile/platform/persistence';
import { DeadLetterPublisher, RawKafkaMessage } from './dead-letter.publisher';
import { InboxEntry } from './inbox-entry.entity';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';
import { runWithTraceparent } from './trace-context';

/** Applies one event inside the inbox transaction; throwing rolls the effects and the inbox row back. */
export type EventEffect = (event: CloudEvent<object>, manager: EntityManager) => Promise<void>;

/** Handlers by event type; types not listed are acknowledged and ignored. */
export type EventHandlers = Partial<Record<string, EventEffect>>;

/** Errors that retrying cannot fix: the event goes straight to the DLQ. */
export class PoisonEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonEventError';
  }
}

/**
 * The consuming half of the messaging contract: validate the CloudEvent and its payload class, then record
 * its id in the inbox in the same transaction as the effects (a redelivery has no second effect); retry
 * transient failures with backoff; after the last attempt, or at once for a malformed event, move it to
 * `<topic>.dlq` so the partition moves on.
 */
@Injectable()
export class InboxConsumer {
  private readonly logger = new Logger('InboxConsumer');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly tenants: TenantRegistry,
    private readonly metrics: MessagingMetrics,
  ) {}

  async consume(ctx: KafkaContext, consumer: string, handlers: EventHandlers): Promise<void> {
    const message = ctx.getMessage() as unknown as RawKafkaMessage;
    const topic = ctx.getTopic();
    const partition = ctx.getPartition();
    let event: CloudEvent<object>;
    try {
      const raw = fromKafkaRecord(message.key, message.value, message.headers as Record<string, string>);
      event = validateCloudEvent(raw);
      if (topicOfType(event.type) !== this.logicalTopic(topic)) {
        throw new InvalidCloudEventError(
          `event type ${event.type} does not belong on ${this.logicalTopic(topic)}`,
        );
      }
      if (!this.tenants.has(event.tenant)) throw new InvalidCloudEventError(`unknown tenant ${event.tenant}`);
    } catch (e) {
      await this.deadLetter(topic, partition, message, consumer, 'invalid', e);
      return;
    }
    const effect = handlers[event.type];
    if (!effect) {
      this.metrics.eventsConsumed.inc({ consumer, type: event.type, outcome: 'ignored' });
      return;
    }
    // Everything done and logged for this event carries the trace of the request that caused it (ce_traceparent).
    await runWithTraceparent(event.traceparent, () => this.applyWithRetries(ctx, consumer, event, effect));
  }

  private async applyWithRetries(
    ctx: KafkaContext,
    consumer: string,
    event: CloudEvent<object>,
    effect: EventEffect,
  ): Promise<void> {
    const message = ctx.getMessage() as unknown as RawKafkaMessage;
    const tenant = this.tenants.require(event.tenant);
    const started = Date.now();
    let delay = this.options.consumerBackoffMs;
    for (let attempt = 1; ; attempt++) {
      try {
        const applied = await TenantContext.run(tenant, () => this.applyOnce(consumer, event, effect));
        const outcome = applied ? 'applied' : 'duplicate';
        this.metrics.eventsConsumed.inc({ consumer, type: event.type, outcome });
        // The consumer's access line: one per event, like HTTP requests.
        this.logger.log(
          {
            consumer,
            eventType: event.type,
            eventId: event.id,
            outcome,
            attempts: attempt,
            durationMs: Date.now() - started,
          },
          `${event.type} ${outcome}`,
        );
        return;
      } catch (e) {
        if (e instanceof PoisonEventError || attempt >= this.options.consumerMaxAttempts) {
          await this.deadLetter(
            ctx.getTopic(),
            ctx.getPartition(),
            message,
            consumer,
            `after ${attempt} attempt(s)`,
            e,
          );
          return;
        }
        this.logger.warn(
          `${consumer}: ${event.type} ${event.id} failed (attempt ${attempt}): ${(e as Error).message}`,
        );
        await ctx
          .getHeartbeat()()
          .catch(() => undefined);
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, 10000);
      }
    }
  }

  /** Returns false when the event had already been applied by this consumer. */
  private applyOnce(consumer: string, event: CloudEvent<object>, effect: EventEffect): Promise<boolean> {
    return this.ds.transaction(async (manager) => {
      await setTransactionTenant(manager, TenantContext.current());
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(InboxEntry)
        .values({ consumer, eventId: event.id, eventType: event.type, tenantId: event.tenant })
        .orIgnore()
        .returning(['eventId'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) return false;
      await effect(event, manager);
      return true;
    });
  }

  private logicalTopic(topic: string): string {
    return topic.slice(this.options.topicPrefix.length);
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: RawKafkaMessage,
    consumer: string,
    why: string,
    e: unknown,
  ) {
    const error = `${why}: ${(e as Error)?.message ?? String(e)}`;
    this.metrics.eventsConsumed.inc({ consumer, type: 'unknown', outcome: 'dead-lettered' });
    await this.deadLetters.publish(topic, partition, message, consumer, error);
  }
}
