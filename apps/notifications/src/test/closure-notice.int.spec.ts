import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import {
  BookingAffectedByClosureV1,
  BookingStateV1,
  CloudEvent,
  toKafkaRecord,
  Topics,
} from '@facile/contracts';
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

const email = () => `closure-${randomUUID().slice(0, 8)}@example.it`;
const inTenDays = new Date(Date.now() + 10 * 24 * 3600_000);
inTenDays.setUTCHours(13, 0, 0, 0);

const booking = (to: string, over: Partial<BookingStateV1> = {}): BookingStateV1 =>
  bookingState(
    { firstName: 'Maria', lastName: 'Rossi', email: to },
    {
      services: ['spid'],
      start: inTenDays.toISOString(),
      end: new Date(inTenDays.getTime() + 15 * 60_000).toISOString(),
      ...over,
    },
  );

const event = (type: string, data: BookingStateV1): CloudEvent<object> => bookingEvent(type, data);

/** scheduling.booking.affected-by-closure → the citizen is told, through real Kafka, PostgreSQL and SMTP. */
describe('closure notices', () => {
  const sink = new MailSink();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  let topic: string;
  const rows = (recipient: string) =>
    svc.ds.query(
      `SELECT kind, status, source_event_type, calendar FROM notifications.deliveries WHERE recipient = $1 ORDER BY created_at`,
      [recipient],
    ) as Promise<{ kind: string; status: string; source_event_type: string; calendar: string | null }[]>;

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-closure', { SMTP_URL: smtpUrl, DELIVERY_POLL_MS: '50' }),
    );
    await svc.reset();
    topic = `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`;
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await sink.stop();
  });

  it('tells the citizen the site is closed at the time of the appointment, with the reason, and keeps the reminder', async () => {
    const to = email();
    const b = booking(to);
    await producer.send({ topic, messages: [toKafkaRecord(event('scheduling.booking.created', b))] });
    const date = inTenDays.toISOString().slice(0, 10);
    const closure: BookingAffectedByClosureV1 = {
      ...b,
      closureDate: date,
      closureReason: 'assemblea sindacale',
      closureHours: [['08:30', '13:00']],
    };
    await producer.send({
      topic,
      messages: [toKafkaRecord(event('scheduling.booking.affected-by-closure', closure))],
    });
    const mails = await waitFor(() => (sink.to(to).length >= 2 ? sink.to(to) : null), 20000);
    const notice = mails.find((m) => m.subject === `Sede chiusa il giorno del suo appuntamento ${b.code}`);
    expect(notice).toBeDefined();
    expect(notice?.text).toContain('assemblea sindacale');
    expect(notice?.text).toContain(`${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`);
    expect(notice?.text).toContain('cesena-centro');
    expect(notice?.attachments.filter((a) => a.contentType.startsWith('text/calendar'))).toEqual([]);
    // the mail reaches the sink before the worker commits `sent`: wait for the commit, do not race it
    const closureRows = (l: Awaited<ReturnType<typeof rows>>) =>
      l.filter((r) => r.source_event_type === 'scheduling.booking.affected-by-closure');
    const log = await waitFor(async () => {
      const l = await rows(to);
      return closureRows(l).every((r) => r.status === 'sent') ? l : null;
    }, 10000);
    expect(closureRows(log)).toEqual([
      expect.objectContaining({ kind: 'message', status: 'sent', calendar: null }),
    ]);
    // The appointment stands until the citizen moves it: its reminder is still planned.
    expect(log.find((r) => r.kind === 'reminder')?.status).toBe('queued');
  });

  it('says it in English, with a generic reason when the admin gave none', async () => {
    const to = email();
    const b = booking(to, { citizen: { firstName: 'John', lastName: 'Smith', email: to, locale: 'en' } });
    const closure: BookingAffectedByClosureV1 = { ...b, closureDate: b.start.slice(0, 10), closureHours: [] };
    await producer.send({
      topic,
      messages: [toKafkaRecord(event('scheduling.booking.affected-by-closure', closure))],
    });
    const [mail] = await waitFor(() => (sink.to(to).length > 0 ? sink.to(to) : null), 20000);
    expect(mail.subject).toBe(`Site closed on the day of your appointment ${b.code}`);
    expect(mail.text).toContain('unscheduled closure');
    expect(mail.text).toContain('reschedule or cancel');
  });
});
