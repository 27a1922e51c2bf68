import { NotificationDeliveryRecord, SENDABLE } from './lib/notification-delivery.record';
import { TemplateOverrideRecord } from './lib/template-override.record';
import { OptOutRecord } from './lib/opt-out.record';

export * from './lib/migrations';
export * from './lib/notifications-infrastructure.module';
export * from './lib/notifications.options';
export * from './lib/reminder-jobs';
export { DeliveryWorker } from './lib/delivery.worker';
export * from './lib/app-io.sender';
export { NotificationDeliveryRecord, SENDABLE };

export const notificationsEntities: (new () => object)[] = [
  NotificationDeliveryRecord,
  TemplateOverrideRecord,
  OptOutRecord,
];
