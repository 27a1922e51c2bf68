import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { MessagingMetrics } from './messaging-metrics';

/**
 * The outbox backlog as an operator needs it: every unpublished row and the age of the oldest, read with one
 * cheap query (the partial index on unpublished rows) on a timer of its own, so the figures keep growing while
 * Kafka is away and the relay publishes nothing. Every replica reports it; alerts take the maximum.
 */
@Injectable()
export class OutboxBacklog implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxBacklog');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly metrics: MessagingMetrics,
  ) {}

  onApplicationBootstrap(): void {
    // Even where this replica's relay is off: the backlog is the service's, whoever publishes it.
    this.tick();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Reads the backlog now and updates the gauges; returns what it read. */
  async measure(): Promise<{ pending: number; oldestAgeSeconds: number }> {
    // every municipality's backlog: a named union-wide operation (row-level security, ADR 5)
    const [row] = (await inUnionWideTransaction(this.ds, (m) =>
      m.query(
        `SELECT count(*)::bigint AS pending, COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS age
         FROM "${this.options.schema}"."outbox" WHERE published_at IS NULL`,
      ),
    )) as { pending: string; age: number }[];
    const result = {
      pending: Number(row?.pending ?? 0),
      oldestAgeSeconds: Math.max(0, Number(row?.age ?? 0)),
    };
    this.metrics.outboxPending.set(result.pending);
    this.metrics.outboxOldestAgeSeconds.set(result.oldestAgeSeconds);
    return result;
  }

  private tick(): void {
    this.running = this.measure()
      .then(() => undefined)
      .catch((e: Error) => this.logger.debug(`outbox backlog not read: ${e.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.timer = setTimeout(() => this.tick(), this.options.metricsPollMs);
        this.timer.unref();
      });
  }
}
