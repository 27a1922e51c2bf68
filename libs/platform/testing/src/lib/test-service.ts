import { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  createServiceApp,
  dataSourceOptionsOf,
  migrateService,
  ServiceDefinition,
} from '@facile/platform/bootstrap';
import { loadConfig, PlatformConfig } from '@facile/platform/config';
import { kafkaConnectionOf } from '@facile/platform/messaging';
import { localServiceDatabaseUrls, provisionLocalDatabaseRoles } from '@facile/platform/persistence';
import { Client } from 'pg';
import { createTopics, testKafkaOf } from './kafka-test-topics';

export interface TestService<C extends PlatformConfig> {
  app: INestApplication;
  config: C;
  /**
   * The test's own view of the service's schema, as the database superuser: it sees and writes every
   * municipality's rows (row-level security does not apply to it), for fixtures and assertions.
   */
  ds: DataSource;
  /** The service's own data source: its runtime role (facile_<schema>), subject to row-level security. */
  appDs: DataSource;
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
  // env's DATABASE_URL is the superuser's (testEnvironment): the service runs as its own role, migrates as the owner
  await provisionLocalDatabaseRoles(env['DATABASE_URL']);
  const config = loadConfig(def.configClass, {
    ...env,
    ...localServiceDatabaseUrls(env['DATABASE_URL'], def.schema),
  });
  await migrateService(def, config);
  await createTopics(config.KAFKA_TOPIC_PREFIX, testKafkaOf(kafkaConnectionOf(config)));
  const app = await createServiceApp(def, config);
  await app.init();
  if (def.consumesEvents && config.KAFKA_CONSUMERS_ENABLED) await app.startAllMicroservices();
  const appDs = app.get<DataSource>(getDataSourceToken());
  const ds = new DataSource({
    ...dataSourceOptionsOf(def, { ...config, DATABASE_URL: env['DATABASE_URL'] }),
    extra: { max: 4, options: `-c search_path=${def.schema},public` },
  });
  await ds.initialize();
  return {
    app,
    config,
    ds,
    appDs,
    // the runtime role may not TRUNCATE (which ignores row-level security): the owner empties the tables
    reset: () => truncateSchemaAsOwner(config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL, def.schema),
    close: async () => {
      await app.close();
      await ds.destroy();
    },
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

async function truncateSchemaAsOwner(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'migrations'`,
      [schema],
    );
    if (rows.length > 0)
      await client.query(
        `TRUNCATE ${rows.map((r) => `"${schema}"."${r.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`,
      );
  } finally {
    await client.end();
  }
}
