import { SearchTerms } from '@facile/catalogue/domain';

export interface ServiceSearchCriteria {
  terms?: SearchTerms;
  category?: string;
  lifeEvent?: string;
  tenant?: string;
  bookable?: boolean;
  page: number;
  pageSize: number;
}

export interface ServiceSearchHit {
  slug: string;
  title: string;
  summary: string;
  category: string;
  bookable: boolean;
  tenants: string[];
}

export interface ServiceSearchPage {
  items: ServiceSearchHit[];
  total: number;
  page: number;
  pageSize: number;
}

/** Port: ranked full-text search over published cards. */
export abstract class ServiceSearch {
  abstract search(criteria: ServiceSearchCriteria): Promise<ServiceSearchPage>;
}

/** Port: the synonym rules citizens' words are expanded with (reference data). */
export abstract class SynonymSource {
  abstract rules(): import('@facile/catalogue/domain').SynonymRule[];
}
