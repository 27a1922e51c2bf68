import { Injectable } from '@nestjs/common';
import { ServiceCard, transition } from '@facile/catalogue/domain';
import { NotFoundError } from '@facile/platform/errors';
import { ServiceCardStore } from '../ports/service-card.store';

/** Retires a card: the status change and `catalogue.service.retired` commit together. */
@Injectable()
export class RetireServiceUseCase {
  constructor(private readonly store: ServiceCardStore) {}

  async execute(slug: string, unionId: string): Promise<ServiceCard> {
    const card = await this.store.find(slug);
    if (!card) throw new NotFoundError(`No service with slug '${slug}'`);
    const retired = transition(card, 'retired');
    await this.store.save(retired, { type: 'catalogue.service.retired', tenant: unionId });
    return retired;
  }
}
