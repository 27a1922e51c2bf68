import {
  Global,
  Logger,
  Module,
  DynamicModule,
  OnApplicationShutdown,
  Inject,
  Injectable,
} from '@nestjs/common';
import { createClient } from 'redis';
import { RATE_LIMIT_PREFIX, RateLimits } from './rate-limiter';

import { REDIS_CLIENT, RedisClient } from './redis-client.token';

export { REDIS_CLIENT };
export type { RedisClient };

/**
 * Connects in the background and reconnects by itself (every 3 s at most): the service starts and serves while
 * Redis is away, reporting it down on /health (ADR 0017). While disconnected, commands fail at once instead of
 * queueing until Redis returns (disableOfflineQueue): nothing on a request path waits for Redis. Callers that must
 * also survive a Redis that accepts connections but does not answer wrap their call in withRedisTimeout.
 */
export function createRedisClient(url: string): RedisClient {
  const logger = new Logger('Redis');
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 3000) },
  });
  let warned = false;
  client.on('error', (err: Error) => {
    if (!warned) logger.warn(`Redis unavailable: ${err.message}`);
    warned = true;
  });
  client.on('ready', () => {
    if (warned) logger.log('Redis connected again');
    warned = false;
  });
  client.connect().catch(() => undefined);
  return client;
}

/** A Redis call that gives up after `ms` (the call itself is not cancelled; its answer is ignored). */
export function withRedisTimeout<T>(call: Promise<T>, ms = 500): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client: RedisClient) {}
  async onApplicationShutdown(): Promise<void> {
    if (!this.client.isOpen) return;
    // QUIT waits for an answer: a client still trying to reach Redis is simply dropped, or shutdown would hang.
    if (this.client.isReady) await this.client.quit().catch(() => undefined);
    else this.client.destroy();
  }
}

/** One Redis client per process (BullMQ takes the same client through createNodeRedisClient). */
@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string, keyPrefix = 'facile:'): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        { provide: REDIS_CLIENT, useFactory: () => createRedisClient(url) },
        { provide: RATE_LIMIT_PREFIX, useValue: keyPrefix },
        RateLimits,
        RedisCloser,
      ],
      exports: [REDIS_CLIENT, RATE_LIMIT_PREFIX, RateLimits],
    };
  }
}
