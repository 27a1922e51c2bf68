import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { planAt, SchedulingReader } from '@facile/scheduling/application';
import { QueueStore } from '../ports/queue.store';

export interface WalkInService {
  service: string;
  title: string;
  /** The municipalities a ticket for it can be taken for at this site. */
  tenants: string[];
}

/** What a kiosk offers: the published walk-in procedures a site serves, and for which municipalities. */
@Injectable()
export class WalkInServicesUseCase {
  constructor(
    private readonly store: QueueStore,
    private readonly reader: SchedulingReader,
    private readonly tenants: TenantRegistry,
  ) {}

  async list(siteId: string): Promise<{ site: string; items: WalkInService[] }> {
    const site = (await this.reader.sites()).find((s) => s.id === siteId);
    if (!site) throw new NotFoundError(`No site '${siteId}'`);
    const procedures = await this.reader.procedures(await this.store.walkInServices());
    const offerings = await this.reader.offerings(
      [site.id],
      procedures.map((p) => p.slug),
    );
    const municipalities = this.tenants.municipalities().map((t) => t.id);
    const items = procedures
      .filter((p) => p.status === 'published' && p.walkIn)
      .map((p) => ({
        service: p.slug,
        title: p.title,
        tenants: municipalities.filter(
          (tenant) =>
            p.offerings.some((o) => o.tenant === tenant && o.enabled) &&
            planAt(site, tenant, [p], offerings) !== undefined,
        ),
      }))
      .filter((s) => s.tenants.length > 0)
      .sort((a, b) => a.title.localeCompare(b.title, 'it'));
    return { site: site.id, items };
  }
}
