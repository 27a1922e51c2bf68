import { Injectable } from '@nestjs/common';
import { ReportDimension } from '@facile/assistance/domain';
import { canAdministerTenant, Principal } from '@facile/platform/auth';
import { ForbiddenError, ValidationFailedError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { visibleTenants } from '../access';
import { CaseStore, ReportRow } from '../ports/case.store';

export interface FacilitationReportQuery {
  from: string;
  to: string;
  tenant?: string;
  groupBy: ReportDimension[];
}

const DAY = 86_400_000;
/** Five years at most (a programme's whole span); a 10-year range is a mistake, not a report. */
const MAX_REPORT_DAYS = 5 * 366;

/** Counts of facilitations over [from, to] (dates, inclusive); tenant admins see only their municipalities. */
@Injectable()
export class FacilitationReportUseCase {
  constructor(
    private readonly store: CaseStore,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute(
    principal: Principal,
    q: FacilitationReportQuery,
  ): Promise<{ from: string; to: string; groupBy: ReportDimension[]; rows: ReportRow[] }> {
    const from = new Date(`${q.from}T00:00:00Z`);
    const to = new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY);
    if (Number.isNaN(from.getTime()))
      throw new ValidationFailedError([{ field: 'from', message: 'is not a date' }]);
    if (Number.isNaN(to.getTime()))
      throw new ValidationFailedError([{ field: 'to', message: 'is not a date' }]);
    if (from.getTime() >= to.getTime())
      throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
    if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY)
      throw new ValidationFailedError([
        { field: 'to', message: `at most ${MAX_REPORT_DAYS} days after from` },
      ]);
    let scope: readonly string[] | 'all';
    if (q.tenant) {
      const tenant = this.tenants.require(q.tenant);
      if (!canAdministerTenant(principal, tenant))
        throw new ForbiddenError(`Not allowed on reports of ${tenant}`);
      scope = [tenant];
    } else {
      scope = visibleTenants(principal, true);
    }
    const rows = await this.store.report({ from, to, tenants: scope, groupBy: q.groupBy });
    return { from: q.from, to: q.to, groupBy: q.groupBy, rows };
  }
}
