import { Inject, Injectable, Logger } from '@nestjs/common';
import { KafkaContext } from '@nestjs/microservices';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  CloudEvent,
  fromKafkaRecord,
  InvalidCloudEventError,
  isEventType,
  topicOfType,
  validateCloudEvent,
} from '@facile/contracts';
import { TenantContext, TenantRegistry } from '@facile/platform/tenancy';
import { DeadLetterPublisher, RawKafkaMessage } from './dead-letter.publisher';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';
import { runWithTraceparent } from './trace-context';

/** Applies one event inside the inbox transaction; throwing rolls the effects and the inbox row back. */
export type EventEffect = (event: CloudEvent<object>, manager: EntityManager) => Promise<void>;

/**
 * An effect that only some events of its type concern (e.g. bookings that carry a case code): `applies` looks at
 * the parsed, not yet validated, payload; when it says no, the event is acknowledged as ignored with no
 * validation and no inbox transaction (there is no effect to apply twice). It must only ever say no to events
 * the effect would do nothing with.
 */
export interface SelectiveEffect {
  applies: (data: Record<string, unknown>) => boolean;
  effect: EventEffect;
}

/** Handlers by event type; types not listed are acknowledged and ignored, before their payload is even parsed. */
export type EventHandlers = Partial<Record<string, EventEffect | SelectiveEffect>>;

const headerText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('utf8') : undefined;

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
  /** The InboxEntry row, written as one plain statement (the query builder cost more than the insert). */
  private readonly insertInbox: string;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly tenants: TenantRegistry,
    private readonly metrics: MessagingMetrics,
  ) {
    // The statement also sets the transaction's tenant for row-level security (set_config runs as the row is
    // produced, before the policy checks it and before the effects' statements): one round trip, not two.
    this.insertInbox = `INSERT INTO "${options.schema}".inbox (consumer, event_id, event_type, tenant_id)
      SELECT $1, $2, $3, $4::text WHERE set_config('app.tenant_id', $4::text, true) IS NOT NULL
      ON CONFLICT DO NOTHING RETURNING event_id`;
  }

  async consume(ctx: KafkaContext, consumer: string, handlers: EventHandlers): Promise<void> {
    const message = ctx.getMessage() as unknown as RawKafkaMessage;
    const topic = ctx.getTopic();
    const partition = ctx.getPartition();
    // A consumer reads whole topics but wants a few types: the type is a header, so the others cost no parsing.
    const declaredType = headerText((message.headers as Record<string, unknown> | undefined)?.['ce_type']);
    const handler = declaredType === undefined ? undefined : handlers[declaredType];
    // the label only ever takes the contract's types (a header is anybody's text)
    const label = declaredType !== undefined && isEventType(declaredType) ? declaredType : 'unknown';
    if (declaredType !== undefined && !handler) {
      this.metrics.eventsConsumed.inc({ consumer, type: label, outcome: 'ignored' });
      return;
    }
    if (handler && 'applies' in handler && !this.concerns(handler, message.value)) {
      this.metrics.eventsConsumed.inc({ consumer, type: label, outcome: 'ignored' });
      return;
    }
    let event: CloudEvent<object>;
    try {
      const raw = fromKafkaRecord(
        message.key,
        message.value,
        message.headers as Parameters<typeof fromKafkaRecord>[2],
      );
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
    const found = handlers[event.type];
    if (!found) {
      this.metrics.eventsConsumed.inc({ consumer, type: event.type, outcome: 'ignored' });
      return;
    }
    const effect = 'applies' in found ? found.effect : found;
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
      const inserted: unknown[] = await manager.query(this.insertInbox, [
        consumer,
        event.id,
        event.type,
        TenantContext.current(),
      ]);
      if (inserted.length === 0) return false;
      await effect(event, manager);
      return true;
    });
  }

  /** Whether a selective effect wants this payload; one that is not even JSON goes on to validation (and the DLQ). */
  private concerns(handler: SelectiveEffect, value: unknown): boolean {
    try {
      const text = Buffer.isBuffer(value) ? value.toString('utf8') : value;
      const data: unknown = typeof text === 'string' ? JSON.parse(text) : text;
      return data === null || typeof data !== 'object' || handler.applies(data as Record<string, unknown>);
    } catch {
      return true;
    }
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
