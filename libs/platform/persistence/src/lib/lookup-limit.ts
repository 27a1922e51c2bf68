import { Provider } from '@nestjs/common';
import { RateLimit, RateLimits } from './rate-limiter';

/**
 * Lookups by code or manage token, limited per client address (shared by every replica through Redis, per process
 * while Redis is away) so codes cannot be enumerated; past the limit, 429 with Retry-After. Each context provides
 * its own with `lookupLimit(...)`.
 */
export class LookupLimit {
  constructor(private readonly limit: RateLimit) {}

  check(client: string): Promise<void> {
    return this.limit.consume(client);
  }
}

/** The provider of a context's LookupLimit: its own counters, its own limit per client address and minute. */
export function lookupLimit(bucket: string, perMinute: number): Provider {
  return {
    provide: LookupLimit,
    useFactory: (limits: RateLimits) =>
      new LookupLimit(
        limits.create({ name: bucket, points: perMinute, windowSeconds: 60, refusal: 'Too many lookups' }),
      ),
    inject: [RateLimits],
  };
}
