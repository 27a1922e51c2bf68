import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { RATE_LIMIT_PREFIX, REDIS_CLIENT, RedisClient, withRedisTimeout } from '@facile/platform/persistence';
import { QueueNotifier } from '@facile/scheduling/queue-application';

/** While Redis pub/sub is away, open boards re-read PostgreSQL this often (ADR 0010, ADR 0017). */
export const BOARD_FALLBACK_POLL_MS = 2000;

/**
 * Queue changes to every replica through Redis pub/sub (ADR 0010): the replica that made the change tells its
 * own streams at once and publishes the site on `<prefix>scheduling:queue:<site>`; every other replica's
 * subscriber connection hears it and refreshes its streams. Without Redis, streams of the same replica still move
 * at once and every open stream re-reads its board from PostgreSQL every BOARD_FALLBACK_POLL_MS, so changes made on
 * other replicas still show (later, not never); pub/sub takes over again when Redis is back.
 */
@Injectable()
export class RedisQueueNotifier extends QueueNotifier implements OnModuleDestroy {
  private readonly logger = new Logger('QueueNotifier');
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly origin = randomUUID();
  private subscriber: RedisClient | null = null;
  private fallback?: NodeJS.Timeout;
  private polling = false;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    @Inject(RATE_LIMIT_PREFIX) private readonly prefix: string,
  ) {
    super();
  }

  private get pattern(): string {
    return `${this.prefix}scheduling:queue:`;
  }

  async publish(site: string): Promise<void> {
    this.emit(site);
    if (!this.redis.isReady) return;
    await withRedisTimeout(this.redis.publish(`${this.pattern}${site}`, this.origin)).catch((e: Error) =>
      this.logger.warn(`publish failed: ${e.message}`),
    );
  }

  subscribe(site: string, listener: () => void): () => void {
    this.listen();
    const set = this.listeners.get(site) ?? new Set<() => void>();
    set.add(listener);
    this.listeners.set(site, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(site);
    };
  }

  /** True while changes from other replicas arrive by pub/sub (false: the boards poll). */
  get live(): boolean {
    return this.subscriber?.isReady === true;
  }

  /** Subscribed once per process, on the first stream (a subscribed connection cannot run other commands). */
  private listen(): void {
    if (this.subscriber) return;
    const sub = this.redis.duplicate();
    this.subscriber = sub;
    sub.on('error', () => undefined);
    // node-redis reconnects by itself and restores the pattern subscription afterwards.
    sub
      .connect()
      .then(() =>
        sub.pSubscribe(`${this.pattern}*`, (message: string, channel: string) => {
          if (message !== this.origin) this.emit(channel.slice(this.pattern.length));
        }),
      )
      .catch((e: Error) => this.logger.warn(`Redis subscriber unavailable: ${e.message}`));
    this.fallback = setInterval(() => this.poll(), BOARD_FALLBACK_POLL_MS);
    this.fallback.unref();
  }

  /** Without pub/sub, every open board refreshes from PostgreSQL. */
  private poll(): void {
    const live = this.live;
    if (live === this.polling) {
      this.polling = !live;
      if (live) this.logger.log('Queue boards live again (Redis pub/sub)');
      else this.logger.warn('Redis pub/sub unavailable: queue boards poll PostgreSQL');
    }
    if (!live) this.emitAll();
  }

  private emitAll(): void {
    for (const site of this.listeners.keys()) this.emit(site);
  }

  private emit(site: string): void {
    for (const listener of this.listeners.get(site) ?? []) listener();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.fallback) clearInterval(this.fallback);
    const sub = this.subscriber;
    this.subscriber = null;
    // still connecting (or reconnecting): drop the socket instead of waiting for a QUIT that needs it ready
    if (sub?.isReady) await sub.quit().catch(() => undefined);
    else if (sub?.isOpen) sub.destroy();
  }
}
