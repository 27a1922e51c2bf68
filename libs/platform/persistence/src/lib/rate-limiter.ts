import { Inject, Injectable } from '@nestjs/common';
import { REDIS_CLIENT, RedisClient } from './redis-client.token';

export const RATE_LIMIT_PREFIX = Symbol('RATE_LIMIT_PREFIX');

/**
 * Fixed-window counter in Redis, shared by every replica: lookups by code or token are limited so codes
 * cannot be enumerated. When Redis is away the request is allowed (availability over strictness).
 */
@Injectable()
export class RateLimiter {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    @Inject(RATE_LIMIT_PREFIX) private readonly prefix: string,
  ) {}

  /** Counts one hit for `key`; returns false when more than `limit` hits fell in the current window. */
  async hit(bucket: string, key: string, limit: number, windowSeconds: number): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
    if (!this.redis.isReady) return { allowed: true, retryAfterSeconds: 0 };
    const window = Math.floor(Date.now() / 1000 / windowSeconds);
    const redisKey = `${this.prefix}rl:${bucket}:${key}:${window}`;
    try {
      const count = await this.redis.incr(redisKey);
      if (count === 1) await this.redis.expire(redisKey, windowSeconds + 1);
      const retryAfterSeconds = windowSeconds - (Math.floor(Date.now() / 1000) % windowSeconds);
      return { allowed: count <= limit, retryAfterSeconds };
    } catch {
      return { allowed: true, retryAfterSeconds: 0 };
    }
  }
}
