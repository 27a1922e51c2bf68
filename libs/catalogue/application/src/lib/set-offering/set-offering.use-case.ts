import { Injectable } from '@nestjs/common';
import { Offering, ServiceCard, withOffering } from '@facile/catalogue/domain';
import { NotFoundError } from '@facile/platform/errors';
import { ServiceCardStore } from '../ports/service-card.store';

/** Sets a municipality's offering; announced with `catalogue.offering.changed` unless the card is a draft. */
@Injectable()
export class SetOfferingUseCase {
  constructor(private readonly store: ServiceCardStore) {}

  async execute(slug: string, offering: Offering): Promise<ServiceCard> {
    const card = await this.store.find(slug);
    if (!card) throw new NotFoundError(`No service with slug '${slug}'`);
    const changed = withOffering(card, offering);
    await this.store.saveOffering(
      changed,
      offering.tenant,
      card.status === 'draft'
        ? undefined
        : { type: 'catalogue.offering.changed', tenant: offering.tenant, changedTenant: offering.tenant },
    );
    return changed;
  }
}
