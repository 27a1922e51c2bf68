import { Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  BookingStateV1,
  CloudEvent,
  newCloudEvent,
  RegistrationStateV1,
  toKafkaRecord,
  Topics,
} from '@facile/contracts';
import {
  readTopic,
  startTestService,
  testEnvironment,
  testKafka,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { AssistanceConfig } from '../identity-assistance.config';
import { assistanceService } from '../identity-assistance.service';
import { openCase } from './assistance-fixtures';

const booking = (
  code: string,
  caseCode: string,
  status: BookingStateV1['status'] = 'booked',
): BookingStateV1 => ({
  bookingId: randomUUID(),
  code,
  services: ['attivazione-spid-lepidaid'],
  tenant: 'cesena',
  site: 'cesena-centro',
  start: '2027-03-01T09:00:00.000Z',
  end: '2027-03-01T09:20:00.000Z',
  status,
  sequence: 0,
  createdAt: new Date().toISOString(),
  caseCode,
  citizen: { firstName: 'Maria', lastName: 'Rossi' },
});

const event = <T extends { code: string }>(type: string, data: T, tenant = 'cesena'): CloudEvent<T> =>
  newCloudEvent({ type, source: 'scheduling', tenant, subject: data.code, data });

/** Scheduling events carrying a case code move the case, once per event id, through real Kafka. */
describe('case links with scheduling (real Kafka)', () => {
  let svc: TestService<AssistanceConfig>;
  let producer: Producer;
  const topicOf = (t: string) => `${svc.config.KAFKA_TOPIC_PREFIX}${t}`;
  const send = (t: string, e: CloudEvent<unknown>) =>
    producer.send({ topic: topicOf(t), messages: [toKafkaRecord(e as CloudEvent)] });
  const caseRow = (code: string) =>
    svc.ds
      .query(`SELECT status, booking_code, no_shows FROM assistance.cases WHERE code = $1`, [code])
      .then((r) => r[0] as { status: string; booking_code: string | null; no_shows: number });
  const transitions = (code: string) =>
    svc.ds
      .query(
        `SELECT t.to_status FROM assistance.case_transitions t JOIN assistance.cases c ON c.id = t.case_id WHERE c.code = $1 ORDER BY t.at`,
        [code],
      )
      .then((r) => r.map((x: { to_status: string }) => x.to_status));
  const processed = (id: string) =>
    svc.ds.query(`SELECT 1 FROM assistance.inbox WHERE event_id = $1`, [id]).then((r) => r.length > 0);

  beforeAll(async () => {
    svc = await startTestService(assistanceService, testEnvironment('identity-assistance'));
    producer = testKafka().producer();
    await producer.connect();
  });
  afterAll(async () => {
    await producer?.disconnect();
    await svc?.close();
  });

  it('a booking with the case code schedules it (case.scheduled), a redelivery changes nothing, a cancellation reopens it', async () => {
    const opened = await openCase(svc, {}).expect(201);
    const code = opened.body.code as string;
    const created = event('scheduling.booking.created', booking('BK11-AAAA', code));
    await send(Topics.schedulingBookings, created);
    expect(await waitFor(async () => (await caseRow(code)).status === 'scheduled')).toBe(true);
    expect((await caseRow(code)).booking_code).toBe('BK11-AAAA');

    // The same event id again (redelivery), then a cancellation: the redelivery has no effect of its own.
    await send(Topics.schedulingBookings, created);
    const cancelled = event('scheduling.booking.cancelled', booking('BK11-AAAA', code, 'cancelled'));
    await send(Topics.schedulingBookings, cancelled);
    await waitFor(() => processed(cancelled.id));
    expect(await caseRow(code)).toEqual({ status: 'open', booking_code: null, no_shows: 0 });
    expect(await transitions(code)).toEqual(['scheduled', 'open']);
    const inbox = await svc.ds.query(`SELECT count(*)::int AS n FROM assistance.inbox WHERE event_id = $1`, [
      created.id,
    ]);
    expect(inbox[0].n).toBe(1);

    const view = await request(svc.app.getHttpServer())
      .get(`/assistance/v1/cases/${code}`)
      .set('X-Manage-Token', opened.body.manageToken)
      .expect(200);
    expect(view.body.history.map((h: { by: string }) => h.by)).toEqual(['scheduling', 'scheduling']);

    const published = await readTopic(topicOf(Topics.assistanceCases), { expected: 3, timeoutMs: 10000 });
    const mine = published
      .filter((m) => JSON.parse(m.value ?? '{}').code === code)
      .map((m) => m.headers['ce_type']);
    expect(mine).toEqual(['assistance.case.opened', 'assistance.case.scheduled', 'assistance.case.updated']);
  });

  it('a no-show is recorded and reopens the case; a session registration schedules it', async () => {
    const opened = await openCase(svc, { topic: 'online-services' }).expect(201);
    const code = opened.body.code as string;
    await send(Topics.schedulingBookings, event('scheduling.booking.created', booking('BK22-BBBB', code)));
    await waitFor(async () => (await caseRow(code)).status === 'scheduled');
    const noShow = event('scheduling.booking.no-show', booking('BK22-BBBB', code, 'no-show'));
    await send(Topics.schedulingBookings, noShow);
    await send(Topics.schedulingBookings, noShow);
    await waitFor(() => processed(noShow.id));
    expect(await caseRow(code)).toEqual({ status: 'open', booking_code: null, no_shows: 1 });

    const registration: RegistrationStateV1 = {
      registrationId: randomUUID(),
      code: 'RG33-CCCC',
      sessionId: randomUUID(),
      tenant: 'cesena',
      site: 'cesena-centro',
      title: 'Corso SPID',
      start: '2027-03-02T09:00:00.000Z',
      end: '2027-03-02T11:00:00.000Z',
      status: 'registered',
      caseCode: code,
      citizen: { firstName: 'Maria', lastName: 'Rossi' },
    };
    await send(Topics.schedulingSessions, event('scheduling.registration.created', registration));
    expect(await waitFor(async () => (await caseRow(code)).booking_code === 'RG33-CCCC')).toBe(true);
    expect((await caseRow(code)).status).toBe('scheduled');
  });

  it('leaves the case alone while a booking waits for confirmation by link, or expires unconfirmed (ADR 0019)', async () => {
    const opened = await openCase(svc, {}).expect(201);
    const code = opened.body.code as string;
    const pending = booking('BK66-FFFF', code, 'pending');
    const requested = event('scheduling.booking.requested', {
      ...pending,
      confirmBy: '2027-02-20T10:00:00.000Z',
    });
    const expired = event('scheduling.booking.expired', { ...pending, status: 'expired', sequence: 1 });
    // A booking that is one (`created`); the same key keeps it behind the two above, on one partition.
    const confirmed = event('scheduling.booking.created', booking('BK66-FFFF', code));
    for (const e of [requested, expired, confirmed]) await send(Topics.schedulingBookings, e);
    await waitFor(() => processed(confirmed.id));
    expect(await processed(requested.id)).toBe(false);
    expect(await processed(expired.id)).toBe(false);
    expect(await transitions(code)).toEqual(['scheduled']);
    expect((await caseRow(code)).booking_code).toBe('BK66-FFFF');
  });

  it('ignores events of another municipality; events without a case code cost no inbox transaction', async () => {
    const opened = await openCase(svc, {}).expect(201);
    const code = opened.body.code as string;
    const other = event(
      'scheduling.booking.created',
      { ...booking('BK44-DDDD', code), tenant: 'montiano' },
      'montiano',
    );
    const none = event('scheduling.booking.created', { ...booking('BK55-EEEE', code), caseCode: undefined });
    // Same key as `none`, so on the same partition behind it: once this one is applied, `none` has been read.
    const after = event('scheduling.booking.cancelled', booking('BK55-EEEE', code, 'cancelled'));
    await send(Topics.schedulingBookings, other);
    await send(Topics.schedulingBookings, none);
    await send(Topics.schedulingBookings, after);
    expect(await waitFor(async () => (await processed(other.id)) && (await processed(after.id)))).toBe(true);
    expect(await processed(none.id)).toBe(false);
    expect((await caseRow(code)).status).toBe('open');
    expect(await transitions(code)).toEqual([]);
  });
});
