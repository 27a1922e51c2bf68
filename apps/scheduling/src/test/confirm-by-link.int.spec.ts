import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Response } from 'supertest';
import { Topics } from '@facile/contracts';
import { readTopic, startTestService, testEnvironment, TestService, waitFor } from '@facile/platform/testing';
import { LinkTokens } from '@facile/platform/validation';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

const LINK_SECRET = `test-link-secret-${randomBytes(8).toString('hex')}-0123456789`;
/** What notifications computes from the same secret: the tokens of the links it sends. */
const links = new LinkTokens(LINK_SECRET);

/** Bagno di Romagna confirms by link within 30 minutes; Montiano within 3 seconds (a short time for the test). */
function tenantsFile(): string {
  const shipped = JSON.parse(
    readFileSync(path.join(__dirname, '../../../../libs/platform/tenancy/src/tenants.json'), 'utf8'),
  ) as { tenants: Record<string, unknown>[] };
  for (const t of shipped.tenants) {
    if (t['id'] === 'bagno-di-romagna')
      Object.assign(t, { bookingConfirmation: 'link', confirmWithinMinutes: 30 });
    if (t['id'] === 'montiano') Object.assign(t, { bookingConfirmation: 'link', confirmWithinMinutes: 0.05 });
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'facile-tenants-')), 'tenants.json');
  writeFileSync(file, JSON.stringify(shipped));
  return file;
}

const BAGNO = {
  service: 'spid',
  tenant: 'bagno-di-romagna',
  site: 'bagno-di-romagna-municipio',
  start: '2027-04-07T08:30:00+02:00',
};
const MONTIANO = {
  service: 'spid',
  tenant: 'montiano',
  site: 'montiano-municipio',
  start: '2027-04-06T09:00:00+02:00',
};

function expectProblem(res: Response, status: number, type: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.body.type).toMatch(new RegExp(`/problems/${type}$`));
}

describe('scheduling: confirm-by-link mode per municipality (real PostgreSQL, Kafka, Redis)', () => {
  let svc: TestService<SchedulingConfig>;
  const book = (body: Record<string, unknown>) => http(svc).post('/scheduling/v1/bookings').send(body);
  const confirm = (code: string, token?: string) => {
    const r = http(svc).post(`/scheduling/v1/bookings/${code}/confirm`);
    return token === undefined ? r : r.set('X-Manage-Token', token);
  };
  const row = (code: string) =>
    svc.ds
      .query(`SELECT status, sequence, confirm_by FROM scheduling.bookings WHERE code = $1`, [code])
      .then((r) => r[0]);
  const events = async (bookingId: string, n: number) => {
    const topic = `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`;
    return waitFor(async () => {
      const mine = (await readTopic(topic, { timeoutMs: 1500 })).filter((e) => e.key === bookingId);
      return mine.length >= n ? mine : null;
    }, 20000);
  };
  const available = async (q: { service: string; tenant: string; site: string; start: string }) => {
    const day = q.start.slice(0, 10);
    const res = await http(svc)
      .get('/scheduling/v1/availability')
      .query({ service: q.service, tenant: q.tenant, site: q.site, from: day, to: day })
      .expect(200);
    return (
      (res.body.slots as { start: string; available: number }[]).find((s) => s.start === q.start)
        ?.available ?? 0
    );
  };

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-confirm-link', {
        TENANTS_FILE: tenantsFile(),
        LINK_SECRET,
        PENDING_SWEEP_MS: '200',
        AVAILABILITY_CACHE_MS: '0',
        LOOKUP_RATE_LIMIT_PER_MINUTE: '10000',
      }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('creates the booking pending (holding its slot), asks for confirmation without any token in the event, and books it when the link is opened', async () => {
    const before = await available(BAGNO);
    const res = await book({ ...BAGNO, citizen: citizen(1) }).expect(201);
    expect(res.body).toMatchObject({ status: 'pending', tenant: 'bagno-di-romagna' });
    const confirmBy = Date.parse(res.body.confirmBy);
    expect(confirmBy - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(confirmBy - Date.now()).toBeLessThanOrEqual(30 * 60_000);
    expect(await available(BAGNO)).toBe(before - 1);
    const { code, id, manageToken } = res.body as { code: string; id: string; manageToken: string };
    const token = links.sign('confirm', id);

    const [requested] = await events(id, 1);
    expect(requested.headers['ce_type']).toBe('scheduling.booking.requested');
    const payload = JSON.parse(requested.value ?? '{}');
    expect(payload).toMatchObject({ bookingId: id, code, status: 'pending' });
    expect(Math.abs(Date.parse(payload.confirmBy) - confirmBy)).toBeLessThan(1000);
    expect(requested.value).not.toContain(token);
    expect(requested.value).not.toContain(links.sign('manage', id));

    // A pending booking can be read, but not moved or cancelled: it is confirmed, or it expires.
    expect(
      (await http(svc).get(`/scheduling/v1/bookings/${code}`).set('X-Manage-Token', manageToken).expect(200))
        .body.status,
    ).toBe('pending');
    await http(svc)
      .post(`/scheduling/v1/bookings/${code}/cancel`)
      .set('X-Manage-Token', manageToken)
      .expect(409);
    await http(svc)
      .post(`/scheduling/v1/bookings/${code}/reschedule`)
      .set('X-Manage-Token', manageToken)
      .send({ start: '2027-04-07T08:45:00+02:00' })
      .expect(409);

    const confirmed = await confirm(code, token).expect(200);
    expect(confirmed.body).toMatchObject({ code, status: 'booked', sequence: 1 });
    expect(confirmed.body.confirmBy).toBeUndefined();
    const [, created] = await events(id, 2);
    expect(created.headers['ce_type']).toBe('scheduling.booking.created');
    expect(JSON.parse(created.value ?? '{}')).toMatchObject({ status: 'booked', sequence: 1 });
    // Opening the link again changes nothing.
    expect((await confirm(code.toLowerCase(), token).expect(200)).body).toMatchObject({
      status: 'booked',
      sequence: 1,
    });
    expect(await row(code)).toMatchObject({ status: 'booked', sequence: 1 });
    expect(await available(BAGNO)).toBe(before - 1);
    // Counted as a booking once it is one.
    await waitFor(
      async () =>
        (
          await svc.ds.query(
            `SELECT coalesce(sum(bookings), 0)::int AS n FROM scheduling.stats_daily WHERE site = 'bagno-di-romagna-municipio'`,
          )
        )[0].n === 1,
      20000,
    );
  });

  it('refuses wrong, forged and other-purpose tokens with 404 problem+json, changing nothing', async () => {
    const res = await book({ ...BAGNO, citizen: citizen(2) }).expect(201);
    const other = await book({ ...BAGNO, citizen: citizen(3) }).expect(201);
    const { code, id, manageToken } = res.body as { code: string; id: string; manageToken: string };
    const forged = new LinkTokens(`another-secret-${randomBytes(8).toString('hex')}-0123456789`).sign(
      'confirm',
      id,
    );
    for (const token of [
      undefined,
      '',
      'x',
      forged,
      randomBytes(16).toString('base64url'),
      manageToken,
      links.sign('manage', id),
      links.sign('confirm', other.body.id),
    ]) {
      expectProblem(await confirm(code, token), 404, 'not-found');
    }
    expectProblem(await confirm('ZZZZ-ZZZZ', links.sign('confirm', id)), 404, 'not-found');
    expect(await row(code)).toMatchObject({ status: 'pending', sequence: 0 });
    // A confirmation token does not manage the booking.
    await http(svc)
      .get(`/scheduling/v1/bookings/${code}`)
      .set('X-Manage-Token', links.sign('confirm', id))
      .expect(404);
  });

  it('accepts the token of a manage link (the token in the #fragment of the link in e-mails) on the booking endpoints', async () => {
    const res = await book({ ...BAGNO, citizen: citizen(4) }).expect(201);
    const { code, id } = res.body as { code: string; id: string };
    await confirm(code, links.sign('confirm', id)).expect(200);
    const manage = links.sign('manage', id);
    expect(
      (await http(svc).get(`/scheduling/v1/bookings/${code}`).set('X-Manage-Token', manage).expect(200)).body
        .status,
    ).toBe('booked');
    await http(svc)
      .get(`/scheduling/v1/bookings/${code}/calendar.ics`)
      .set('X-Manage-Token', manage)
      .expect(200);
    await http(svc).post(`/scheduling/v1/bookings/${code}/cancel`).set('X-Manage-Token', manage).expect(200);
  });

  it('releases a booking not confirmed in time: expired, published, the slot and the person free to book again; a late confirmation is refused', async () => {
    const res = await book({ ...MONTIANO, citizen: citizen(5) }).expect(201);
    const { code, id } = res.body as { code: string; id: string };
    expect(res.body.status).toBe('pending');
    // Montiano's one counter is held meanwhile.
    expectProblem(await book({ ...MONTIANO, citizen: citizen(6) }), 409, 'slot-full');
    expect(await available(MONTIANO)).toBe(0);

    await waitFor(async () => (await row(code)).status === 'expired', 15000, 100);
    expect((await row(code)).sequence).toBe(1);
    const [, expired] = await events(id, 2);
    expect(expired.headers['ce_type']).toBe('scheduling.booking.expired');
    expect(JSON.parse(expired.value ?? '{}')).toMatchObject({
      bookingId: id,
      status: 'expired',
      sequence: 1,
    });

    const late = await confirm(code, links.sign('confirm', id));
    expectProblem(late, 409, 'confirmation-expired');
    expect((await row(code)).status).toBe('expired');
    expect(await available(MONTIANO)).toBe(1);
    // The same person may book the same procedure again (the per-person limit let go), and so may anyone else.
    const again = await book({ ...MONTIANO, citizen: citizen(5) }).expect(201);
    expect(again.body.status).toBe('pending');
    // Never counted as a booking.
    await waitFor(
      async () =>
        (
          await svc.ds.query(
            `SELECT count(*)::int AS n FROM scheduling.stats_bookings WHERE booking_id = $1 AND status = 'expired'`,
            [id],
          )
        )[0].n === 1,
      20000,
    );
    expect(
      (
        await svc.ds.query(
          `SELECT coalesce(sum(bookings), 0)::int AS n FROM scheduling.stats_daily WHERE site = 'montiano-municipio'`,
        )
      )[0].n,
    ).toBe(0);
  });

  it('keeps immediate mode for the other municipalities', async () => {
    const res = await book({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      start: '2027-04-06T09:00:00+02:00',
      citizen: citizen(7),
    }).expect(201);
    expect(res.body.status).toBe('booked');
    expect(res.body.confirmBy).toBeUndefined();
  });
});
