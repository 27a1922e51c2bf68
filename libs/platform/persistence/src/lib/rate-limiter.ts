import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
} from 'rate-limiter-flexible';
import { TooManyRequestsError } from '@facile/platform/errors';
import { REDIS_CLIENT, RedisClient } from './redis-client.token';

export const RATE_LIMIT_PREFIX = Symbol('RATE_LIMIT_PREFIX');

export interface RateLimitSpec {
  /** Names the counters: Redis keys `<REDIS_KEY_PREFIX>rl:<name>:<digest of the key>`. */
  name: string;
  /** Hits allowed per window and key. */
  points: number;
  windowSeconds: number;
  /** The start of the problem's detail when refused, e.g. "Too many lookups". */
  refusal?: string;
}

/** How long a hit waits for Redis before it is counted in this process instead (a hung Redis must not hang requests). */
export const REDIS_LIMIT_TIMEOUT_MS = 300;

/** Keys (addresses, e-mail addresses, phone numbers) never appear in Redis in clear. */
const digest = (key: string): string =>
  createHash('sha256').update(key, 'utf8').digest('base64url').slice(0, 22);

/**
 * One limit, e.g. "10 holds per client address per 10 minutes". Counted atomically in Redis by rate-limiter-flexible
 * (one Lua script: increment and expiry together), so every replica shares the count. When Redis is not ready, fails
 * or is slower than REDIS_LIMIT_TIMEOUT_MS, the same limit is counted in this process (the insurance limiter): the
 * protection degrades to per-process, it never turns off.
 */
export class RateLimit {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    readonly spec: RateLimitSpec,
  ) {}

  /** Counts one hit for `key`; past the limit, TooManyRequestsError (429, problem+json, Retry-After). */
  async consume(key: string): Promise<void> {
    try {
      await this.limiter.consume(digest(key));
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new TooManyRequestsError(
        `${this.spec.refusal ?? 'Too many requests'}; retry in ${retryAfterSeconds} s`,
        retryAfterSeconds,
      );
    }
  }

  /** Gives one hit back (an attempt that should not count, e.g. a booking refused because the slot was taken). */
  async refund(key: string): Promise<void> {
    await this.limiter.reward(digest(key)).catch(() => undefined);
  }
}

/** Builds the platform's limits on the process's Redis client (node-redis v5). */
@Injectable()
export class RateLimits {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    @Inject(RATE_LIMIT_PREFIX) private readonly prefix: string,
  ) {}

  create(spec: RateLimitSpec): RateLimit {
    if (!Number.isInteger(spec.points) || spec.points < 1)
      throw new Error(`Rate limit ${spec.name}: points must be a positive integer`);
    if (!Number.isInteger(spec.windowSeconds) || spec.windowSeconds < 1)
      throw new Error(`Rate limit ${spec.name}: windowSeconds must be a positive integer`);
    const insuranceLimiter = new RateLimiterMemory({ points: spec.points, duration: spec.windowSeconds });
    const redis = new RateLimiterRedis({
      storeClient: this.redis,
      // node-redis v4+ (v5 here): its command names and argument shapes, not ioredis'.
      useRedisPackage: true,
      // node-redis queues commands while disconnected: without this a hit would wait for Redis to come back.
      rejectIfRedisNotReady: true,
      keyPrefix: `${this.prefix}rl:${spec.name}`,
      points: spec.points,
      duration: spec.windowSeconds,
      insuranceLimiter,
    });
    const limiter = new RLWrapperTimeouts({
      limiter: redis,
      timeoutMs: REDIS_LIMIT_TIMEOUT_MS,
      insuranceLimiter,
    });
    return new RateLimit(limiter, spec);
  }
}
