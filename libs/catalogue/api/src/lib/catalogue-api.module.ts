import { DynamicModule, Module, Type } from '@nestjs/common';
import { OfferingsController } from './offerings.controller';
import { ServicesController } from './services.controller';
import { TaxonomyController } from './taxonomy.controller';
import { TenantsController } from './tenants.controller';

/** HTTP surface of the catalogue. The app passes the module that provides the use cases (infrastructure). */
@Module({})
export class CatalogueApiModule {
  static with(provider: Type<unknown>): DynamicModule {
    return {
      module: CatalogueApiModule,
      imports: [provider],
      controllers: [TenantsController, TaxonomyController, OfferingsController, ServicesController],
    };
  }
}
