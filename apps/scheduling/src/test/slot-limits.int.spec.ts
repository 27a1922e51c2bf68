import { AddressInfo, createServer } from 'node:net';
import type { Response } from 'supertest';
import { startTestService, testEnvironment, TestService } from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

const CESENA = { service: 'spid', tenant: 'cesena', site: 'cesena-centro' };
/** Tuesday 6 April 2027 at Cesena's main desk (eight counters, 15-minute spid slots from 09:00). */
const slot = (i: number) => {
  const minutes = 9 * 60 + 15 * (i % 16);
  return `2027-04-${String(6 + 7 * Math.floor(i / 16)).padStart(2, '0')}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+02:00`;
};

/** The shipped defaults of the slot-hoarding limits (testEnvironment lifts them for other suites). */
function shippedLimits(): Record<string, string> {
  const shipped = new SchedulingConfig();
  const keys = [
    'HOLDS_PER_CLIENT',
    'HOLDS_PER_CLIENT_WINDOW_SECONDS',
    'OPEN_HOLDS_PER_CLIENT',
    'BOOKINGS_PER_CLIENT',
    'BOOKINGS_PER_CLIENT_WINDOW_SECONDS',
    'BOOKINGS_PER_CONTACT',
    'BOOKINGS_PER_CONTACT_WINDOW_SECONDS',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, String(shipped[k])]));
}

function expectRefused(res: Response, type: string, maxRetry: number): void {
  expect(res.status).toBe(429);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body.type).toMatch(new RegExp(`/problems/${type}$`));
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxRetry);
  expect(res.body).toMatchObject({ status: 429, retryAfterSeconds: retryAfter });
}

describe('scheduling: slot hoarding is limited per client address and per contact (real PostgreSQL, Redis, Kafka)', () => {
  let svc: TestService<SchedulingConfig>;
  const hold = (from: string, i: number) =>
    http(svc)
      .post('/scheduling/v1/holds')
      .set('X-Forwarded-For', from)
      .send({ ...CESENA, start: slot(i) });
  const book = (from: string, body: Record<string, unknown>) =>
    http(svc).post('/scheduling/v1/bookings').set('X-Forwarded-For', from).send(body);
  const bookings = () =>
    svc.ds.query(`SELECT count(*)::int AS n FROM scheduling.bookings`).then((r) => r[0].n as number);

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-limits', {
        HOLDS_PER_CLIENT: '3',
        OPEN_HOLDS_PER_CLIENT: '2',
        BOOKINGS_PER_CLIENT: '4',
        BOOKINGS_PER_CONTACT: '2',
        SLOT_LIMIT_EXEMPT_CLIENTS: '198.51.100.0/24, 2001:db8::1',
        AVAILABILITY_CACHE_MS: '0',
      }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('limits open holds per address, then hold attempts per address, with 429 problem+json and Retry-After; other addresses are not affected', async () => {
    const from = '203.0.113.1';
    await hold(from, 0).expect(201);
    await hold(from, 1).expect(201);
    // A third slot held at once: refused until one of the two expires (HOLD_TTL_SECONDS, 600 s).
    const third = await hold(from, 2);
    expectRefused(third, 'too-many-holds', 600);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(590);
    expect(await svc.ds.query(`SELECT count(*)::int AS n FROM scheduling.holds`)).toEqual([{ n: 2 }]);
    // Another address holds freely.
    await hold('203.0.113.2', 3).expect(201);
    // The fourth attempt from the first address in ten minutes: refused by the rate itself.
    expectRefused(await hold(from, 4), 'rate-limited', 600);
    // The desks' own networks are exempt from the per-address limits.
    for (let i = 5; i < 10; i++) await hold('198.51.100.7', i).expect(201);
    for (let i = 10; i < 14; i++) await hold('2001:db8::1', i).expect(201);
  });

  it('gives a hold back to the address once it is booked', async () => {
    const from = '203.0.113.3';
    const first = await hold(from, 0).expect(201);
    await hold(from, 1).expect(201);
    await book(from, { ...CESENA, start: slot(0), holdId: first.body.holdId, citizen: citizen(1) }).expect(
      201,
    );
    await hold(from, 2).expect(201);
  });

  it('limits bookings per mailbox and phone line however they are written; a booking refused for a full slot costs nothing', async () => {
    const mother = { email: 'Anna.Bianchi@gmail.com', phone: '+39 333 1234567' };
    // Montiano's desk has one counter: taken first, so the family's first try is refused (409), and not counted.
    await book('203.0.113.20', {
      service: 'spid',
      tenant: 'montiano',
      site: 'montiano-municipio',
      start: '2027-04-06T09:00:00+02:00',
      citizen: citizen(10),
    }).expect(201);
    await book('203.0.113.21', {
      service: 'spid',
      tenant: 'montiano',
      site: 'montiano-municipio',
      start: '2027-04-06T09:00:00+02:00',
      citizen: { ...citizen(11), ...mother },
    }).expect(409);
    await book('203.0.113.22', { ...CESENA, start: slot(0), citizen: { ...citizen(12), ...mother } }).expect(
      201,
    );
    await book('203.0.113.23', {
      ...CESENA,
      start: slot(1),
      citizen: { ...citizen(13), email: 'annabianchi+figlio@GMAIL.com', phone: '3331234567' },
    }).expect(201);
    const before = await bookings();
    // The same mailbox a third time within the hour, from yet another address: refused, nothing written.
    expectRefused(
      await book('203.0.113.24', {
        ...CESENA,
        start: slot(2),
        citizen: { ...citizen(14), email: 'a.n.n.a.bianchi@googlemail.com' },
      }),
      'rate-limited',
      3600,
    );
    // The same phone line, written a third way, has had its two bookings as well.
    const byPhone = await book('203.0.113.25', {
      ...CESENA,
      start: slot(3),
      citizen: { ...citizen(15), email: undefined, phone: '0039 3331234567' },
    });
    expectRefused(byPhone, 'rate-limited', 3600);
    expect(byPhone.body.detail).toMatch(/e-mail address or phone number/);
    expect(await bookings()).toBe(before);
    // Another mailbox is not affected.
    await book('203.0.113.26', { ...CESENA, start: slot(4), citizen: citizen(16) }).expect(201);
  });

  it('limits booking attempts per address, exempt networks aside', async () => {
    for (let i = 0; i < 4; i++)
      await book('203.0.113.30', { ...CESENA, start: slot(i), citizen: citizen(30 + i) }).expect(201);
    const before = await bookings();
    expectRefused(
      await book('203.0.113.30', { ...CESENA, start: slot(4), citizen: citizen(34) }),
      'rate-limited',
      3600,
    );
    expect(await bookings()).toBe(before);
    for (let i = 5; i < 11; i++)
      await book('198.51.100.8', { ...CESENA, start: slot(i), citizen: citizen(30 + i) }).expect(201);
  });
});

describe('scheduling: the shipped limits do not hurt citizens, a family or an office behind one address', () => {
  let svc: TestService<SchedulingConfig>;
  const from = (ip: string) => ({
    hold: (i: number, body: Record<string, unknown> = CESENA) =>
      http(svc)
        .post('/scheduling/v1/holds')
        .set('X-Forwarded-For', ip)
        .send({ ...body, start: slot(i) }),
    book: (body: Record<string, unknown>) =>
      http(svc).post('/scheduling/v1/bookings').set('X-Forwarded-For', ip).send(body),
  });

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-limits-shipped', { ...shippedLimits(), AVAILABILITY_CACHE_MS: '0' }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('hold → book → reschedule → cancel, then a family booking two procedures for two children from the same address and mailbox', async () => {
    const home = from('203.0.113.50');
    const parent = { email: 'genitore@example.org', phone: '333 765 4321' };
    const held = await home.hold(0).expect(201);
    const booked = await home
      .book({ ...CESENA, start: slot(0), holdId: held.body.holdId, citizen: { ...citizen(50), ...parent } })
      .expect(201);
    const token = booked.body.manageToken as string;
    await http(svc)
      .get(`/scheduling/v1/bookings/${booked.body.code}`)
      .set('X-Forwarded-For', '203.0.113.50')
      .set('X-Manage-Token', token)
      .expect(200);
    await http(svc)
      .post(`/scheduling/v1/bookings/${booked.body.code}/reschedule`)
      .set('X-Forwarded-For', '203.0.113.50')
      .set('X-Manage-Token', token)
      .send({ start: slot(2) })
      .expect(200);
    await http(svc)
      .post(`/scheduling/v1/bookings/${booked.body.code}/cancel`)
      .set('X-Forwarded-For', '203.0.113.50')
      .set('X-Manage-Token', token)
      .expect(200);
    // The children: a CIE and a change of residence, same parent's contacts, each after a hold; one slot tried twice.
    const cie = { service: 'carta-identita-elettronica', tenant: 'cesena', site: 'cesena-centro' };
    const first = await home.hold(4, cie).expect(201);
    await home
      .book({ ...cie, start: slot(4), holdId: first.body.holdId, citizen: { ...citizen(51), ...parent } })
      .expect(201);
    const residence = { service: 'cambio-residenza', tenant: 'cesena', site: 'cesena-centro' };
    await home.hold(6, residence).expect(201);
    const second = await home.hold(8, residence).expect(201);
    await home
      .book({
        ...residence,
        start: slot(8),
        holdId: second.body.holdId,
        citizen: { ...citizen(52), ...parent },
      })
      .expect(201);
  });

  it('lets twenty citizens behind one office address (a desk kiosk, a NAT) hold and book within minutes', async () => {
    const office = from('192.0.2.200');
    for (let i = 0; i < 20; i++) {
      const held = await office.hold(i % 4).expect(201);
      await office
        .book({ ...CESENA, start: slot(i % 4), holdId: held.body.holdId, citizen: citizen(100 + i) })
        .expect(201);
    }
  });
});

describe('scheduling: with Redis down the slot limits count per process, and bookings still work', () => {
  let svc: TestService<SchedulingConfig>;

  beforeAll(async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const { port } = closed.address() as AddressInfo;
    await new Promise((r) => closed.close(r));
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-limits-noredis', {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        BOOKINGS_PER_CLIENT: '2',
        LOOKUP_RATE_LIMIT_PER_MINUTE: '3',
        KAFKA_CONSUMERS_ENABLED: 'false',
      }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('books, limits booking attempts per address, and limits code lookups (never unlimited)', async () => {
    const a = await http(svc)
      .post('/scheduling/v1/bookings')
      .set('X-Forwarded-For', '203.0.113.70')
      .send({ ...CESENA, start: slot(0), citizen: citizen(70) })
      .expect(201);
    await http(svc)
      .post('/scheduling/v1/bookings')
      .set('X-Forwarded-For', '203.0.113.70')
      .send({ ...CESENA, start: slot(1), citizen: citizen(71) })
      .expect(201);
    expectRefused(
      await http(svc)
        .post('/scheduling/v1/bookings')
        .set('X-Forwarded-For', '203.0.113.70')
        .send({ ...CESENA, start: slot(2), citizen: citizen(72) }),
      'rate-limited',
      3600,
    );
    const lookup = () =>
      http(svc)
        .get(`/scheduling/v1/bookings/${a.body.code}`)
        .set('X-Forwarded-For', '203.0.113.71')
        .set('X-Manage-Token', a.body.manageToken);
    for (let i = 0; i < 3; i++) await lookup().expect(200);
    expectRefused(await lookup(), 'rate-limited', 60);
  });
});
