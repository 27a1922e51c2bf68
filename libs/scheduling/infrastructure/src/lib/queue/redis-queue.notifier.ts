import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { RATE_LIMIT_PREFIX, REDIS_CLIENT, RedisClient } from '@facile/platform/persistence';
import { QueueNotifier } from '@facile/scheduling/application';

/**
 * Queue changes to every replica through Redis pub/sub (ADR 0010): the replica that made the change tells its
 * own streams at once and publishes the site on `<prefix>scheduling:queue:<site>`; every other replica's
 * subscriber connection hears it and refreshes its streams. Without Redis, streams of the same replica still move.
 */
@Injectable()
export class RedisQueueNotifier extends QueueNotifier implements OnModuleDestroy {
  private readonly logger = new Logger('QueueNotifier');
  private readonly listeners = new Map<string, Set<() => void>>();
  private readonly origin = randomUUID();
  private subscriber: RedisClient | null = null;

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
    await this.redis.publish(`${this.pattern}${site}`, this.origin).catch((e: Error) => this.logger.warn(`publish failed: ${e.message}`));
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

  /** Subscribed once per process, on the first stream (a subscribed connection cannot run other commands). */
  private listen(): void {
    if (this.subscriber) return;
    const sub = this.redis.duplicate();
    this.subscriber = sub;
    sub.on('error', () => undefined);
    sub
      .connect()
      .then(() =>
        sub.pSubscribe(`${this.pattern}*`, (message: string, channel: string) => {
          if (message !== this.origin) this.emit(channel.slice(this.pattern.length));
        }),
      )
      .catch((e: Error) => this.logger.warn(`Redis subscriber unavailable: ${e.message}`));
  }

  private emit(site: string): void {
    for (const listener of this.listeners.get(site) ?? []) listener();
  }

  async onModuleDestroy(): Promise<void> {
    const sub = this.subscriber;
    this.subscriber = null;
    if (sub?.isOpen) await sub.quit().catch(() => undefined);
  }
}
