import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { BookingRescheduledV1, BookingStateV1, CloudEvent, toKafkaRecord, Topics } from '@facile/contracts';
import {
  DeliveryWorker,
  NotificationDeliveryRecord,
  ReminderJobs,
} from '@facile/notifications/infrastructure';
import { REDIS_CLIENT, RedisClient } from '@facile/platform/persistence';
import {
  MailSink,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

const DAY = 24 * 3600_000;
const GRACE_MS = 3000;
const email = () => `reminded-${randomUUID().slice(0, 8)}@example.it`;
const booking = (to: string, start: Date): BookingStateV1 =>
  bookingState(
    { firstName: 'Maria', lastName: 'Rossi', email: to },
    { start: start.toISOString(), end: new Date(start.getTime() + 1_200_000).toISOString() },
  );
const event = (type: string, data: BookingStateV1 | BookingRescheduledV1): CloudEvent<object> =>
  bookingEvent(type, data);

/**
 * Reminders as BullMQ delayed jobs on the real Redis, with the delivery rows in PostgreSQL as the source of truth.
 * The sweep runs every 300 ms here and takes reminders 3 s late, so the test can see it back up a lost job.
 */
describe('reminders as BullMQ delayed jobs', () => {
  const sink = new MailSink();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  let jobs: ReminderJobs;
  let worker: DeliveryWorker;
  let redis: RedisClient;

  const send = (...events: CloudEvent<object>[]) =>
    producer.send({
      topic: `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`,
      messages: events.map((e) => toKafkaRecord(e)),
    });
  const reminderOf = async (code: string) =>
    (
      (await svc.ds.query(
        `SELECT id, status, next_attempt_at, last_error FROM notifications.deliveries WHERE booking_ref = $1 AND kind = 'reminder'`,
        [code],
      )) as { id: string; status: string; next_attempt_at: Date; last_error: string | null }[]
    )[0];
  // The row turns `sent` when the sending transaction commits, just after the SMTP server has the message.
  const sentRow = (id: string) =>
    waitFor(async () => {
      const [r] = (await svc.ds.query(`SELECT status, sent_at FROM notifications.deliveries WHERE id = $1`, [
        id,
      ])) as { status: string; sent_at: Date }[];
      return r?.status === 'sent' ? r : null;
    });
  const reminderMails = (to: string) => sink.to(to).filter((m) => m.subject?.startsWith('Promemoria'));

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-reminders', {
        SMTP_URL: smtpUrl,
        DELIVERY_POLL_MS: '50',
        REMINDER_SWEEP_MS: '300',
        REMINDER_SWEEP_GRACE_MS: String(GRACE_MS),
      }),
    );
    jobs = svc.app.get(ReminderJobs);
    worker = svc.app.get(DeliveryWorker);
    redis = svc.app.get<RedisClient>(REDIS_CLIENT);
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await sink.stop();
  });

  it('keeps its jobs under the configured Redis key prefix, on the platform Redis client', () => {
    expect(jobs.prefix).toBe(`${svc.config.REDIS_KEY_PREFIX}bull`);
    expect(svc.config.REDIS_KEY_PREFIX).toMatch(/^test:notifications-reminders:/);
  });

  it('creates a delayed job with the booking, moves it with a reschedule and removes it with a cancellation', async () => {
    const to = email();
    const start = new Date(Date.now() + 10 * DAY);
    const b = booking(to, start);
    await send(event('scheduling.booking.created', b));
    const row = await waitFor(() => reminderOf(b.code));
    const job = await waitFor(() => jobs.queue.getJob(row.id));
    expect(await job.getState()).toBe('delayed');
    expect(job.timestamp + job.delay).toBe(start.getTime() - DAY);
    expect(new Date(row.next_attempt_at).getTime()).toBe(start.getTime() - DAY);
    // The job lives in Redis under the prefix, with the delivery id as job id.
    expect(await redis.exists(`${jobs.prefix}:${ReminderJobs.queueName}:${row.id}`)).toBe(1);

    const later = new Date(start.getTime() + 3 * DAY);
    await send(
      event('scheduling.booking.rescheduled', {
        ...b,
        start: later.toISOString(),
        end: new Date(later.getTime() + 1_200_000).toISOString(),
        sequence: 1,
        previousStart: b.start,
        previousSite: b.site,
      }),
    );
    const moved = await waitFor(async () => {
      const j = await jobs.queue.getJob(row.id);
      return j && j.timestamp + j.delay === later.getTime() - DAY ? j : null;
    });
    expect(await moved.getState()).toBe('delayed');
    expect((await reminderOf(b.code)).id).toBe(row.id);

    await send(event('scheduling.booking.cancelled', { ...b, status: 'cancelled', sequence: 2 }));
    await waitFor(async () => (await jobs.queue.getJob(row.id)) === undefined);
    expect(await redis.exists(`${jobs.prefix}:${ReminderJobs.queueName}:${row.id}`)).toBe(0);
    expect(await reminderOf(b.code)).toMatchObject({ status: 'suppressed', last_error: 'booking cancelled' });
  });

  it('sends the reminder from its job when it falls due', async () => {
    const to = email();
    const b = booking(to, new Date(Date.now() + DAY + 4000));
    await send(event('scheduling.booking.created', b));
    const row = await waitFor(() => reminderOf(b.code));
    await waitFor(() => jobs.queue.getJob(row.id));
    const [mail] = await waitFor(() => (reminderMails(to).length > 0 ? reminderMails(to) : null));
    expect(mail.subject).toBe(`Promemoria: appuntamento domani ${b.code}`);
    // Sent by the job, not the sweep: before the sweep's grace period had passed.
    const sent = await sentRow(row.id);
    expect(new Date(sent.sent_at).getTime() - new Date(row.next_attempt_at).getTime()).toBeLessThan(GRACE_MS);
    await waitFor(async () => (await jobs.queue.getJob(row.id)) === undefined);
  });

  it('never sends a reminder for a cancelled booking, even when a stale job for it fires', async () => {
    const to = email();
    const b = booking(to, new Date(Date.now() + DAY + 4000));
    await send(
      event('scheduling.booking.created', b),
      event('scheduling.booking.cancelled', { ...b, status: 'cancelled', sequence: 1 }),
    );
    await waitFor(async () => (await reminderOf(b.code))?.status === 'suppressed');
    const row = await reminderOf(b.code);
    // A job that outlived the cancellation (e.g. Redis was away when it should have been removed) fires now.
    await jobs.queue.add('reminder', { deliveryId: row.id }, { jobId: row.id, removeOnComplete: true });
    await waitFor(async () => (await jobs.queue.getJob(row.id)) === undefined);
    expect(await worker.sendReminder(row.id)).toBe(false);
    // Past the original due time and the sweep's grace: still nothing but the confirmation and the cancellation.
    await new Promise((r) => setTimeout(r, 4000 + GRACE_MS + 1000));
    expect(reminderMails(to)).toHaveLength(0);
    expect(sink.to(to)).toHaveLength(2);
    expect(await reminderOf(b.code)).toMatchObject({ status: 'suppressed' });
  });

  it('sends a reminder whose job was lost from the slow sweep, once', async () => {
    const to = email();
    const b = booking(to, new Date(Date.now() + DAY + 4000));
    await send(event('scheduling.booking.created', b));
    const row = await waitFor(() => reminderOf(b.code));
    await waitFor(() => jobs.queue.getJob(row.id));
    await jobs.queue.remove(row.id); // lost with Redis
    const [mail] = await waitFor(() => (reminderMails(to).length > 0 ? reminderMails(to) : null), 20000);
    expect(mail.subject).toContain(b.code);
    const sent = await sentRow(row.id);
    expect(new Date(sent.sent_at).getTime() - new Date(row.next_attempt_at).getTime()).toBeGreaterThanOrEqual(
      GRACE_MS,
    );
    await new Promise((r) => setTimeout(r, 700));
    expect(reminderMails(to)).toHaveLength(1);
  });

  it('lets the job and the sweep race for the same due reminder: exactly one e-mail', async () => {
    const to = email();
    const b = booking(to, new Date(Date.now() + DAY + 60_000));
    await send(event('scheduling.booking.created', b));
    const row = await waitFor(() => reminderOf(b.code));
    await waitFor(() => jobs.queue.getJob(row.id));
    await jobs.queue.remove(row.id);
    // Make it long overdue, then fire the job path and the sweep path together, several times each.
    await svc.ds.manager.update(NotificationDeliveryRecord, row.id, {
      nextAttemptAt: new Date(Date.now() - 60_000),
    });
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => worker.sendReminder(row.id)),
      ...Array.from({ length: 5 }, () => worker.sweepReminders()),
      jobs.queue.add('reminder', { deliveryId: row.id }, { jobId: row.id, removeOnComplete: true }),
    ]);
    expect(results.slice(0, 5).filter((sent) => sent === true).length).toBeLessThanOrEqual(1);
    await waitFor(() => (reminderMails(to).length > 0 ? reminderMails(to) : null));
    await new Promise((r) => setTimeout(r, 800));
    expect(reminderMails(to)).toHaveLength(1);
    expect((await reminderOf(b.code)).status).toBe('sent');
  });

  it('never re-sends a delivery a crashed process left half-sent: its lease expires and it is failed and published', async () => {
    const to = email();
    const b = booking(to, new Date(Date.now() + 10 * DAY));
    await send(event('scheduling.booking.created', b));
    const row = await waitFor(() => reminderOf(b.code));
    // As a process killed between claiming the row and recording the outcome leaves it.
    await svc.ds.query(
      `UPDATE notifications.deliveries SET status = 'sending', next_attempt_at = now() - interval '1 second' WHERE id = $1`,
      [row.id],
    );
    const failed = await waitFor(async () => {
      const r = await reminderOf(b.code);
      return r.status === 'failed' ? r : null;
    });
    expect(failed.last_error).toMatch(/interrupted/);
    const published = await svc.ds.query(
      `SELECT payload FROM notifications.outbox WHERE type = 'notifications.delivery.failed' AND aggregateid = $1`,
      [row.id],
    );
    expect(published).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(reminderMails(to)).toHaveLength(0);
  });
});
