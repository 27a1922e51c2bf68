import { DynamicModule } from '@nestjs/common';
import { MixedList } from 'typeorm';
import { PlatformConfig } from '@facile/platform/config';
import type { OpenApiTag } from '@facile/platform/http';

/** What an app tells the platform about itself; main.ts is then three lines. */
export interface ServiceDefinition<C extends PlatformConfig> {
  /** e.g. `catalogue`: CloudEvents source, consumer group, logger name. */
  service: string;
  /** PostgreSQL schema. */
  schema: string;
  /** HTTP path root, e.g. `catalogue` (→ /catalogue/v1, /catalogue/openapi.json). */
  root: string;
  title: string;
  description: string;
  version: string;
  /** Every tag the context's controllers use (@ApiTags), with what it groups: the OpenAPI document's `tags`. */
  tags: readonly OpenApiTag[];
  configClass: new () => C;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function>;
  /** The context's modules (api, infrastructure), built from the validated config. */
  modules: (config: C) => DynamicModule[];
  /** True when the service consumes Kafka events (registers the Kafka transport). */
  consumesEvents: boolean;
  /** Optional `seed` command: loads reference data; must be idempotent. */
  seed?: (app: import('@nestjs/common').INestApplicationContext, config: C) => Promise<void>;
  /** Further one-off commands (`main.js <name>`), run like `seed`: no HTTP, no consumers, no relay. */
  commands?: Record<
    string,
    (app: import('@nestjs/common').INestApplicationContext, config: C) => Promise<void>
  >;
}
