import { DynamicModule, Module } from '@nestjs/common';
import {
  DeliveryLog,
  ListDeliveriesUseCase,
  ManageTemplatesUseCase,
  OptOutStore,
  OptOutTokens,
  OptOutUseCase,
  TemplateStore,
} from '@facile/notifications/application';
import { BookingEventsHandler } from './booking-events.handler';
import { CaseSessionEventsHandler } from './case-session-events.handler';
import { DeliveryQueue } from './delivery-queue';
import { DeliveryWorker } from './delivery.worker';
import { EmailSender } from './email.sender';
import { SmsSender } from './sms.sender';
import { HmacOptOutTokens } from './hmac-opt-out.tokens';
import { TypeOrmOptOutStore } from './typeorm-opt-out.store';
import { DeliveryReader } from './delivery.reader';
import { TypeOrmTemplateStore } from './typeorm-template.store';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** The booking events consumer, the e-mail adapter and the delivery worker. */
@Module({})
export class NotificationsInfrastructureModule {
  static forRoot(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsInfrastructureModule,
      controllers: [BookingEventsHandler, CaseSessionEventsHandler],
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        EmailSender,
        DeliveryQueue,
        SmsSender,
        DeliveryWorker,
        { provide: DeliveryLog, useClass: DeliveryReader },
        { provide: TemplateStore, useClass: TypeOrmTemplateStore },
        ListDeliveriesUseCase,
        ManageTemplatesUseCase,
        { provide: OptOutTokens, useClass: HmacOptOutTokens },
        { provide: OptOutStore, useClass: TypeOrmOptOutStore },
        OptOutUseCase,
      ],
      exports: [ListDeliveriesUseCase, ManageTemplatesUseCase, OptOutUseCase],
    };
  }
}
