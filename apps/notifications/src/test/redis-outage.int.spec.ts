import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { BookingStateV1, toKafkaRecord, Topics } from '@facile/contracts';
import { ReminderJobs } from '@facile/notifications/infrastructure';
import {
  MailSink,
  metricValue,
  PrivateRedis,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import request from 'supertest';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

const DAY = 24 * 3600_000;
const GRACE_MS = 2000;

/**
 * Notifications with its Redis killed (a private redis-server, never the shared one) and the metrics an operator
 * follows: confirmations keep flowing (the consumer never waits for Redis), a reminder whose BullMQ job could not
 * be created is sent by the sweep, the jobs work again once Redis is back; deliveries, dead letters and the
 * consumer lag show on /metrics.
 */
describe('notifications: Redis outage and delivery metrics (private redis-server, real PostgreSQL and Kafka)', () => {
  const sink = new MailSink();
  const redis = new PrivateRedis();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  const topic = () => `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`;
  const booking = (start: Date): BookingStateV1 =>
    bookingState(
      { firstName: 'Anna', lastName: 'Verdi', email: `outage-${randomUUID().slice(0, 8)}@example.it` },
      { start: start.toISOString(), end: new Date(start.getTime() + 1_200_000).toISOString() },
    );
  const send = (b: BookingStateV1) =>
    producer.send({
      topic: topic(),
      messages: [toKafkaRecord(bookingEvent('scheduling.booking.created', b))],
    });
  const mails = (b: BookingStateV1) => sink.to(b.citizen.email ?? '');
  const reminderRow = async (code: string) =>
    (
      (await svc.ds.query(
        `SELECT id, status, sent_at, next_attempt_at FROM notifications.deliveries WHERE booking_ref = $1 AND kind = 'reminder'`,
        [code],
      )) as {
        id: string;
        status: string;
        sent_at: Date | null;
        next_attempt_at: Date;
      }[]
    )[0];
  const metrics = async () => (await request(svc.app.getHttpServer()).get('/metrics')).text;

  beforeAll(async () => {
    const smtp = await sink.start();
    await redis.start();
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-redis-outage', {
        SMTP_URL: smtp,
        REDIS_URL: redis.url,
        DELIVERY_POLL_MS: '50',
        REMINDER_SWEEP_MS: '300',
        REMINDER_SWEEP_GRACE_MS: String(GRACE_MS),
        HEALTH_POLL_MS: '200',
        METRICS_POLL_MS: '200',
      }),
    );
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await redis.stop();
    await sink.stop();
  });

  it('keeps confirming bookings and sends the reminder from the sweep while Redis is away; jobs again once it is back', async () => {
    await redis.stop();
    await waitFor(
      async () =>
        (await request(svc.app.getHttpServer()).get('/health/ready')).body.details?.redis?.status === 'down',
      10000,
      100,
    );
    expect((await request(svc.app.getHttpServer()).get('/health/ready')).status).toBe(200);

    const during = booking(new Date(Date.now() + DAY + 3000));
    const t0 = Date.now();
    await send(during);
    await waitFor(() => mails(during).find((m) => m.subject?.startsWith('Appuntamento confermato')), 10000);
    // the consumer gave up on Redis at once: the confirmation is not held up by a Redis timeout
    expect(Date.now() - t0).toBeLessThan(3000);
    const row = await waitFor(() => reminderRow(during.code));
    const [reminder] = await waitFor(() => {
      const r = mails(during).filter((m) => m.subject?.startsWith('Promemoria'));
      return r.length ? r : null;
    }, 20000);
    expect(reminder.subject).toContain(during.code);
    // sent by the sweep (no job could be created): at least its grace period after the due time
    const sent = await waitFor(async () => {
      const r = await reminderRow(during.code);
      return r.status === 'sent' ? r : null;
    });
    expect(
      new Date(sent.sent_at ?? 0).getTime() - new Date(row.next_attempt_at).getTime(),
    ).toBeGreaterThanOrEqual(GRACE_MS);

    await redis.start();
    await waitFor(
      async () =>
        (await request(svc.app.getHttpServer()).get('/health/ready')).body.details?.redis?.status === 'up',
      15000,
      100,
    );
    const after = booking(new Date(Date.now() + DAY + 4000));
    await send(after);
    const afterRow = await waitFor(() => reminderRow(after.code));
    const jobs = svc.app.get(ReminderJobs);
    await waitFor(() => jobs.queue.getJob(afterRow.id), 10000);
    await waitFor(() => mails(after).find((m) => m.subject?.startsWith('Promemoria')), 20000);
    const afterSent = await waitFor(async () => {
      const r = await reminderRow(after.code);
      return r.status === 'sent' ? r : null;
    });
    // by its job again: before the sweep's grace period
    expect(
      new Date(afterSent.sent_at ?? 0).getTime() - new Date(afterRow.next_attempt_at).getTime(),
    ).toBeLessThan(GRACE_MS);
    expect(mails(during).filter((m) => m.subject?.startsWith('Promemoria'))).toHaveLength(1);
  });

  it('counts deliveries by channel and status, dead letters by consumer and topic, and reports the consumer lag', async () => {
    const b = booking(new Date(Date.now() + 10 * DAY));
    await send(b);
    await waitFor(() => mails(b).find((m) => m.subject?.startsWith('Appuntamento confermato')), 10000);
    await producer.send({
      topic: topic(),
      messages: [
        { key: 'poison', value: 'not a cloud event', headers: { ce_type: 'scheduling.booking.created' } },
      ],
    });
    const text = await waitFor(
      async () => {
        const t = await metrics();
        return (metricValue(t, 'facile_dead_letter_messages_total', { topic: Topics.schedulingBookings }) ??
          0) >= 1 &&
          metricValue(t, 'facile_consumer_lag_messages', { topic: Topics.schedulingBookings }) === 0
          ? t
          : null;
      },
      15000,
      200,
    );
    expect(
      metricValue(text, 'facile_notification_deliveries_total', { channel: 'email', status: 'sent' }),
    ).toBeGreaterThanOrEqual(4);
    expect(
      metricValue(text, 'facile_dead_letter_messages_total', {
        consumer: 'notifications.bookings',
        topic: Topics.schedulingBookings,
      }),
    ).toBe(1);
    expect(metricValue(text, 'facile_events_consumed_total', { outcome: 'dead-lettered' })).toBe(1);
    expect(
      metricValue(text, 'facile_consumer_lag_messages', {
        group: `${svc.config.KAFKA_TOPIC_PREFIX}notifications`,
        topic: Topics.schedulingBookings,
      }),
    ).toBe(0);
  });
});
