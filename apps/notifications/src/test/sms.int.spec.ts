import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { toKafkaRecord, Topics } from '@facile/contracts';
import { startTestService, testEnvironment, testKafka, TestService, waitFor } from '@facile/platform/testing';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

interface Received {
  authorization?: string;
  body: { to: string; text: string; sender: string };
}

/** A local fake of the SMS provider: answers 503 to a number's first request when asked to, 400 to +39999. */
class FakeSmsProvider {
  readonly received: Received[] = [];
  readonly flaky = new Set<string>();
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const body = JSON.parse(raw) as Received['body'];
        this.received.push({ authorization: req.headers.authorization, body });
        const status = body.to === '+39999' ? 400 : this.flaky.delete(body.to) ? 503 : 200;
        res
          .writeHead(status, { 'content-type': 'application/json' })
          .end(JSON.stringify(status === 200 ? { id: `sms-${this.received.length}` } : { error: 'no' }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  to(phone: string): Received[] {
    return this.received.filter((r) => r.body.to === phone);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const phone = () =>
  `+39333${Math.floor(Math.random() * 1e7)
    .toString()
    .padStart(7, '0')}`;

/** SMS through the real HTTP adapter against a local fake provider (quiet hours switched off: see the domain unit test). */
describe('SMS', () => {
  const provider = new FakeSmsProvider();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;

  const created = (tel: string) =>
    bookingEvent(
      'scheduling.booking.created',
      bookingState(
        { firstName: 'Anna', lastName: 'Neri', phone: tel },
        { code: `S${randomUUID().slice(0, 5).toUpperCase()}` },
      ),
    );
  const row = (tel: string) =>
    svc.ds
      .query(`SELECT * FROM notifications.deliveries WHERE recipient = $1`, [tel])
      .then((r: Record<string, unknown>[]) => r);

  beforeAll(async () => {
    const url = await provider.start();
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-sms', {
        SMS_PROVIDER_URL: url,
        SMS_PROVIDER_KEY: 'test-key',
        SMS_QUIET_START_HOUR: '0',
        SMS_QUIET_END_HOUR: '0',
        DELIVERY_POLL_MS: '50',
        DELIVERY_BACKOFF_MS: '50',
        DELIVERY_MAX_ATTEMPTS: '3',
      }),
    );
    await svc.reset();
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await provider.stop();
  });

  const send = (tel: string) =>
    producer.send({
      topic: `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`,
      messages: [toKafkaRecord(created(tel))],
    });

  it('sends the confirmation by SMS with the provider key, retrying a 503', async () => {
    const tel = phone();
    provider.flaky.add(tel);
    await send(tel);
    const [d] = await waitFor(async () => ((await row(tel))[0]?.['status'] === 'sent' ? row(tel) : null));
    expect(d).toMatchObject({ channel: 'sms', attempts: 2 });
    expect(d['provider_id']).toMatch(/^sms-\d+$/);
    expect(provider.to(tel)).toHaveLength(2);
    expect(provider.to(tel)[1]).toMatchObject({
      authorization: 'Bearer test-key',
      body: { sender: 'Comune di C' },
    });
    expect(provider.to(tel)[1].body.text).toMatch(
      /^Comune di Cesena: appuntamento S\w+ confermato il 12\/03\/2027 alle 09:30/,
    );
  });

  it('stops at once on a permanent 4xx', async () => {
    await send('+39999');
    const [d] = await waitFor(async () =>
      (await row('+39999'))[0]?.['status'] === 'failed' ? row('+39999') : null,
    );
    expect(d).toMatchObject({ attempts: 1 });
    expect(String(d['last_error'])).toContain('400');
    expect(provider.to('+39999')).toHaveLength(1);
  });
});
