import { DataSource } from 'typeorm';
import { inTransactionOfTenant } from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import { OpeningHours, RESOURCE_SERVICES, Rotation } from '@facile/scheduling/domain';
import sitesFile from '../seed/sites.json';

interface SeedSite {
  id: string;
  tenant: string;
  name: string;
  kind: string;
  address?: string;
  counters: number;
  servesAllTenants?: boolean;
  openingHours: OpeningHours;
}

/** A rotation as sites.json writes it: the domain's, without the start date the seed gives it. */
type SeedRotation = Omit<Rotation, 'validFrom'>;

export const seedSites: SeedSite[] = (sitesFile as unknown as { sites: SeedSite[] }).sites;
export const seedRotations: SeedRotation[] = (sitesFile as unknown as { rotations: SeedRotation[] })
  .rotations;

/** Rules count from this date (the DTSTART of the seeded RRULEs, e.g. which Friday of two). */
export const SEED_ROTATIONS_FROM = '2026-01-01';

/**
 * Inserts the network's sites and the shared calendar's rotations; idempotent, and never overwrites what admins changed
 * since. Each row in its municipality's transaction (a rotation is the municipality's of the site it is at).
 */
export async function seedSchedulingSites(ds: DataSource): Promise<number> {
  let inserted = 0;
  for (const s of seedSites) {
    const rows: unknown[] = await inTransactionOfTenant(ds, s.tenant as TenantId, (m) =>
      m.query(
        `INSERT INTO scheduling.sites (id, tenant_id, name, kind, address, counters, serves_all_tenants, time_zone, opening_hours)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'Europe/Rome', $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          s.id,
          s.tenant,
          s.name,
          s.kind,
          s.address ?? null,
          s.counters,
          s.servesAllTenants ?? false,
          JSON.stringify(s.openingHours),
        ],
      ),
    );
    inserted += rows.length;
  }
  for (const r of seedRotations) {
    const site = seedSites.find((s) => s.id === r.site);
    if (!site) throw new Error(`Seeded rotation ${r.id} is at an unknown site ${r.site}`);
    await inTransactionOfTenant(ds, site.tenant as TenantId, (m) =>
      m.query(
        `INSERT INTO scheduling.rotations (id, tenant_id, resource, site_id, rrule, from_time, to_time, counters, valid_from, services)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [
          r.id,
          site.tenant,
          r.resource,
          r.site,
          r.rrule,
          r.from,
          r.to,
          r.counters,
          SEED_ROTATIONS_FROM,
          r.services ?? [...(RESOURCE_SERVICES[r.resource] ?? [])],
        ],
      ),
    );
  }
  return inserted;
}
