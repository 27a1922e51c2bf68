import { QueryRunner } from 'typeorm';

/**
 * Turns on row-level security for a tenant-owned table: rows are visible only to transactions that set
 * app.tenant_id to their tenant, or that are explicitly union-wide. Superusers and BYPASSRLS roles are
 * not subject to it, so the service should connect as an ordinary role in production.
 * Frozen: migrations that call it must keep producing the same SQL.
 */
export async function enableTenantRowLevelSecurity(
  runner: QueryRunner,
  schema: string,
  table: string,
): Promise<void> {
  const t = `"${schema}"."${table}"`;
  await runner.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
  await runner.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
  await runner.query(
    `CREATE POLICY tenant_isolation ON ${t} USING (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.union_wide', true) = 'on') WITH CHECK (tenant_id = current_setting('app.tenant_id', true) OR current_setting('app.union_wide', true) = 'on')`,
  );
}

/** Undoes enableTenantRowLevelSecurity (a migration's down). */
export async function disableTenantRowLevelSecurity(
  runner: QueryRunner,
  schema: string,
  table: string,
): Promise<void> {
  const t = `"${schema}"."${table}"`;
  await runner.query(`DROP POLICY IF EXISTS tenant_isolation ON ${t}`);
  await runner.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`);
  await runner.query(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
}
