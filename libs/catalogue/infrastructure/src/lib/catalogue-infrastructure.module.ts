import { Module } from '@nestjs/common';
import { CreateServiceUseCase, PublishServiceUseCase, ServiceCardStore } from '@facile/catalogue/application';
import { TypeOrmServiceCardStore } from './typeorm-service-card.store';

@Module({
  providers: [{ provide: ServiceCardStore, useClass: TypeOrmServiceCardStore }, CreateServiceUseCase, PublishServiceUseCase],
  exports: [CreateServiceUseCase, PublishServiceUseCase, ServiceCardStore],
})
export class CatalogueInfrastructureModule {}
