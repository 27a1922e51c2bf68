import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { Admin, Kafka } from 'kafkajs';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';

/**
 * The lag of this service's consumer group on each topic it subscribes to: end offsets minus committed offsets
 * (the whole retained log for a partition the group never committed), read with the admin API on a timer. While
 * Kafka is away the last figures stay: the lag alert wants growth over ten minutes, not a gap.
 */
@Injectable()
export class ConsumerLag implements BeforeApplicationShutdown {
  private readonly logger = new Logger('ConsumerLag');
  private admin?: Admin;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private watched?: { groupId: string; topics: string[] };
  private stopped = false;

  constructor(
    private readonly kafka: Kafka,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly metrics: MessagingMetrics,
  ) {}

  /** Called by the consumer once it has subscribed (physical topic names). */
  watch(groupId: string, topics: string[]): void {
    const first = !this.watched;
    this.watched = { groupId, topics };
    if (first) this.tick();
  }

  /** Reads the lag of every watched topic now; returns it by logical topic. */
  async measure(): Promise<Record<string, number>> {
    const w = this.watched;
    if (!w || w.topics.length === 0) return {};
    this.admin ??= this.kafka.admin({ retry: { retries: 0 } });
    await this.admin.connect();
    const committed = await this.admin.fetchOffsets({ groupId: w.groupId, topics: w.topics });
    const lags: Record<string, number> = {};
    for (const topic of w.topics) {
      const ends = await this.admin.fetchTopicOffsets(topic);
      const at = new Map(
        (committed.find((c) => c.topic === topic)?.partitions ?? []).map((p) => [
          p.partition,
          Number(p.offset),
        ]),
      );
      let lag = 0;
      for (const e of ends) {
        const done = at.get(e.partition) ?? -1;
        lag += Math.max(0, Number(e.high) - (done >= 0 ? done : Number(e.low)));
      }
      const logical = topic.slice(this.options.topicPrefix.length);
      lags[logical] = lag;
      this.metrics.consumerLag.set({ group: w.groupId, topic: logical }, lag);
    }
    return lags;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.admin?.disconnect().catch(() => undefined);
  }

  private tick(): void {
    this.running = this.measure()
      .then(() => undefined)
      .catch(async (e: Error) => {
        this.logger.debug(`consumer lag not read: ${e.message}`);
        const admin = this.admin;
        this.admin = undefined;
        await admin?.disconnect().catch(() => undefined);
      })
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.timer = setTimeout(() => this.tick(), this.options.metricsPollMs);
        this.timer.unref();
      });
  }
}
