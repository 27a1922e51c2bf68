import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeliveryFilter, DeliveryLog, DeliveryView } from '@facile/notifications/application';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { NotificationDeliveryRecord } from './notification-delivery.record';

const toView = (d: NotificationDeliveryRecord): DeliveryView => ({
  id: d.id,
  tenant: d.tenantId,
  channel: d.channel,
  recipient: d.recipient,
  status: d.status,
  attempts: d.attempts,
  providerId: d.providerId,
  lastError: d.lastError,
  sourceEventId: d.sourceEventId,
  sourceEventType: d.sourceEventType,
  bookingRef: d.bookingRef,
  caseRef: d.caseRef,
  subject: d.subject,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  sentAt: d.sentAt?.toISOString() ?? null,
});

/** The delivery log in PostgreSQL; the tenant filter is applied explicitly (a named union-wide read). */
@Injectable()
export class DeliveryReader extends DeliveryLog {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  list(f: DeliveryFilter): Promise<DeliveryView[]> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const q = m
        .createQueryBuilder(NotificationDeliveryRecord, 'd')
        .orderBy('d.created_at', 'DESC')
        .limit(f.limit);
      if (f.tenants) q.andWhere('d.tenant_id = ANY(:tenants)', { tenants: [...f.tenants] });
      if (f.status) q.andWhere('d.status = :status', { status: f.status });
      if (f.type) q.andWhere('d.source_event_type = :type', { type: f.type });
      return (await q.getMany()).map(toView);
    });
  }

  get(id: string): Promise<DeliveryView | null> {
    return inUnionWideTransaction(this.ds, async (m) => {
      const d = await m.findOneBy(NotificationDeliveryRecord, { id });
      return d ? toView(d) : null;
    });
  }
}
