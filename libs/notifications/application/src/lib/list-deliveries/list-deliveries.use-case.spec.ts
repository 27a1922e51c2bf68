import { Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { DeliveryFilter, DeliveryLog, DeliveryView } from '../ports/delivery-log';
import { ListDeliveriesUseCase } from './list-deliveries.use-case';

const view = (id: string, tenant: string): DeliveryView => ({
  id,
  tenant,
  channel: 'email',
  recipient: 'a@b.it',
  status: 'sent',
  attempts: 1,
  providerId: 'x',
  lastError: null,
  sourceEventId: 'e',
  sourceEventType: 'scheduling.booking.created',
  bookingRef: 'B',
  caseRef: null,
  subject: 's',
  createdAt: '',
  updatedAt: '',
  sentAt: null,
});

class FakeLog extends DeliveryLog {
  filters: DeliveryFilter[] = [];
  async list(f: DeliveryFilter) {
    this.filters.push(f);
    return [];
  }
  async get(id: string) {
    return id === 'c1' ? view('c1', 'cesena') : null;
  }
}

const admin = (tenants: string[]): Principal => ({ sub: 'a', roles: ['tenant-admin'], tenants, sites: [] });
const union: Principal = { sub: 'u', roles: ['union-admin'], tenants: [], sites: [] };

describe('ListDeliveriesUseCase', () => {
  it('limits a tenant admin to their municipalities', async () => {
    const log = new FakeLog();
    await new ListDeliveriesUseCase(log).list({}, admin(['cesena']));
    expect(log.filters[0].tenants).toEqual(['cesena']);
  });
  it('lets a union admin see everything', async () => {
    const log = new FakeLog();
    await new ListDeliveriesUseCase(log).list({ status: 'sent' }, union);
    expect(log.filters[0]).toMatchObject({ tenants: undefined, status: 'sent' });
  });
  it("refuses another municipality's log", async () => {
    await expect(
      new ListDeliveriesUseCase(new FakeLog()).list({ tenant: 'montiano' }, admin(['cesena'])),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
  it("hides another municipality's delivery", async () => {
    const uc = new ListDeliveriesUseCase(new FakeLog());
    await expect(uc.get('c1', admin(['montiano']))).rejects.toBeInstanceOf(NotFoundError);
    await expect(uc.get('c1', admin(['cesena']))).resolves.toMatchObject({ id: 'c1' });
  });
});
