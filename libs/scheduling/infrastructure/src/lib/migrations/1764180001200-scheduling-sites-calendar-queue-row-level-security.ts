import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRowLevelSecurity, enableTenantRowLevelSecurity } from '@facile/platform/persistence';

/** The tables whose every code path now runs in a tenant or a named union-wide transaction (ADR 5). */
const STRICT = ['site_offerings', 'site_exceptions', 'rotations', 'tickets'];

/**
 * Row-level security on the rest of the booking core and the walk-in queue:
 * - `site_offerings`, `site_exceptions` (the site's municipality), `rotations` (the municipality of the site a
 *   rotation is at; the Digitale Facile team's resource spans municipalities, so the shared calendar and its
 *   no-two-places check are read union-wide), `tickets` (the citizen's municipality): the tenant policy, forced.
 * - `sites`: the same policy for writes (a municipality's transaction creates and changes only its own sites),
 *   plus `site_directory`, which lets every transaction read the sites: they are the network's public directory
 *   (the citizen's site list shows every row), and the sessions and statistics slices still read them outside a
 *   union-wide transaction. Dropping `site_directory` makes sites as strict as the rest once they do.
 * `outbox` and `inbox` wait for the statistics rebuild, which reads and writes them in a plain transaction.
 */
export class SchedulingSitesCalendarQueueRowLevelSecurity1764180001200 implements MigrationInterface {
  name = 'SchedulingSitesCalendarQueueRowLevelSecurity1764180001200';

  async up(q: QueryRunner): Promise<void> {
    for (const table of STRICT) await enableTenantRowLevelSecurity(q, 'scheduling', table);
    await enableTenantRowLevelSecurity(q, 'scheduling', 'sites');
    await q.query(`CREATE POLICY site_directory ON "scheduling"."sites" FOR SELECT USING (true)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP POLICY IF EXISTS site_directory ON "scheduling"."sites"`);
    await disableTenantRowLevelSecurity(q, 'scheduling', 'sites');
    for (const table of [...STRICT].reverse()) await disableTenantRowLevelSecurity(q, 'scheduling', table);
  }
}
