import { DynamicModule, Module } from '@nestjs/common';
import {
  DeliveryLog,
  ListDeliveriesUseCase,
  ManageTemplatesUseCase,
  OptOutStore,
  OptOutTokens,
  OptOutUseCase,
  TemplateStore,
  ChannelAvailability,
  CitizenLinkSigner,
  Clock,
  Municipalities,
  PlanBookingMessagesUseCase,
  PlanCaseSessionMessagesUseCase,
  SystemClock,
} from '@facile/notifications/application';
import { BookingEventsHandler } from './booking-events.handler';
import { CaseSessionEventsHandler } from './case-session-events.handler';
import { DeliveryQueue } from './delivery-queue';
import { DeliveryWorker } from './delivery.worker';
import { NotificationMetrics } from './notification-metrics';
import { EmailSender } from './email.sender';
import { SmsSender } from './sms.sender';
import { AppIoSender } from './app-io.sender';
import { ReminderJobs } from './reminder-jobs';
import { HmacOptOutTokens } from './hmac-opt-out.tokens';
import { TypeOrmOptOutStore } from './typeorm-opt-out.store';
import { DeliveryReader } from './delivery.reader';
import { TemplateOverrides } from './template-overrides';
import { EventDeliveryWriter } from './typeorm-event-deliveries';
import { TypeOrmTemplateStore } from './typeorm-template.store';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';
import { CitizenLinks } from './citizen-links';
import { ConfiguredChannels } from './configured-channels';
import { RegistryMunicipalities } from './registry-municipalities';

/** The event consumers, the e-mail, SMS and App IO adapters, the delivery worker and the reminder jobs (BullMQ). */
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
        AppIoSender,
        DeliveryWorker,
        NotificationMetrics,
        ReminderJobs,
        CitizenLinks,
        { provide: CitizenLinkSigner, useExisting: CitizenLinks },
        { provide: ChannelAvailability, useClass: ConfiguredChannels },
        { provide: Municipalities, useClass: RegistryMunicipalities },
        { provide: Clock, useClass: SystemClock },
        PlanBookingMessagesUseCase,
        PlanCaseSessionMessagesUseCase,
        { provide: DeliveryLog, useClass: DeliveryReader },
        TemplateOverrides,
        EventDeliveryWriter,
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
