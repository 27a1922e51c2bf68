import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { KafkaHealth } from '@facile/platform/messaging';
import { METRIC_PREFIX } from '@facile/platform/observability';
import { REDIS_CLIENT, RedisClient } from '@facile/platform/persistence';

export type Dependency = 'database' | 'kafka' | 'redis';

export interface DependencyStatus {
  status: 'up' | 'down';
  /** Why it is down. */
  message?: string;
  /** `required`: the pod is not ready without it. `degraded`: it serves anyway, as `impact` says. */
  role: 'required' | 'degraded';
  impact?: string;
}

export interface HealthReport {
  /** ok: every dependency up; degraded: ready, something optional is down; error: not ready. */
  status: 'ok' | 'degraded' | 'error';
  ready: boolean;
  details: Record<Dependency, DependencyStatus>;
}

export interface HealthOptions {
  pollMs: number;
  /** Poll in the background (serving processes); one-off commands only check on demand. */
  poll: boolean;
}
export const HEALTH_OPTIONS = Symbol('HEALTH_OPTIONS');

/** What the loss of each optional dependency means (ADR 0017); PostgreSQL is the only required one. */
const IMPACT: Record<Exclude<Dependency, 'database'>, string> = {
  kafka:
    'events wait in the outbox and are published when Kafka is back; consumers resume where they stopped',
  redis:
    'rate limits fall back to this process; queue boards poll PostgreSQL; reminders are sent by the sweep',
};

const withTimeout = <T>(p: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
};

/**
 * Readiness means "this pod can serve its requests": PostgreSQL only. Kafka and Redis are reported (here, on
 * `/health` and as `facile_dependency_up`) and their loss degrades the service, it never takes the pod out of its
 * Service — during a broker outage the outbox is what keeps bookings working, and it needs the pods in service.
 * Checked on a timer (so the metrics move without probes) and on each probe, at most once a second.
 */
@Injectable()
export class DependencyHealth implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly up: Gauge<'dependency'>;
  private readonly readyGauge: Gauge;
  private readonly readinessChanges: Counter;
  private last?: { at: number; report: Promise<HealthReport> };
  private evaluations = 0;
  /** The report of the latest evaluation started that has finished. */
  private finished?: { seq: number; report: HealthReport };
  private wasReady?: boolean;
  private shuttingDown = false;
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly kafka: KafkaHealth,
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    @Inject(HEALTH_OPTIONS) private readonly options: HealthOptions,
    registry: Registry,
  ) {
    const registers = [registry];
    this.up = new Gauge({
      name: `${METRIC_PREFIX}dependency_up`,
      help: '1 when the dependency answers, else 0',
      labelNames: ['dependency'],
      registers,
    });
    this.readyGauge = new Gauge({
      name: `${METRIC_PREFIX}ready`,
      help: '1 when /health/ready answers 200',
      registers,
    });
    this.readinessChanges = new Counter({
      name: `${METRIC_PREFIX}readiness_changes_total`,
      help: 'Times readiness changed (ready ↔ not ready); flapping shows here even between scrapes',
      registers,
    });
  }

  onApplicationBootstrap(): void {
    if (!this.options.poll) return;
    void this.check().catch(() => undefined); // the gauges have values from the start
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Out of the Service's endpoints first; the preStop pause and the grace period let requests finish.
    this.shuttingDown = true;
    if (this.timer) clearTimeout(this.timer);
    const running = this.last?.report;
    this.last = undefined;
    this.finished = undefined; // the next probe waits for a report, which says not ready
    // a check under way finishes before the connections it uses are closed
    await running?.catch(() => undefined);
  }

  /**
   * At most one evaluation a second. Once one has finished, a probe is answered with the latest finished report
   * at once, while the next evaluation runs: a dependency that does not answer takes its whole timeout (Kafka's
   * 2 s, PostgreSQL's 1.5 s), and a probe that waited for it raced its own prober's timeout (the gateway gives
   * up after 2 s) — a pod that serves looked unreachable during a broker outage. The report is at most one
   * evaluation old.
   */
  check(): Promise<HealthReport> {
    if (!this.last || Date.now() - this.last.at >= 1000) {
      const seq = ++this.evaluations;
      const report = this.evaluate();
      this.last = { at: Date.now(), report };
      report.then(
        (r) => {
          if (!this.finished || this.finished.seq < seq) this.finished = { seq, report: r };
        },
        () => undefined,
      );
    }
    return this.finished ? Promise.resolve(this.finished.report) : this.last.report;
  }

  private async evaluate(): Promise<HealthReport> {
    const [database, kafka, redis] = await Promise.all([
      this.database(),
      this.kafkaStatus(),
      this.redisStatus(),
    ]);
    const details = { database, kafka, redis };
    for (const [name, d] of Object.entries(details))
      this.up.set({ dependency: name }, d.status === 'up' ? 1 : 0);
    const ready = database.status === 'up' && !this.shuttingDown;
    if (this.wasReady !== undefined && this.wasReady !== ready) this.readinessChanges.inc();
    this.wasReady = ready;
    this.readyGauge.set(ready ? 1 : 0);
    const allUp = Object.values(details).every((d) => d.status === 'up');
    return { status: !ready ? 'error' : allUp ? 'ok' : 'degraded', ready, details };
  }

  private async database(): Promise<DependencyStatus> {
    try {
      await withTimeout(this.ds.query('SELECT 1'), 1500);
      return { status: 'up', role: 'required' };
    } catch (e) {
      return { status: 'down', role: 'required', message: (e as Error).message };
    }
  }

  private async kafkaStatus(): Promise<DependencyStatus> {
    const r = await this.kafka.check();
    return r.ok
      ? { status: 'up', role: 'degraded' }
      : { status: 'down', role: 'degraded', message: r.detail, impact: IMPACT.kafka };
  }

  private async redisStatus(): Promise<DependencyStatus> {
    try {
      if (!this.redis.isReady) throw new Error('not connected');
      await withTimeout(this.redis.ping(), 1000);
      return { status: 'up', role: 'degraded' };
    } catch (e) {
      return { status: 'down', role: 'degraded', message: (e as Error).message, impact: IMPACT.redis };
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.check()
        .catch(() => undefined)
        .finally(() => {
          if (!this.shuttingDown) this.schedule();
        });
    }, this.options.pollMs);
    this.timer.unref();
  }
}
