import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventType, PayloadOf, topicOfType, validateEventPayload } from '@facile/contracts';
import { preparedQuery } from '@facile/platform/persistence';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { OutboxSignal } from './outbox-signal';
import { currentTraceparent } from './trace-context';

export interface OutboxEvent<T extends EventType> {
  type: T;
  /** e.g. `booking`, `service`. */
  aggregateType: string;
  /** The Kafka key: one aggregate's events stay in order. */
  aggregateId: string;
  tenant: string;
  data: PayloadOf<T> | Record<string, unknown>;
}

export const outboxChannel = (schema: string): string => `facile_outbox_${schema}`;

/**
 * Appends an event to the outbox inside the caller's transaction. Outside production the payload is validated
 * against its contract class first, so that a test sees an invalid event fail the business transaction; in
 * production the consumers' validation is the check (one fewer class-validator pass per event, ADR 30).
 */
@Injectable()
export class OutboxWriter {
  /**
   * The OutboxEntry rows as one plain statement, one row or many (the query builder's insert, and its RETURNING,
   * cost more than the write).
   */
  private readonly insert: string;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly signal: OutboxSignal,
  ) {
    this.insert = `INSERT INTO "${options.schema}".outbox (id, aggregatetype, aggregateid, type, payload, tenant_id, traceparent, topic)
      SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::text[], $8::text[])`;
  }

  async append<T extends EventType>(manager: EntityManager, event: OutboxEvent<T>): Promise<string> {
    const [id] = await this.appendAll(manager, [event]);
    return id;
  }

  /** Several events in one statement, in the order given (the relay publishes by sequence); returns their ids. */
  async appendAll(manager: EntityManager, events: OutboxEvent<EventType>[]): Promise<string[]> {
    if (events.length === 0) return [];
    if (this.options.validateOutgoing) for (const e of events) validateEventPayload(e.type, e.data);
    // The rows hold every attribute the relay needs; the CloudEvent itself is built once, by the relay.
    const ids = events.map(() => randomUUID());
    const traceparent = currentTraceparent() ?? null;
    await preparedQuery(manager, this.insert, [
      ids,
      events.map((e) => e.aggregateType),
      events.map((e) => e.aggregateId),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => e.tenant),
      events.map(() => traceparent),
      events.map((e) => topicOfType(e.type)),
    ]);
    await this.wakeRelay(manager);
    return ids;
  }

  /**
   * Wake the relay at commit: in process when it leads here (no NOTIFY, whose commit lock serialises writers),
   * else through NOTIFY, delivered at commit only, to the leader in another replica.
   */
  private async wakeRelay(manager: EntityManager): Promise<void> {
    if (this.signal.localLeader && manager.queryRunner) this.signal.markPending(manager.queryRunner);
    else await manager.query('SELECT pg_notify($1, $2)', [outboxChannel(this.options.schema), '']);
  }
}
