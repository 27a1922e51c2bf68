import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
  OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, EntitySubscriberInterface, In, IsNull, TransactionCommitEvent } from 'typeorm';
import { newCloudEvent, toKafkaRecord } from '@facile/contracts';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { OutboxEntry } from './outbox-entry.entity';
import { outboxChannel } from './outbox-writer';
import { OutboxSignal } from './outbox-signal';
import { SharedProducer } from './kafka-client';
import { MessagingMetrics } from './messaging-metrics';

const BATCH = 500;
/**
 * A batch's records stop short of this many bytes: the broker refuses a produce request over its
 * message.max.bytes (1 MB by default) per partition, and a refused batch would be retried for ever. At 330
 * municipalities one catalogue card's event is about 46 kB (issue 20); a single larger record still goes alone.
 */
export const MAX_BATCH_BYTES = 512 * 1024;

/**
 * Publishes outbox rows to Kafka in order and marks them published only after Kafka acknowledged.
 * One relay at a time per service: the leader holds a PostgreSQL advisory lock on its own session, so
 * with N replicas an aggregate's events still leave in order. Woken at commit (in process by OutboxSignal,
 * or by NOTIFY from other replicas), with a poll as a safety net.
 */
@Injectable()
export class OutboxRelay implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private running = false;
  private leader = false;
  private session: Client | undefined;
  private wake: (() => void) | undefined;
  /** A wake-up that arrived while a batch was being published: the next sleep returns at once. */
  private woken = false;
  private loop: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly producer: SharedProducer,
    private readonly metrics: MessagingMetrics,
    private readonly signal: OutboxSignal,
  ) {}

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: (event: TransactionCommitEvent) => this.signal.committed(event.queryRunner),
    };
    this.ds.subscribers.push(subscriber);
    this.signal.onCommit(() => this.poke());
  }

  private poke(): void {
    this.woken = true;
    this.wake?.();
  }

  onApplicationBootstrap(): void {
    if (this.options.relayEnabled) this.start();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stop taking work, publish what is left (bounded), release leadership. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.poke();
    await this.loop;
    if (this.leader) await this.publishBatch().catch(() => 0);
    await this.releaseSession();
  }

  /** Publishes everything pending now; returns how many rows went out (used by tests and shutdown). */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.publishBatch();
      if (!n.full) return total + n.published;
      total += n.published;
    }
  }

  private async run(): Promise<void> {
    let backoff = this.options.pollMs;
    while (this.running) {
      try {
        if (!this.leader) await this.tryLead();
        if (!this.leader) {
          await this.sleep(this.options.pollMs * 4);
          continue;
        }
        const n = await this.publishBatch();
        backoff = this.options.pollMs;
        if (!n.full) await this.sleep(this.options.pollMs);
      } catch (e) {
        this.logger.warn(`Outbox relay: ${(e as Error).message}; retrying in ${backoff} ms`);
        await this.producer.reset();
        if (this.session && !(await this.sessionAlive())) await this.releaseSession();
        await this.sleep(backoff);
        backoff = Math.min(backoff * 2, 5000);
      }
    }
  }

  private async tryLead(): Promise<void> {
    if (!this.session) {
      const client = new Client({
        connectionString: this.options.databaseUrl,
        connectionTimeoutMillis: 3000,
      });
      client.on('error', () => {
        this.setLeader(false);
        this.session = undefined;
      });
      await client.connect();
      this.session = client;
      client.on('notification', () => this.poke());
    }
    const key = `facile-outbox-relay:${this.options.schema}`;
    const res = await this.session.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock(hashtext($1)) AS locked',
      [key],
    );
    this.setLeader(res.rows[0]?.locked === true);
    if (this.leader) {
      await this.session.query(`LISTEN ${outboxChannel(this.options.schema)}`);
      this.logger.log(`Outbox relay of ${this.options.service} is the leader`);
    }
  }

  private async sessionAlive(): Promise<boolean> {
    try {
      await this.session?.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async releaseSession(): Promise<void> {
    const s = this.session;
    this.session = undefined;
    this.setLeader(false);
    if (s) await s.end().catch(() => undefined);
  }

  /** Publishes the oldest unpublished rows; `full` when more may be waiting (a whole batch, or one cut by size). */
  private async publishBatch(): Promise<{ published: number; full: boolean }> {
    // every municipality's events: a named union-wide operation (row-level security, ADR 5)
    const rows = await inUnionWideTransaction(this.ds, (m) =>
      m
        .getRepository(OutboxEntry)
        .find({ where: { publishedAt: IsNull() }, order: { seq: 'ASC' }, take: BATCH }),
    );
    if (rows.length === 0) return { published: 0, full: false };
    const taken: typeof rows = [];
    let bytes = 0;
    const byTopic = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const row of rows) {
      const record = toKafkaRecord(
        newCloudEvent({
          id: row.id,
          type: row.type,
          source: this.options.service,
          time: row.createdAt,
          tenant: row.tenantId,
          subject: row.aggregateid,
          traceparent: row.traceparent ?? undefined,
          data: row.payload,
        }),
      );
      const size =
        Buffer.byteLength(record.value) +
        Object.entries(record.headers).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
      if (taken.length > 0 && bytes + size > MAX_BATCH_BYTES) break;
      bytes += size;
      taken.push(row);
      const topic = `${this.options.topicPrefix}${row.topic}`;
      const list = byTopic.get(topic) ?? [];
      list.push(record);
      byTopic.set(topic, list);
    }
    const producer = await this.producer.get();
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic.entries()].map(([topic, messages]) => ({ topic, messages })),
    });
    await inUnionWideTransaction(this.ds, (m) =>
      m.getRepository(OutboxEntry).update({ id: In(taken.map((r) => r.id)) }, { publishedAt: () => 'now()' }),
    );
    // The backlog gauges (true count, oldest age) are OutboxBacklog's, on a timer of their own.
    this.metrics.outboxPublished.inc(taken.length);
    return { published: taken.length, full: taken.length < rows.length || rows.length === BATCH };
  }

  private setLeader(leader: boolean): void {
    this.leader = leader;
    this.signal.localLeader = leader;
  }

  private sleep(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.woken = false;
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
