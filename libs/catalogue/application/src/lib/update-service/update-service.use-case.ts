import { Injectable } from '@nestjs/common';
import { applyChanges, assertKnownTaxonomy, ServiceCard, ServiceCardChanges } from '@facile/catalogue/domain';
import { NotFoundError } from '@facile/platform/errors';
import { ServiceCardStore } from '../ports/service-card.store';
import { TaxonomySource } from '../ports/taxonomy.source';

/** Edits a card; a published card announces the new state with `catalogue.service.updated`. */
@Injectable()
export class UpdateServiceUseCase {
  constructor(
    private readonly store: ServiceCardStore,
    private readonly taxonomy: TaxonomySource,
  ) {}

  async execute(slug: string, changes: ServiceCardChanges, unionId: string): Promise<ServiceCard> {
    assertKnownTaxonomy(this.taxonomy.taxonomy(), changes.category, changes.lifeEvents);
    const card = await this.store.find(slug);
    if (!card) throw new NotFoundError(`No service with slug '${slug}'`);
    const updated = applyChanges(card, changes);
    await this.store.save(
      updated,
      card.status === 'published' ? { type: 'catalogue.service.updated', tenant: unionId } : undefined,
    );
    return updated;
  }
}
