import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { BusinessRuleError, NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { ManageTokens } from '@facile/platform/validation';
import {
  averageServiceMinutes,
  estimatedWaitMinutes,
  TICKET_EVENT_OF,
  ticketDay,
} from '@facile/scheduling/queue-domain';
import { Clock } from '@facile/scheduling/application';
import { SchedulingReader } from '@facile/scheduling/application';
import { planAt } from '@facile/scheduling/application';
import { QueueNotifier, QueueStore } from '../ports/queue.store';

export interface TicketResponse {
  number: string;
  site: string;
  service: string;
  tenant: string;
  issuedAt: string;
  estimatedWaitMinutes: number;
  manageToken: string;
}

/** A walk-in citizen takes a ticket for a service at a site. */
@Injectable()
export class IssueTicketUseCase {
  constructor(
    private readonly store: QueueStore,
    private readonly reader: SchedulingReader,
    private readonly tenants: TenantRegistry,
    private readonly notifier: QueueNotifier,
    private readonly clock: Clock,
  ) {}

  async execute(siteId: string, service: string, tenant: string): Promise<TicketResponse> {
    const municipality = this.tenants.get(tenant);
    if (municipality.kind !== 'municipality')
      throw new BusinessRuleError(`'${tenant}' is not a municipality`, 'not-a-municipality');
    const site = (await this.reader.sites()).find((s) => s.id === siteId);
    if (!site) throw new NotFoundError(`No site '${siteId}'`);
    const [procedure] = await this.reader.procedures([service]);
    if (!procedure || procedure.status !== 'published') throw new NotFoundError(`No procedure '${service}'`);
    if (!procedure.offerings.some((o) => o.tenant === tenant && o.enabled))
      throw new BusinessRuleError(`'${service}' is not offered for ${tenant}`, 'not-offered');
    const offerings = await this.reader.offerings([site.id], [service]);
    if (!planAt(site, tenant, [procedure], offerings))
      throw new BusinessRuleError(
        `Site '${siteId}' does not serve this for ${tenant}`,
        'site-does-not-serve',
      );

    const now = this.clock.now();
    const day = ticketDay(now, site.timeZone);
    const letter = await this.store.letterOf(service);
    const snapshot = await this.store.snapshot(site.id, day);
    const avg = averageServiceMinutes(snapshot.durations[letter] ?? []);
    const token = ManageTokens.generate();
    const ticket = await this.store.issue(
      {
        id: randomUUID(),
        tenant,
        site: site.id,
        service,
        letter,
        day,
        issuedAt: now,
        manageTokenHash: ManageTokens.hash(token),
        event: TICKET_EVENT_OF.issue,
      },
      (ahead) => estimatedWaitMinutes(ahead, avg, snapshot.activeCounters),
    );
    await this.notifier.publish(site.id);
    return {
      number: ticket.number,
      site: ticket.site,
      service: ticket.service,
      tenant: ticket.tenant,
      issuedAt: ticket.issuedAt.toISOString(),
      estimatedWaitMinutes: ticket.estimatedWaitMinutes ?? 0,
      manageToken: token,
    };
  }
}
