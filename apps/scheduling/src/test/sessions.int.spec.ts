import { Topics } from '@facile/contracts';
import {
  readTopic,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
} from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

const SITE = 'cesena-montefiore';
const START = '2027-04-08T15:00:00+02:00';
const END = '2027-04-08T16:30:00+02:00';

describe('scheduling: group sessions with a waiting list (real PostgreSQL and Kafka)', () => {
  let svc: TestService<SchedulingConfig>;
  let admin: string;

  const createSession = async (seats: number, extra: Record<string, unknown> = {}) => {
    const res = await http(svc)
      .post('/scheduling/v1/sessions')
      .set('Authorization', `Bearer ${admin}`)
      .send({ site: SITE, title: 'Usare lo SPID', start: START, end: END, seats, ...extra });
    expect(res.status).toBe(201);
    return res.body as { id: string; seatsLeft: number };
  };
  const register = (id: string, body: Record<string, unknown>) =>
    http(svc).post(`/scheduling/v1/sessions/${id}/registrations`).send(body);
  const rows = (sessionId: string) =>
    svc.ds.query(
      `SELECT code, status, position, promoted_at FROM scheduling.session_registrations WHERE session_id = $1 ORDER BY created_at, code`,
      [sessionId],
    ) as Promise<{ code: string; status: string; position: number | null; promoted_at: Date | null }[]>;
  const positions = async (sessionId: string) =>
    (await rows(sessionId))
      .filter((r) => r.status === 'waitlisted')
      .map((r) => Number(r.position))
      .sort((a, b) => a - b);
  /** This session's events on the topic (the topic outlives the per-test reset), once at least n are there. */
  const sessionEvents = async (sessionId: string, n: number) => {
    let mine: Awaited<ReturnType<typeof readTopic>> = [];
    for (let attempt = 0; attempt < 10 && mine.length < n; attempt++) {
      const all = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingSessions}`, {
        expected: Number.MAX_SAFE_INTEGER,
        timeoutMs: 1500,
      });
      mine = all.filter((e) => JSON.parse(e.value ?? '{}').sessionId === sessionId);
    }
    return mine;
  };
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-sessions', { LOOKUP_RATE_LIMIT_PER_MINUTE: '10000' }),
    );
    admin = await staffToken('union-admin');
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('lets the municipality admin schedule a session and lists it publicly with the seats left', async () => {
    const cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const created = await http(svc)
      .post('/scheduling/v1/sessions')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({
        site: SITE,
        title: 'Usare lo SPID',
        topic: 'spid',
        start: START,
        end: END,
        seats: 12,
        language: 'it',
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      site: SITE,
      tenant: 'cesena',
      title: 'Usare lo SPID',
      topic: 'spid',
      start: START,
      end: END,
      seats: 12,
      seatsLeft: 12,
      waitlisted: 0,
      status: 'open',
    });
    await register(created.body.id, { citizen: citizen(1) }).expect(201);
    const list = await http(svc)
      .get('/scheduling/v1/sessions')
      .query({ tenant: 'montiano', from: '2027-04-08', to: '2027-04-08' })
      .expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.body.id, seatsLeft: 11 })]);
    expect(
      (
        await http(svc)
          .get('/scheduling/v1/sessions')
          .query({ site: SITE, from: '2027-04-09', to: '2027-04-30' })
          .expect(200)
      ).body.items,
    ).toEqual([]);
    expect(
      (await http(svc).get(`/scheduling/v1/sessions/${created.body.id}`).expect(200)).body.seatsLeft,
    ).toBe(11);
  });

  it('refuses bad session input with 4xx problems and writes nothing', async () => {
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    const post = (token: string, body: Record<string, unknown>) =>
      http(svc).post('/scheduling/v1/sessions').set('Authorization', `Bearer ${token}`).send(body);
    const base = { site: SITE, title: 'Usare lo SPID', start: START, end: END, seats: 10 };
    expect((await post(montianoAdmin, base)).status).toBe(403);
    expect((await http(svc).post('/scheduling/v1/sessions').send(base)).status).toBe(401);
    expect((await post(admin, { ...base, site: 'nowhere' })).status).toBe(404);
    const reversed = await post(admin, { ...base, end: '2027-04-08T14:00:00+02:00' });
    expect(reversed.status).toBe(400);
    expect(reversed.headers['content-type']).toContain('application/problem+json');
    expect(
      (await post(admin, { ...base, start: '2020-01-01T10:00:00+01:00', end: '2020-01-01T11:00:00+01:00' }))
        .status,
    ).toBe(422);
    expect((await post(admin, { ...base, seats: 0 })).status).toBe(400);
    expect((await post(admin, { ...base, colour: 'red' })).status).toBe(400);
    expect((await post(admin, { ...base, title: 'a\u0000b' })).status).toBe(400);
    expect((await http(svc).get('/scheduling/v1/sessions').query({ from: '2027-02-30' })).status).toBe(400);
    expect(
      (await http(svc).get('/scheduling/v1/sessions').query({ from: '2027-04-09', to: '2027-04-01' })).status,
    ).toBe(400);
    expect((await http(svc).get('/scheduling/v1/sessions').query({ tenant: 'atlantis' })).status).toBe(404);
    expect((await http(svc).get('/scheduling/v1/sessions/not-a-uuid')).status).toBe(400);
    expect((await http(svc).get('/scheduling/v1/sessions/00000000-0000-4000-8000-000000000000')).status).toBe(
      404,
    );
    expect(Number((await svc.ds.query(`SELECT count(*) AS n FROM scheduling.sessions`))[0].n)).toBe(0);
  });

  it('registers while seats remain, then waitlists with a position; one registration per person; events are published', async () => {
    const session = await createSession(1);
    const first = await register(session.id, { citizen: citizen(1) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ status: 'registered' });
    expect(first.body.position).toBeUndefined();
    expect(Buffer.from(first.body.manageToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    const second = await register(session.id, {
      citizen: { firstName: 'Anna', lastName: 'Bianchi', email: 'anna@example.org' },
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'waitlisted', position: 1 });
    // The same person again (codice fiscale in another case, e-mail in another case) → 409.
    const again = await register(session.id, {
      citizen: { ...citizen(1), fiscalCode: citizen(1).fiscalCode.toLowerCase(), email: 'other@example.org' },
    });
    expect(again.status).toBe(409);
    expect(
      (
        await register(session.id, {
          citizen: { firstName: 'Anna', lastName: 'B', email: 'ANNA@example.org' },
        })
      ).status,
    ).toBe(409);
    // Neither codice fiscale nor e-mail, an invalid codice fiscale, unknown fields → 400; unknown session → 404.
    expect(
      (await register(session.id, { citizen: { firstName: 'X', lastName: 'Y', phone: '+39 333 1234567' } }))
        .status,
    ).toBe(400);
    expect(
      (await register(session.id, { citizen: { ...citizen(3), fiscalCode: 'RSSMRA85T10A562X' } })).status,
    ).toBe(400);
    expect((await register(session.id, { citizen: citizen(4), extra: true })).status).toBe(400);
    expect((await register(session.id, { citizen: { ...citizen(6), lastName: 'Ro\u0000ssi' } })).status).toBe(
      400,
    );
    expect((await register('00000000-0000-4000-8000-000000000000', { citizen: citizen(5) })).status).toBe(
      404,
    );
    expect(await rows(session.id)).toHaveLength(2);

    const read = await http(svc)
      .get(`/scheduling/v1/sessions/${session.id}/registrations/${second.body.code}`)
      .set('X-Manage-Token', second.body.manageToken)
      .expect(200);
    expect(read.body).toMatchObject({
      code: second.body.code,
      status: 'waitlisted',
      position: 1,
      session: { id: session.id, seatsLeft: 0, waitlisted: 1 },
    });
    expect(read.body.manageToken).toBeUndefined();
    await http(svc)
      .get(`/scheduling/v1/sessions/${session.id}/registrations/${second.body.code}`)
      .set('X-Manage-Token', first.body.manageToken)
      .expect(404);

    const events = await sessionEvents(session.id, 2);
    const types = events.map((e) => e.headers['ce_type']).sort();
    expect(types).toEqual(['scheduling.registration.created', 'scheduling.registration.waitlisted']);
    const waitlisted = JSON.parse(
      events.find((e) => e.headers['ce_type'] === 'scheduling.registration.waitlisted')?.value ?? '{}',
    );
    expect(waitlisted).toMatchObject({
      sessionId: session.id,
      site: SITE,
      tenant: 'cesena',
      status: 'waitlisted',
      position: 1,
      seats: 1,
      citizen: { email: 'anna@example.org' },
    });
  });

  it('gives exactly 10 seats to 100 simultaneous registrations and waitlists 90 at positions 1..90', async () => {
    const session = await createSession(10);
    const results = await Promise.all(
      range(100).map((i) => register(session.id, { citizen: citizen(100 + i) })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(results.filter((r) => r.body.status === 'registered')).toHaveLength(10);
    expect(
      results
        .filter((r) => r.body.status === 'waitlisted')
        .map((r) => r.body.position)
        .sort((a, b) => a - b),
    ).toEqual(range(90));
    expect(await positions(session.id)).toEqual(range(90));
    const stored = await svc.ds.query(
      `SELECT registered, waitlisted FROM scheduling.sessions WHERE id = $1`,
      [session.id],
    );
    expect(stored[0]).toEqual({ registered: 10, waitlisted: 90 });
    // The same person 20 times at once → exactly one.
    const same = await Promise.all(range(20).map(() => register(session.id, { citizen: citizen(999) })));
    expect(same.filter((r) => r.status === 201)).toHaveLength(1);
    expect(same.filter((r) => r.status === 409)).toHaveLength(19);
  });

  it('promotes exactly as many as simultaneous cancellations free, first in line first, and closes the gaps', async () => {
    const session = await createSession(10);
    const made: { code: string; manageToken: string; status: string; position?: number }[] = [];
    for (const i of range(30)) made.push((await register(session.id, { citizen: citizen(200 + i) })).body);
    const registered = made.filter((r) => r.status === 'registered');
    const waiting = made.filter((r) => r.status === 'waitlisted');
    expect(waiting.map((w) => w.position)).toEqual(range(20));
    const cancel = (r: { code: string; manageToken: string }) =>
      http(svc)
        .post(`/scheduling/v1/sessions/${session.id}/registrations/${r.code}/cancel`)
        .set('X-Manage-Token', r.manageToken);
    // Five seats freed and the last three of the waiting list leave, all at once.
    const results = await Promise.all([...registered.slice(0, 5), ...waiting.slice(17)].map(cancel));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(results.every((r) => r.body.status === 'cancelled')).toBe(true);
    const after = await rows(session.id);
    const promoted = after
      .filter((r) => r.promoted_at !== null)
      .map((r) => r.code)
      .sort();
    expect(promoted).toEqual(
      waiting
        .slice(0, 5)
        .map((w) => w.code)
        .sort(),
    );
    expect(after.filter((r) => r.status === 'registered')).toHaveLength(10);
    expect(await positions(session.id)).toEqual(range(12));
    // Who was sixth in line is now first.
    const sixth = await http(svc)
      .get(`/scheduling/v1/sessions/${session.id}/registrations/${waiting[5].code}`)
      .set('X-Manage-Token', waiting[5].manageToken)
      .expect(200);
    expect(sixth.body).toMatchObject({ status: 'waitlisted', position: 1 });
    // Cancelling twice is a conflict, not a second promotion.
    expect((await cancel(registered[0])).status).toBe(409);
    expect(
      (
        await svc.ds.query(`SELECT registered, waitlisted FROM scheduling.sessions WHERE id = $1`, [
          session.id,
        ])
      )[0],
    ).toEqual({ registered: 10, waitlisted: 12 });
    const mine = await sessionEvents(session.id, 30 + 8 + 5);
    expect(mine.filter((e) => e.headers['ce_type'] === 'scheduling.registration.promoted')).toHaveLength(5);
    expect(mine.filter((e) => e.headers['ce_type'] === 'scheduling.registration.cancelled')).toHaveLength(8);
  });

  it('tells everyone when a session is cancelled, and refuses registrations on cancelled or started sessions', async () => {
    const session = await createSession(2);
    for (const i of range(3)) await register(session.id, { citizen: citizen(300 + i) }).expect(201);
    const other = await staffToken('tenant-admin', { tenants: ['verghereto'] });
    await http(svc)
      .post(`/scheduling/v1/sessions/${session.id}/cancel`)
      .set('Authorization', `Bearer ${other}`)
      .expect(403);
    const cancelled = await http(svc)
      .post(`/scheduling/v1/sessions/${session.id}/cancel`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', seatsLeft: 0, waitlisted: 0 });
    expect((await rows(session.id)).every((r) => r.status === 'cancelled')).toBe(true);
    const late = await register(session.id, { citizen: citizen(310) });
    expect(late.status).toBe(409);
    expect(late.body.type).toContain('session-cancelled');
    await http(svc)
      .post(`/scheduling/v1/sessions/${session.id}/cancel`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(409);
    const told = (await sessionEvents(session.id, 6)).filter(
      (e) => e.headers['ce_type'] === 'scheduling.registration.cancelled',
    );
    expect(told.map((e) => JSON.parse(e.value ?? '{}').reason)).toEqual([
      'session-cancelled',
      'session-cancelled',
      'session-cancelled',
    ]);

    const started = await createSession(5);
    await svc.ds.query(
      `UPDATE scheduling.sessions SET start_at = now() - interval '1 hour', end_at = now() + interval '1 hour' WHERE id = $1`,
      [started.id],
    );
    const tooLate = await register(started.id, { citizen: citizen(320) });
    expect(tooLate.status).toBe(422);
    expect(await rows(started.id)).toHaveLength(0);
  });
});
