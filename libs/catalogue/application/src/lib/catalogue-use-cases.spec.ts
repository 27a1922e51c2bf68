import { ServiceCard, Taxonomy } from '@facile/catalogue/domain';
import { NotFoundError, ValidationFailedError } from '@facile/platform/errors';
import { CreateServiceUseCase } from './create-service/create-service.use-case';
import { CatalogueEvent, ServiceCardStore } from './ports/service-card.store';
import {
  ServiceSearch,
  ServiceSearchCriteria,
  ServiceSearchPage,
  SynonymSource,
} from './ports/service-search';
import { TaxonomyEntry, TaxonomySource } from './ports/taxonomy.source';
import { RetireServiceUseCase } from './retire-service/retire-service.use-case';
import { SearchServicesUseCase } from './search-services/search-services.use-case';
import { SetOfferingUseCase } from './set-offering/set-offering.use-case';
import { UpdateServiceUseCase } from './update-service/update-service.use-case';

class MemoryStore extends ServiceCardStore {
  cards = new Map<string, ServiceCard>();
  events: { slug: string; event: CatalogueEvent }[] = [];
  async find(slug: string) {
    return this.cards.get(slug) ?? null;
  }
  async insert(card: ServiceCard) {
    this.cards.set(card.slug, card);
  }
  async save(card: ServiceCard, event?: CatalogueEvent) {
    this.cards.set(card.slug, card);
    if (event) this.events.push({ slug: card.slug, event });
  }
  offeringWrites: string[] = [];
  async saveOffering(card: ServiceCard, tenant: string, event?: CatalogueEvent) {
    this.offeringWrites.push(tenant);
    await this.save(card, event);
  }
}

class FixedTaxonomy extends TaxonomySource {
  categories(): TaxonomyEntry[] {
    return [];
  }
  lifeEvents(): TaxonomyEntry[] {
    return [];
  }
  taxonomy(): Taxonomy {
    return { categories: new Set(['anagrafe-stato-civile']), lifeEvents: new Set(['documenti-identita']) };
  }
}

const card = (status: ServiceCard['status']): ServiceCard => ({
  slug: 'cie',
  version: 2,
  status,
  title: 'CIE',
  summary: '',
  category: 'anagrafe-stato-civile',
  lifeEvents: [],
  keywords: [],
  bookable: true,
  walkIn: false,
  durationMinutes: 20,
  sections: {},
  offerings: [],
});

describe('catalogue use cases', () => {
  let store: MemoryStore;
  beforeEach(() => (store = new MemoryStore()));

  it('announces updates of published cards only', async () => {
    const update = new UpdateServiceUseCase(store, new FixedTaxonomy());
    store.cards.set('cie', card('published'));
    await update.execute('cie', { title: 'CIE nuova' }, 'union');
    store.cards.set('draft', { ...card('draft'), slug: 'draft' });
    await update.execute('draft', { title: 'Bozza' }, 'union');
    expect(store.events).toEqual([
      { slug: 'cie', event: { type: 'catalogue.service.updated', tenant: 'union' } },
    ]);
  });

  it('refuses unknown taxonomy before reading or writing anything', async () => {
    const update = new UpdateServiceUseCase(store, new FixedTaxonomy());
    await expect(update.execute('missing', { category: 'astrologia' }, 'union')).rejects.toThrow(
      ValidationFailedError,
    );
    const create = new CreateServiceUseCase(store, new FixedTaxonomy());
    await expect(create.execute({ ...card('draft'), lifeEvents: ['lotteria'] })).rejects.toThrow(
      ValidationFailedError,
    );
    expect(store.cards.size).toBe(0);
  });

  it('retires with an event, 404 for an unknown slug', async () => {
    store.cards.set('cie', card('published'));
    const retired = await new RetireServiceUseCase(store).execute('cie', 'union');
    expect(retired).toMatchObject({ status: 'retired', version: 3 });
    expect(store.events[0].event.type).toBe('catalogue.service.retired');
    await expect(new RetireServiceUseCase(store).execute('nope', 'union')).rejects.toThrow(NotFoundError);
  });

  it('announces offering changes with the municipality as tenant and changedTenant', async () => {
    store.cards.set('cie', card('published'));
    await new SetOfferingUseCase(store).execute('cie', { tenant: 'cesena', enabled: true, feeCents: 100 });
    expect(store.offeringWrites).toEqual(['cesena']);
    expect(store.events[0].event).toEqual({
      type: 'catalogue.offering.changed',
      tenant: 'cesena',
      changedTenant: 'cesena',
    });
  });

  it('expands synonyms from the synonym source before searching', async () => {
    let seen: ServiceSearchCriteria | undefined;
    const search = new (class extends ServiceSearch {
      async search(c: ServiceSearchCriteria): Promise<ServiceSearchPage> {
        seen = c;
        return { items: [], total: 0, page: c.page, pageSize: c.pageSize };
      }
    })();
    const synonyms = new (class extends SynonymSource {
      rules() {
        return [{ when: ['trasloco'], alsoSearch: ['cambio di abitazione'] }];
      }
    })();
    await new SearchServicesUseCase(search, synonyms, new FixedTaxonomy()).execute({
      q: 'Trasloco',
      page: 1,
      pageSize: 20,
    });
    expect(seen?.terms?.expansions).toEqual([['cambio', 'di', 'abitazione']]);
    await new SearchServicesUseCase(search, synonyms, new FixedTaxonomy()).execute({
      q: '  ',
      page: 1,
      pageSize: 20,
    });
    expect(seen?.terms).toBeUndefined();
  });
});
