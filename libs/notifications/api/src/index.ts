export * from './lib/notifications-api.module';
