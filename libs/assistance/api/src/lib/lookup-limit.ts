import { Inject, Injectable } from '@nestjs/common';
import { TooManyRequestsError } from '@facile/platform/errors';
import { RateLimiter } from '@facile/platform/persistence';

export const LOOKUP_LIMIT_PER_MINUTE = Symbol('ASSISTANCE_LOOKUP_LIMIT_PER_MINUTE');

/** Lookups by case code are limited per client address (Redis, shared by replicas): codes cannot be enumerated. */
@Injectable()
export class LookupLimit {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(LOOKUP_LIMIT_PER_MINUTE) private readonly perMinute: number,
  ) {}

  async check(client: string): Promise<void> {
    const { allowed, retryAfterSeconds } = await this.limiter.hit('case-lookup', client, this.perMinute, 60);
    if (!allowed) throw new TooManyRequestsError(`Too many lookups; retry in ${retryAfterSeconds} s`);
  }
}
