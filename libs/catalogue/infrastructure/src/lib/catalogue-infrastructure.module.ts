import { Module } from '@nestjs/common';
import {
  CreateServiceUseCase,
  PublishServiceUseCase,
  RetireServiceUseCase,
  SearchServicesUseCase,
  ServiceCardStore,
  ServiceSearch,
  SetOfferingUseCase,
  SynonymSource,
  TaxonomySource,
  UpdateServiceUseCase,
} from '@facile/catalogue/application';
import { CachedServiceSearch, SEARCH_CACHE_MS, SearchCache } from './cached-service.search';
import { CatalogueSeeder } from './catalogue.seeder';
import { PostgresServiceSearch } from './postgres-service.search';
import { JsonSynonymSource, JsonTaxonomySource } from './reference-data';
import { TypeOrmServiceCardStore } from './typeorm-service-card.store';

const useCases = [
  CreateServiceUseCase,
  PublishServiceUseCase,
  UpdateServiceUseCase,
  RetireServiceUseCase,
  SetOfferingUseCase,
  SearchServicesUseCase,
];

@Module({
  providers: [
    { provide: ServiceCardStore, useClass: TypeOrmServiceCardStore },
    PostgresServiceSearch,
    { provide: SearchCache, useValue: new SearchCache(SEARCH_CACHE_MS) },
    { provide: ServiceSearch, useClass: CachedServiceSearch },
    { provide: TaxonomySource, useClass: JsonTaxonomySource },
    { provide: SynonymSource, useClass: JsonSynonymSource },
    CatalogueSeeder,
    ...useCases,
  ],
  exports: [...useCases, ServiceCardStore, TaxonomySource, CatalogueSeeder],
})
export class CatalogueInfrastructureModule {}
