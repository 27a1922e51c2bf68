import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { METRIC_PREFIX } from '@facile/platform/observability';

/** Delivery outcomes by channel (email, sms, appio) and status (sent, retrying, failed, suppressed). */
@Injectable()
export class NotificationMetrics {
  readonly deliveries: Counter<'channel' | 'status'>;

  constructor(registry: Registry) {
    this.deliveries = new Counter({
      name: `${METRIC_PREFIX}notification_deliveries_total`,
      help: 'Delivery attempts by channel and outcome (sent, retrying, failed, suppressed)',
      labelNames: ['channel', 'status'],
      registers: [registry],
    });
  }
}
