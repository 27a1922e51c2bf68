import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReferenceCache } from '@facile/platform/persistence';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

/** A row of notifications.template_overrides, as the planning of a message reads it. */
export interface OverrideRow {
  event_type: string;
  channel: string;
  subject: string;
  body: string;
}

/**
 * A municipality's template overrides in one locale, read by every event that plans a message and changed a
 * few times a year: kept for `referenceCacheMs` (ADR 30). This process's own saves and removals clear it at
 * once (`changed`); another replica's are seen within the TTL. A miss is read in the event's own transaction
 * (its tenant is set there, so row-level security applies as before).
 */
@Injectable()
export class TemplateOverrides {
  private readonly cache: ReferenceCache;

  constructor(@Inject(NOTIFICATIONS_OPTIONS) options: NotificationsOptions) {
    this.cache = new ReferenceCache(options.referenceCacheMs);
  }

  of(manager: EntityManager, tenant: string, locale: string): Promise<OverrideRow[]> {
    return this.cache.get(
      JSON.stringify([tenant, locale]),
      () =>
        manager.query(
          `SELECT event_type, channel, subject, body FROM notifications.template_overrides
           WHERE tenant_id = $1 AND locale = $2`,
          [tenant, locale],
        ) as Promise<OverrideRow[]>,
    );
  }

  changed(): void {
    this.cache.clear();
  }
}
