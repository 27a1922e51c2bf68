import { Topics } from '@facile/contracts';
import {
  readTopic,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, fiscalCode, http, prepare } from './scheduling-fixtures';

/** Montiano's desk has one counter, open Tuesday and Friday 09:00-12:30; Cesena's main desk has eight. */
const ONE_COUNTER = { service: 'spid', tenant: 'montiano', site: 'montiano-municipio' };

describe('scheduling: holds and bookings (real PostgreSQL and Kafka)', () => {
  let svc: TestService<SchedulingConfig>;
  const book = (body: Record<string, unknown>, key?: string) => {
    const r = http(svc).post('/scheduling/v1/bookings');
    return (key ? r.set('Idempotency-Key', key) : r).send(body);
  };
  const count = (sql: string, params: unknown[] = []) =>
    svc.ds.query(sql, params).then((r) => Number(r[0].n));

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-bookings', {
        LOOKUP_RATE_LIMIT_PER_MINUTE: '1000',
        AVAILABILITY_CACHE_MS: '0',
      }),
    );
  });
  beforeEach(() => prepare(svc));
  afterAll(() => svc?.close());

  it('books a slot, returns a code and a manage token stored only as a hash, and publishes the event', async () => {
    await svc.ds.query(`UPDATE scheduling.procedures SET title = 'Attivazione SPID' WHERE slug = 'spid'`);
    const res = await book({ ...ONE_COUNTER, start: '2027-04-06T09:00:00+02:00', citizen: citizen(1) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'booked',
      service: 'spid',
      tenant: 'montiano',
      site: 'montiano-municipio',
      start: '2027-04-06T09:00:00+02:00',
      end: '2027-04-06T09:15:00+02:00',
    });
    expect(res.body.code).toMatch(/^[346789ABCDEFGHJKMNPQRTUVWXY]{4}-[346789ABCDEFGHJKMNPQRTUVWXY]{4}$/);
    expect(Buffer.from(res.body.manageToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await svc.ds.query(`SELECT manage_token_hash FROM scheduling.bookings WHERE code = $1`, [
      res.body.code,
    ]);
    expect(stored[0].manage_token_hash).not.toContain(res.body.manageToken);
    const read = await http(svc)
      .get(`/scheduling/v1/bookings/${res.body.code}`)
      .set('X-Manage-Token', res.body.manageToken)
      .expect(200);
    expect(read.body.manageToken).toBeUndefined();
    // Citizens read names, not ids: the site's name and the procedure's title come with the booking.
    const site = (await svc.ds.query(`SELECT name FROM scheduling.sites WHERE id = 'montiano-municipio'`))[0]
      .name;
    expect(read.body).toMatchObject({ siteName: site, serviceTitles: ['Attivazione SPID'] });
    await http(svc)
      .get(`/scheduling/v1/bookings/${res.body.code}`)
      .set('X-Manage-Token', 'wrong')
      .expect(404);
    await http(svc).get(`/scheduling/v1/bookings/${res.body.code}`).expect(404);
    const events = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`, {
      expected: 1,
      timeoutMs: 10000,
    });
    const created = events.find((e) => e.key === res.body.id);
    expect(created?.headers['ce_type']).toBe('scheduling.booking.created');
    expect(created?.headers['ce_tenant']).toBe('montiano');
    // The codice fiscale travels (upper case) only so that notifications can address the citizen on App IO.
    expect(JSON.parse(created?.value ?? '{}').citizen.fiscalCode).toBe(fiscalCode(1).toUpperCase());
    expect(JSON.parse(created?.value ?? '{}')).toMatchObject({
      siteName: site,
      serviceTitles: ['Attivazione SPID'],
    });
  });

  it('gives exactly one of 200 concurrent bookings of a one-counter slot, the others 409', async () => {
    const start = '2027-04-09T10:00:00+02:00';
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => book({ ...ONE_COUNTER, start, citizen: citizen(100 + i) })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(199);
    expect(await count(`SELECT count(*) AS n FROM scheduling.bookings WHERE start_at = $1`, [start])).toBe(1);
  });

  it('gives exactly three of 200 concurrent bookings of a three-counter slot', async () => {
    const admin = await staffToken('union-admin');
    await http(svc)
      .put('/scheduling/v1/sites/cesena-centro/offerings/spid')
      .set('Authorization', `Bearer ${admin}`)
      .send({ enabled: true, counters: 3 })
      .expect(200);
    const start = '2027-04-06T09:00:00+02:00';
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        book({ service: 'spid', tenant: 'cesena', site: 'cesena-centro', start, citizen: citizen(400 + i) }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(197);
    const counters = await svc.ds.query(
      `SELECT counter FROM scheduling.bookings WHERE start_at = $1 ORDER BY counter`,
      [start],
    );
    expect(counters.map((r: { counter: number }) => r.counter)).toEqual([1, 2, 3]);
  });

  it('gives one person one active booking per procedure, even with 50 concurrent tries', async () => {
    const starts = Array.from({ length: 50 }, (_, i) => {
      const minutes = 9 * 60 + i * 15; // Cesena's desk, 30-minute CIE slots would differ: spid is 15 minutes.
      return `2027-04-06T${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00+02:00`;
    }).filter((s) => s < '2027-04-06T13' || (s >= '2027-04-06T14:30' && s < '2027-04-06T17:30'));
    const results = await Promise.all(
      starts.map((start) =>
        book({ service: 'spid', tenant: 'cesena', site: 'cesena-centro', start, citizen: citizen(7) }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status !== 201).every((r) => r.status === 409)).toBe(true);
    // Once that booking is in the past it no longer counts.
    await svc.ds.query(
      `UPDATE scheduling.bookings SET start_at = start_at - interval '2 years', end_at = end_at - interval '2 years' WHERE fiscal_code = $1`,
      [fiscalCode(7)],
    );
    expect(
      (
        await book({
          service: 'spid',
          tenant: 'cesena',
          site: 'cesena-centro',
          start: '2027-04-08T09:00:00+02:00',
          citizen: citizen(7),
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await book({
          service: 'spid',
          tenant: 'cesena',
          site: 'cesena-centro',
          start: '2027-04-08T09:15:00+02:00',
          citizen: citizen(7),
        })
      ).status,
    ).toBe(409);
    // Another procedure is still allowed.
    const other = await book({
      service: 'cambio-residenza',
      tenant: 'cesena',
      site: 'cesena-centro',
      start: '2027-04-07T09:00:00+02:00',
      citizen: citizen(7),
    });
    expect(other.status).toBe(201);
  });

  it('books one visit of several procedures on one counter, and applies the per-person limit to each', async () => {
    const visit = await book({
      services: ['spid', 'cambio-residenza'],
      tenant: 'montiano',
      site: 'montiano-municipio',
      start: '2027-04-06T09:00:00+02:00',
      citizen: citizen(80),
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({
      services: ['spid', 'cambio-residenza'],
      start: '2027-04-06T09:00:00+02:00',
      end: '2027-04-06T09:45:00+02:00',
    });
    // The one counter is taken for the whole 45 minutes.
    expect(
      (await book({ ...ONE_COUNTER, start: '2027-04-06T09:30:00+02:00', citizen: citizen(81) })).status,
    ).toBe(409);
    // The same person again for either procedure: 409; for another procedure: fine.
    expect(
      (await book({ ...ONE_COUNTER, start: '2027-04-09T09:00:00+02:00', citizen: citizen(80) })).status,
    ).toBe(409);
    expect(
      (
        await book({
          service: 'cambio-residenza',
          tenant: 'montiano',
          site: 'montiano-municipio',
          start: '2027-04-09T09:00:00+02:00',
          citizen: citizen(80),
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await book({
          service: 'carta-identita-elettronica',
          tenant: 'montiano',
          site: 'montiano-municipio',
          start: '2027-04-09T09:00:00+02:00',
          citizen: citizen(80),
        })
      ).status,
    ).toBe(201);
  });

  it('keeps a held slot for its holder until the hold expires; an expired hold blocks nobody', async () => {
    const start = '2027-04-13T09:00:00+02:00';
    const hold = await http(svc)
      .post('/scheduling/v1/holds')
      .send({ ...ONE_COUNTER, start })
      .expect(201);
    expect(Date.parse(hold.body.expiresAt) - Date.now()).toBeGreaterThan(590_000);
    const free = await http(svc)
      .get('/scheduling/v1/availability')
      .query({ ...ONE_COUNTER, from: '2027-04-13', to: '2027-04-13' })
      .expect(200);
    expect(free.body.slots.find((s: { start: string }) => s.start === start)).toBeUndefined();
    expect((await book({ ...ONE_COUNTER, start, citizen: citizen(900) })).status).toBe(409);
    await http(svc)
      .post('/scheduling/v1/holds')
      .send({ ...ONE_COUNTER, start })
      .expect(409);
    // The holder books with it.
    const mine = await book({ ...ONE_COUNTER, start, holdId: hold.body.holdId, citizen: citizen(901) });
    expect(mine.status).toBe(201);
    expect(await count(`SELECT count(*) AS n FROM scheduling.holds`)).toBe(0);

    // Expiry: another hold, then its time runs out (no sweeper needed).
    const later = '2027-04-13T09:15:00+02:00';
    await http(svc)
      .post('/scheduling/v1/holds')
      .send({ ...ONE_COUNTER, start: later })
      .expect(201);
    expect((await book({ ...ONE_COUNTER, start: later, citizen: citizen(902) })).status).toBe(409);
    await svc.ds.query(`UPDATE scheduling.holds SET expires_at = now() - interval '1 second'`);
    const after = await http(svc)
      .get('/scheduling/v1/availability')
      .query({ ...ONE_COUNTER, from: '2027-04-13', to: '2027-04-13' })
      .expect(200);
    expect(after.body.slots.find((s: { start: string }) => s.start === later)).toEqual({
      site: 'montiano-municipio',
      start: later,
      end: '2027-04-13T09:30:00+02:00',
      available: 1,
    });
    expect((await book({ ...ONE_COUNTER, start: later, citizen: citizen(902) })).status).toBe(201);
  });

  it('gives the last counter to exactly one of a hold and a booking racing for it', async () => {
    const starts = ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30', '10:45'].map(
      (t) => `2027-04-27T${t}:00+02:00`,
    );
    for (const [i, start] of starts.entries()) {
      const [hold, booking] = await Promise.all([
        http(svc)
          .post('/scheduling/v1/holds')
          .send({ ...ONE_COUNTER, start }),
        book({ ...ONE_COUNTER, start, citizen: citizen(500 + i) }),
      ]);
      expect([hold.status, booking.status].sort()).toEqual([201, 409]);
      const taken = await count(
        `SELECT (SELECT count(*) FROM scheduling.bookings WHERE start_at = $1) + (SELECT count(*) FROM scheduling.holds WHERE start_at = $1 AND expires_at > now()) AS n`,
        [start],
      );
      expect(taken).toBe(1);
    }
  });

  it('is idempotent by Idempotency-Key: same body → same booking, other body → 422', async () => {
    const body = { ...ONE_COUNTER, start: '2027-04-16T09:00:00+02:00', citizen: citizen(20) };
    const first = await book(body, 'key-1');
    expect(first.status).toBe(201);
    const again = await book(body, 'key-1');
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const concurrent = await Promise.all([book(body, 'key-1'), book(body, 'key-1')]);
    expect(concurrent.map((r) => r.body.id)).toEqual([first.body.id, first.body.id]);
    const other = await book({ ...body, start: '2027-04-16T09:15:00+02:00' }, 'key-1');
    expect(other.status).toBe(422);
    expect(await count(`SELECT count(*) AS n FROM scheduling.bookings`)).toBe(1);
  });

  it('reschedules atomically: racing a booking for the last counter, exactly one wins and nothing is lost', async () => {
    const a = await book({ ...ONE_COUNTER, start: '2027-04-20T09:00:00+02:00', citizen: citizen(30) });
    const target = '2027-04-20T09:15:00+02:00';
    const [moved, other] = await Promise.all([
      http(svc)
        .post(`/scheduling/v1/bookings/${a.body.code}/reschedule`)
        .set('X-Manage-Token', a.body.manageToken)
        .send({ start: target }),
      book({ ...ONE_COUNTER, start: target, citizen: citizen(31) }),
    ]);
    expect([moved.status === 200, other.status === 201].filter(Boolean)).toHaveLength(1);
    expect([moved.status, other.status]).toContain(409);
    const rows = await svc.ds.query(
      `SELECT code, start_at FROM scheduling.bookings WHERE status = 'booked' ORDER BY start_at`,
    );
    if (moved.status === 200) {
      // The move won: the one booking now holds the last counter, the other citizen got 409.
      expect(moved.body).toMatchObject({ start: target, sequence: 1 });
      expect(rows).toEqual([{ code: a.body.code, start_at: new Date(target) }]);
    } else {
      // The new booking won: the moved one stays where it was, both are kept.
      expect(rows).toHaveLength(2);
      expect(rows[0]).toEqual({ code: a.body.code, start_at: new Date('2027-04-20T09:00:00+02:00') });
      expect(rows[1]).toEqual({ code: other.body.code, start_at: new Date(target) });
    }
    // Full target: 409 and the booking stays where it was.
    const c = await book({ ...ONE_COUNTER, start: '2027-04-20T10:00:00+02:00', citizen: citizen(32) });
    const full = await http(svc)
      .post(`/scheduling/v1/bookings/${c.body.code}/reschedule`)
      .set('X-Manage-Token', c.body.manageToken)
      .send({ start: '2027-04-20T09:15:00+02:00' });
    expect(full.status).toBe(409);
    const still = await http(svc)
      .get(`/scheduling/v1/bookings/${c.body.code}`)
      .set('X-Manage-Token', c.body.manageToken)
      .expect(200);
    expect(still.body).toMatchObject({ start: '2027-04-20T10:00:00+02:00', sequence: 0 });
  });

  it('cancels, frees the slot, and serves an iCalendar file with a stable UID, SEQUENCE and METHOD:CANCEL', async () => {
    const start = '2027-04-23T09:00:00+02:00';
    const b = await book({ ...ONE_COUNTER, start, citizen: citizen(40) });
    const ics = await http(svc)
      .get(`/scheduling/v1/bookings/${b.body.code}/calendar.ics`)
      .set('X-Manage-Token', b.body.manageToken)
      .expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.text).toContain(`UID:${b.body.id}@sportello-facile`);
    expect(ics.text).toContain('SEQUENCE:0');
    expect(ics.text).toContain('DTSTART;TZID=Europe/Rome:20270423T090000');
    expect(ics.text).toContain('BEGIN:VTIMEZONE');
    expect(ics.text).toContain('METHOD:PUBLISH');
    await http(svc)
      .post(`/scheduling/v1/bookings/${b.body.code}/cancel`)
      .set('X-Manage-Token', 'nope')
      .expect(404);
    const cancelled = await http(svc)
      .post(`/scheduling/v1/bookings/${b.body.code}/cancel`)
      .set('X-Manage-Token', b.body.manageToken)
      .expect(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    await http(svc)
      .post(`/scheduling/v1/bookings/${b.body.code}/cancel`)
      .set('X-Manage-Token', b.body.manageToken)
      .expect(409);
    const after = await http(svc)
      .get(`/scheduling/v1/bookings/${b.body.code}/calendar.ics`)
      .set('X-Manage-Token', b.body.manageToken)
      .expect(200);
    expect(after.text).toContain('METHOD:CANCEL');
    expect(after.text).toContain('SEQUENCE:1');
    expect(after.text).toContain(`UID:${b.body.id}@sportello-facile`);
    expect((await book({ ...ONE_COUNTER, start, citizen: citizen(41) })).status).toBe(201);
  });

  it('lets operators of the site work the agenda across municipalities with an enforced state machine', async () => {
    const start = '2027-04-06T09:00:00+02:00';
    const fromMontiano = await book({
      service: 'spid',
      tenant: 'montiano',
      site: 'cesena-centro',
      start,
      citizen: citizen(50),
    });
    const fromCesena = await book({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      start,
      citizen: citizen(51),
    });
    const operator = await staffToken('operator', { sites: ['cesena-centro'] });
    const elsewhere = await staffToken('operator', { sites: ['montiano-municipio'] });
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    await svc.ds.query(`UPDATE scheduling.procedures SET title = 'Attivazione SPID' WHERE slug = 'spid'`);
    const agenda = await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-04-06' })
      .set('Authorization', `Bearer ${operator}`)
      .expect(200);
    expect(agenda.body.bookings.map((b: { code: string }) => b.code).sort()).toEqual(
      [fromMontiano.body.code, fromCesena.body.code].sort(),
    );
    expect(JSON.stringify(agenda.body)).not.toContain(fiscalCode(50));
    // the desk reads the procedures by their titles, not their slugs
    for (const b of agenda.body.bookings as { services: string[]; serviceTitles: string[] }[]) {
      expect(b.serviceTitles).toHaveLength(b.services.length);
      expect(b.serviceTitles).toEqual(['Attivazione SPID']);
    }
    await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-04-06' })
      .set('Authorization', `Bearer ${elsewhere}`)
      .expect(403);
    await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-04-06' })
      .set('Authorization', `Bearer ${montianoAdmin}`)
      .expect(403);
    await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-04-06' })
      .expect(401);
    await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: 'today' })
      .set('Authorization', `Bearer ${operator}`)
      .expect(400);

    const code = fromMontiano.body.code;
    const act = (action: string, token = operator) =>
      http(svc).post(`/scheduling/v1/bookings/${code}/${action}`).set('Authorization', `Bearer ${token}`);
    await act('complete').expect(409);
    await act('check-in', elsewhere).expect(403);
    expect((await act('check-in').expect(200)).body.status).toBe('checked-in');
    await act('no-show').expect(409);
    expect((await act('complete').expect(200)).body.status).toBe('completed');
    await act('check-in').expect(409);
    expect(
      (
        await http(svc)
          .post(`/scheduling/v1/bookings/${fromCesena.body.code}/no-show`)
          .set('Authorization', `Bearer ${operator}`)
          .expect(200)
      ).body.status,
    ).toBe('no-show');

    // A closure on a day with bookings lists them.
    const again = await book({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      start,
      citizen: citizen(52),
    });
    const admin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const closure = await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-04-06', reason: 'lavori' })
      .expect(201);
    expect(closure.body.affectedBookings.map((b: { code: string }) => b.code)).toEqual([again.body.code]);
  });

  it('previews the bookings a closure would affect without writing the closure nor telling anyone, and removes an exception', async () => {
    const admin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const site = { service: 'spid', tenant: 'cesena', site: 'cesena-centro' };
    const morning = await book({ ...site, start: '2027-05-11T09:00:00+02:00', citizen: citizen(80) });
    const afternoon = await book({ ...site, start: '2027-05-11T15:00:00+02:00', citizen: citizen(81) });
    for (const b of [morning, afternoon]) expect(b.status).toBe(201);
    const outboxBefore = await count(
      `SELECT count(*) AS n FROM scheduling.outbox WHERE type = 'scheduling.booking.affected-by-closure'`,
    );

    const preview = await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures/preview')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-05-11', hours: [['08:30', '13:00']], reason: 'assemblea' })
      .expect(200);
    expect(preview.body).toMatchObject({ site: 'cesena-centro', date: '2027-05-11', reason: 'assemblea' });
    expect(preview.body.affectedBookings.map((b: { code: string }) => b.code)).toEqual([afternoon.body.code]);
    const whole = await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures/preview')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-05-11' })
      .expect(200);
    expect(whole.body.affectedBookings.map((b: { code: string }) => b.code)).toEqual([
      morning.body.code,
      afternoon.body.code,
    ]);
    expect(JSON.stringify(whole.body)).not.toContain(fiscalCode(80));
    // nothing written: no exception, no event, the day still bookable
    expect(
      await count(`SELECT count(*) AS n FROM scheduling.site_exceptions WHERE date = '2027-05-11'`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM scheduling.outbox WHERE type = 'scheduling.booking.affected-by-closure'`,
      ),
    ).toBe(outboxBefore);
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures/preview')
      .set('Authorization', `Bearer ${montianoAdmin}`)
      .send({ date: '2027-05-11' })
      .expect(403);

    // saved, listed, then removed: the weekly hours apply again
    await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-05-12', reason: 'inventario' })
      .expect(201);
    const listed = await http(svc)
      .get('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(listed.body.items).toContainEqual({
      site: 'cesena-centro',
      date: '2027-05-12',
      hours: [],
      reason: 'inventario',
    });
    await http(svc)
      .delete('/scheduling/v1/sites/cesena-centro/closures/2027-05-12')
      .set('Authorization', `Bearer ${montianoAdmin}`)
      .expect(403);
    const removed = await http(svc)
      .delete('/scheduling/v1/sites/cesena-centro/closures/2027-05-12')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(removed.body).toEqual({
      site: 'cesena-centro',
      date: '2027-05-12',
      hours: [],
      reason: 'inventario',
    });
    expect(
      await count(`SELECT count(*) AS n FROM scheduling.site_exceptions WHERE date = '2027-05-12'`),
    ).toBe(0);
    await http(svc)
      .delete('/scheduling/v1/sites/cesena-centro/closures/2027-05-12')
      .set('Authorization', `Bearer ${admin}`)
      .expect(404);
  });

  it('tells the citizens of the bookings a closure affects: listed for the admin, one event each through the outbox', async () => {
    const admin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const site = { service: 'spid', tenant: 'cesena', site: 'cesena-centro' };
    const early = await book({
      ...site,
      start: '2027-05-04T09:00:00+02:00',
      citizen: { ...citizen(70), phone: '+393331234567', locale: 'en' },
    });
    const late = await book({ ...site, start: '2027-05-04T15:00:00+02:00', citizen: citizen(71) });
    const cancelled = await book({ ...site, start: '2027-05-04T15:15:00+02:00', citizen: citizen(72) });
    await http(svc)
      .post(`/scheduling/v1/bookings/${cancelled.body.code}/cancel`)
      .set('X-Manage-Token', cancelled.body.manageToken)
      .expect(200);
    const otherDay = await book({ ...site, start: '2027-05-05T15:00:00+02:00', citizen: citizen(73) });
    for (const b of [early, late, otherDay]) expect(b.status).toBe(201);

    // Afternoon closed: only the afternoon's active booking is affected.
    const closure = await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-05-04', reason: 'assemblea sindacale', hours: [['08:30', '13:00']] })
      .expect(201);
    expect(closure.body).toMatchObject({
      site: 'cesena-centro',
      date: '2027-05-04',
      reason: 'assemblea sindacale',
    });
    expect(closure.body.affectedBookings).toEqual([
      expect.objectContaining({ code: late.body.code, status: 'booked', start: '2027-05-04T15:00:00+02:00' }),
    ]);
    expect(JSON.stringify(closure.body)).not.toContain(fiscalCode(71));

    const topic = `${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingBookings}`;
    const affectedEvents = async () =>
      (await readTopic(topic, { timeoutMs: 1500 })).filter(
        (e) =>
          e.headers['ce_type'] === 'scheduling.booking.affected-by-closure' &&
          e.value?.includes('"closureDate":"2027-05-04"'),
      );
    const first = await waitFor(
      async () => ((await affectedEvents()).length >= 1 ? affectedEvents() : undefined),
      20000,
    );
    expect(first).toHaveLength(1);
    expect(first[0].key).toBe(late.body.id);
    expect(first[0].headers['ce_tenant']).toBe('cesena');
    expect(JSON.parse(first[0].value ?? '{}')).toMatchObject({
      bookingId: late.body.id,
      code: late.body.code,
      site: 'cesena-centro',
      status: 'booked',
      closureDate: '2027-05-04',
      closureReason: 'assemblea sindacale',
      closureHours: [['08:30', '13:00']],
      citizen: { firstName: 'Mario', lastName: 'Rossi 71', email: 'm71@example.org' },
    });

    // The site's operators see it in their agenda: the closure and which bookings to call.
    const operator = await staffToken('operator', { sites: ['cesena-centro'] });
    const agenda = await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-05-04' })
      .set('Authorization', `Bearer ${operator}`)
      .expect(200);
    expect(agenda.body.closure).toEqual({ hours: [['08:30', '13:00']], reason: 'assemblea sindacale' });
    const flags = Object.fromEntries(
      agenda.body.bookings.map((b: { code: string; affectedByClosure: boolean }) => [
        b.code,
        b.affectedByClosure,
      ]),
    );
    expect(flags).toEqual({ [early.body.code]: false, [late.body.code]: true, [cancelled.body.code]: false });
    const otherAgenda = await http(svc)
      .get('/scheduling/v1/agenda')
      .query({ site: 'cesena-centro', date: '2027-05-05' })
      .set('Authorization', `Bearer ${operator}`)
      .expect(200);
    expect(otherAgenda.body).toMatchObject({
      closure: null,
      bookings: [expect.objectContaining({ code: otherDay.body.code, affectedByClosure: false })],
    });

    // The whole day closed: now the morning one too (the booking itself stays, for the citizen to move or cancel).
    const whole = await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-05-04' })
      .expect(201);
    expect(whole.body.affectedBookings.map((b: { code: string }) => b.code)).toEqual([
      early.body.code,
      late.body.code,
    ]);
    const all = await waitFor(async () => {
      const list = await affectedEvents();
      return list.length >= 3 ? list : undefined;
    }, 20000);
    const morning = all.find((e) => e.key === early.body.id);
    expect(JSON.parse(morning?.value ?? '{}')).toMatchObject({
      closureDate: '2027-05-04',
      closureHours: [],
      citizen: { phone: '+393331234567', locale: 'en' },
    });
    expect(await count(`SELECT count(*) AS n FROM scheduling.bookings WHERE status = 'booked'`)).toBe(3);

    // Not the admin of that municipality, or a bad date: refused, nothing written.
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${montianoAdmin}`)
      .send({ date: '2027-05-05' })
      .expect(403);
    await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-02-30' })
      .expect(400);
    await http(svc)
      .post('/scheduling/v1/sites/cesena-centro/closures')
      .set('Authorization', `Bearer ${admin}`)
      .send({ date: '2027-05-05', hours: [['13:00', '08:30']] })
      .expect(400);
    expect(
      await count(`SELECT count(*) AS n FROM scheduling.site_exceptions WHERE date = '2027-05-05'`),
    ).toBe(0);
  });

  it.each([
    ['an invalid codice fiscale', { citizen: { ...citizen(60), fiscalCode: 'RSSMRA85T10A562X' } }, 400],
    ['no email nor phone', { citizen: { firstName: 'A', lastName: 'B', fiscalCode: fiscalCode(61) } }, 422],
    ['a start that is not a slot', { start: '2027-04-06T09:07:00+02:00' }, 422],
    ['a start on a closed day', { start: '2027-04-07T09:00:00+02:00' }, 422],
    ['a start in the past', { start: '2020-04-07T09:00:00+02:00' }, 422],
    ['a start that is not a date', { start: 'tomorrow' }, 400],
    ['an unknown site', { site: 'atlantide' }, 404],
    ['an unknown municipality', { tenant: 'rimini' }, 404],
    ['an unknown procedure', { service: 'nessuna' }, 404],
    ['both service and services', { services: ['spid'] }, 400],
    ['an extra field', { colour: 'blue' }, 400],
    ['a huge name', { citizen: { ...citizen(62), firstName: 'x'.repeat(100000) } }, 400],
    ['a foreign hold', { holdId: '00000000-0000-4000-8000-000000000000' }, 422],
  ])('refuses %s with a 4xx problem and writes nothing', async (_name, change, status) => {
    const res = await book({
      ...ONE_COUNTER,
      start: '2027-04-06T09:00:00+02:00',
      citizen: citizen(63),
      ...change,
    });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(await count(`SELECT count(*) AS n FROM scheduling.bookings`)).toBe(0);
  });
});
