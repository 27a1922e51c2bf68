import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRowLevelSecurity, enableTenantRowLevelSecurity } from '@facile/platform/persistence';

/**
 * The outbox and inbox carry tenant_id too: row-level security on them, so a transaction without a tenant
 * neither reads nor writes another municipality's events. The relay and the backlog gauge read them as named
 * union-wide operations (ADR 5).
 */
export class NotificationsMessagingRowLevelSecurity1764180000400 implements MigrationInterface {
  name = 'NotificationsMessagingRowLevelSecurity1764180000400';

  async up(q: QueryRunner): Promise<void> {
    await enableTenantRowLevelSecurity(q, 'notifications', 'outbox');
    await enableTenantRowLevelSecurity(q, 'notifications', 'inbox');
  }

  async down(q: QueryRunner): Promise<void> {
    await disableTenantRowLevelSecurity(q, 'notifications', 'inbox');
    await disableTenantRowLevelSecurity(q, 'notifications', 'outbox');
  }
}
