import { Producer } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { BookingRequestedV1, parseCitizenLinkFragment, toKafkaRecord, Topics } from '@facile/contracts';
import {
  MailSink,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { LinkTokens } from '@facile/platform/validation';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

const LINK_SECRET = `test-link-secret-${randomBytes(8).toString('hex')}-0123456789`;
/** What scheduling verifies the confirmation with. */
const links = new LinkTokens(LINK_SECRET);
const WEB = 'https://prenota.example.it';

/** Confirm-by-link mode (ADR 0019): the confirmation request by e-mail and SMS, through real Kafka, PostgreSQL and SMTP. */
describe('confirmation requests (confirm-by-link mode)', () => {
  const sink = new MailSink();
  const sms: { to: string; text: string }[] = [];
  let smsServer: Server;
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  let topic: string;

  const deliveries = (bookingRef: string) =>
    svc.ds.query(
      `SELECT kind, channel, source_event_type, status, body, calendar FROM notifications.deliveries WHERE booking_ref = $1 ORDER BY created_at, channel`,
      [bookingRef],
    ) as Promise<
      {
        kind: string;
        channel: string;
        source_event_type: string;
        status: string;
        body: string;
        calendar: string | null;
      }[]
    >;

  beforeAll(async () => {
    smsServer = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        sms.push(JSON.parse(raw) as { to: string; text: string });
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: `sms-${sms.length}` }));
      });
    });
    await new Promise<void>((r) => smsServer.listen(0, '127.0.0.1', () => r()));
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-confirm-link', {
        SMTP_URL: await sink.start(),
        SMS_PROVIDER_URL: `http://127.0.0.1:${(smsServer.address() as AddressInfo).port}/messages`,
        SMS_PROVIDER_KEY: 'test-key',
        SMS_QUIET_START_HOUR: '0',
        SMS_QUIET_END_HOUR: '0',
        DELIVERY_POLL_MS: '50',
        LINK_SECRET,
        CITIZEN_WEB_URL: WEB,
      }),
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
    await new Promise((r) => smsServer?.close(r));
  });

  it('sends one message with a working confirmation link (token derived from the shared secret), no invitation and no reminder; the confirmation then goes out as usual', async () => {
    const email = `citizen-${randomUUID().slice(0, 8)}@example.it`;
    const tel = `+39333${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const pending: BookingRequestedV1 = {
      ...bookingState({ firstName: 'Maria', lastName: 'Rossi', email, phone: tel }, { status: 'pending' }),
      // 10:45 in Rome, on the day the booking was requested.
      confirmBy: '2027-03-01T09:45:00.000Z',
    };
    const requested = bookingEvent('scheduling.booking.requested', pending);
    // Nothing secret travels: the event carries the booking id, not a token.
    expect(JSON.stringify(requested)).not.toContain(links.sign('confirm', pending.bookingId));
    await producer.send({ topic, messages: [toKafkaRecord(requested)] });

    const [mail] = await waitFor(() => (sink.to(email).length > 0 ? sink.to(email) : null), 20000);
    expect(mail.subject).toBe(`Confermi la prenotazione ${pending.code}`);
    expect(mail.text).toContain('entro le 10:45 del 01/03/2027');
    const link = /https:\/\/prenota\.example\.it\/prenotazioni\/conferma#\S+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeDefined();
    const parsed = parseCitizenLinkFragment(new URL(link as string).hash);
    expect(parsed).toEqual({ code: pending.code, token: links.sign('confirm', pending.bookingId) });
    expect(links.matches('confirm', pending.bookingId, parsed?.token)).toBe(true);
    expect(mail.attachments.filter((a) => a.contentType.startsWith('text/calendar'))).toHaveLength(0);

    const text = await waitFor(() => sms.find((m) => m.to === tel)?.text, 20000);
    expect(text).toContain(
      `${WEB}/prenotazioni/conferma#${pending.code}.${links.sign('confirm', pending.bookingId)}`,
    );

    const rows = await deliveries(pending.code);
    expect(rows.map((r) => [r.kind, r.channel, r.source_event_type])).toEqual([
      ['message', 'email', 'scheduling.booking.requested'],
      ['message', 'sms', 'scheduling.booking.requested'],
    ]);
    expect(rows.every((r) => r.calendar === null)).toBe(true);

    // Confirmed: scheduling publishes `created` (status booked); the usual confirmation, invitation and reminder follow.
    await producer.send({
      topic,
      messages: [
        toKafkaRecord(
          bookingEvent('scheduling.booking.created', { ...pending, status: 'booked', sequence: 1 }),
        ),
      ],
    });
    await waitFor(() => sink.to(email).length >= 2, 20000);
    const confirmation = sink.to(email)[1];
    expect(confirmation.subject).toBe(`Appuntamento confermato ${pending.code}`);
    expect(confirmation.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true);
    const after = await waitFor(async () => {
      const r = await deliveries(pending.code);
      return r.some((d) => d.kind === 'reminder') ? r : null;
    }, 20000);
    expect(after.filter((d) => d.kind === 'reminder').map((d) => d.channel)).toEqual(['email']);
  });
});
