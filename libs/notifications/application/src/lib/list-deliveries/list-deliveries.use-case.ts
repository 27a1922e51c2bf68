import { Injectable } from '@nestjs/common';
import { canAdministerTenant, isUnionAdmin, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { DeliveryLog, DeliveryView } from '../ports/delivery-log';

export interface DeliveryQuery {
  tenant?: string;
  status?: string;
  type?: string;
}

/** The delivery log for staff: union admins see every municipality, tenant admins only theirs. */
@Injectable()
export class ListDeliveriesUseCase {
  constructor(private readonly log: DeliveryLog) {}

  async list(q: DeliveryQuery, principal: Principal): Promise<DeliveryView[]> {
    let tenants: readonly string[] | undefined;
    if (q.tenant) {
      if (!canAdministerTenant(principal, q.tenant))
        throw new ForbiddenError(`You do not administer '${q.tenant}'`);
      tenants = [q.tenant];
    } else if (!isUnionAdmin(principal)) {
      tenants = principal.tenants;
    }
    return this.log.list({ tenants, status: q.status, type: q.type, limit: 200 });
  }

  async get(id: string, principal: Principal): Promise<DeliveryView> {
    const d = await this.log.get(id);
    // Another municipality's delivery is reported as missing: its existence is not disclosed.
    if (!d || !canAdministerTenant(principal, d.tenant)) throw new NotFoundError(`Delivery ${id} not found`);
    return d;
  }
}
