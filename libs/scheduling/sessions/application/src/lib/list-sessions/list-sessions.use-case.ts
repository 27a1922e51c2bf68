import { Injectable } from '@nestjs/common';
import { NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { wallTimeToMillis } from '@facile/scheduling/domain';
import { SessionStore } from '../ports/session.store';
import { SessionResponse, toSessionResponse } from '../session-response';

export interface SessionsQueryInput {
  tenant?: string;
  site?: string;
  from?: string;
  to?: string;
}

/** A year of sessions at most per request (a 10-year range is a mistake, not a query). */
const MAX_RANGE_DAYS = 366;

const dayStart = (d: string) => new Date(wallTimeToMillis(d, '00:00', 'Europe/Rome'));

/** The public list of sessions with the seats left. */
@Injectable()
export class ListSessionsUseCase {
  constructor(
    private readonly store: SessionStore,
    private readonly tenants: TenantRegistry,
  ) {}

  async list(q: SessionsQueryInput): Promise<{ items: SessionResponse[] }> {
    if (q.tenant) this.tenants.require(q.tenant);
    if (q.site && !(await this.store.siteTenant(q.site))) throw new NotFoundError(`No site '${q.site}'`);
    if (q.from && q.to && q.to < q.from)
      throw new ValidationFailedError([{ field: 'to', message: 'to must not be before from' }]);
    if (
      q.from &&
      q.to &&
      dayStart(q.to).getTime() - dayStart(q.from).getTime() > MAX_RANGE_DAYS * 86_400_000
    ) {
      throw new ValidationFailedError([
        { field: 'to', message: `at most ${MAX_RANGE_DAYS} days after from` },
      ]);
    }
    // Whole local days (the upper bound with slack for a 25-hour day, then filtered exactly by local date).
    const from = q.from ? dayStart(q.from) : undefined;
    const to = q.to ? new Date(dayStart(q.to).getTime() + 26 * 3_600_000) : undefined;
    const items = (await this.store.list({ tenant: q.tenant, site: q.site, from, to }))
      .map(toSessionResponse)
      .filter((s) => (!q.from || s.start.slice(0, 10) >= q.from) && (!q.to || s.start.slice(0, 10) <= q.to));
    return { items };
  }

  async get(id: string): Promise<SessionResponse> {
    const session = await this.store.find(id);
    if (!session) throw new NotFoundError(`No session '${id}'`);
    return toSessionResponse(session);
  }
}
