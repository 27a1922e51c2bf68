import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueEventType, ServiceCardStore } from '@facile/catalogue/application';
import { ServiceCard } from '@facile/catalogue/domain';
import { OutboxWriter } from '@facile/platform/messaging';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { OfferingRecord } from './offering.record';
import { ServiceRecord } from './service.record';
import { toCard, toEventPayload, toRecord } from './service-card.mapper';

/**
 * The catalogue is union-wide: cards are read with every municipality's offering, an explicit
 * union-wide operation for row-level security.
 */
@Injectable()
export class TypeOrmServiceCardStore extends ServiceCardStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  find(slug: string): Promise<ServiceCard | null> {
    return inUnionWideTransaction(this.ds, (m) => this.load(m, slug));
  }

  async insert(card: ServiceCard): Promise<void> {
    await this.ds.getRepository(ServiceRecord).insert(toRecord(card));
  }

  async save(card: ServiceCard, event?: { type: CatalogueEventType; tenant: string }): Promise<void> {
    await inUnionWideTransaction(this.ds, async (m) => {
      await m.getRepository(ServiceRecord).update({ slug: card.slug }, toRecord(card));
      if (event) {
        await this.outbox.append(m, {
          type: event.type,
          aggregateType: 'service',
          aggregateId: card.slug,
          tenant: event.tenant,
          data: toEventPayload(card),
        });
      }
    });
  }

  private async load(m: EntityManager, slug: string): Promise<ServiceCard | null> {
    const record = await m.getRepository(ServiceRecord).findOneBy({ slug });
    if (!record) return null;
    const offerings = await m.getRepository(OfferingRecord).find({ where: { slug }, order: { tenantId: 'ASC' } });
    return toCard(record, offerings);
  }
}
