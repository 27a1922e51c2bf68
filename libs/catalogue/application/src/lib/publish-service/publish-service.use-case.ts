import { Injectable } from '@nestjs/common';
import { ServiceCard, transition } from '@facile/catalogue/domain';
import { NotFoundError } from '@facile/platform/errors';
import { ServiceCardStore } from '../ports/service-card.store';

/** Publishes a card: the status change and `catalogue.service.published` commit together. */
@Injectable()
export class PublishServiceUseCase {
  constructor(private readonly store: ServiceCardStore) {}

  async execute(slug: string, unionId: string): Promise<ServiceCard> {
    const card = await this.store.find(slug);
    if (!card) throw new NotFoundError(`No service with slug '${slug}'`);
    const published = transition(card, 'published');
    await this.store.save(published, { type: 'catalogue.service.published', tenant: unionId });
    return published;
  }
}
