import request from 'supertest';
import { fiscalCodeCheckChar } from '@facile/platform/validation';
import { TestService } from '@facile/platform/testing';
import { seedSchedulingSites } from '@facile/scheduling/infrastructure';
import { SchedulingConfig } from '../scheduling.config';

/** A valid codice fiscale, distinct for each n < 1000 × 26. */
export function fiscalCode(n: number): string {
  const letter = String.fromCharCode(65 + (Math.floor(n / 1000) % 26));
  const first15 = `RSSMR${letter}85T10A${String(n % 1000).padStart(3, '0')}`;
  return `${first15}${fiscalCodeCheckChar(first15)}`;
}

export const citizen = (n: number) => ({
  firstName: 'Mario',
  lastName: `Rossi ${n}`,
  fiscalCode: fiscalCode(n),
  email: `m${n}@example.org`,
});

/** Procedures go straight into the projection (the catalogue's events fill it in production). */
export async function insertProcedure(
  svc: TestService<SchedulingConfig>,
  slug: string,
  durationMinutes: number,
  offerings: { tenant: string; enabled: boolean; durationMinutes?: number | null }[],
): Promise<void> {
  await svc.ds.query(
    `INSERT INTO scheduling.procedures (slug, version, status, title, bookable, walk_in, duration_minutes, offerings)
     VALUES ($1, 1, 'published', $1, true, false, $2, $3) ON CONFLICT (slug) DO UPDATE SET duration_minutes = EXCLUDED.duration_minutes, offerings = EXCLUDED.offerings`,
    [slug, durationMinutes, JSON.stringify(offerings)],
  );
}

export const allTenants = (durationMinutes?: number) =>
  ['cesena', 'bagno-di-romagna', 'mercato-saraceno', 'montiano', 'verghereto'].map((tenant) => ({
    tenant,
    enabled: true,
    durationMinutes: durationMinutes ?? null,
  }));

export async function prepare(svc: TestService<SchedulingConfig>): Promise<void> {
  await svc.reset();
  await seedSchedulingSites(svc.ds);
  await insertProcedure(svc, 'carta-identita-elettronica', 20, [
    ...allTenants().filter((t) => t.tenant !== 'cesena'),
    { tenant: 'cesena', enabled: true, durationMinutes: 30 },
  ]);
  await insertProcedure(svc, 'cambio-residenza', 30, allTenants());
  await insertProcedure(svc, 'spid', 15, allTenants());
  await insertProcedure(svc, 'non-prenotabile', 15, [{ tenant: 'cesena', enabled: false }]);
  // Delivered by the Digitale Facile team: on its rotations' dates and hours where it rotates.
  await insertProcedure(svc, 'facilitazione-digitale-individuale', 45, allTenants());
  // Far horizon so that 2027 dates are bookable from today.
  await svc.ds.query(
    `INSERT INTO scheduling.site_offerings (site_id, service, tenant_id, enabled, counters, duration_minutes, min_notice_minutes, max_days_ahead, tenants)
     SELECT s.id, p.slug, s.tenant_id, true, NULL, NULL, 60, 730, NULL FROM scheduling.sites s CROSS JOIN scheduling.procedures p`,
  );
}

export const http = (svc: TestService<SchedulingConfig>) => request(svc.app.getHttpServer());
