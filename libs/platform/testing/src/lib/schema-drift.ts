import { DataSource } from 'typeorm';

/** SQL TypeORM would run to make the database match the entities: empty when migrations and entities agree. */
export async function pendingSchemaChanges(ds: DataSource): Promise<string[]> {
  const log = await ds.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
