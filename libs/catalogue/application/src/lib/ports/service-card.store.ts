import { ServiceCard } from '@facile/catalogue/domain';

export type CatalogueEventType =
  | 'catalogue.service.published'
  | 'catalogue.service.updated'
  | 'catalogue.service.retired'
  | 'catalogue.offering.changed';

/** Port: stores cards; `save` writes the card and its event atomically (outbox). */
export abstract class ServiceCardStore {
  abstract find(slug: string): Promise<ServiceCard | null>;
  abstract insert(card: ServiceCard): Promise<void>;
  abstract save(card: ServiceCard, event?: { type: CatalogueEventType; tenant: string }): Promise<void>;
}
