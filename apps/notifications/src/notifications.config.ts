import { IsInt, Max, Min } from 'class-validator';
import { PlatformConfig } from '@facile/platform/config';

export class NotificationsConfig extends PlatformConfig {
  @IsInt() @Min(1) @Max(65535) override PORT: number = 3004;
}
