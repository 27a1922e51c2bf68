import { Producer } from 'kafkajs';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  BookingStateV1,
  CaseStateV1,
  CloudEvent,
  newCloudEvent,
  toKafkaRecord,
  Topics,
} from '@facile/contracts';
import { AppIoSender, ReminderJobs } from '@facile/notifications/infrastructure';
import {
  MailSink,
  readTopic,
  staffToken,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

interface IoRequest {
  method: string;
  path: string;
  key?: string;
  body?: { fiscal_code: string; content?: { subject: string; markdown: string; due_date?: string } };
}

/**
 * A local fake of the App IO API v1 (the real shape: POST /api/v1/profiles with `{fiscal_code}`, POST
 * /api/v1/messages, Ocp-Apim-Subscription-Key): 404 for citizens not on IO, `sender_allowed: false` for those who
 * blocked the service, 429 once for "flaky" citizens, 400 for "rejected" ones. The deprecated
 * GET /api/v1/profiles/{fiscal_code} (the codice fiscale in the URL) answers 405, so going back to it fails.
 */
class FakeAppIo {
  readonly requests: IoRequest[] = [];
  readonly notOnIo = new Set<string>();
  readonly blocked = new Set<string>();
  readonly flaky = new Set<string>();
  readonly rejected = new Set<string>();
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req: IncomingMessage, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const key = req.headers['ocp-apim-subscription-key'] as string | undefined;
        const reply = (status: number, body: object) =>
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        if (req.url?.startsWith('/api/v1/profiles/')) {
          this.requests.push({ method: req.method ?? '', path: req.url, key });
          return reply(405, { title: 'Use POST /api/v1/profiles: no fiscal code in URLs' });
        }
        if (req.method === 'POST' && req.url === '/api/v1/profiles') {
          const body = JSON.parse(raw) as IoRequest['body'];
          this.requests.push({ method: 'POST', path: req.url, key, body });
          const cf = body?.fiscal_code ?? '';
          if (!/^[A-Z0-9]{16}$/.test(cf)) return reply(400, { title: 'Invalid fiscal_code' });
          if (this.notOnIo.has(cf)) return reply(404, { title: 'Not found' });
          return reply(200, { sender_allowed: !this.blocked.has(cf), preferred_languages: ['it_IT'] });
        }
        if (req.method === 'POST' && req.url === '/api/v1/messages') {
          const body = JSON.parse(raw) as IoRequest['body'];
          this.requests.push({ method: 'POST', path: req.url, key, body });
          const cf = body?.fiscal_code ?? '';
          if (this.rejected.has(cf)) return reply(400, { title: 'Invalid message' });
          if (this.flaky.delete(cf)) return reply(429, { title: 'Too many requests' });
          return reply(201, { id: `io-${this.requests.length}` });
        }
        return reply(404, {});
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  messagesTo(cf: string): IoRequest[] {
    return this.requests.filter((r) => r.path === '/api/v1/messages' && r.body?.fiscal_code === cf);
  }
  of(cf: string): IoRequest[] {
    return this.requests.filter((r) => r.path.endsWith(cf) || r.body?.fiscal_code === cf);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const fiscalCode = () =>
  `RSSMRA85T10A${String(randomInt(0, 1000)).padStart(3, '0')}${'ABCDEFGHJK'[randomInt(0, 10)]}`;

/** App IO through the real HTTP adapter against a local fake of the IO API. */
describe('App IO', () => {
  const io = new FakeAppIo();
  const sink = new MailSink();
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  let cf: string;

  const booking = (citizen: BookingStateV1['citizen'], over: Partial<BookingStateV1> = {}): BookingStateV1 =>
    bookingState(citizen, over);
  const created = (b: BookingStateV1): CloudEvent<object> => bookingEvent('scheduling.booking.created', b);
  const send = (topic: string, ...events: CloudEvent<object>[]) =>
    producer.send({
      topic: `${svc.config.KAFKA_TOPIC_PREFIX}${topic}`,
      messages: events.map((e) => toKafkaRecord(e)),
    });
  const ioDeliveries = (recipient: string, kind = 'message') =>
    svc.ds.query(
      `SELECT * FROM notifications.deliveries WHERE channel = 'appio' AND recipient = $1 AND kind = $2 ORDER BY created_at`,
      [recipient, kind],
    ) as Promise<Record<string, unknown>[]>;
  const settled = (recipient: string, n = 1) =>
    waitFor(async () => {
      const rows = await ioDeliveries(recipient);
      return rows.length >= n &&
        rows.every((r) => ['sent', 'failed', 'suppressed'].includes(r['status'] as string))
        ? rows
        : null;
    });

  beforeAll(async () => {
    const [ioUrl, smtpUrl] = await Promise.all([io.start(), sink.start()]);
    svc = await startTestService(
      notificationsService,
      testEnvironment('notifications-appio', {
        SMTP_URL: smtpUrl,
        IO_API_URL: ioUrl,
        IO_SERVICE_KEYS: JSON.stringify({ cesena: 'io-key-cesena', montiano: 'io-key-montiano' }),
        DELIVERY_POLL_MS: '50',
        DELIVERY_BACKOFF_MS: '50',
        DELIVERY_MAX_ATTEMPTS: '3',
      }),
    );
    // The test database outlives the run: start from no overrides, deliveries or opt-outs.
    await svc.reset();
    producer = testKafka().producer();
    await producer.connect();
  });
  beforeEach(() => {
    cf = fiscalCode();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
    await Promise.all([io.stop(), sink.stop()]);
  });

  it("checks the profile, then sends the message with the municipality's own key; the IO id is the provider id", async () => {
    const b = booking({ firstName: 'Maria', lastName: 'Rossi', fiscalCode: cf });
    await send(Topics.schedulingBookings, created(b));
    const [row] = await settled(cf);
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      booking_ref: b.code,
      source_event_type: 'scheduling.booking.created',
    });
    const calls = io.of(cf);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'POST /api/v1/profiles',
      'POST /api/v1/messages',
    ]);
    expect(calls[0].body).toEqual({ fiscal_code: cf });
    expect(io.requests.some((r) => r.path.includes(cf))).toBe(false);
    expect(calls.every((c) => c.key === 'io-key-cesena')).toBe(true);
    const content = calls[1].body?.content;
    expect(content?.due_date).toBe(new Date(b.start).toISOString());
    expect(content?.subject).toBe(`Appuntamento confermato ${b.code}`);
    expect(content?.markdown).toContain('confermato per il **12/03/2027 alle 09:30**');
    expect(content?.markdown).toMatch(/opt-out\?token=[\w.-]+/);
    expect(content?.markdown.length).toBeGreaterThanOrEqual(80);
    expect(row['provider_id']).toBe(`io-${io.requests.indexOf(calls[1]) + 1}`);
    const events = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.notificationsDeliveries}`, {
      timeoutMs: 5000,
    });
    expect(
      events.map((m) => JSON.parse(m.value ?? '{}')).find((d) => d.deliveryId === row['id']),
    ).toMatchObject({
      channel: 'appio',
      status: 'sent',
      providerId: row['provider_id'],
    });

    // Another municipality's messages go out with that municipality's key; its reminder is an IO reminder with a job.
    const other = fiscalCode();
    const far = new Date(Date.now() + 5 * 24 * 3600_000);
    const m = booking(
      { firstName: 'Anna', lastName: 'Neri', fiscalCode: other },
      {
        tenant: 'montiano',
        site: 'montiano-municipio',
        start: far.toISOString(),
        end: new Date(far.getTime() + 900_000).toISOString(),
      },
    );
    await send(Topics.schedulingBookings, created(m));
    await settled(other);
    expect(io.of(other).every((c) => c.key === 'io-key-montiano')).toBe(true);
    const [reminder] = await ioDeliveries(other, 'reminder');
    expect(reminder).toMatchObject({
      status: 'queued',
      subject: `Promemoria: appuntamento domani ${m.code}`,
      appointment_at: far,
    });
    const jobs = svc.app.get(ReminderJobs);
    const job = await waitFor(() => jobs.queue.getJob(reminder['id'] as string));
    expect(job.timestamp + job.delay).toBe(far.getTime() - 24 * 3600_000);
  });

  it('gives a cancellation no due date: there is no appointment left to attend', async () => {
    const b = booking({ firstName: 'Rita', lastName: 'Gialli', fiscalCode: cf });
    await send(Topics.schedulingBookings, created(b));
    await settled(cf);
    await send(
      Topics.schedulingBookings,
      bookingEvent('scheduling.booking.cancelled', { ...b, status: 'cancelled', sequence: 1 }),
    );
    await settled(cf, 2);
    const [confirmed, cancelled] = io.messagesTo(cf);
    expect(confirmed.body?.content?.due_date).toBe('2027-03-12T08:30:00.000Z');
    expect(cancelled.body?.content?.subject).toMatch(/annullato/i);
    expect(cancelled.body?.content).not.toHaveProperty('due_date');
  });

  it('sends nothing on IO for a municipality without a service key', async () => {
    const to = `io-${randomUUID().slice(0, 8)}@example.it`;
    await send(
      Topics.schedulingBookings,
      created(
        booking(
          { firstName: 'Ugo', lastName: 'Bassi', fiscalCode: cf, email: to },
          { tenant: 'verghereto', site: 'verghereto-municipio' },
        ),
      ),
    );
    await waitFor(() => sink.to(to).length > 0);
    expect(await ioDeliveries(cf)).toHaveLength(0);
    expect(io.of(cf)).toHaveLength(0);
  });

  it('suppresses the message, with the reason, when the citizen is not on IO or does not allow the sender', async () => {
    const absent = cf;
    const blocking = fiscalCode();
    io.notOnIo.add(absent);
    io.blocked.add(blocking);
    await send(
      Topics.schedulingBookings,
      created(booking({ firstName: 'A', lastName: 'B', fiscalCode: absent })),
      created(booking({ firstName: 'C', lastName: 'D', fiscalCode: blocking })),
    );
    expect((await settled(absent))[0]).toMatchObject({
      status: 'suppressed',
      last_error: 'citizen not on App IO',
      attempts: 1,
    });
    expect((await settled(blocking))[0]).toMatchObject({
      status: 'suppressed',
      last_error: 'citizen does not allow messages from this service on App IO',
    });
    expect(io.messagesTo(absent)).toHaveLength(0);
    expect(io.messagesTo(blocking)).toHaveLength(0);
  });

  it('retries a 429 and fails a 400 at once, permanently', async () => {
    const flaky = cf;
    const rejected = fiscalCode();
    io.flaky.add(flaky);
    io.rejected.add(rejected);
    await send(
      Topics.schedulingBookings,
      created(booking({ firstName: 'E', lastName: 'F', fiscalCode: flaky })),
      created(booking({ firstName: 'G', lastName: 'H', fiscalCode: rejected })),
    );
    const [retried] = await settled(flaky);
    expect(retried).toMatchObject({ status: 'sent', attempts: 2 });
    expect(io.messagesTo(flaky)).toHaveLength(2);
    const [failed] = await settled(rejected);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed['last_error']).toMatch(/^App IO message answered 400/);
    await new Promise((r) => setTimeout(r, 300));
    expect(io.messagesTo(rejected)).toHaveLength(1);
  });

  it('refuses to send content outside the IO limits, without calling IO', async () => {
    const sender = svc.app.get(AppIoSender);
    const long = 'x'.repeat(100);
    await expect(
      sender.send({ tenant: 'cesena', fiscalCode: cf, subject: 'Breve', markdown: long }),
    ).rejects.toMatchObject({
      kind: 'permanent',
      message: expect.stringMatching(/subject must be 10–120/),
    });
    await expect(
      sender.send({ tenant: 'cesena', fiscalCode: cf, subject: 'Oggetto valido', markdown: 'corto' }),
    ).rejects.toMatchObject({
      kind: 'permanent',
      message: expect.stringMatching(/markdown must be 80–10000/),
    });
    expect(io.of(cf)).toHaveLength(0);
  });

  it('honours the opt-out for IO only: later IO messages are suppressed, e-mails still go', async () => {
    const to = `io-${randomUUID().slice(0, 8)}@example.it`;
    await send(
      Topics.schedulingBookings,
      created(booking({ firstName: 'L', lastName: 'M', fiscalCode: cf, email: to })),
    );
    await settled(cf);
    const token = /opt-out\?token=([\w.-]+)/.exec(io.messagesTo(cf)[0].body?.content?.markdown ?? '')?.[1];
    const http = request(svc.app.getHttpServer());
    expect((await http.post('/notifications/v1/opt-out').send({ token }).expect(200)).body).toEqual({
      tenant: 'cesena',
      channel: 'appio',
    });
    const next = booking({ firstName: 'L', lastName: 'M', fiscalCode: cf, email: to });
    await send(Topics.schedulingBookings, created(next));
    await waitFor(() => sink.to(to).length === 2);
    const rows = await settled(cf, 2);
    expect(rows[1]).toMatchObject({
      status: 'suppressed',
      booking_ref: next.code,
      last_error: 'recipient opted out of this channel',
    });
    expect(io.messagesTo(cf)).toHaveLength(1);
  });

  it('sends the case checklist on IO as markdown', async () => {
    const c: CaseStateV1 = {
      caseId: randomUUID(),
      code: 'AS-IO01',
      topic: 'spid',
      tenant: 'cesena',
      status: 'open',
      checklist: [{ id: 'id-document', label: "Documento d'identità valido", satisfied: false }],
      nextSteps: ['Prenoti un appuntamento'],
      citizen: { firstName: 'Giulia', lastName: 'Verdi', fiscalCode: cf },
    };
    await send(
      Topics.assistanceCases,
      newCloudEvent({
        type: 'assistance.case.opened',
        source: 'assistance',
        tenant: 'cesena',
        subject: c.caseId,
        data: c,
      }),
    );
    await settled(cf);
    const [msg] = io.messagesTo(cf);
    expect(msg.body?.content).not.toHaveProperty('due_date');
    expect(msg.body?.content?.subject).toBe('Pratica di assistenza AS-IO01 aperta');
    expect(msg.body?.content?.markdown).toContain("Cosa portare:  \n- Documento d'identità valido");
  });

  it('keeps IO templates per event type and locale, checking the IO length limits at save time', async () => {
    const http = request(svc.app.getHttpServer());
    const admin = `Bearer ${await staffToken('tenant-admin', { tenants: ['cesena'] })}`;
    const path = '/notifications/v1/tenants/cesena/templates/scheduling.booking.created/appio/en';
    const current = await http.get(path).set('Authorization', admin).expect(200);
    expect(current.body).toMatchObject({
      channel: 'appio',
      locale: 'en',
      source: 'default',
      subject: 'Appointment confirmed {{code}}',
    });

    const short = await http
      .put(path)
      .set('Authorization', admin)
      .send({ subject: 'Hi {{code}}', body: 'x'.repeat(100) })
      .expect(422);
    expect(short.headers['content-type']).toMatch(/problem\+json/);
    expect(short.body.detail).toMatch(/subject must be 10–120 characters/);
    const tiny = await http
      .put(path)
      .set('Authorization', admin)
      .send({ subject: 'Booking {{code}} confirmed', body: 'See you {{date}}.' })
      .expect(422);
    expect(tiny.body.detail).toMatch(/markdown must be 80–/);
    const huge = await http
      .put(path)
      .set('Authorization', admin)
      .send({ subject: 'Booking {{code}} confirmed', body: `{{firstName}} ${'y'.repeat(9_800)}` })
      .expect(422);
    expect(huge.body.detail).toMatch(/markdown must be 80–9500/);
    await http
      .post(`${path}/preview`)
      .set('Authorization', admin)
      .send({ subject: 'Hi', body: 'x'.repeat(100) })
      .expect(422);
    expect((await http.get(path).set('Authorization', admin).expect(200)).body.source).toBe('default');

    const body =
      'Hello **{{firstName}} {{lastName}}**, your appointment {{code}} is on {{date}} at {{time}} at {{site}}.';
    await http
      .put(path)
      .set('Authorization', admin)
      .send({ subject: '{{municipality}}: booking {{code}}', body })
      .expect(200);
    const b = booking({ firstName: 'John', lastName: 'Smith', fiscalCode: cf, locale: 'en' });
    await send(Topics.schedulingBookings, created(b));
    await settled(cf);
    expect(io.messagesTo(cf)[0].body?.content).toMatchObject({
      subject: `Comune di Cesena: booking ${b.code}`,
      markdown: expect.stringContaining('Hello **John Smith**, your appointment'),
    });
    await http.delete(path).set('Authorization', admin).expect(204);
  });
});
