import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { afterFailure, deferOutOfQuietHours, retryDelayMs } from '@facile/notifications/domain';
import { OutboxWriter } from '@facile/platform/messaging';
import { inUnionWideTransaction } from '@facile/platform/persistence';
import { TenantRegistry } from '@facile/platform/tenancy';
import { AppIoSender, SendSuppressed } from './app-io.sender';
import { EmailSender, SendFailure } from './email.sender';
import { NotificationDeliveryRecord } from './notification-delivery.record';
import { SmsSender } from './sms.sender';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

const BATCH = 20;

/** A reminder job may fire a little before PostgreSQL's clock says the row is due. */
const REMINDER_EARLY_TOLERANCE = `interval '5 seconds'`;

/**
 * Sends committed deliveries. Due rows are claimed with FOR UPDATE SKIP LOCKED, so two replicas never send the
 * same one; the outcome (sent, retrying with exponential backoff, failed, suppressed) and its event are written in
 * the claiming transaction. Reminders waiting for their time are not polled: their BullMQ job calls sendReminder;
 * a slow sweep sends those whose job was lost (Redis flushed or down). Job and sweep claim the same row under the
 * same lock and only while it is `queued`, so at most one of them sends it.
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
      this.sweeping = this.sweepReminders()
        .catch((e: Error) => {
          this.logger.warn(`reminder sweep failed: ${e.message}`);
          return 0;
        })
        .then(() => this.scheduleSweep());
    }, this.options.reminders.sweepMs);
  }

  /**
   * The BullMQ job of a reminder fired: sends it if its row is still queued and due (a job left behind by a
   * reschedule or a cancellation finds nothing to send). Skips a row locked by the sweep.
   */
  async sendReminder(deliveryId: string): Promise<boolean> {
    return inUnionWideTransaction(this.ds, async (manager) => {
      const d = await manager
        .createQueryBuilder(NotificationDeliveryRecord, 'd')
        .where('d.id = :deliveryId', { deliveryId })
        .andWhere(`d.kind = 'reminder' AND d.status = 'queued'`)
        .andWhere(`d.next_attempt_at <= now() + ${REMINDER_EARLY_TOLERANCE}`)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!d) return false;
      await this.attempt(manager, d);
      return true;
    });
  }

  /** Safety net: reminders still queued well past their time, i.e. whose job never ran. Returns how many. */
  async sweepReminders(): Promise<number> {
    return inUnionWideTransaction(this.ds, async (manager) => {
      const due = await manager
        .createQueryBuilder(NotificationDeliveryRecord, 'd')
        .where(`d.kind = 'reminder' AND d.status = 'queued'`)
        .andWhere(`d.next_attempt_at <= now() - make_interval(secs => :grace)`, {
          grace: this.options.reminders.sweepGraceMs / 1000,
        })
        .orderBy('d.next_attempt_at')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const d of due) await this.attempt(manager, d);
      return due.length;
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
    return inUnionWideTransaction(this.ds, async (manager) => {
      const due = await manager
        .createQueryBuilder(NotificationDeliveryRecord, 'd')
        .where(`d.status IN ('queued', 'retrying')`)
        .andWhere(`(d.kind <> 'reminder' OR d.status = 'retrying')`)
        .andWhere('d.next_attempt_at <= now()')
        .orderBy('d.next_attempt_at')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      await Promise.all(due.map((d) => this.attempt(manager, d)));
      return due.length;
    });
  }

  private async attempt(manager: EntityManager, d: NotificationDeliveryRecord): Promise<void> {
    const attempts = d.attempts + 1;
    const tenantName = this.tenants.has(d.tenantId) ? this.tenants.get(d.tenantId).name : d.tenantId;
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
      await manager.update(NotificationDeliveryRecord, d.id, {
        status: 'sent',
        attempts,
        providerId,
        lastError: null,
        sentAt: new Date(),
      });
      await this.publish(manager, d, 'sent', attempts, providerId);
    } catch (e) {
      if (e instanceof SendSuppressed) {
        await manager.update(NotificationDeliveryRecord, d.id, {
          status: 'suppressed',
          attempts,
          lastError: e.message,
        });
        return;
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
    }
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
