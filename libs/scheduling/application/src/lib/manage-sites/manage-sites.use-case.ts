import { Injectable } from '@nestjs/common';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { OpeningHours, openingHoursProblems } from '@facile/scheduling/domain';
import { AvailabilityCache } from '../get-availability/availability.cache';
import { Clock } from '../ports/calendar';
import { SchedulingReader, SiteView } from '../ports/scheduling.reader';
import { SiteAdminStore, SiteChange } from '../ports/site-admin.store';

export interface NewSite {
  id: string;
  tenant: string;
  name: string;
  kind: string;
  address?: string | null;
  counters: number;
  servesAllTenants?: boolean;
  openingHours?: OpeningHours;
}

export const SITE_TIME_ZONE = 'Europe/Rome';

/** Creating and changing sites: the municipality's tenant admins for its own sites, union admins for all. */
@Injectable()
export class ManageSitesUseCase {
  constructor(
    private readonly reader: SchedulingReader,
    private readonly admin: SiteAdminStore,
    private readonly tenants: TenantRegistry,
    private readonly availability: AvailabilityCache,
    private readonly clock: Clock,
  ) {}

  async create(input: NewSite, principal: Principal): Promise<SiteView> {
    const tenant = this.tenants.get(input.tenant);
    if (tenant.kind !== 'municipality')
      throw new ValidationFailedError([
        { field: 'tenant', message: `${input.tenant} is not a municipality` },
      ]);
    if (!canAdministerTenant(principal, input.tenant))
      throw new ForbiddenError(`Not allowed to add sites of ${input.tenant}`);
    const openingHours = input.openingHours ?? {};
    this.checkHours(openingHours);
    const site: SiteView = {
      id: input.id,
      tenant: input.tenant,
      name: input.name,
      kind: input.kind,
      address: input.address ?? null,
      counters: input.counters,
      servesAllTenants: input.servesAllTenants ?? false,
      timeZone: SITE_TIME_ZONE,
      openingHours,
    };
    await this.admin.createSite(site);
    this.availability.clear();
    return site;
  }

  /** Fields left out keep their value; the municipality of a site never changes. */
  async update(id: string, change: SiteChange, principal: Principal): Promise<SiteView> {
    const site = (await this.reader.sites()).find((s) => s.id === id);
    if (!site) throw new NotFoundError(`No site '${id}'`);
    if (!canAdministerTenant(principal, site.tenant)) throw new ForbiddenError(`Not allowed to change ${id}`);
    if (change.openingHours) this.checkHours(change.openingHours);
    await this.admin.updateSite(site, change, this.clock.now());
    this.availability.clear();
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    return { ...site, ...defined };
  }

  private checkHours(hours: OpeningHours): void {
    const problems = openingHoursProblems(hours);
    if (problems.length)
      throw new ValidationFailedError(problems.map((message) => ({ field: 'openingHours', message })));
  }
}
