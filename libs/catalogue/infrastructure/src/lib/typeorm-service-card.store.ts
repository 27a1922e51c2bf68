import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueEvent, ServiceCardStore } from '@facile/catalogue/application';
import { ServiceCard } from '@facile/catalogue/domain';
import { ConflictError } from '@facile/platform/errors';
import { OutboxWriter } from '@facile/platform/messaging';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { SearchCache } from './cached-service.search';
import { OfferingRecord } from './offering.record';
import { ServiceRecord } from './service.record';
import { toCard, toEventPayload, toOfferingRecords, toRecord } from './service-card.mapper';

/**
 * The catalogue is union-wide: cards are read and written with every municipality's offering, an
 * explicit union-wide operation for row-level security.
 */
@Injectable()
export class TypeOrmServiceCardStore extends ServiceCardStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly searchCache: SearchCache,
  ) {
    super();
  }

  find(slug: string): Promise<ServiceCard | null> {
    return inUnionWideTransaction(this.ds, (m) => this.load(m, slug));
  }

  async insert(card: ServiceCard, event?: CatalogueEvent): Promise<void> {
    await inUnionWideTransaction(this.ds, async (m) => {
      await m.getRepository(ServiceRecord).insert(toRecord(card));
      if (card.offerings.length) await m.getRepository(OfferingRecord).insert(toOfferingRecords(card));
      if (event) await this.announce(m, card, event);
    });
    this.searchCache.clear();
  }

  async save(card: ServiceCard, event?: CatalogueEvent): Promise<void> {
    await inUnionWideTransaction(this.ds, async (m) => {
      const result = await m
        .getRepository(ServiceRecord)
        .update({ slug: card.slug, version: card.version - 1 }, toRecord(card));
      if (!result.affected)
        throw new ConflictError(
          `Service '${card.slug}' was changed meanwhile; reload and retry`,
          'concurrent-change',
        );
      await m.getRepository(OfferingRecord).upsert(toOfferingRecords(card), ['tenantId', 'slug']);
      if (event) await this.announce(m, card, event);
    });
    this.searchCache.clear();
  }

  private announce(m: EntityManager, card: ServiceCard, event: CatalogueEvent): Promise<unknown> {
    const data = event.changedTenant
      ? { ...toEventPayload(card), changedTenant: event.changedTenant }
      : toEventPayload(card);
    return this.outbox.append(m, {
      type: event.type,
      aggregateType: 'service',
      aggregateId: card.slug,
      tenant: event.tenant,
      data,
    });
  }

  private async load(m: EntityManager, slug: string): Promise<ServiceCard | null> {
    const record = await m.getRepository(ServiceRecord).findOneBy({ slug });
    if (!record) return null;
    const offerings = await m
      .getRepository(OfferingRecord)
      .find({ where: { slug }, order: { tenantId: 'ASC' } });
    return toCard(record, offerings);
  }
}
