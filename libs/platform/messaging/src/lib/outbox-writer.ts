import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventType, PayloadOf, topicOfType, validateEventPayload } from '@facile/contracts';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { OutboxEntry } from './outbox-entry.entity';
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
 * Appends an event to the outbox inside the caller's transaction. The payload is validated against its
 * contract class first: an invalid event fails the business transaction instead of poisoning consumers.
 */
@Injectable()
export class OutboxWriter {
  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly signal: OutboxSignal,
  ) {}

  async append<T extends EventType>(manager: EntityManager, event: OutboxEvent<T>): Promise<string> {
    validateEventPayload(event.type, event.data);
    // The row holds every attribute the relay needs; the CloudEvent itself is built once, by the relay.
    const id = randomUUID();
    await manager.insert(OutboxEntry, {
      id,
      aggregatetype: event.aggregateType,
      aggregateid: event.aggregateId,
      type: event.type,
      payload: event.data as object,
      tenantId: event.tenant,
      traceparent: currentTraceparent() ?? null,
      topic: topicOfType(event.type),
    });
    // Wake the relay at commit: in process when it leads here (no NOTIFY, whose commit lock serialises
    // writers), else through NOTIFY, delivered at commit only, to the leader in another replica.
    if (this.signal.localLeader && manager.queryRunner) this.signal.markPending(manager.queryRunner);
    else await manager.query('SELECT pg_notify($1, $2)', [outboxChannel(this.options.schema), '']);
    return id;
  }
}
