import { Injectable } from '@nestjs/common';
import { BusinessRuleError, NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import {
  durationFor,
  grouped,
  isBookableFor,
  Procedure,
  Rotation,
  rotationsServing,
} from '@facile/scheduling/domain';
import { RotationStore } from '../ports/rotation.store';
import { OfferingSettings, SchedulingReader, SiteView } from '../ports/scheduling.reader';

export const DEFAULT_MIN_NOTICE_MINUTES = 60;
export const DEFAULT_MAX_DAYS_AHEAD = 60;

/** How one visit (one or more procedures for a municipality) is served at one site. */
export interface VisitPlan {
  site: SiteView;
  durationMinutes: number;
  counters: number;
  minNoticeMinutes: number;
  maxDaysAhead: number;
  /** The rotations that decide the visit's dates and hours here (a procedure of a rotating resource); empty otherwise. */
  rotations: Rotation[];
}

/** Does this site serve this procedure for this municipality, and how? undefined when it does not. */
export function planAt(
  site: SiteView,
  tenant: string,
  procedures: Procedure[],
  offerings: OfferingSettings[],
  rotations: readonly Rotation[] = [],
): VisitPlan | undefined {
  let duration = 0;
  let counters = site.counters;
  let notice = 0;
  let horizon = Number.MAX_SAFE_INTEGER;
  for (const p of procedures) {
    const o = offerings.find((x) => x.site === site.id && x.service === p.slug);
    if (o && !o.enabled) return undefined;
    const tenants = o?.tenants ?? (site.servesAllTenants ? null : [site.tenant]);
    if (tenants && !tenants.includes(tenant)) return undefined;
    duration += o?.durationMinutes ?? durationFor(p, tenant);
    counters = Math.min(counters, o?.counters ?? site.counters);
    notice = Math.max(notice, o?.minNoticeMinutes ?? DEFAULT_MIN_NOTICE_MINUTES);
    horizon = Math.min(horizon, o?.maxDaysAhead ?? DEFAULT_MAX_DAYS_AHEAD);
  }
  // A rotating resource serves with its own counters (taken from the site's first ones).
  const team = rotationsServing(
    rotations,
    site.id,
    procedures.map((p) => p.slug),
  );
  if (team.length) counters = Math.min(counters, Math.max(...team.map((r) => r.counters)));
  return counters > 0 && duration > 0
    ? {
        site,
        durationMinutes: duration,
        counters,
        minNoticeMinutes: notice,
        maxDaysAhead: horizon,
        rotations: team,
      }
    : undefined;
}

/** Resolves procedures, municipality and sites for a visit, with 4xx errors for every bad input. */
@Injectable()
export class VisitPlanner {
  constructor(
    private readonly reader: SchedulingReader,
    private readonly tenants: TenantRegistry,
    private readonly rotations: RotationStore,
  ) {}

  async plan(services: string[], tenant: string, siteId?: string): Promise<VisitPlan[]> {
    const municipality = this.tenants.get(tenant);
    if (municipality.kind !== 'municipality')
      throw new BusinessRuleError(`'${tenant}' is not a municipality`, 'not-a-municipality');
    const unique = [...new Set(services)];
    const procedures = await this.reader.procedures(unique);
    for (const slug of unique) {
      const p = procedures.find((x) => x.slug === slug);
      if (!p) throw new NotFoundError(`No procedure '${slug}'`);
      if (!isBookableFor(p, tenant))
        throw new BusinessRuleError(`'${slug}' cannot be booked for ${tenant}`, 'not-bookable');
    }
    const all = await this.reader.sites();
    const sites = siteId ? all.filter((s) => s.id === siteId) : all;
    if (siteId && sites.length === 0) throw new NotFoundError(`No site '${siteId}'`);
    const [offerings, rotations] = await Promise.all([
      this.reader.offerings(
        sites.map((s) => s.id),
        unique,
      ),
      this.rotations.list(),
    ]);
    // Each site is planned against its own offerings and rotations: at region scale (700 sites, 650 offerings,
    // 329 rotations) scanning the whole lists for every site was most of an availability request's CPU.
    const offeringsOf = grouped(offerings, (o) => o.site);
    const rotationsOf = grouped(rotations, (r) => r.site);
    const plans = sites
      .map((s) => planAt(s, tenant, procedures, offeringsOf.get(s.id) ?? [], rotationsOf.get(s.id) ?? []))
      .filter((p): p is VisitPlan => p !== undefined);
    if (siteId && plans.length === 0)
      throw new BusinessRuleError(
        `Site '${siteId}' does not serve this for ${tenant}`,
        'site-does-not-serve',
      );
    return plans;
  }
}
