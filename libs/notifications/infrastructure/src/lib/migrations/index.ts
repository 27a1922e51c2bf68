import { NotificationsInit1764180000300 } from './1764180000300-notifications-init';

/** In order. A new migration is appended, never edited in place. */
export const notificationsMigrations = [NotificationsInit1764180000300];
