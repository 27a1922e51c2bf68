import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { afterFailure, deferOutOfQuietHours, retryDelayMs } from '@facile/notifications/domain';
import { OutboxWriter } from '@facile/platform/messaging';
import { inUnionWideTransaction, returned } from '@facile/platform/persistence';
import { TenantRegistry } from '@facile/platform/tenancy';
import { AppIoSender, SendSuppressed } from './app-io.sender';
import { EmailSender, SendFailure } from './email.sender';
import { NotificationDeliveryRecord } from './notification-delivery.record';
import { NotificationMetrics } from './notification-metrics';
import { SmsSender } from './sms.sender';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

const BATCH = 20;

/** A reminder job may fire a little before PostgreSQL's clock says the row is due. */
const REMINDER_EARLY_TOLERANCE = `interval '5 seconds'`;

const INTERRUPTED =
  'interrupted while sending (the process stopped); not sent again, so that nobody gets it twice';

/**
 * Sends committed deliveries, at most once each. A row is claimed in its own short transaction
 * (`queued|retrying → sending`, FOR UPDATE SKIP LOCKED, so two replicas never take the same row), then
 * handed to the provider outside any transaction, then its outcome (sent, retrying with exponential backoff,
 * failed, suppressed) and its event are committed. A process killed mid-send leaves at most the rows it was
 * sending in `sending`: once their lease expires they are marked failed, never re-sent (the "at most
 * one message"), and the failure is published so staff can follow up. Reminders waiting for their time are
 * not polled: their BullMQ job calls sendReminder; a slow sweep sends those whose job was lost. Job and sweep
 * claim the same row only while it is `queued`, so at most one of them sends it.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private timer?: NodeJS.Timeout;
  private sweepTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private sweeping?: Promise<void>;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly appIo: AppIoSender,
    private readonly outbox: OutboxWriter,
    private readonly tenants: TenantRegistry,
    private readonly metrics: NotificationMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(this.options.pollMs);
    this.scheduleSweep();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    await this.running;
    await this.sweeping;
  }

  private scheduleSweep(): void {
    if (this.stopped) return;
    this.sweepTimer = setTimeout(() => {
      this.sweeping = Promise.all([this.sweepReminders(), this.failInterrupted()])
        .catch((e: Error) => {
          this.logger.warn(`reminder sweep failed: ${e.message}`);
          return 0;
        })
        .then(() => this.scheduleSweep());
    }, this.options.reminders.sweepMs);
  }

  /**
   * The BullMQ job of a reminder fired: sends it if its row is still queued and due (a job left behind by a
   * reschedule or a cancellation finds nothing to send). Skips a row the sweep holds.
   */
  async sendReminder(deliveryId: string): Promise<boolean> {
    const claimed = await this.claim(
      `d.id = $1 AND d.kind = 'reminder' AND d.status = 'queued' AND d.next_attempt_at <= now() + ${REMINDER_EARLY_TOLERANCE}`,
      [deliveryId],
    );
    for (const d of claimed) await this.attempt(d);
    return claimed.length > 0;
  }

  /** Safety net: reminders still queued well past their time, i.e. whose job never ran. Returns how many. */
  async sweepReminders(): Promise<number> {
    const claimed = await this.claim(
      `d.kind = 'reminder' AND d.status = 'queued' AND d.next_attempt_at <= now() - make_interval(secs => $1)`,
      [this.options.reminders.sweepGraceMs / 1000],
    );
    for (const d of claimed) await this.attempt(d);
    return claimed.length;
  }

  /** Rows a crashed process left `sending`: failed and published, never re-sent. Returns how many. */
  async failInterrupted(): Promise<number> {
    return inUnionWideTransaction(this.ds, async (manager) => {
      const rows = returned<{ id: string }>(
        await manager.query(
          `UPDATE notifications.deliveries SET status = 'failed', attempts = attempts + 1, last_error = $1
          WHERE id IN (SELECT id FROM notifications.deliveries WHERE status = 'sending' AND next_attempt_at < now()
                       ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id`,
          [INTERRUPTED],
        ),
      );
      for (const { id } of rows) {
        const d = await manager.findOneByOrFail(NotificationDeliveryRecord, { id });
        await this.publish(manager, d, 'failed', d.attempts, undefined, INTERRUPTED);
        this.metrics.deliveries.inc({ channel: d.channel, status: 'failed' });
      }
      return rows.length;
    });
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((e: Error) => {
          this.logger.warn(`delivery batch failed: ${e.message}`);
          return 0;
        })
        .then((n) => this.schedule(n === BATCH ? 0 : this.options.pollMs));
    }, ms);
  }

  /** Sends one batch of due deliveries; returns how many were claimed. */
  async drain(): Promise<number> {
    const claimed = await this.claim(
      `d.status IN ('queued', 'retrying') AND (d.kind <> 'reminder' OR d.status = 'retrying') AND d.next_attempt_at <= now()`,
      [],
    );
    await Promise.all(claimed.map((d) => this.attempt(d)));
    return claimed.length;
  }

  /** Takes due rows for sending, committed before anything is sent; returns them as they were claimed. */
  private async claim(where: string, params: unknown[]): Promise<NotificationDeliveryRecord[]> {
    return inUnionWideTransaction(this.ds, async (manager) => {
      const ids = returned<{ id: string }>(
        await manager.query(
          `UPDATE notifications.deliveries SET status = 'sending', next_attempt_at = now() + make_interval(secs => ${this.options.sendingLeaseMs / 1000})
          WHERE id IN (SELECT d.id FROM notifications.deliveries d WHERE ${where}
                       ORDER BY d.next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id`,
          params,
        ),
      );
      if (ids.length === 0) return [];
      return manager.find(NotificationDeliveryRecord, { where: { id: In(ids.map((r) => r.id)) } });
    });
  }

  private async attempt(d: NotificationDeliveryRecord): Promise<void> {
    const attempts = d.attempts + 1;
    const tenantName = this.tenants.has(d.tenantId) ? this.tenants.get(d.tenantId).name : d.tenantId;
    let outcome: { providerId: string } | { error: unknown };
    try {
      const providerId =
        d.channel === 'sms'
          ? await this.sms.send({ to: d.recipient, text: d.body, sender: tenantName })
          : d.channel === 'appio'
            ? await this.appIo.send({
                tenant: d.tenantId,
                fiscalCode: d.recipient,
                subject: d.subject,
                markdown: d.body,
                ...(d.appointmentAt ? { dueDate: d.appointmentAt } : {}),
              })
            : await this.email.send({
                fromName: tenantName,
                replyTo: this.options.replyTo[d.tenantId] ?? this.options.mailFrom,
                to: d.recipient,
                subject: d.subject,
                text: d.body,
                calendar: d.calendar
                  ? {
                      content: d.calendar,
                      method: d.calendar.includes('METHOD:CANCEL') ? 'CANCEL' : 'REQUEST',
                    }
                  : undefined,
              });
      outcome = { providerId };
    } catch (e) {
      outcome = { error: e };
    }
    const status = await inUnionWideTransaction(this.ds, (manager) =>
      this.record(manager, d, attempts, outcome),
    );
    this.metrics.deliveries.inc({ channel: d.channel, status });
  }

  private async record(
    manager: EntityManager,
    d: NotificationDeliveryRecord,
    attempts: number,
    outcome: { providerId: string } | { error: unknown },
  ): Promise<'sent' | 'suppressed' | 'retrying' | 'failed'> {
    if ('providerId' in outcome) {
      const { providerId } = outcome;
      await manager.update(NotificationDeliveryRecord, d.id, {
        status: 'sent',
        attempts,
        providerId,
        lastError: null,
        sentAt: new Date(),
      });
      await this.publish(manager, d, 'sent', attempts, providerId);
      return 'sent';
    }
    const e = outcome.error;
    if (e instanceof SendSuppressed) {
      await manager.update(NotificationDeliveryRecord, d.id, {
        status: 'suppressed',
        attempts,
        lastError: e.message,
      });
      return 'suppressed';
    }
    const failure = e instanceof SendFailure ? e : new SendFailure((e as Error).message, 'temporary');
    const status = afterFailure(failure.kind, attempts, this.options.maxAttempts);
    const retryAt = new Date(Date.now() + retryDelayMs(attempts, this.options.backoffMs));
    const nextAttemptAt =
      d.channel === 'sms' ? deferOutOfQuietHours(retryAt, this.options.sms.quietHours) : retryAt;
    await manager.update(NotificationDeliveryRecord, d.id, {
      status,
      attempts,
      lastError: failure.message.slice(0, 1000),
      nextAttemptAt,
    });
    if (status === 'failed') await this.publish(manager, d, 'failed', attempts, undefined, failure.message);
    return status;
  }

  private async publish(
    manager: EntityManager,
    d: NotificationDeliveryRecord,
    status: 'sent' | 'failed',
    attempts: number,
    providerId?: string,
    error?: string,
  ) {
    await this.outbox.append(manager, {
      type: status === 'sent' ? 'notifications.delivery.sent' : 'notifications.delivery.failed',
      aggregateType: 'delivery',
      aggregateId: d.id,
      tenant: d.tenantId,
      data: {
        deliveryId: d.id,
        sourceEventId: d.sourceEventId,
        sourceEventType: d.sourceEventType,
        channel: d.channel === 'sms' || d.channel === 'appio' ? d.channel : 'email',
        tenant: d.tenantId,
        status,
        attempts,
        ...(providerId ? { providerId } : {}),
        ...(error ? { error: error.slice(0, 500) } : {}),
        ...((d.bookingRef ?? d.caseRef) ? { subjectRef: d.bookingRef ?? d.caseRef ?? undefined } : {}),
      },
    });
  }
}
