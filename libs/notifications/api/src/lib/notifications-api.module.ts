import { DynamicModule, Module } from '@nestjs/common';
import { DeliveriesController } from './deliveries.controller';
import { TemplatesController } from './templates.controller';
import { OptOutController } from './opt-out.controller';

/** HTTP surface of notifications. The app passes the module that provides the use cases (infrastructure). */
@Module({})
export class NotificationsApiModule {
  static with(provider: DynamicModule): DynamicModule {
    return {
      module: NotificationsApiModule,
      imports: [provider],
      controllers: [DeliveriesController, TemplatesController, OptOutController],
    };
  }
}
