import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventType } from '@facile/contracts';
import { OutboxEvent, OutboxWriter } from '@facile/platform/messaging';
import { inUnionWideTransaction, returned } from '@facile/platform/persistence';
import { TenantRegistry } from '@facile/platform/tenancy';
import { AppIoSender } from './app-io.sender';
import { recordedOutcome, RecordedOutcome, SendOutcome } from './delivery-outcome';
import { deliveriesFromRows } from './delivery-rows';
import { EmailSender } from './email.sender';
import { NotificationDeliveryRecord, SENDABLE } from './notification-delivery.record';
import { NotificationMetrics } from './notification-metrics';
import { SmsSender } from './sms.sender';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

const BATCH = 20;

/**
 * At most this many sends under way at once (claimed, outcome not yet recorded): claims go on, a batch at a time,
 * while there is room, so that one slow message or a batch's recording never holds the next claim up. Waiting for
 * each batch of 20 to finish before claiming the next capped e-mail at 20 per round of SMTP and PostgreSQL replies:
 * about 130 a second under load, behind the bookings (issue 20, docs/benchmarks.md, 8 December).
 */
const IN_FLIGHT = 60;

/** At most this many outcomes in one recording transaction. */
const RECORD_BATCH = 100;

/** How long an outcome may wait for the sends still running, to be recorded with theirs. */
const RECORD_LINGER_MS = 25;

/** A reminder job may fire a little before PostgreSQL's clock says the row is due. */
const REMINDER_EARLY_TOLERANCE = `interval '5 seconds'`;

const INTERRUPTED =
  'interrupted while sending (the process stopped); not sent again, so that nobody gets it twice';

/**
 * Sends committed deliveries, at most once each. A row is claimed in its own short transaction
 * (`queued|retrying → sending`, FOR UPDATE SKIP LOCKED, so two replicas never take the same row), then
 * handed to the provider outside any transaction, then its outcome (sent, retrying with exponential backoff,
 * failed, suppressed) and its event are committed. Outcomes are group-committed: one UPDATE records all those
 * waiting (an outcome waits at most RECORD_LINGER_MS for the sends still running, never for a slow one), and the
 * outcomes arriving meanwhile go in the next. A process killed mid-send leaves at most the rows it was sending in
 * `sending`: once their lease expires they are marked failed, never re-sent (the "at most
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
  /** The sends drain started and not yet recorded (IN_FLIGHT at most). */
  private readonly inFlight = new Set<Promise<void>>();
  /** The last claim was cut short by IN_FLIGHT, not by the queue: more rows are probably due. */
  private backlog = false;
  private readonly outcomes: PendingOutcome[] = [];
  private recording = false;
  /** Sends started whose outcome is not yet waiting to be recorded. */
  private sending = 0;
  private linger?: NodeJS.Timeout;
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
    await Promise.all(this.inFlight);
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
      const rows = deliveriesFromRows(
        this.ds,
        returned<Record<string, unknown>>(
          await manager.query(
            `UPDATE notifications.deliveries SET status = 'failed', attempts = attempts + 1, last_error = $1
            WHERE id IN (SELECT id FROM notifications.deliveries WHERE status = 'sending' AND next_attempt_at < now()
                         ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
            RETURNING *`,
            [INTERRUPTED],
          ),
        ),
      );
      await this.outbox.appendAll(
        manager,
        rows.map((d) => deliveryEvent(d, 'failed', d.attempts, undefined, INTERRUPTED)),
      );
      for (const d of rows) this.metrics.deliveries.inc({ channel: d.channel, status: 'failed' });
      return rows.length;
    });
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), ms);
  }

  /** One drain at a time; the poll comes back after it (a finished send may call it sooner, see start). */
  private run(): void {
    if (this.running || this.stopped) return;
    this.running = this.drain()
      .catch((e: Error) => this.logger.warn(`delivery claim failed: ${e.message}`))
      .finally(() => {
        this.running = undefined;
        this.schedule(this.options.pollMs);
      });
  }

  private hasRoom(): boolean {
    return this.inFlight.size + BATCH <= IN_FLIGHT;
  }

  /**
   * Claims due deliveries a batch at a time and starts sending them, while there is room under IN_FLIGHT, without
   * waiting for their sends.
   */
  private async drain(): Promise<void> {
    while (!this.stopped && this.hasRoom()) {
      const claimed = await this.claim(`${SENDABLE} AND d.next_attempt_at <= now()`, []);
      for (const d of claimed) this.start(d);
      if (claimed.length < BATCH) {
        this.backlog = false;
        return;
      }
    }
    this.backlog = true;
  }

  /** Sends one claimed delivery; once recorded, its room goes to the rows still due. */
  private start(d: NotificationDeliveryRecord): void {
    const send: Promise<void> = this.attempt(d)
      .catch((e: Error) => this.logger.warn(`delivery ${d.id} not recorded: ${e.message}`))
      .finally(() => {
        this.inFlight.delete(send);
        if (this.backlog && this.hasRoom()) this.run();
      });
    this.inFlight.add(send);
  }

  /** Takes due rows for sending, committed before anything is sent; returns them as they were claimed. */
  private async claim(where: string, params: unknown[]): Promise<NotificationDeliveryRecord[]> {
    return inUnionWideTransaction(this.ds, async (manager) =>
      deliveriesFromRows(
        this.ds,
        returned<Record<string, unknown>>(
          await manager.query(
            `UPDATE notifications.deliveries SET status = 'sending', next_attempt_at = now() + make_interval(secs => ${this.options.sendingLeaseMs / 1000})
            WHERE id IN (SELECT d.id FROM notifications.deliveries d WHERE ${where}
                         ORDER BY d.next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
            RETURNING *`,
            params,
          ),
        ),
      ),
    );
  }

  private async attempt(d: NotificationDeliveryRecord): Promise<void> {
    const attempts = d.attempts + 1;
    const tenantName = this.tenants.has(d.tenantId) ? this.tenants.get(d.tenantId).name : d.tenantId;
    let outcome: SendOutcome;
    this.sending++;
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
      outcome = { providerId, at: new Date() };
    } catch (e) {
      outcome = { error: e, at: new Date() };
    }
    let recorded: RecordedOutcome;
    try {
      recorded = recordedOutcome(d.channel, attempts, outcome, {
        maxAttempts: this.options.maxAttempts,
        backoffMs: this.options.backoffMs,
        smsQuietHours: this.options.sms.quietHours,
      });
    } finally {
      this.sending--;
    }
    await new Promise<void>((resolve, reject) => {
      this.outcomes.push({ d, recorded, resolve, reject });
      this.recordSoon();
    });
    this.metrics.deliveries.inc({ channel: d.channel, status: recorded.status });
  }

  /**
   * Starts recording now when no other send is running (or enough outcomes wait), else within RECORD_LINGER_MS,
   * so that the outcomes of a batch sent together are mostly recorded together.
   */
  private recordSoon(): void {
    if (this.recording) return; // the running loop takes them
    if (this.sending === 0 || this.outcomes.length >= RECORD_BATCH) {
      void this.recordPending();
      return;
    }
    this.linger ??= setTimeout(() => {
      this.linger = undefined;
      if (!this.recording) void this.recordPending();
    }, RECORD_LINGER_MS);
  }

  /** Records the outcomes waiting, a transaction at a time, until none is left (never throws). */
  private async recordPending(): Promise<void> {
    this.recording = true;
    clearTimeout(this.linger);
    this.linger = undefined;
    try {
      while (this.outcomes.length > 0) {
        // Outcomes of a failed batch are at the head, marked `alone`: one transaction each.
        const batch = this.outcomes.splice(0, this.outcomes[0].alone ? 1 : RECORD_BATCH);
        try {
          await inUnionWideTransaction(this.ds, (manager) => this.record(manager, batch));
          for (const o of batch) o.resolve();
        } catch (e) {
          // One bad outcome must not keep the others from being recorded: each is tried again on its own.
          if (batch.length === 1) batch[0].reject(e);
          else this.outcomes.unshift(...batch.map((o) => ({ ...o, alone: true })));
        }
      }
    } finally {
      this.recording = false;
    }
  }

  /** The new state of every row of the batch in one statement, then the events of the sent and the failed. */
  private async record(manager: EntityManager, batch: PendingOutcome[]): Promise<void> {
    const column = <K extends keyof RecordedOutcome>(k: K) => batch.map((o) => o.recorded[k]);
    await manager.query(
      `UPDATE notifications.deliveries d SET
         status = v.status, attempts = v.attempts, last_error = v.last_error,
         provider_id = CASE WHEN v.status = 'sent' THEN v.provider_id ELSE d.provider_id END,
         sent_at = CASE WHEN v.status = 'sent' THEN v.sent_at ELSE d.sent_at END,
         next_attempt_at = COALESCE(v.next_attempt_at, d.next_attempt_at),
         updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[])
         AS v(id, status, attempts, provider_id, last_error, sent_at, next_attempt_at)
       WHERE d.id = v.id`,
      [
        batch.map((o) => o.d.id),
        column('status'),
        column('attempts'),
        column('providerId'),
        column('lastError'),
        column('sentAt'),
        column('nextAttemptAt'),
      ],
    );
    const events: OutboxEvent<EventType>[] = [];
    for (const { d, recorded } of batch)
      if (recorded.publish)
        events.push(
          deliveryEvent(
            d,
            recorded.publish.status,
            recorded.attempts,
            recorded.publish.providerId,
            recorded.publish.error,
          ),
        );
    await this.outbox.appendAll(manager, events);
  }
}

/** An outcome waiting for its recording transaction; `alone` once a batch with it failed. */
interface PendingOutcome {
  d: NotificationDeliveryRecord;
  recorded: RecordedOutcome;
  resolve: () => void;
  reject: (e: unknown) => void;
  alone?: boolean;
}

/** The delivery's outcome as the event staff and other services follow (sent, or failed for good). */
function deliveryEvent(
  d: NotificationDeliveryRecord,
  status: 'sent' | 'failed',
  attempts: number,
  providerId?: string,
  error?: string,
): OutboxEvent<EventType> {
  return {
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
  };
}
