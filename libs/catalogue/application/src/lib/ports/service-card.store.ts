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
 * Port: stores cards. `insert` writes a new card with its offerings; `save` writes the card (not its
 * offerings) and its event; `saveOffering` writes the card and one municipality's offering with its event,
 * as that municipality. Each is atomic (outbox) and refuses (409) when the stored version is not the one
 * the card was read at (concurrent edit).
 */
export abstract class ServiceCardStore {
  abstract find(slug: string): Promise<ServiceCard | null>;
  abstract insert(card: ServiceCard, event?: CatalogueEvent): Promise<void>;
  abstract save(card: ServiceCard, event?: CatalogueEvent): Promise<void>;
  abstract saveOffering(card: ServiceCard, tenant: string, event?: CatalogueEvent): Promise<void>;
}
