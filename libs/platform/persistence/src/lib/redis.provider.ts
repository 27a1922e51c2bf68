import { Global, Logger, Module, DynamicModule, OnApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { createClient } from 'redis';
import { RATE_LIMIT_PREFIX, RateLimits } from './rate-limiter';

import { REDIS_CLIENT, RedisClient } from './redis-client.token';

export { REDIS_CLIENT };
export type { RedisClient };

/** Connects in the background: the service starts and reports "not ready" while Redis is away. */
export function createRedisClient(url: string): RedisClient {
  const logger = new Logger('Redis');
  const client = createClient({
    url,
    socket: { connectTimeout: 3000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 3000) },
  });
  let warned = false;
  client.on('error', (err: Error) => {
    if (!warned) logger.warn(`Redis unavailable: ${err.message}`);
    warned = true;
  });
  client.on('ready', () => {
    warned = false;
  });
  client.connect().catch(() => undefined);
  return client;
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
