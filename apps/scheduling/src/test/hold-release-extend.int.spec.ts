import { startTestService, testEnvironment, TestService } from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

/** Montiano's desk has one counter: a hold there takes the whole slot. */
const ONE_COUNTER = { service: 'spid', tenant: 'montiano', site: 'montiano-municipio' };
const MINUTE = 60_000;

describe('scheduling: releasing and extending holds (real PostgreSQL)', () => {
  let svc: TestService<SchedulingConfig>;
  const hold = (start: string) =>
    http(svc)
      .post('/scheduling/v1/holds')
      .send({ ...ONE_COUNTER, start });
  const book = (start: string, n: number) =>
    http(svc)
      .post('/scheduling/v1/bookings')
      .send({ ...ONE_COUNTER, start, citizen: citizen(n) });

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      // ten-minute holds, so at most thirty minutes with extensions
      testEnvironment('scheduling-hold-release', {
        LOOKUP_RATE_LIMIT_PER_MINUTE: '1000',
        AVAILABILITY_CACHE_MS: '0',
        HOLD_TTL_SECONDS: '600',
      }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('releases a hold: the slot is free at once for anybody; a second release is a 404 problem', async () => {
    const start = '2027-04-13T09:00:00+02:00';
    const held = await hold(start).expect(201);
    expect((await book(start, 1)).status).toBe(409);
    await http(svc).delete(`/scheduling/v1/holds/${held.body.holdId}`).expect(204);
    const free = await http(svc)
      .get('/scheduling/v1/availability')
      .query({ ...ONE_COUNTER, from: '2027-04-13', to: '2027-04-13' })
      .expect(200);
    expect(free.body.slots.find((s: { start: string }) => s.start === start)?.available).toBe(1);
    expect((await book(start, 1)).status).toBe(201);
    const again = await http(svc).delete(`/scheduling/v1/holds/${held.body.holdId}`);
    expect(again.status).toBe(404);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    const bad = await http(svc).delete('/scheduling/v1/holds/not-a-hold');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('extends a live hold by a full term, never past thirty minutes from when it was taken', async () => {
    const start = '2027-04-13T09:15:00+02:00';
    const held = await hold(start).expect(201);
    const id = held.body.holdId as string;
    // a minute left of a hold taken two minutes ago: renewed to ten minutes from now
    await svc.ds.query(
      `UPDATE scheduling.holds SET created_at = now() - interval '2 minutes', expires_at = now() + interval '1 minute' WHERE id = $1`,
      [id],
    );
    const renewed = await http(svc).post(`/scheduling/v1/holds/${id}/extend`).expect(200);
    expect(renewed.body.holdId).toBe(id);
    expect(renewed.body.expiresAt).toMatch(/\+0[12]:00$/);
    const left = Date.parse(renewed.body.expiresAt) - Date.now();
    expect(left).toBeGreaterThan(9 * MINUTE);
    expect(left).toBeLessThanOrEqual(10 * MINUTE + 5000);
    // taken 27 minutes ago: only up to the thirty-minute limit, then no more
    await svc.ds.query(
      `UPDATE scheduling.holds SET created_at = now() - interval '27 minutes', expires_at = now() + interval '1 minute' WHERE id = $1`,
      [id],
    );
    const last = await http(svc).post(`/scheduling/v1/holds/${id}/extend`).expect(200);
    const lastLeft = Date.parse(last.body.expiresAt) - Date.now();
    expect(lastLeft).toBeGreaterThan(2.5 * MINUTE);
    expect(lastLeft).toBeLessThanOrEqual(3 * MINUTE + 5000);
    const limit = await http(svc).post(`/scheduling/v1/holds/${id}/extend`);
    expect(limit.status).toBe(422);
    expect(limit.body.code ?? limit.body.type).toContain('hold-extension-limit');
    // still held all along: nobody else can book it
    expect((await book(start, 2)).status).toBe(409);
  });

  it('does not revive an expired hold (409 problem), and knows no unknown one (404)', async () => {
    const start = '2027-04-13T09:30:00+02:00';
    const held = await hold(start).expect(201);
    await svc.ds.query(`UPDATE scheduling.holds SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      held.body.holdId,
    ]);
    const expired = await http(svc).post(`/scheduling/v1/holds/${held.body.holdId}/extend`);
    expect(expired.status).toBe(409);
    expect(expired.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(JSON.stringify(expired.body)).toContain('hold-expired');
    await http(svc).post('/scheduling/v1/holds/0b6f3c1e-3f59-4d8e-9d7a-2f4b8c1a9e10/extend').expect(404);
    await http(svc).post('/scheduling/v1/holds/nope/extend').expect(400);
  });
});
