import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRowLevelSecurity, enableTenantRowLevelSecurity } from '@facile/platform/persistence';

/** The last tenant-owned tables of scheduling: every code path reaching them now runs in a named transaction. */
const TABLES = ['sessions', 'session_registrations', 'outbox', 'inbox'];

/**
 * Row-level security on the rest of scheduling (ADR 5), the tenant policy, forced:
 * - `sessions` and `session_registrations`: a session is its site's municipality's (the Union's, for a site of the
 *   Union), and so is every registration to it (the session's tenant_id is copied onto each). The sessions store reads
 *   union-wide and writes narrowed to the session's municipality.
 * - `outbox` and `inbox`: an event's municipality (`ce_tenant`). Written in the transaction of the change they record
 *   (or the inbox consumer's, set to the event's tenant); the relay, the backlog gauge and the statistics rebuild read
 *   and write them union-wide.
 * - `sites` loses its temporary read policy `site_directory`: every reader of the sites now runs union-wide (the site
 *   list, availability, the booking store, whose rows carry the site's name; the queue; the sessions store) or reads
 *   them in its own municipality's transaction (a site's owner), and the statistics projection reads a site's
 *   municipality with `readUnionWide`. Sites are then as strict as every other table.
 */
export class SchedulingSessionsMessagingRowLevelSecurity1764180001300 implements MigrationInterface {
  name = 'SchedulingSessionsMessagingRowLevelSecurity1764180001300';

  async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await enableTenantRowLevelSecurity(q, 'scheduling', table);
    await q.query(`DROP POLICY site_directory ON "scheduling"."sites"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE POLICY site_directory ON "scheduling"."sites" FOR SELECT USING (true)`);
    for (const table of [...TABLES].reverse()) await disableTenantRowLevelSecurity(q, 'scheduling', table);
  }
}
