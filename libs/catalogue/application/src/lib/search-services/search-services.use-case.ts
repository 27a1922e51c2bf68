import { Injectable } from '@nestjs/common';
import { assertKnownTaxonomy, buildSearchTerms } from '@facile/catalogue/domain';
import {
  ServiceSearch,
  ServiceSearchCriteria,
  ServiceSearchPage,
  SynonymSource,
} from '../ports/service-search';
import { TaxonomySource } from '../ports/taxonomy.source';

/** What citizens ask: the words as typed, and the same filters and paging the search port takes. */
export type SearchServicesQuery = Omit<ServiceSearchCriteria, 'terms'> & { q?: string };

/** Citizens' search: synonyms from data expand the words, filters narrow, the index ranks. */
@Injectable()
export class SearchServicesUseCase {
  constructor(
    private readonly search: ServiceSearch,
    private readonly synonyms: SynonymSource,
    private readonly taxonomy: TaxonomySource,
  ) {}

  execute(query: SearchServicesQuery): Promise<ServiceSearchPage> {
    assertKnownTaxonomy(
      this.taxonomy.taxonomy(),
      query.category,
      query.lifeEvent ? [query.lifeEvent] : undefined,
    );
    const terms = query.q && query.q.trim() ? buildSearchTerms(query.q, this.synonyms.rules()) : undefined;
    return this.search.search({
      ...query,
      terms: terms && terms.words.length + terms.expansions.length > 0 ? terms : undefined,
    });
  }
}
