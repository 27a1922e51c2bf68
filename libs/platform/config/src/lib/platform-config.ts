import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
// staff tokens (the identity provider's settings and development tokens)
import { IsDefined, Validate, ValidateIf } from 'class-validator';
import { MonitoringConfig } from './monitoring-config';
import { Secret } from './secret.decorator';
import { DevTokensOutsideProduction, NotThePublishedSecret, requiredInProduction } from './staff-tokens';

// Reads the raw variable (implicit conversion would turn the string 'false' into true).
const toBool = ({ obj, key, value }: { obj: Record<string, unknown>; key: string; value: unknown }) => {
  const raw = obj[key] ?? value;
  return typeof raw === 'boolean' ? raw : ['1', 'true', 'yes', 'on'].includes(String(raw).toLowerCase());
};

/**
 * Variables every service reads. Each app extends this with its own (PORT default, consumer group...).
 * Property names are the environment variable names. The Kafka security and monitoring variables
 * live in KafkaSecurityConfig and MonitoringConfig, its parents.
 */
export class PlatformConfig extends MonitoringConfig {
  @IsIn(['development', 'test', 'production']) NODE_ENV: 'development' | 'test' | 'production' =
    'development';

  @IsInt() @Min(1) @Max(65535) PORT: number = 3000;

  @Secret()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/facile';

  /**
   * The owner role's connection, used by `migrate` only (DDL, grants to the runtime role of DATABASE_URL).
   * Unset: migrate connects with DATABASE_URL (a superuser in development). ADR 5.
   */
  @Secret()
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'MIGRATION_DATABASE_URL must be a postgres:// URL' })
  MIGRATION_DATABASE_URL?: string;

  @IsInt() @Min(1) @Max(200) DATABASE_POOL_SIZE: number = 20;

  /** Comma-separated host:port list. */
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must be host:port[,host:port]' })
  KAFKA_BROKERS: string = '127.0.0.1:9092';

  /** Prepended to every topic name, so benchmarks and parallel test runs stay isolated. */
  @Matches(/^[a-zA-Z0-9._-]*$/) KAFKA_TOPIC_PREFIX: string = '';

  @Secret()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  /** Prefix of every Redis key this deployment writes. */
  @Matches(/^[a-zA-Z0-9:._-]*$/) REDIS_KEY_PREFIX: string = 'facile:';

  /**
   * Staff tokens come from the OpenID Connect provider (Keycloak): its key set, issuer and audience, all three
   * required with NODE_ENV=production. See docs/adr/0016-staff-identity-keycloak.md.
   */
  @ValidateIf(requiredInProduction)
  @IsDefined({ message: "JWKS_URL is required with NODE_ENV=production (the identity provider's key set)" })
  @Matches(/^https?:\/\/.+/, { message: 'JWKS_URL must be an http(s) URL' })
  JWKS_URL?: string;
  @ValidateIf(requiredInProduction)
  @IsDefined({
    message: "JWT_ISSUER is required with NODE_ENV=production (the iss of the provider's tokens)",
  })
  @IsString()
  JWT_ISSUER?: string;
  @ValidateIf(requiredInProduction)
  @IsDefined({
    message:
      'JWT_AUDIENCE is required with NODE_ENV=production (the aud the provider puts in tokens for the services)',
  })
  @IsString()
  JWT_AUDIENCE?: string;
  /** Dotted path of the roles claim: Keycloak's `realm_access.roles`, or `roles`. */
  @Matches(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, {
    message: 'JWT_ROLES_CLAIM must be a dotted claim path such as realm_access.roles',
  })
  JWT_ROLES_CLAIM: string = 'realm_access.roles';

  /** HS256 development tokens (`npm run token` with DEV_TOKENS=true, tests): off unless set, never in production. */
  @Transform(toBool) @IsBoolean() @Validate(DevTokensOutsideProduction) DEV_TOKENS: boolean = false;
  /** Secret of the development tokens (default: the published development secret, outside production only). */
  @Secret() @IsOptional() @IsString() @MinLength(32) @Validate(NotThePublishedSecret) JWT_SECRET?: string;

  /** Path of the tenants file (a ConfigMap in Kubernetes). Empty = the file shipped with the platform. */
  @IsOptional() @IsString() TENANTS_FILE?: string;

  /**
   * The desk console's own origin (scheme, host, port): the only web origin whose pages may call staff endpoints
   * (CORS, libs/platform/bootstrap). The gateway and the Ingress serve the console on the API's own host.
   */
  @Matches(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/, {
    message:
      'CONSOLE_ORIGIN must be an origin like https://sportello.example.it (no path, no trailing slash)',
  })
  CONSOLE_ORIGIN: string = 'http://localhost:8080';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL: string = 'info';

  @Transform(toBool) @IsBoolean() OUTBOX_RELAY_ENABLED: boolean = true;
  @IsInt() @Min(10) @Max(60000) OUTBOX_POLL_MS: number = 1000;

  @Transform(toBool) @IsBoolean() KAFKA_CONSUMERS_ENABLED: boolean = true;
  /**
   * Partitions one consumer handles at the same time (order is kept within a partition, i.e. per aggregate).
   * One at a time made a single notifications process fall behind a burst of bookings (npm run bench).
   */
  @IsInt() @Min(1) @Max(64) KAFKA_CONSUMER_CONCURRENCY: number = 6;
  /**
   * A fetch is answered once this many bytes wait for the consumer or after KAFKA_FETCH_MAX_WAIT_MS: under a flow of
   * events a consumer takes them in batches instead of a fetch round trip for every event or two (issue 20).
   */
  @IsInt() @Min(1) @Max(1048576) KAFKA_FETCH_MIN_BYTES: number = 16384;
  @IsInt() @Min(10) @Max(10000) KAFKA_FETCH_MAX_WAIT_MS: number = 100;
  @IsInt() @Min(1) @Max(20) CONSUMER_MAX_ATTEMPTS: number = 5;
  @IsInt() @Min(1) @Max(60000) CONSUMER_BACKOFF_MS: number = 200;

  @IsInt() @Min(0) @Max(120000) SHUTDOWN_GRACE_MS: number = 10000;

  /**
   * Which proxies may set the client address through `X-Forwarded-For` (Express `trust proxy`): `false`, `true`,
   * a hop count, or addresses/subnets/names (`loopback`, `uniquelocal`, `10.0.0.0/8`, comma-separated). Only a
   * trusted proxy's header is believed, so per-client limits cannot be dodged by forging it.
   */
  @Matches(/^(true|false|\d{1,2}|[a-z0-9.:/]+(\s*,\s*[a-z0-9.:/]+)*)$/i, {
    message:
      'TRUST_PROXY must be true, false, a hop count or a list of addresses, subnets or loopback/linklocal/uniquelocal',
  })
  TRUST_PROXY: string = 'loopback';
}

/** The Express `trust proxy` value of TRUST_PROXY. */
export function trustProxySetting(value: string): boolean | number | string {
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  return /^\d+$/.test(v) ? Number(v) : v;
}
