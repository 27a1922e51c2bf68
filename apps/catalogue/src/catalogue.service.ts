import { CatalogueApiModule } from '@facile/catalogue/api';
import {
  catalogueEntities,
  catalogueMigrations,
  CatalogueInfrastructureModule,
  CatalogueSeeder,
} from '@facile/catalogue/infrastructure';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { CatalogueConfig } from './catalogue.config';

/** Composition root of the catalogue service. */
export const catalogueService: ServiceDefinition<CatalogueConfig> = {
  service: 'catalogue',
  schema: 'catalogue',
  root: 'catalogue',
  title: 'Sportello FACILE — catalogue',
  description: "The union-wide catalogue of procedures and the municipalities' offerings.",
  version: '1.0.0',
  tags: [
    {
      name: 'services',
      description:
        'Procedure cards of the union-wide catalogue: search, read (also as CPSV-AP JSON-LD) and, for union admins, create, edit, publish and retire',
    },
    {
      name: 'offerings',
      description:
        "Each municipality's offering of a procedure: enabled, fee, online link, notes, duration (that municipality's admins)",
    },
    { name: 'tenants', description: 'The Union and its municipalities, from configuration' },
    { name: 'taxonomy', description: 'The categories and life events of the Italian municipal-site model' },
  ],
  configClass: CatalogueConfig,
  entities: catalogueEntities,
  migrations: catalogueMigrations,
  modules: () => [CatalogueApiModule.with(CatalogueInfrastructureModule)],
  consumesEvents: false,
  seed: async (app) => {
    await app.get(CatalogueSeeder).seed();
  },
};
