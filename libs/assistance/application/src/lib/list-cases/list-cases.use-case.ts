import { Injectable } from '@nestjs/common';
import { CaseStatus } from '@facile/assistance/domain';
import { Principal } from '@facile/platform/auth';
import { ForbiddenError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { canWorkCases, visibleTenants } from '../access';
import { toCaseView } from '../case-view';
import { CaseStore } from '../ports/case.store';

/** The operators' list; a tenant admin sees only their municipalities (another one → 403). */
@Injectable()
export class ListCasesUseCase {
  constructor(
    private readonly store: CaseStore,
    private readonly tenants: TenantRegistry,
  ) {}

  async execute(principal: Principal, q: { tenant?: string; status?: CaseStatus; topic?: string }) {
    let scope: readonly string[] | 'all';
    if (q.tenant) {
      const tenant = this.tenants.require(q.tenant);
      if (!canWorkCases(principal, tenant)) throw new ForbiddenError(`Not allowed on cases of ${tenant}`);
      scope = [tenant];
    } else {
      scope = visibleTenants(principal, false);
    }
    const cases = await this.store.list({ tenants: scope, status: q.status, topic: q.topic });
    return cases.map(toCaseView);
  }
}
