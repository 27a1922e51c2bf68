import { Provider } from '@nestjs/common';
import { TooManyRequestsError } from '@facile/platform/errors';
import { RateLimiter } from './rate-limiter';

/**
 * Lookups by code or manage token, limited per client address (Redis, shared by every replica) so codes cannot
 * be enumerated; past the limit, 429 with Retry-After. Each context provides its own with `lookupLimit(...)`.
 */
export class LookupLimit {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly bucket: string,
    private readonly perMinute: number,
  ) {}

  async check(client: string): Promise<void> {
    const { allowed, retryAfterSeconds } = await this.limiter.hit(this.bucket, client, this.perMinute, 60);
    if (!allowed) throw new TooManyRequestsError(`Too many lookups; retry in ${retryAfterSeconds} s`, retryAfterSeconds);
  }
}

/** The provider of a context's LookupLimit: its own Redis bucket, its own limit. */
export function lookupLimit(bucket: string, perMinute: number): Provider {
  return { provide: LookupLimit, useFactory: (limiter: RateLimiter) => new LookupLimit(limiter, bucket, perMinute), inject: [RateLimiter] };
}
