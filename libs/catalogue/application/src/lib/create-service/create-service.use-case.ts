import { Injectable } from '@nestjs/common';
import { assertKnownTaxonomy, ServiceCard } from '@facile/catalogue/domain';
import { ConflictError } from '@facile/platform/errors';
import { ServiceCardStore } from '../ports/service-card.store';
import { TaxonomySource } from '../ports/taxonomy.source';
import { CreateServiceCommand } from './create-service.command';

/** A new card starts as a draft at version 1; drafts are not announced to other services. */
@Injectable()
export class CreateServiceUseCase {
  constructor(
    private readonly store: ServiceCardStore,
    private readonly taxonomy: TaxonomySource,
  ) {}

  async execute(command: CreateServiceCommand): Promise<ServiceCard> {
    assertKnownTaxonomy(this.taxonomy.taxonomy(), command.category, command.lifeEvents);
    if (await this.store.find(command.slug)) {
      throw new ConflictError(`A service with slug '${command.slug}' already exists`, 'duplicate-slug');
    }
    const card: ServiceCard = { ...command, version: 1, status: 'draft', offerings: [] };
    await this.store.insert(card);
    return card;
  }
}
