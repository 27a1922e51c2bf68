export * from './lib/service.record';
export * from './lib/offering.record';
export * from './lib/migrations';
export * from './lib/service-card.mapper';
export * from './lib/typeorm-service-card.store';
export * from './lib/postgres-service.search';
export * from './lib/reference-data';
export * from './lib/catalogue.seeder';
export * from './lib/catalogue-infrastructure.module';

import { OfferingRecord } from './lib/offering.record';
import { ServiceRecord } from './lib/service.record';
export const catalogueEntities = [ServiceRecord, OfferingRecord];
