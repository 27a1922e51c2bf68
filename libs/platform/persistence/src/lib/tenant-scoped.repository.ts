import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { TenantId } from '@facile/platform/tenancy';

/**
 * Base for repositories of tenant-owned tables. Every read and write takes a TenantId (a branded type
 * only the registry and context mint), so a query without a tenant does not compile.
 */
export abstract class TenantScopedRepository<E extends ObjectLiteral & { tenantId: string }> {
  protected abstract readonly entity: EntityTarget<E>;

  protected query(manager: EntityManager, tenant: TenantId, alias: string): SelectQueryBuilder<E> {
    return manager.createQueryBuilder(this.entity, alias).where(`${alias}.tenant_id = :tenant`, { tenant });
  }

  protected findOne(manager: EntityManager, tenant: TenantId, where: FindOptionsWhere<E>): Promise<E | null> {
    return manager.findOne(this.entity, { where: { ...where, tenantId: tenant } as FindOptionsWhere<E> });
  }

  protected find(manager: EntityManager, tenant: TenantId, where: FindOptionsWhere<E> = {}): Promise<E[]> {
    return manager.find(this.entity, { where: { ...where, tenantId: tenant } as FindOptionsWhere<E> });
  }
}
