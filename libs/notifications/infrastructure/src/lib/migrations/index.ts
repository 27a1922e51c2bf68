import { NotificationsInit1764180000300 } from './1764180000300-notifications-init';
import { NotificationDeliveries1764180000310 } from './1764180000310-notification-deliveries';
import { TemplateOverrides1764180000320 } from './1764180000320-template-overrides';
import { OptOuts1764180000330 } from './1764180000330-opt-outs';
import { DeliveryAppointment1764180000340 } from './1764180000340-delivery-appointment';
import { NotificationsMessagingRowLevelSecurity1764180000400 } from './1764180000400-notifications-messaging-row-level-security';
import { DeliveriesSendableIndex1764180000410 } from './1764180000410-deliveries-sendable-index';

/** In order. A new migration is appended, never edited in place. */
export const notificationsMigrations = [
  NotificationsInit1764180000300,
  NotificationDeliveries1764180000310,
  TemplateOverrides1764180000320,
  OptOuts1764180000330,
  DeliveryAppointment1764180000340,
  NotificationsMessagingRowLevelSecurity1764180000400,
  DeliveriesSendableIndex1764180000410,
];
