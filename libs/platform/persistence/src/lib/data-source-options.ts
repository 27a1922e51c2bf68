import { DataSourceOptions } from 'typeorm';

export interface ServiceDataSourceInput {
  url: string;
  /** The service's own PostgreSQL schema (contract.md). */
  schema: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  poolSize?: number;
  applicationName: string;
}

/** One data source per service, confined to its schema; migrations only, never synchronize. */
export function serviceDataSourceOptions(input: ServiceDataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    schema: input.schema,
    entities: input.entities,
    migrations: input.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // TypeORM's own logger prints failed queries with their parameters (codici fiscali, emails): off.
    // Failures still reach the problem filter, which logs them without personal data.
    logging: false,
    applicationName: input.applicationName,
    extra: {
      max: input.poolSize ?? 20,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      // A statement that runs away must not hold a connection for ever.
      statement_timeout: 15000,
      // No parallel query: these are request-serving processes, and under concurrent load the workers of one
      // statement cost the other requests' CPU (the region's statistics query: 28 ms serial, 54 ms of CPU
      // across three processes in parallel, ADR 30). A reporting replica may set it back in its own role.
      options: `-c search_path=${input.schema},public -c max_parallel_workers_per_gather=0`,
    },
  };
}
