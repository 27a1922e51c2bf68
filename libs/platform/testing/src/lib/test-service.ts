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

const TABLES = `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename <> 'migrations'`;

/**
 * Empties a schema's tables in one TRUNCATE, the inbox first. The service's own consumers may still be applying
 * the last test's events, and each of their transactions begins with its inbox row: with the inbox locked first
 * such a transaction waits before it holds anything, where another order let it hold the inbox while waiting for a
 * table the TRUNCATE held (a deadlock). Other races (a request still under way) are tried again.
 */
async function truncateAll(
  query: (sql: string, params?: unknown[]) => Promise<{ tablename: string }[]>,
  schema: string,
): Promise<void> {
  const tables = (await query(TABLES, [schema])).map((r) => r.tablename);
  if (tables.length === 0) return;
  tables.sort((a, b) => Number(b === 'inbox') - Number(a === 'inbox'));
  const sql = `TRUNCATE ${tables.map((t) => `"${schema}"."${t}"`).join(', ')} RESTART IDENTITY CASCADE`;
  for (let attempt = 1; ; attempt++) {
    try {
      await query(sql);
      return;
    } catch (e) {
      if (attempt >= 5 || !/deadlock detected/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

export async function truncateSchema(ds: DataSource, schema: string): Promise<void> {
  await truncateAll((sql, params) => ds.query(sql, params), schema);
}

async function truncateSchemaAsOwner(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await truncateAll(
      async (sql, params) => (await client.query<{ tablename: string }>(sql, params)).rows,
      schema,
    );
  } finally {
    await client.end();
  }
}
