import { notificationsEntities, notificationsMigrations, NotificationsInfrastructureModule } from '@facile/notifications/infrastructure';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { NotificationsConfig } from './notifications.config';

/** Composition root of the notifications service. */
export const notificationsService: ServiceDefinition<NotificationsConfig> = {
  service: 'notifications',
  schema: 'notifications',
  root: 'notifications',
  title: 'Sportello FACILE — notifications',
  description: 'Confirmations, reminders and case messages by e-mail, SMS and App IO, at most once per event.',
  version: '1.0.0',
  configClass: NotificationsConfig,
  entities: notificationsEntities,
  migrations: notificationsMigrations,
  modules: () => [{ module: NotificationsInfrastructureModule }],
  consumesEvents: false,
};
