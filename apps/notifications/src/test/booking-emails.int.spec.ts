import ICAL from 'ical.js';
import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  BookingStateV1,
  CloudEvent,
  parseCitizenLinkFragment,
  toKafkaRecord,
  Topics,
} from '@facile/contracts';
import { LinkTokens } from '@facile/platform/validation';
import {
  MailSink,
  pendingSchemaChanges,
  readTopic,
  staffToken,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { SENDABLE } from '@facile/notifications/infrastructure';
import { NotificationsConfig } from '../notifications.config';
import { notificationsService } from '../notifications.service';
import { bookingEvent, bookingState } from './booking-fixtures';

type BookingType =
  'scheduling.booking.created' | 'scheduling.booking.cancelled' | 'scheduling.booking.rescheduled';

const booking = (email: string, over: Partial<BookingStateV1> = {}): BookingStateV1 =>
  bookingState({ firstName: 'Maria', lastName: 'Rossi', email }, over);

const eventOf = (
  type: BookingType,
  data: BookingStateV1 | (BookingStateV1 & { previousStart: string; previousSite: string }),
): CloudEvent<object> => bookingEvent(type, data);

const LINK_SECRET = `booking-emails-link-secret-${randomUUID()}`;
const WEB = 'https://prenota.example.it';

const email = () => `citizen-${randomUUID().slice(0, 8)}@example.it`;

/** Booking e-mails through real Kafka, PostgreSQL and a real SMTP server. */
describe('booking e-mails', () => {
  const sink = new MailSink();
  let env: Record<string, string>;
  let svc: TestService<NotificationsConfig>;
  let producer: Producer;
  let topic: string;

  const send = (...events: CloudEvent<object>[]) =>
    producer.send({ topic, messages: events.map((e) => toKafkaRecord(e)) });
  const deliveries = (recipient: string, kind = 'message') =>
    svc.ds.query(
      `SELECT * FROM notifications.deliveries WHERE recipient = $1 AND kind = $2 ORDER BY created_at`,
      [recipient, kind],
    ) as Promise<Record<string, unknown>[]>;

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    env = testEnvironment('notifications', {
      SMTP_URL: smtpUrl,
      DELIVERY_POLL_MS: '50',
      DELIVERY_BACKOFF_MS: '50',
      DELIVERY_MAX_ATTEMPTS: '3',
      MAIL_REPLY_TO: 'cesena=urp@comune.cesena.fc.it',
      LINK_SECRET,
      CITIZEN_WEB_URL: WEB,
    });
    svc = await startTestService(notificationsService, env);
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

  it('has entities and migrations that agree', async () => {
    expect(await pendingSchemaChanges(svc.ds)).toEqual([]);
  });

  it("claims from the queue's own index: the claim's condition is the index's predicate", async () => {
    // With the other plans off, the planner takes the partial index only if the condition implies its predicate.
    const plan: { 'QUERY PLAN': string }[] = await svc.ds.transaction(async (m) => {
      await m.query(`SET LOCAL enable_seqscan = off`);
      await m.query(`SET LOCAL enable_bitmapscan = off`);
      return m.query(
        `EXPLAIN SELECT d.id FROM notifications.deliveries d WHERE ${SENDABLE} AND d.next_attempt_at <= now()
         ORDER BY d.next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED`,
      );
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('Index Scan using ix_deliveries_sendable');
  });

  it('sends the confirmation in Italian with an .ics invitation that ical.js parses', async () => {
    const to = email();
    const b = booking(to, { sequence: 2 });
    await send(eventOf('scheduling.booking.created', b));
    const [mail] = await waitFor(() => (sink.to(to).length > 0 ? sink.to(to) : null));
    expect(mail.subject).toBe(`Appuntamento confermato ${b.code}`);
    expect(mail.text).toContain('12/03/2027 alle 09:30');
    expect(mail.from?.value[0]).toMatchObject({
      name: 'Comune di Cesena',
      address: 'noreply@unionevallesavio.it',
    });
    expect(mail.replyTo?.value[0].address).toBe('urp@comune.cesena.fc.it');
    const ics = mail.attachments.find(
      (a) => a.filename === 'appuntamento.ics' || a.contentType.startsWith('text/calendar'),
    );
    expect(ics).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(ics?.content.toString('utf8') ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('uid')).toBe(`${b.bookingId}@sportello-facile`);
    expect(vevent?.getFirstPropertyValue('sequence')).toBe(2);
    expect(vevent?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Rome');
    expect(String(vevent?.getFirstPropertyValue('dtstart'))).toBe('2027-03-12T09:30:00');

    const [row] = await waitFor(async () =>
      (await deliveries(to))[0]?.['status'] === 'sent' ? deliveries(to) : null,
    );
    expect(row).toMatchObject({
      channel: 'email',
      attempts: 1,
      booking_ref: b.code,
      source_event_type: 'scheduling.booking.created',
    });
    // The provider's id is the Message-ID the citizen's mail carries (the message is composed before sending).
    expect(row['provider_id']).toMatch(/^<.+@.+>$/);
    expect(row['provider_id']).toBe(mail.messageId);
    const events = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.notificationsDeliveries}`, {
      expected: 1,
      timeoutMs: 10000,
    });
    const sent = events.map((m) => JSON.parse(m.value ?? '{}')).find((d) => d.deliveryId === row['id']);
    expect(sent).toMatchObject({ status: 'sent', channel: 'email', tenant: 'cesena', subjectRef: b.code });
  });

  it('sends exactly one e-mail under redelivery of the same event and a consumer restart', async () => {
    const to = email();
    const event = eventOf('scheduling.booking.created', booking(to));
    await send(event, event);
    await waitFor(() => sink.to(to).length > 0);
    await svc.close();
    svc = await startTestService(notificationsService, env);
    await send(event);
    // A marker after the duplicate on the same partition proves the duplicate has been consumed.
    const marker = email();
    await send({ ...eventOf('scheduling.booking.created', booking(marker)), subject: event.subject });
    await waitFor(() => sink.to(marker).length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.to(to)).toHaveLength(1);
    expect(await deliveries(to)).toHaveLength(1);
  });

  it('applies one batch of three municipalities in one transaction, each e-mail from its own municipality', async () => {
    const places = [
      ['montiano', 'montiano-municipio', 'Comune di Montiano'],
      ['cesena', 'cesena-centro', 'Comune di Cesena'],
      ['bagno-di-romagna', 'bagno-di-romagna-municipio', 'Comune di Bagno di Romagna'],
    ] as const;
    const sent = places.map(([tenant, site, name]) => ({ to: email(), tenant, site, name }));
    const events = sent.map(({ to, tenant, site }) =>
      eventOf('scheduling.booking.created', booking(to, { tenant, site })),
    );
    // one send on one key: one record batch on one partition, fetched whole
    await producer.send({ topic, messages: events.map((e) => ({ ...toKafkaRecord(e), key: 'batch' })) });
    for (const { to, name } of sent) {
      const [mail] = await waitFor(() => (sink.to(to).length > 0 ? sink.to(to) : null));
      expect(mail.from?.value[0].name).toBe(name);
    }
    // Row-level security let each event's deliveries in as its own municipality's, in the batch's transaction:
    // had the tenant been wrong for one of them, the batch would have failed and each event gone on its own.
    const inbox: { tenant_id: string; received_at: Date }[] = await svc.ds.query(
      `SELECT tenant_id, received_at FROM notifications.inbox WHERE event_id = ANY($1)`,
      [events.map((e) => e.id)],
    );
    expect(inbox.map((r) => r.tenant_id).sort()).toEqual(['bagno-di-romagna', 'cesena', 'montiano']);
    expect(new Set(inbox.map((r) => r.received_at.getTime())).size).toBe(1);
    for (const { to, tenant } of sent) expect((await deliveries(to))[0]).toMatchObject({ tenant_id: tenant });
  });

  it('goes on sending while one message is slow to be accepted: the next claims do not wait for it', async () => {
    const slowTo = email();
    const slow = sink.hold(slowTo);
    await send(eventOf('scheduling.booking.created', booking(slowTo)));
    await slow.arrived;
    // More than one claim's worth (20) behind the slow one, sent on the pool's other connections.
    const others = Array.from({ length: 30 }, () => email());
    await send(...others.map((to) => eventOf('scheduling.booking.created', booking(to))));
    try {
      await waitFor(() => others.every((to) => sink.to(to).length === 1), 20000);
      expect(sink.to(slowTo)).toHaveLength(0);
      expect((await deliveries(slowTo))[0]).toMatchObject({ status: 'sending' });
    } finally {
      slow.release();
    }
    const [row] = await waitFor(async () =>
      (await deliveries(slowTo))[0]?.['status'] === 'sent' ? deliveries(slowTo) : null,
    );
    expect(row).toMatchObject({ attempts: 1 });
    expect(sink.to(slowTo)).toHaveLength(1);
    for (const to of others) expect(sink.to(to)).toHaveLength(1);
  });

  it('sends the cancellation in English with METHOD:CANCEL, and the reschedule with the new time', async () => {
    const to = email();
    const b = booking(to, { citizen: { firstName: 'John', lastName: 'Smith', email: to, locale: 'en' } });
    await send(
      eventOf('scheduling.booking.rescheduled', {
        ...b,
        start: '2027-03-13T10:00:00+01:00',
        end: '2027-03-13T10:20:00+01:00',
        sequence: 1,
        previousStart: b.start,
        previousSite: b.site,
      }),
    );
    await send(eventOf('scheduling.booking.cancelled', { ...b, status: 'cancelled', sequence: 2 }));
    const mails = await waitFor(() => (sink.to(to).length >= 2 ? sink.to(to) : null));
    const moved = mails.find((m) => m.subject?.startsWith('Appointment rescheduled'));
    expect(moved?.text).toContain('previously on 12/03/2027 at 09:30');
    expect(moved?.text).toContain('13/03/2027 at 10:00');
    const cancelled = mails.find((m) => m.subject === `Appointment cancelled ${b.code}`);
    const ics = cancelled?.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const calendar = new ICAL.Component(ICAL.parse(ics?.content.toString('utf8') ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('puts a manage link that scheduling accepts in the confirmation and reschedule e-mails, never on Kafka', async () => {
    const to = email();
    const b = booking(to, { citizen: { firstName: 'John', lastName: 'Smith', email: to, locale: 'en' } });
    const created = eventOf('scheduling.booking.created', b);
    await send(created);
    await send(
      eventOf('scheduling.booking.rescheduled', {
        ...b,
        start: '2027-03-13T10:00:00+01:00',
        end: '2027-03-13T10:20:00+01:00',
        sequence: 1,
        previousStart: b.start,
        previousSite: b.site,
      }),
    );
    const mails = await waitFor(() => (sink.to(to).length >= 2 ? sink.to(to) : null));
    const token = new LinkTokens(LINK_SECRET).sign('manage', b.bookingId);
    for (const mail of mails) {
      const link = /https:\/\/prenota\.example\.it\/prenotazioni\/gestisci#\S+/.exec(mail.text ?? '')?.[0];
      expect(link).toBeDefined();
      const parsed = parseCitizenLinkFragment(new URL(link ?? '').hash);
      expect(parsed).toEqual({ code: b.code, token });
      expect(new LinkTokens(LINK_SECRET).matches('manage', b.bookingId, parsed?.token ?? '')).toBe(true);
      // a confirm token is not a manage token, and the event itself carries no token
      expect(new LinkTokens(LINK_SECRET).matches('confirm', b.bookingId, parsed?.token ?? '')).toBe(false);
    }
    expect(JSON.stringify(created)).not.toContain(token);
  });

  it('retries temporary failures with backoff, stops at once on permanent ones, and never sends either', async () => {
    const before = sink.messages.length;
    await send(eventOf('scheduling.booking.created', booking('temp-fail@simulator.invalid')));
    await send(eventOf('scheduling.booking.created', booking('perm-fail@simulator.invalid')));
    const [temp] = await waitFor(async () => {
      const rows = await deliveries('temp-fail@simulator.invalid');
      return rows[0]?.['status'] === 'failed' ? rows : null;
    });
    expect(temp).toMatchObject({ attempts: 3, last_error: 'simulated temporary failure' });
    const [perm] = await waitFor(async () => {
      const rows = await deliveries('perm-fail@simulator.invalid');
      return rows[0]?.['status'] === 'failed' ? rows : null;
    });
    expect(perm).toMatchObject({ attempts: 1, last_error: 'simulated permanent failure' });
    expect(sink.messages.length).toBe(before);
    const events = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.notificationsDeliveries}`, {
      timeoutMs: 4000,
    });
    const failed = events.map((m) => JSON.parse(m.value ?? '{}')).filter((d) => d.status === 'failed');
    expect(failed.map((d) => d.deliveryId).sort()).toEqual([temp['id'], perm['id']].sort());
  });

  it('moves the reminder with a reschedule and drops it with a cancellation', async () => {
    const to = email();
    const soon = () => new Date(Date.now() + 24 * 3600_000 + 4000);
    const far = new Date(Date.now() + 10 * 24 * 3600_000);
    const moved = booking(to, {
      start: far.toISOString(),
      end: new Date(far.getTime() + 1_200_000).toISOString(),
    });
    await send(eventOf('scheduling.booking.created', moved));
    const [planned] = await waitFor(async () =>
      (await deliveries(to, 'reminder')).length > 0 ? deliveries(to, 'reminder') : null,
    );
    expect(new Date(planned['next_attempt_at'] as string).getTime()).toBe(far.getTime() - 24 * 3600_000);

    const newStart = soon();
    await send(
      eventOf('scheduling.booking.rescheduled', {
        ...moved,
        start: newStart.toISOString(),
        end: new Date(newStart.getTime() + 1_200_000).toISOString(),
        sequence: 1,
        previousStart: moved.start,
        previousSite: moved.site,
      }),
    );
    const reminder = await waitFor(
      () => sink.to(to).find((m) => m.subject === `Promemoria: appuntamento domani ${moved.code}`),
      20000,
    );
    const local = new Intl.DateTimeFormat('it-IT', {
      timeZone: 'Europe/Rome',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(newStart);
    expect(reminder.text).toContain(`alle ${local}`);
    // The row turns `sent` when the sending transaction commits, just after the SMTP server has the message.
    const reminders = await waitFor(async () => {
      const rows = await deliveries(to, 'reminder');
      return rows[0]?.['status'] === 'sent' ? rows : null;
    });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ status: 'sent', id: planned['id'] });

    const dropped = email();
    // Due 8 s from now: ample time for the cancellation to be consumed (and the job removed) first, even on a loaded machine.
    const start = new Date(Date.now() + 24 * 3600_000 + 8000);
    const b = booking(dropped, {
      start: start.toISOString(),
      end: new Date(start.getTime() + 1_200_000).toISOString(),
    });
    await send(
      eventOf('scheduling.booking.created', b),
      eventOf('scheduling.booking.cancelled', { ...b, status: 'cancelled', sequence: 1 }),
    );
    await waitFor(() => sink.to(dropped).length >= 2);
    expect((await deliveries(dropped, 'reminder'))[0]).toMatchObject({ status: 'suppressed' });
    // Past the reminder's original due time, nothing more arrives.
    await new Promise((r) => setTimeout(r, Math.max(0, start.getTime() - 24 * 3600_000 - Date.now()) + 1500));
    expect(sink.to(dropped).map((m) => m.subject)).toEqual(
      expect.not.arrayContaining([`Promemoria: appuntamento domani ${b.code}`]),
    );
    expect(sink.to(dropped)).toHaveLength(2);
    expect((await deliveries(dropped, 'reminder'))[0]).toMatchObject({ status: 'suppressed' });
  });

  it('honours the opt-out link of a message, for that channel and municipality', async () => {
    const to = email();
    await send(eventOf('scheduling.booking.created', booking(to)));
    const [mail] = await waitFor(() => (sink.to(to).length > 0 ? sink.to(to) : null));
    const token = /opt-out\?token=([\w.-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    const http = request(svc.app.getHttpServer());
    await http
      .post('/notifications/v1/opt-out')
      .send({ token: `${token}x` })
      .expect(400);
    await http.post('/notifications/v1/opt-out').send({ token: 'not-a-token-at-all' }).expect(400);
    // The link itself points at this endpoint, and opening it changes nothing: it shows a page with a button.
    expect(mail.text).toContain(`${svc.config.OPT_OUT_URL}?token=`);
    const page = await http.get(`/notifications/v1/opt-out?token=${token}`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Comune di Cesena');
    expect(page.text).toContain(`name="token" value="${token}"`);
    await http.get('/notifications/v1/opt-out?token=forged-token-value').expect(400);
    expect(
      await svc.ds.query(`SELECT 1 FROM notifications.opt_outs WHERE recipient = $1`, [to]),
    ).toHaveLength(0);
    // The page's button posts the form and gets a page back; front ends post JSON and get JSON.
    const done = await http
      .post('/notifications/v1/opt-out')
      .set('Accept', 'text/html')
      .type('form')
      .send({ token })
      .expect(200);
    expect(done.text).toContain('Fatto');
    expect((await http.post('/notifications/v1/opt-out').send({ token }).expect(200)).body).toEqual({
      tenant: 'cesena',
      channel: 'email',
    });
    // RFC 8058 one-click unsubscribe from mail clients: token in the URL, the fixed body.
    await http
      .post(`/notifications/v1/opt-out?token=${token}`)
      .type('form')
      .send({ 'List-Unsubscribe': 'One-Click' })
      .expect(200);

    const next = booking(to);
    await send(eventOf('scheduling.booking.created', next));
    const rows = await waitFor(async () => {
      const r = await deliveries(to);
      return r.length === 2 ? r : null;
    });
    expect(rows[1]).toMatchObject({ status: 'suppressed', booking_ref: next.code });
    // Another municipality's messages still arrive.
    await send(
      eventOf('scheduling.booking.created', booking(to, { tenant: 'montiano', site: 'montiano-municipio' })),
    );
    await waitFor(() => sink.to(to).length === 2);
    expect(sink.to(to).map((m) => m.subject)).not.toContain(`Appuntamento confermato ${next.code}`);
  });

  it('shows the delivery log to staff, each tenant admin only their municipality', async () => {
    const to = email();
    await send(
      eventOf('scheduling.booking.created', booking(to, { tenant: 'montiano', site: 'montiano-municipio' })),
    );
    const [row] = await waitFor(async () =>
      (await deliveries(to))[0]?.['status'] === 'sent' ? deliveries(to) : null,
    );
    const http = request(svc.app.getHttpServer());
    const montiano = `Bearer ${await staffToken('tenant-admin', { tenants: ['montiano'] })}`;
    const cesena = `Bearer ${await staffToken('tenant-admin', { tenants: ['cesena'] })}`;

    const mine = await http
      .get('/notifications/v1/deliveries?status=sent')
      .set('Authorization', montiano)
      .expect(200);
    expect(mine.body.map((d: { id: string }) => d.id)).toContain(row['id']);
    expect(mine.body.every((d: { tenant: string }) => d.tenant === 'montiano')).toBe(true);
    await http.get(`/notifications/v1/deliveries/${row['id']}`).set('Authorization', montiano).expect(200);

    const others = await http.get('/notifications/v1/deliveries').set('Authorization', cesena).expect(200);
    expect(others.body.map((d: { id: string }) => d.id)).not.toContain(row['id']);
    await http.get('/notifications/v1/deliveries?tenant=montiano').set('Authorization', cesena).expect(403);
    await http.get(`/notifications/v1/deliveries/${row['id']}`).set('Authorization', cesena).expect(404);
    await http.get('/notifications/v1/deliveries?status=lost').set('Authorization', cesena).expect(400);
    await http.get('/notifications/v1/deliveries/not-a-uuid').set('Authorization', cesena).expect(400);
    await http.get('/notifications/v1/deliveries').expect(401);
  });
});
