import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@facile/platform/auth';
import { devTokenSecretOf, PlatformConfig } from '@facile/platform/config';
import { InboxEntry, kafkaConnectionOf, MessagingModule, OutboxEntry } from '@facile/platform/messaging';
import { ObservabilityModule } from '@facile/platform/observability';
import { RedisModule, serviceDataSourceOptions } from '@facile/platform/persistence';
import { TenancyModule } from '@facile/platform/tenancy';
import { DependencyHealth, HEALTH_OPTIONS } from './dependency-health';
import { HealthController } from './health.controller';
import { ServiceDefinition } from './service-definition';
import { TraceMiddleware } from './trace.middleware';

export function dataSourceOptionsOf<C extends PlatformConfig>(def: ServiceDefinition<C>, config: C) {
  return serviceDataSourceOptions({
    url: config.DATABASE_URL,
    schema: def.schema,
    entities: [OutboxEntry, InboxEntry, ...(def.entities as object[] as never[])],
    migrations: def.migrations,
    poolSize: config.DATABASE_POOL_SIZE,
    applicationName: def.service,
  });
}

/** Everything a service shares: logging, metrics, health, tenancy, auth, database, Redis, messaging. */
@Module({})
export class PlatformModule implements NestModule {
  static forService<C extends PlatformConfig>(def: ServiceDefinition<C>, config: C): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ObservabilityModule.forRoot({ service: def.service, logLevel: config.LOG_LEVEL }),
        TenancyModule.forRoot(config.TENANTS_FILE),
        AuthModule.forRoot({
          jwksUrl: config.JWKS_URL,
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          rolesClaim: config.JWT_ROLES_CLAIM,
          devTokenSecret: devTokenSecretOf(config),
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptionsOf(def, config), retryAttempts: 20, retryDelay: 1000 }),
        RedisModule.forRoot(config.REDIS_URL, config.REDIS_KEY_PREFIX),
        MessagingModule.forRoot({
          service: def.service,
          schema: def.schema,
          databaseUrl: config.DATABASE_URL,
          kafka: kafkaConnectionOf(config),
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
          relayEnabled: config.OUTBOX_RELAY_ENABLED,
          pollMs: config.OUTBOX_POLL_MS,
          consumerMaxAttempts: config.CONSUMER_MAX_ATTEMPTS,
          consumerBackoffMs: config.CONSUMER_BACKOFF_MS,
          metricsPollMs: config.METRICS_POLL_MS,
          // a contract check of our own code, run by every test; in production consumers validate (ADR 30)
          validateOutgoing: config.NODE_ENV !== 'production',
        }),
        ...def.modules(config),
      ],
      controllers: [HealthController],
      providers: [
        {
          provide: HEALTH_OPTIONS,
          useValue: {
            pollMs: config.HEALTH_POLL_MS,
            poll: config.OUTBOX_RELAY_ENABLED || config.KAFKA_CONSUMERS_ENABLED,
          },
        },
        DependencyHealth,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(TraceMiddleware).forRoutes('*path');
  }
}
