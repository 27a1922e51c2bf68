import { ServiceCard } from '@facile/catalogue/domain';

export type CatalogueEventType =
  | 'catalogue.service.published'
  | 'catalogue.service.updated'
  | 'catalogue.service.retired'
  | 'catalogue.offering.changed';

export interface CatalogueEvent {
  type: CatalogueEventType;
  /** The CloudEvents tenant: the union for card changes, the municipality for its offering. */
  tenant: string;
  /** For `catalogue.offering.changed`: the municipality whose offering changed. */
  changedTenant?: string;
}

/**
 * Port: stores cards; `save` writes the card, its offerings and its event atomically (outbox), and
 * refuses (409) when the stored version is not the one the card was read at (concurrent edit).
 */
export abstract class ServiceCardStore {
  abstract find(slug: string): Promise<ServiceCard | null>;
  abstract insert(card: ServiceCard, event?: CatalogueEvent): Promise<void>;
  abstract save(card: ServiceCard, event?: CatalogueEvent): Promise<void>;
}
