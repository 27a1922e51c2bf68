import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRowLevelSecurity, enableTenantRowLevelSecurity } from '@facile/platform/persistence';

/**
 * The outbox and inbox carry tenant_id too: row-level security on them, so a transaction without a tenant
 * neither reads nor writes another municipality's events. The relay and the backlog gauge read them as named
 * union-wide operations (ADR 5).
 */
export class CatalogueMessagingRowLevelSecurity1764180000200 implements MigrationInterface {
  name = 'CatalogueMessagingRowLevelSecurity1764180000200';

  async up(q: QueryRunner): Promise<void> {
    await enableTenantRowLevelSecurity(q, 'catalogue', 'outbox');
    await enableTenantRowLevelSecurity(q, 'catalogue', 'inbox');
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRowLevelSecurity(q, 'catalogue', 'inbox');
    await disableTenantRowLevelSecurity(q, 'catalogue', 'outbox');
  }
}
