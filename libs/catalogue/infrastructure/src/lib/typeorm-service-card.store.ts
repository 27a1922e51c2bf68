import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogueEvent, ServiceCardStore } from '@facile/catalogue/application';
import { ServiceCard } from '@facile/catalogue/domain';
import { ConflictError } from '@facile/platform/errors';
import { OutboxWriter } from '@facile/platform/messaging';
import { inTransactionOfTenant, inUnionWideTransaction } from '@facile/platform/persistence';
import { TenantId, TenantRegistry } from '@facile/platform/tenancy';
import { SearchCache } from './cached-service.search';
import { OfferingRecord } from './offering.record';
import { ServiceRecord } from './service.record';
import { toCard, toEventPayload, toOfferingRecords, toRecord } from './service-card.mapper';

/**
 * The catalogue is the Union's; each offering is its municipality's row (row-level security). Reading a card
 * with every municipality's offering, and inserting one with them (the seeder), are explicit union-wide
 * operations; editing the card is the Union's transaction, and setting an offering the municipality's.
 */
@Injectable()
export class TypeOrmServiceCardStore extends ServiceCardStore {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly searchCache: SearchCache,
    private readonly tenants: TenantRegistry,
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
    await inTransactionOfTenant(this.ds, this.tenants.union.id as TenantId, async (m) => {
      await this.updateCard(m, card);
      if (event) await this.announce(m, card, event);
    });
    this.searchCache.clear();
  }

  async saveOffering(card: ServiceCard, tenant: string, event?: CatalogueEvent): Promise<void> {
    const offering = toOfferingRecords(card).filter((o) => o.tenantId === tenant);
    await inTransactionOfTenant(this.ds, tenant as TenantId, async (m) => {
      await this.updateCard(m, card);
      await m.getRepository(OfferingRecord).upsert(offering, ['tenantId', 'slug']);
      if (event) await this.announce(m, card, event);
    });
    this.searchCache.clear();
  }

  /** The card's row (the Union's, no tenant), if still at the version the card was read at. */
  private async updateCard(m: EntityManager, card: ServiceCard): Promise<void> {
    const result = await m
      .getRepository(ServiceRecord)
      .update({ slug: card.slug, version: card.version - 1 }, toRecord(card));
    if (!result.affected)
      throw new ConflictError(
        `Service '${card.slug}' was changed meanwhile; reload and retry`,
        'concurrent-change',
      );
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
