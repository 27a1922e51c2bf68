import { DataSource, EntityManager } from 'typeorm';
import { TenantContext, TenantId } from '@facile/platform/tenancy';
import { preparedQuery } from './prepared-query';

/** Sets the tenant for row-level security for the rest of the current transaction. */
export async function setTransactionTenant(manager: EntityManager, tenant: TenantId): Promise<void> {
  await preparedQuery(manager, `SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
}

/** Marks the current transaction as an explicit union-wide operation (RLS lets it see every tenant). */
export async function setTransactionUnionWide(manager: EntityManager): Promise<void> {
  await preparedQuery(manager, `SELECT set_config('app.union_wide', 'on', true)`, []);
}

/**
 * Runs fn in a transaction scoped to the tenant in TenantContext (throws when unset), with RLS set.
 */
export function inTenantTransaction<T>(
  ds: DataSource,
  fn: (manager: EntityManager, tenant: TenantId) => Promise<T>,
): Promise<T> {
  const tenant = TenantContext.current();
  return ds.transaction(async (manager) => {
    await setTransactionTenant(manager, tenant);
    return fn(manager, tenant);
  });
}

/** An explicit, named union-wide operation (e.g. an operator's site agenda across municipalities). */
export function inUnionWideTransaction<T>(
  ds: DataSource,
  fn: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return ds.transaction(async (manager) => {
    await setTransactionUnionWide(manager);
    return fn(manager);
  });
}

/**
 * A transaction for a tenant the code already holds (the municipality of a site, of a ticket), with TenantContext set
 * to it for the duration: what it writes must be that tenant's rows, or row-level security refuses them.
 */
export function inTransactionOfTenant<T>(
  ds: DataSource,
  tenant: TenantId,
  fn: (manager: EntityManager, tenant: TenantId) => Promise<T>,
): Promise<T> {
  return TenantContext.run(tenant, () => inTenantTransaction(ds, fn));
}

/**
 * Narrows a union-wide transaction to one tenant for the rest of it: what it read across municipalities stays read,
 * what it writes from here on must be that tenant's (e.g. a ticket counted against the whole line, issued for one).
 */
export async function narrowTransactionToTenant(manager: EntityManager, tenant: TenantId): Promise<void> {
  await manager.query(
    `SELECT set_config('app.union_wide', 'off', true), set_config('app.tenant_id', $1, true)`,
    [tenant],
  );
}

/**
 * One explicit union-wide read inside a transaction of one tenant (e.g. the municipality of a site, read by a consumer
 * in the transaction of the event's municipality): union-wide for fn only, then back to what the transaction was.
 * fn should only read: what it writes is checked union-wide.
 */
export async function readUnionWide<T>(manager: EntityManager, fn: () => Promise<T>): Promise<T> {
  const [{ previous }]: { previous: string | null }[] = await manager.query(
    `SELECT current_setting('app.union_wide', true) AS previous`,
  );
  await setTransactionUnionWide(manager);
  // no finally: after a failed query the transaction is aborted and rolls back, setting included
  const result = await fn();
  await manager.query(`SELECT set_config('app.union_wide', $1, true)`, [previous ?? '']);
  return result;
}
