export * from './lib/migrations';
export * from './lib/notifications-infrastructure.module';

export const notificationsEntities: (new () => object)[] = [];
