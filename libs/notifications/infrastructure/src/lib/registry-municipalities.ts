import { Inject, Injectable } from '@nestjs/common';
import { Municipalities } from '@facile/notifications/application';
import { TenantRegistry } from '@facile/platform/tenancy';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** Municipality names from the tenant registry (the id when unknown); the organizer address is MAIL_FROM. */
@Injectable()
export class RegistryMunicipalities extends Municipalities {
  constructor(
    private readonly tenants: TenantRegistry,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
  ) {
    super();
  }

  name(tenant: string): string {
    return this.tenants.has(tenant) ? this.tenants.get(tenant).name : tenant;
  }

  organizerEmail(): string {
    return this.options.mailFrom;
  }
}
