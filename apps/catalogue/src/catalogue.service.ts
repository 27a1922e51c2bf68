import { CatalogueApiModule } from '@facile/catalogue/api';
import { catalogueEntities, catalogueMigrations, CatalogueInfrastructureModule, CatalogueSeeder } from '@facile/catalogue/infrastructure';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { CatalogueConfig } from './catalogue.config';

/** Composition root of the catalogue service. */
export const catalogueService: ServiceDefinition<CatalogueConfig> = {
  service: 'catalogue',
  schema: 'catalogue',
  root: 'catalogue',
  title: 'Sportello FACILE — catalogue',
  description: 'The union-wide catalogue of procedures and the municipalities\' offerings.',
  version: '1.0.0',
  configClass: CatalogueConfig,
  entities: catalogueEntities,
  migrations: catalogueMigrations,
  modules: () => [CatalogueApiModule.with(CatalogueInfrastructureModule)],
  consumesEvents: false,
  seed: async (app) => {
    await app.get(CatalogueSeeder).seed();
  },
};
