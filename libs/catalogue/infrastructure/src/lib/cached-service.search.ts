import { Injectable } from '@nestjs/common';
import { ServiceSearch, ServiceSearchCriteria, ServiceSearchPage } from '@facile/catalogue/application';
import { MicroCache } from '@facile/platform/persistence';
import { PostgresServiceSearch } from './postgres-service.search';

/** How long identical searches share one answer; every catalogue write of this process clears it. */
export const SEARCH_CACHE_MS = 1000;

/** Search answers, micro-cached: citizens typing the same words in the same second cost one query. */
export class SearchCache extends MicroCache<ServiceSearchPage> {}

@Injectable()
export class CachedServiceSearch extends ServiceSearch {
  constructor(
    private readonly inner: PostgresServiceSearch,
    private readonly cache: SearchCache,
  ) {
    super();
  }

  search(criteria: ServiceSearchCriteria): Promise<ServiceSearchPage> {
    return this.cache.get(JSON.stringify(criteria), () => this.inner.search(criteria));
  }
}
