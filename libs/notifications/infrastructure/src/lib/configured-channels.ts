import { Inject, Injectable } from '@nestjs/common';
import { ChannelAvailability } from '@facile/notifications/application';
import { QuietHours } from '@facile/notifications/domain';
import { AppIoSender } from './app-io.sender';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** SMS when a provider URL is configured; App IO for the municipalities with a service key. */
@Injectable()
export class ConfiguredChannels extends ChannelAvailability {
  constructor(
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly appIo: AppIoSender,
  ) {
    super();
  }

  smsEnabled(): boolean {
    return this.options.sms.url.length > 0;
  }

  smsQuietHours(): QuietHours {
    return this.options.sms.quietHours;
  }

  appIoEnabledFor(tenant: string): boolean {
    return this.appIo.enabledFor(tenant);
  }
}
