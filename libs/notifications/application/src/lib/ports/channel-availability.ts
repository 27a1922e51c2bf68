import { QuietHours } from '@facile/notifications/domain';

/** Which channels are open: SMS when a provider is configured, App IO per municipality with a service key. */
export abstract class ChannelAvailability {
  abstract smsEnabled(): boolean;
  abstract smsQuietHours(): QuietHours;
  abstract appIoEnabledFor(tenant: string): boolean;
}
