import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  inUnionWideTransaction,
  narrowTransactionToTenant,
  ReferenceCache,
} from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
import { RotationStore } from '@facile/scheduling/application';
import type { Rotation } from '@facile/scheduling/domain';

interface RotationRow {
  id: string;
  resource: string;
  site_id: string;
  rrule: string;
  from_time: string;
  to_time: string;
  counters: number;
  valid_from: string;
  services: string[];
}

const SELECT = `SELECT id, resource, site_id, rrule, from_time, to_time, counters, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, services FROM scheduling.rotations`;
const LIST_TTL_MS = 1000;
const ALL = 'rotations';
const toRotation = (r: RotationRow): Rotation => ({
  id: r.id,
  resource: r.resource,
  site: r.site_id,
  rrule: r.rrule,
  from: r.from_time,
  to: r.to_time,
  counters: r.counters,
  validFrom: r.valid_from,
  services: r.services,
});

/**
 * The shared calendar. A rotation is the row of the municipality of the site it is at, but a resource (the Digitale
 * Facile team) rotates across municipalities: the calendar and the no-two-places check read it union-wide, and a
 * new rotation is narrowed to the site's municipality once the check has passed.
 */
@Injectable()
export class TypeOrmRotationStore extends RotationStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  private readonly cache = new ReferenceCache(LIST_TTL_MS);

  /** Read by every availability, hold and booking: kept for a second, dropped at once by this process's inserts. */
  list(): Promise<Rotation[]> {
    return this.cache.get(ALL, () =>
      inUnionWideTransaction(this.ds, (m) => m.query<RotationRow[]>(`${SELECT} ORDER BY id`)).then((rows) =>
        rows.map(toRotation),
      ),
    );
  }

  /** Check and insert under a transaction-scoped advisory lock on the resource: no two racing rotations both pass. */
  async insertChecked(
    rotation: Rotation,
    tenant: string,
    check: (sameResource: Rotation[]) => void,
  ): Promise<void> {
    await inUnionWideTransaction(this.ds, async (m: EntityManager) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('rotation:' || $1))`, [rotation.resource]);
      const rows: RotationRow[] = await m.query(`${SELECT} WHERE resource = $1 OR id = $2`, [
        rotation.resource,
        rotation.id,
      ]);
      check(rows.map(toRotation));
      await narrowTransactionToTenant(m, tenant as TenantId);
      await m.query(
        `INSERT INTO scheduling.rotations (id, tenant_id, resource, site_id, rrule, from_time, to_time, counters, valid_from, services) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          rotation.id,
          tenant,
          rotation.resource,
          rotation.site,
          rotation.rrule,
          rotation.from,
          rotation.to,
          rotation.counters,
          rotation.validFrom,
          rotation.services ?? [],
        ],
      );
    });
    this.cache.clear();
  }

  /**
   * The same lock as an insert (on the new resource and on the old one), then the update. Union-wide throughout: a
   * rotation may move to a site of another municipality (its admins are those of both, checked by the use case).
   */
  async replaceChecked(
    rotation: Rotation,
    tenant: string,
    check: (sameResource: Rotation[]) => void,
  ): Promise<boolean> {
    const updated = await inUnionWideTransaction(this.ds, async (m: EntityManager) => {
      const [old]: RotationRow[] = await m.query(`${SELECT} WHERE id = $1`, [rotation.id]);
      if (!old) return false;
      for (const resource of [...new Set([old.resource, rotation.resource])].sort())
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('rotation:' || $1))`, [resource]);
      const rows: RotationRow[] = await m.query(`${SELECT} WHERE resource = $1 AND id <> $2`, [
        rotation.resource,
        rotation.id,
      ]);
      check(rows.map(toRotation));
      await m.query(
        `UPDATE scheduling.rotations SET tenant_id = $2, resource = $3, site_id = $4, rrule = $5, from_time = $6, to_time = $7, counters = $8, valid_from = $9, services = $10 WHERE id = $1`,
        [
          rotation.id,
          tenant,
          rotation.resource,
          rotation.site,
          rotation.rrule,
          rotation.from,
          rotation.to,
          rotation.counters,
          rotation.validFrom,
          rotation.services ?? [],
        ],
      );
      return true;
    });
    this.cache.clear();
    return updated;
  }
}
