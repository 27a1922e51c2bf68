import { EntityManager } from 'typeorm';
import { ServiceCardV1 } from '@facile/contracts';
import { ProcedureRecord } from './procedure.record';

/**
 * Upserts the projection from a card event. The version guard is in the statement, so a late or repeated
 * event never overwrites a newer card, whatever the interleaving.
 */
export async function projectProcedure(manager: EntityManager, card: ServiceCardV1): Promise<void> {
  const table = manager.getRepository(ProcedureRecord).metadata.tablePath;
  const offerings = card.offerings.map((o) => ({
    tenant: o.tenant,
    enabled: o.enabled,
    durationMinutes: o.durationMinutes ?? null,
  }));
  await manager.query(
    `INSERT INTO ${table} AS p (slug, version, status, title, bookable, walk_in, duration_minutes, offerings, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
     ON CONFLICT (slug) DO UPDATE SET version = EXCLUDED.version, status = EXCLUDED.status, title = EXCLUDED.title,
       bookable = EXCLUDED.bookable, walk_in = EXCLUDED.walk_in, duration_minutes = EXCLUDED.duration_minutes,
       offerings = EXCLUDED.offerings, updated_at = now()
     WHERE p.version < EXCLUDED.version`,
    [
      card.slug,
      card.version,
      card.status,
      card.title,
      card.bookable,
      card.walkIn,
      card.durationMinutes,
      JSON.stringify(offerings),
    ],
  );
}
