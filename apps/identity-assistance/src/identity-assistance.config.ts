import { IsInt, Max, Min } from 'class-validator';
import { PlatformConfig } from '@facile/platform/config';

export class AssistanceConfig extends PlatformConfig {
  @IsInt() @Min(1) @Max(65535) override PORT: number = 3003;
  /** Days after closure before a case's personal data is erased (facilitation records stay). */
  @IsInt() @Min(1) @Max(3650) ASSISTANCE_RETENTION_DAYS: number = 90;
  /** How often the purge runs; 0 turns the scheduled job off. */
  @IsInt() @Min(0) @Max(10080) ASSISTANCE_PURGE_INTERVAL_MINUTES: number = 60;
  /** Lookups by case code per client address and minute. */
  @IsInt() @Min(1) @Max(100000) LOOKUP_RATE_LIMIT_PER_MINUTE: number = 120;
}
