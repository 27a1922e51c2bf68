import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createServiceApp, migrateService, ServiceDefinition } from '@facile/platform/bootstrap';
import { loadConfig, PlatformConfig } from '@facile/platform/config';
import { kafkaConnectionOf } from '@facile/platform/messaging';
import { createTopics, testKafkaOf } from './kafka-test-topics';

export interface TestService<C extends PlatformConfig> {
  app: INestApplication;
  config: C;
  ds: DataSource;
  /** Empties every table of the service's schema except the migrations. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Boots a real service (real PostgreSQL, Kafka, Redis) from its definition: migrates its schema in the
 * test database, creates the topics of its prefix, starts its consumer when it has one.
 */
export async function startTestService<C extends PlatformConfig>(
  def: ServiceDefinition<C>,
  env: Record<string, string>,
): Promise<TestService<C>> {
  const config = loadConfig(def.configClass, { ...env });
  await migrateService(def, config);
  await createTopics(config.KAFKA_TOPIC_PREFIX, testKafkaOf(kafkaConnectionOf(config)));
  const app = await createServiceApp(def, config);
  await app.init();
  if (def.consumesEvents && config.KAFKA_CONSUMERS_ENABLED) await app.startAllMicroservices();
  const ds = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    config,
    ds,
    reset: () => truncateSchema(ds, def.schema),
    close: () => app.close(),
  };
}

export async function truncateSchema(ds: DataSource, schema: string): Promise<void> {
  const rows: { tablename: string }[] = await ds.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'migrations'`,
    [schema],
  );
  if (rows.length === 0) return;
  await ds.query(
    `TRUNCATE ${rows.map((r) => `"${schema}"."${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
  );
}
