import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { REDIS_CLIENT, RedisClient } from '@facile/platform/persistence';
import { DeliveryWorker } from './delivery.worker';
import { NotificationDeliveryRecord } from './notification-delivery.record';
import { NOTIFICATIONS_OPTIONS, NotificationsOptions } from './notifications.options';

export interface ReminderJobData {
  deliveryId: string;
}

/**
 * What a reminder's job follows: its row's status and due time; `fresh` when the row was inserted by the
 * transaction it comes from (its id is new: no job can exist for it yet).
 */
export type ReminderRow = Pick<NotificationDeliveryRecord, 'id' | 'status' | 'nextAttemptAt'> & {
  fresh?: boolean;
};

/** How long a Redis operation may hold up the Kafka consumer: past it, the DB sweep sends the reminder instead. */
const REDIS_TIMEOUT_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The timers of reminders: one BullMQ delayed job per reminder delivery, job id = delivery id (adding twice is
 * harmless), on the platform's node-redis client and under its key prefix. The delivery rows in PostgreSQL stay the
 * source of truth: after each booking event commits, the jobs are made to match the rows (queued → a job due at
 * the row's time; anything else → no job); the job's processor sends only a row that is still queued and due, under
 * a row lock (see DeliveryWorker.sendReminder), and the worker's slow sweep sends reminders whose job was lost.
 */
@Injectable()
export class ReminderJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  static readonly queueName = 'notifications-reminders';
  private readonly logger = new Logger('ReminderJobs');
  readonly queue: Queue<ReminderJobData>;
  private worker?: Worker<ReminderJobData>;
  /** Per booking, the last of its job updates under way (see follow). */
  private readonly following = new Map<string, Promise<void>>();

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: RedisClient,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly sender: DeliveryWorker,
  ) {
    this.queue = new Queue<ReminderJobData>(ReminderJobs.queueName, {
      connection: redis,
      prefix: this.prefix,
    });
    this.queue.on('error', (e: Error) => this.logger.warn(`reminder queue: ${e.message}`));
  }

  /** `<REDIS_KEY_PREFIX>bull`: tests, the bench and every deployment keep their jobs apart. */
  get prefix(): string {
    return `${this.options.reminders.redisKeyPrefix}bull`;
  }

  onApplicationBootstrap(): void {
    this.worker = new Worker<ReminderJobData>(
      ReminderJobs.queueName,
      (job: Job<ReminderJobData>) => this.sender.sendReminder(job.data.deliveryId),
      { connection: this.redis, prefix: this.prefix, concurrency: 20 },
    );
    this.worker.on('error', (e: Error) => this.logger.warn(`reminder worker: ${e.message}`));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.following.values());
    await this.worker?.close().catch(() => undefined);
    await this.queue.close().catch(() => undefined);
  }

  /**
   * Makes the jobs of one booking match its committed rows without holding up the caller (the Kafka consumer,
   * whose partition waits for each event): the Redis round trips of a booking's events still run in the order
   * of its events, one after the other, and shutdown waits for those under way. A job out of date is harmless
   * (it sends only a row still queued and due) and a missing one is the sweep's.
   */
  follow(booking: string, rows: ReminderRow[]): void {
    const previous = this.following.get(booking) ?? Promise.resolve();
    const next = previous.then(() => this.apply(rows));
    this.following.set(booking, next);
    void next.then(() => {
      if (this.following.get(booking) === next) this.following.delete(booking);
    });
  }

  /** Makes the jobs match committed rows. Never throws: with Redis away the sweep sends the reminders. */
  async apply(rows: ReminderRow[]): Promise<void> {
    for (const r of rows) {
      if (r.fresh && r.status !== 'queued') continue; // a new row never had a job
      try {
        await withTimeout(
          r.status === 'queued' ? this.schedule(r.id, r.nextAttemptAt, r.fresh) : this.unschedule(r.id),
          REDIS_TIMEOUT_MS,
        );
      } catch (e) {
        this.logger.warn(`reminder job ${r.id} not updated: ${(e as Error).message}`);
      }
    }
  }

  /** Remove + add: a moved reminder gets a job with the new delay. A fresh row has no job to look up. */
  private async schedule(deliveryId: string, due: Date, fresh = false): Promise<void> {
    const existing = fresh ? undefined : await this.queue.getJob(deliveryId);
    if (existing) {
      if (existing.timestamp + existing.delay === due.getTime()) return;
      await this.unschedule(deliveryId);
    }
    const now = Date.now();
    await this.queue.add(
      'reminder',
      { deliveryId },
      {
        jobId: deliveryId,
        timestamp: now,
        delay: Math.max(0, due.getTime() - now),
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  private async unschedule(deliveryId: string): Promise<void> {
    await this.queue.remove(deliveryId);
  }
}
