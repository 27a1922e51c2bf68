import { NotificationsApiModule } from '@facile/notifications/api';
import {
  notificationsEntities,
  notificationsMigrations,
  NotificationsInfrastructureModule,
} from '@facile/notifications/infrastructure';
import { ServiceDefinition } from '@facile/platform/bootstrap';
import { NotificationsConfig, parseIoServiceKeys, parseReplyTo } from './notifications.config';

/** Composition root of the notifications service. */
export const notificationsService: ServiceDefinition<NotificationsConfig> = {
  service: 'notifications',
  schema: 'notifications',
  root: 'notifications',
  title: 'Sportello FACILE — notifications',
  description:
    'Confirmations, reminders and case messages by e-mail, SMS and App IO, at most once per event.',
  version: '1.0.0',
  tags: [
    {
      name: 'deliveries',
      description: 'The log of every message sent or attempted, by e-mail, SMS and App IO (staff)',
    },
    {
      name: 'templates',
      description:
        "Each municipality's message templates per event, channel and language: read, override, revert, preview",
    },
    {
      name: 'opt-out',
      description: "The link at the foot of every message: stop one municipality's messages on one channel",
    },
  ],
  configClass: NotificationsConfig,
  entities: notificationsEntities,
  migrations: notificationsMigrations,
  modules: (config) => [
    NotificationsApiModule.with(
      NotificationsInfrastructureModule.forRoot({
        smtpUrl: config.SMTP_URL,
        smtpPoolConnections: config.SMTP_POOL_CONNECTIONS,
        mailFrom: config.MAIL_FROM,
        replyTo: parseReplyTo(config.MAIL_REPLY_TO),
        pollMs: config.DELIVERY_POLL_MS,
        referenceCacheMs: config.REFERENCE_CACHE_MS,
        maxAttempts: config.DELIVERY_MAX_ATTEMPTS,
        backoffMs: config.DELIVERY_BACKOFF_MS,
        sendingLeaseMs: config.DELIVERY_SENDING_LEASE_MS,
        optOut: { secret: config.OPT_OUT_SECRET, baseUrl: config.OPT_OUT_URL },
        sms: {
          url: config.SMS_PROVIDER_URL,
          key: config.SMS_PROVIDER_KEY,
          quietHours: { start: config.SMS_QUIET_START_HOUR, end: config.SMS_QUIET_END_HOUR },
        },
        appIo: { url: config.IO_API_URL, keys: parseIoServiceKeys(config.IO_SERVICE_KEYS) },
        links: { secret: config.LINK_SECRET, citizenWebUrl: config.CITIZEN_WEB_URL },
        reminders: {
          redisKeyPrefix: config.REDIS_KEY_PREFIX,
          sweepMs: config.REMINDER_SWEEP_MS,
          sweepGraceMs: config.REMINDER_SWEEP_GRACE_MS,
        },
      }),
    ),
  ],
  consumesEvents: true,
};
