import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { PlatformConfig, trustProxySetting } from '@facile/platform/config';
import { createValidationPipe, ProblemFilter, serveOpenApi } from '@facile/platform/http';
import { CloudEventsKafkaServer, ConsumerLag, kafkaConnectionOf } from '@facile/platform/messaging';
import { TenantRegistry } from '@facile/platform/tenancy';
import { enablePlatformCors } from './cors/enable-cors';
import { PlatformModule } from './platform.module';
import { ServiceDefinition } from './service-definition';

/** Builds the HTTP application (and its Kafka consumer) without listening: main.ts and tests share it. */
export async function createServiceApp<C extends PlatformConfig>(
  def: ServiceDefinition<C>,
  config: C,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(PlatformModule.forService(def, config), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // First, so that every answer to a page of another origin carries its CORS headers, errors of the body parser too.
  enablePlatformCors(app, {
    citizenOrigins: app.get(TenantRegistry).webOrigins(),
    consoleOrigin: config.CONSOLE_ORIGIN,
  });
  app.useBodyParser('json', { limit: '256kb' });
  app.set('query parser', 'simple');
  // The client address (req.ip, rate limits) comes from X-Forwarded-For only when the peer is a trusted proxy.
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  app.disable('x-powered-by');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();
  serveOpenApi(app, {
    root: def.root,
    title: def.title,
    description: def.description,
    version: def.version,
    tags: def.tags,
  });
  if (def.consumesEvents && config.KAFKA_CONSUMERS_ENABLED) {
    const groupId = `${config.KAFKA_TOPIC_PREFIX}${def.service}`;
    app.connectMicroservice(
      {
        strategy: new CloudEventsKafkaServer(
          {
            client: {
              clientId: `${def.service}-consumer`,
              ...kafkaConnectionOf(config),
              retry: { retries: 8 },
            },
            consumer: {
              groupId,
              sessionTimeout: 15000,
              heartbeatInterval: 3000,
              minBytes: config.KAFKA_FETCH_MIN_BYTES,
              maxWaitTimeInMs: config.KAFKA_FETCH_MAX_WAIT_MS,
            },
            subscribe: { fromBeginning: true },
            run: {
              autoCommit: true,
              autoCommitInterval: 1000,
              partitionsConsumedConcurrently: config.KAFKA_CONSUMER_CONCURRENCY,
            },
          },
          config.KAFKA_TOPIC_PREFIX,
          (topics) => app.get(ConsumerLag).watch(groupId, topics),
        ),
      },
      { inheritAppConfig: true },
    );
  }
  return app;
}
