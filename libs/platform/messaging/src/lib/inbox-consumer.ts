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
import { preparedQuery } from '@facile/platform/persistence';
import { TenantContext, TenantRegistry } from '@facile/platform/tenancy';
import { DeadLetterPublisher, RawKafkaMessage } from './dead-letter.publisher';
import { BatchEntry, EventBatch } from './event-batch';
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

/** At most this many events of a fetched batch in one transaction. */
const INBOX_BATCH_MAX = 100;

/** A validated event waiting to be applied, with what its own attempt would need. */
interface Applicable {
  ctx: KafkaContext;
  event: CloudEvent<object>;
  effect: EventEffect;
}

/** A message of a batch that failed validation: dead-lettered in its place in the batch, so the DLQ keeps the order. */
interface Invalid {
  ctx: KafkaContext;
  error: unknown;
}

type Pending = Applicable | Invalid;

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
 * `<topic>.dlq` so the partition moves on. Events that come in a fetched batch (EventBatch) are applied many to
 * a transaction, with one inbox insert (see applyBatch); if that transaction fails, each of them is applied
 * again on its own, with its own retries and dead-lettering, as if there had been no batch (ADR 30).
 */
@Injectable()
export class InboxConsumer {
  private readonly logger = new Logger('InboxConsumer');
  /**
   * The InboxEntry rows of one event or of a batch, as one plain statement (the query builder cost more than the
   * insert). It also sets the transaction's tenant for row-level security: set_config runs as each row is
   * produced, before the policy checks that row and before the effects' statements (one round trip, not two), so
   * a batch may mix tenants; after it, the setting is the last row's.
   */
  private readonly insertInbox: string;
  /** Each consumer's entries waiting for its running transaction (see applyBatch). */
  private readonly queues = new Map<string, { entries: BatchEntry<Pending>[]; draining: boolean }>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly deadLetters: DeadLetterPublisher,
    private readonly tenants: TenantRegistry,
    private readonly metrics: MessagingMetrics,
  ) {
    this.insertInbox = `INSERT INTO "${options.schema}".inbox (consumer, event_id, event_type, tenant_id)
      SELECT $1, e.id, e.type, e.tenant FROM unnest($2::text[], $3::text[], $4::text[]) AS e(id, type, tenant)
      WHERE set_config('app.tenant_id', e.tenant, true) IS NOT NULL
      ON CONFLICT DO NOTHING RETURNING event_id`;
  }

  async consume(ctx: KafkaContext, consumer: string, handlers: EventHandlers): Promise<void> {
    const message = ctx.getMessage() as unknown as RawKafkaMessage;
    const topic = ctx.getTopic();
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
      return this.settle(consumer, { ctx, error: e });
    }
    const found = handlers[event.type];
    if (!found) {
      this.metrics.eventsConsumed.inc({ consumer, type: event.type, outcome: 'ignored' });
      return;
    }
    const effect = 'applies' in found ? found.effect : found;
    return this.settle(consumer, { ctx, event, effect });
  }

  /** With the fetched batch this message came in (see EventBatch), or on its own when it came in none. */
  private settle(consumer: string, pending: Pending): Promise<void> {
    const message = pending.ctx.getMessage() as unknown as RawKafkaMessage;
    const joined = EventBatch.current()?.join(message, message.offset, consumer, pending, (entries) =>
      this.applyBatch(consumer, entries),
    );
    return joined ?? this.alone(consumer, pending);
  }

  /**
   * An event applied on its own, with its retries (everything done and logged for it carries the trace of the
   * request that caused it, ce_traceparent), or an invalid one dead-lettered.
   */
  private alone(consumer: string, pending: Pending): Promise<void> {
    const { ctx } = pending;
    if ('event' in pending)
      return runWithTraceparent(pending.event.traceparent, () =>
        this.applyWithRetries(ctx, consumer, pending.event, pending.effect),
      );
    const message = ctx.getMessage() as unknown as RawKafkaMessage;
    return this.deadLetter(ctx.getTopic(), ctx.getPartition(), message, consumer, 'invalid', pending.error);
  }

  /**
   * Group commit: a batch's entries wait in their consumer's queue while a transaction of that consumer runs, and
   * the next transaction takes everything queued by then, from every partition (a fetch hands each partition's
   * batch over on its own, mostly one or two events at a time under a steady flow). A partition's next batch comes
   * only once this one has settled, so its events stay in order. Settles every entry, never throws.
   */
  private async applyBatch(consumer: string, entries: BatchEntry<Pending>[]): Promise<void> {
    let queue = this.queues.get(consumer);
    if (!queue) {
      queue = { entries: [], draining: false };
      this.queues.set(consumer, queue);
    }
    queue.entries.push(...entries);
    if (queue.draining) return;
    queue.draining = true;
    try {
      while (queue.entries.length > 0) {
        const taken = queue.entries.splice(0);
        await this.applyInOrder(consumer, taken).catch((e: unknown) => {
          for (const entry of taken) entry.reject(e); // those already settled stay as they were
        });
      }
    } finally {
      queue.draining = false;
    }
  }

  /**
   * Entries in their order: runs of valid events, INBOX_BATCH_MAX to a transaction, and the invalid ones
   * dead-lettered in their place between them.
   */
  private async applyInOrder(consumer: string, entries: BatchEntry<Pending>[]): Promise<void> {
    let run: BatchEntry<Applicable>[] = [];
    for (const entry of entries) {
      const pending = entry.item;
      if ('event' in pending) {
        run.push(entry as BatchEntry<Applicable>);
        if (run.length < INBOX_BATCH_MAX) continue;
        await this.applyRun(consumer, run);
      } else {
        await this.applyRun(consumer, run);
        await this.alone(consumer, pending).then(entry.resolve, entry.reject);
      }
      run = [];
    }
    await this.applyRun(consumer, run);
  }

  /** Valid events together in one transaction; if it fails, each again on its own, with its retries and DLQ. */
  private async applyRun(consumer: string, run: BatchEntry<Applicable>[]): Promise<void> {
    if (run.length === 0) return;
    if (run.length > 1) {
      const started = Date.now();
      try {
        const applied = await this.applyTogether(
          consumer,
          run.map((e) => e.item),
        );
        const durationMs = Date.now() - started;
        run.forEach(({ item: { event }, resolve }, k) => {
          // each access line with its own event's trace, as when applied alone
          runWithTraceparent(event.traceparent, () =>
            this.recorded(consumer, event, applied[k] ? 'applied' : 'duplicate', 1, durationMs, run.length),
          );
          resolve();
        });
        return;
      } catch (e) {
        this.logger.warn(
          `${consumer}: a batch of ${run.length} events failed (${(e as Error).message}); applying them one at a time`,
        );
      }
    }
    for (const entry of run) await this.alone(consumer, entry.item).then(entry.resolve, entry.reject);
  }

  /**
   * One transaction: the inbox rows of all the events in one statement, then the effects of the new ones in
   * order, each in its own tenant (context and RLS setting). Returns, for each event, whether it was applied.
   */
  private applyTogether(consumer: string, items: Pick<Applicable, 'event' | 'effect'>[]): Promise<boolean[]> {
    return this.ds.transaction(async (manager) => {
      const events = items.map((i) => i.event);
      const rows: { event_id: string }[] = await preparedQuery(manager, this.insertInbox, [
        consumer,
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => e.tenant),
      ]);
      const fresh = new Set(rows.map((r) => r.event_id));
      let setting = events[events.length - 1].tenant;
      const applied: boolean[] = [];
      for (const { event, effect } of items) {
        // an id returned once is applied once, even if the batch holds the event twice
        if (!fresh.delete(event.id)) {
          applied.push(false);
          continue;
        }
        if (event.tenant !== setting) {
          await preparedQuery(manager, `SELECT set_config('app.tenant_id', $1, true)`, [event.tenant]);
          setting = event.tenant;
        }
        await TenantContext.run(this.tenants.require(event.tenant), () =>
          runWithTraceparent(event.traceparent, () => effect(event, manager)),
        );
        applied.push(true);
      }
      return applied;
    });
  }

  /** The metric and the consumer's access line: one per event, like HTTP requests. */
  private recorded(
    consumer: string,
    event: CloudEvent<object>,
    outcome: 'applied' | 'duplicate',
    attempts: number,
    durationMs: number,
    batch = 1,
  ): void {
    this.metrics.eventsConsumed.inc({ consumer, type: event.type, outcome });
    this.logger.log(
      { consumer, eventType: event.type, eventId: event.id, outcome, attempts, durationMs, batch },
      `${event.type} ${outcome}`,
    );
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
        this.recorded(consumer, event, applied ? 'applied' : 'duplicate', attempt, Date.now() - started);
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
  private async applyOnce(
    consumer: string,
    event: CloudEvent<object>,
    effect: EventEffect,
  ): Promise<boolean> {
    const [applied] = await this.applyTogether(consumer, [{ event, effect }]);
    return applied;
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
