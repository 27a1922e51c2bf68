import { Module } from '@nestjs/common';
import { CatalogueEventsHandler } from './catalogue-events.handler';

@Module({
  controllers: [CatalogueEventsHandler],
})
export class SchedulingInfrastructureModule {}
