import { IsInt, Max, Min } from 'class-validator';
import { PlatformConfig } from '@facile/platform/config';

export class SchedulingConfig extends PlatformConfig {
  @IsInt() @Min(1) @Max(65535) override PORT: number = 3002;
  /** How long a hold keeps its slot. */
  @IsInt() @Min(30) @Max(3600) HOLD_TTL_SECONDS: number = 600;
  /** Identical availability queries share one answer for this long (micro-cache; 0 = off). */
  @IsInt() @Min(0) @Max(60000) AVAILABILITY_CACHE_MS: number = 1000;
  /** Identical statistics requests share one answer for this long (0 = off); the figures trail events anyway. */
  @IsInt() @Min(0) @Max(300000) STATISTICS_CACHE_MS: number = 5000;
  /** Lookups by booking code per client address and minute. */
  @IsInt() @Min(1) @Max(100000) LOOKUP_RATE_LIMIT_PER_MINUTE: number = 120;
  /** Unanswered calls after which a walk-in ticket is missed (it can be recalled). */
  @IsInt() @Min(1) @Max(10) QUEUE_MAX_CALLS: number = 3;
}
