import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigError, describeConfig, loadConfig, PlatformConfig } from '@facile/platform/config';
import {
  ensureDatabase,
  grantRuntimeRole,
  runtimeRoleFacts,
  runtimeRoleProblem,
} from '@facile/platform/persistence';
import { createServiceApp } from './create-service-app';
import { dataSourceOptionsOf, PlatformModule } from './platform.module';
import { ServiceDefinition } from './service-definition';

/** Applies the service's migrations to its schema (creating the database and schema if needed). */
export async function migrateService<C extends PlatformConfig>(
  def: ServiceDefinition<C>,
  config: C,
): Promise<string[]> {
  const url = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
  await ensureDatabase(url);
  const asOwner = { ...config, DATABASE_URL: url };
  const bootstrap = new DataSource({ ...dataSourceOptionsOf(def, asOwner), entities: [], migrations: [] });
  await bootstrap.initialize();
  await bootstrap.query(`CREATE SCHEMA IF NOT EXISTS "${def.schema}"`);
  await bootstrap.destroy();
  const ds = new DataSource(dataSourceOptionsOf(def, asOwner));
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    const runtimeRole = decodeURIComponent(new URL(config.DATABASE_URL).username);
    const migrationRole = decodeURIComponent(new URL(url).username);
    if (runtimeRole && runtimeRole !== migrationRole)
      await grantRuntimeRole((sql) => ds.query(sql), def.schema, runtimeRole);
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/**
 * With NODE_ENV=production, refuses a runtime connection row-level security would not restrict (a superuser,
 * a BYPASSRLS role, the schema's owner), naming the role; null when the role is fine or outside production.
 */
export async function runtimeRoleRefusal(config: PlatformConfig, schema: string): Promise<string | null> {
  if (config.NODE_ENV !== 'production') return null;
  return runtimeRoleProblem(await runtimeRoleFacts(config.DATABASE_URL, schema));
}

/**
 * The whole main.ts of a service: `serve` (default), `migrate`, `seed`. Refuses to start on bad config,
 * naming the variable.
 */
export async function runService<C extends PlatformConfig>(
  def: ServiceDefinition<C>,
  argv = process.argv.slice(2),
): Promise<void> {
  let config: C;
  try {
    config = loadConfig(def.configClass);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${def.service}: refusing to start. ${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  const command = argv[0] ?? 'serve';
  if (command === 'migrate') {
    const applied = await migrateService(def, config);
    process.stdout.write(`${def.service}: ${applied.length} migration(s) applied\n`);
    return;
  }
  const commands = def.commands ?? {};
  const extra =
    command === 'seed'
      ? def.seed
      : Object.prototype.hasOwnProperty.call(commands, command)
        ? commands[command]
        : undefined;
  if (command === 'seed' || extra) {
    if (!extra) return;
    const ctx = await NestFactory.createApplicationContext(
      PlatformModule.forService(def, {
        ...config,
        OUTBOX_RELAY_ENABLED: false,
        KAFKA_CONSUMERS_ENABLED: false,
      }),
      { logger: ['error', 'warn'] },
    );
    try {
      await extra(ctx, config);
    } finally {
      await ctx.close();
    }
    return;
  }
  if (command !== 'serve') {
    process.stderr.write(
      `${def.service}: unknown command '${command}' (${['serve', 'migrate', 'seed', ...Object.keys(commands)].join(' | ')})\n`,
    );
    process.exit(64);
  }
  const started = Date.now();
  const refusal = await runtimeRoleRefusal(config, def.schema);
  if (refusal) {
    process.stderr.write(`${def.service}: refusing to start. ${refusal}\n`);
    process.exit(78);
  }
  const app = await createServiceApp(def, config);
  void app
    .startAllMicroservices()
    .catch((e: Error) => process.stderr.write(`${def.service}: consumer: ${e.message}\n`));
  await app.listen(config.PORT, '0.0.0.0');
  new Logger(def.service).log(
    { config: describeConfig(config), startupMs: Date.now() - started },
    `${def.service} listening on :${config.PORT}`,
  );
}
