import { Topics } from '@facile/contracts';
import {
  readTopic,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
} from '@facile/platform/testing';
import { Clock } from '@facile/scheduling/application';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

const SITE = 'cesena-centro';
/** Tuesday 6 April 2027, local time in Rome (UTC+2). */
const at = (hhmm: string, date = '2027-04-06') => new Date(`${date}T${hhmm}:00+02:00`);

describe('scheduling: walk-in queue (real PostgreSQL, Kafka and Redis)', () => {
  let svc: TestService<SchedulingConfig>;
  let env: Record<string, string>;
  let now: Date;
  let operator: string;

  const take = (body: Record<string, unknown>, site = SITE) =>
    http(svc).post(`/scheduling/v1/sites/${site}/tickets`).send(body);
  const next = (counter: number, extra: Record<string, unknown> = {}, token = operator) =>
    http(svc)
      .post(`/scheduling/v1/sites/${SITE}/queue/next`)
      .set('Authorization', `Bearer ${token}`)
      .send({ counter, ...extra });
  const ticketCount = () =>
    svc.ds.query(`SELECT count(*) AS n FROM scheduling.tickets`).then((r) => Number(r[0].n));
  /** The queue topic's events of this test's tickets (the topic outlives the per-test reset). */
  const queueEvents = async (numbers: string[], type: string, n: number) => {
    let mine: Awaited<ReturnType<typeof readTopic>> = [];
    for (let attempt = 0; attempt < 10 && mine.length < n; attempt++) {
      const ids = new Set(
        (await svc.ds.query(`SELECT id FROM scheduling.tickets WHERE number = ANY($1)`, [numbers])).map(
          (r: { id: string }) => r.id,
        ),
      );
      const all = await readTopic(`${svc.config.KAFKA_TOPIC_PREFIX}${Topics.schedulingQueue}`, {
        expected: Number.MAX_SAFE_INTEGER,
        timeoutMs: 1500,
      });
      mine = all.filter((e) => e.headers['ce_type'] === type && ids.has(e.key ?? ''));
    }
    return mine;
  };

  beforeAll(async () => {
    env = testEnvironment('scheduling-queue', {
      LOOKUP_RATE_LIMIT_PER_MINUTE: '10000',
      AVAILABILITY_CACHE_MS: '0',
    });
    svc = await startTestService(schedulingService, env);
    jest.spyOn(svc.app.get(Clock), 'now').mockImplementation(() => now);
    operator = await staffToken('operator', { sites: [SITE] });
  });
  beforeEach(async () => {
    now = at('09:00');
    await prepare(svc);
  });
  afterAll(() => svc?.close());

  it('numbers tickets per service group (A001, A002, B001), estimates the wait and publishes ticket.issued', async () => {
    const admin = await staffToken('union-admin');
    await http(svc)
      .put('/scheduling/v1/queue-groups/cambio-residenza')
      .set('Authorization', `Bearer ${admin}`)
      .send({ letter: 'B' })
      .expect(200);
    await http(svc)
      .put('/scheduling/v1/queue-groups/cambio-residenza')
      .set('Authorization', `Bearer ${operator}`)
      .send({ letter: 'C' })
      .expect(403);
    const a1 = await take({ service: 'spid', tenant: 'cesena' });
    expect(a1.status).toBe(201);
    expect(a1.body).toMatchObject({
      number: 'A001',
      site: SITE,
      service: 'spid',
      tenant: 'cesena',
      estimatedWaitMinutes: 0,
    });
    expect(Buffer.from(a1.body.manageToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    const a2 = await take({ service: 'carta-identita-elettronica', tenant: 'montiano' });
    // One person ahead, nobody served yet (10 minutes assumed), one counter assumed open.
    expect(a2.body).toMatchObject({ number: 'A002', estimatedWaitMinutes: 10 });
    expect((await take({ service: 'cambio-residenza', tenant: 'cesena' })).body).toMatchObject({
      number: 'B001',
      estimatedWaitMinutes: 0,
    });
    const stored = await svc.ds.query(
      `SELECT manage_token_hash FROM scheduling.tickets WHERE number = 'A001'`,
    );
    expect(stored[0].manage_token_hash).not.toContain(a1.body.manageToken);
    const issued = await queueEvents(['A001', 'A002', 'B001'], 'scheduling.ticket.issued', 3);
    expect(issued).toHaveLength(3);
    const b1 = issued.map((e) => JSON.parse(e.value ?? '{}')).find((p) => p.number === 'B001');
    expect(b1).toMatchObject({
      site: SITE,
      tenant: 'cesena',
      service: 'cambio-residenza',
      status: 'waiting',
      serviceGroup: 'B',
      day: '2027-04-06',
      issuedAt: at('09:00').toISOString(),
    });
  });

  it('refuses unknown sites, services and municipalities and bad bodies with 4xx problems, writing nothing', async () => {
    expect((await take({ service: 'spid', tenant: 'cesena' }, 'nowhere')).status).toBe(404);
    expect((await take({ service: 'unknown-procedure', tenant: 'cesena' })).status).toBe(404);
    expect((await take({ service: 'spid', tenant: 'atlantis' })).status).toBe(404);
    expect((await take({ service: 'non-prenotabile', tenant: 'cesena' })).status).toBe(422);
    await svc.ds.query(
      `UPDATE scheduling.site_offerings SET tenants = ARRAY['cesena'] WHERE site_id = $1 AND service = 'spid'`,
      [SITE],
    );
    const notServed = await take({ service: 'spid', tenant: 'montiano' });
    expect(notServed.status).toBe(422);
    expect(notServed.headers['content-type']).toContain('application/problem+json');
    expect((await take({ service: 'spid' })).status).toBe(400);
    expect((await take({ service: 'spid', tenant: 'cesena', priority: 'high' })).status).toBe(400);
    expect((await take({ service: 'Not A Slug!', tenant: 'cesena' })).status).toBe(400);
    expect((await http(svc).get('/scheduling/v1/sites/nowhere/queue')).status).toBe(404);
    expect((await http(svc).get('/scheduling/v1/sites/nowhere/queue/stream')).status).toBe(404);
    expect(await ticketCount()).toBe(0);
  });

  it('lists what the kiosk offers: published walk-in procedures the site serves, with their municipalities', async () => {
    await svc.ds.query(
      `UPDATE scheduling.procedures SET walk_in = true WHERE slug IN ('spid', 'cambio-residenza', 'non-prenotabile')`,
    );
    await svc.ds.query(
      `UPDATE scheduling.site_offerings SET tenants = ARRAY['cesena'] WHERE site_id = $1 AND service = 'spid'`,
      [SITE],
    );
    await svc.ds.query(
      `UPDATE scheduling.site_offerings SET enabled = false WHERE site_id = $1 AND service = 'cambio-residenza'`,
      [SITE],
    );
    const res = await http(svc).get(`/scheduling/v1/sites/${SITE}/queue/services`).expect(200);
    // cambio-residenza is disabled here, non-prenotabile offered by nobody, the others are not walk-in.
    expect(res.body).toEqual({
      site: SITE,
      items: [{ service: 'spid', title: 'spid', tenants: ['cesena'] }],
    });
    const other = await http(svc).get('/scheduling/v1/sites/montiano-municipio/queue/services').expect(200);
    expect(other.body.items.map((i: { service: string }) => i.service)).toEqual(['cambio-residenza', 'spid']);
    expect(other.body.items[0].tenants.length).toBeGreaterThan(0);
    const missing = await http(svc).get('/scheduling/v1/sites/nowhere/queue/services');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await http(svc).get('/scheduling/v1/sites/Not%20A%20Site/queue/services')).status).toBe(400);
  });

  it('gives 100 simultaneous tickets the numbers A001..A100, each once', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, () => take({ service: 'spid', tenant: 'cesena' })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const numbers = results.map((r) => r.body.number).sort();
    expect(numbers).toEqual(Array.from({ length: 100 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
  });

  it('restarts the numbers at local midnight in Rome, not at UTC midnight', async () => {
    now = new Date('2027-03-27T22:59:30Z'); // 23:59:30 in Rome (UTC+1 until the night of the 28th)
    expect((await take({ service: 'spid', tenant: 'cesena' })).body.number).toBe('A001');
    expect((await take({ service: 'spid', tenant: 'cesena' })).body.number).toBe('A002');
    now = new Date('2027-03-27T23:00:05Z'); // 00:00:05 on the 28th in Rome, still the 27th in UTC
    expect((await take({ service: 'spid', tenant: 'cesena' })).body.number).toBe('A001');
    now = new Date('2027-03-28T21:59:59Z'); // 23:59:59 on the 28th in Rome, now UTC+2
    expect((await take({ service: 'spid', tenant: 'cesena' })).body.number).toBe('A002');
    now = new Date('2027-03-28T22:00:00Z'); // midnight of the 29th in Rome
    expect((await take({ service: 'spid', tenant: 'cesena' })).body.number).toBe('A001');
    const days = await svc.ds.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, number FROM scheduling.tickets ORDER BY issued_at`,
    );
    expect(days.map((d: { day: string; number: string }) => `${d.day} ${d.number}`)).toEqual([
      '2027-03-27 A001',
      '2027-03-27 A002',
      '2027-03-28 A001',
      '2027-03-28 A002',
      '2027-03-29 A001',
    ]);
  });

  it('lets only staff of the site call next; nobody waiting is a clear 409, not an error', async () => {
    const elsewhere = await staffToken('operator', { sites: ['montiano-municipio'] });
    await take({ service: 'spid', tenant: 'cesena' }).expect(201);
    expect(
      (await http(svc).post(`/scheduling/v1/sites/${SITE}/queue/next`).send({ counter: 1 })).status,
    ).toBe(401);
    expect((await next(1, {}, elsewhere)).status).toBe(403);
    expect((await next(9)).status).toBe(400);
    expect((await next(0)).status).toBe(400);
    expect((await next(1, { previous: 'lunch' })).status).toBe(400);
    const first = await next(1);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ number: 'A001', counter: 1, calls: 1 });
    const empty = await next(2);
    expect(empty.status).toBe(409);
    expect(empty.headers['content-type']).toContain('application/problem+json');
    expect(empty.body.type).toContain('queue-empty');
    const cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    expect((await next(2, {}, cesenaAdmin)).status).toBe(409);
  });

  it('calls the longest waiting among the services of the counter, interleaving checked-in appointments by their time', async () => {
    now = at('08:00');
    const booking = await http(svc)
      .post('/scheduling/v1/bookings')
      .send({
        service: 'cambio-residenza',
        tenant: 'cesena',
        site: SITE,
        start: '2027-04-06T10:00:00+02:00',
        citizen: citizen(1),
      })
      .expect(201);
    // Counter 2 does not handle spid (the offering is limited to counter 1).
    await svc.ds.query(
      `UPDATE scheduling.site_offerings SET counters = 1 WHERE site_id = $1 AND service = 'spid'`,
      [SITE],
    );
    now = at('09:50');
    await take({ service: 'spid', tenant: 'cesena' }).expect(201); // A001
    now = at('09:55');
    await take({ service: 'cambio-residenza', tenant: 'cesena' }).expect(201); // A002
    now = at('09:58');
    await http(svc)
      .post(`/scheduling/v1/bookings/${booking.body.code}/check-in`)
      .set('Authorization', `Bearer ${operator}`)
      .expect(200);
    now = at('10:02');
    await take({ service: 'cambio-residenza', tenant: 'cesena' }).expect(201); // A003
    now = at('10:05');
    const c2 = await next(2);
    expect(c2.body).toMatchObject({ number: 'A002', counter: 2 }); // A001 is spid: not counter 2's
    const c1 = await next(1);
    expect(c1.body).toMatchObject({ number: 'A001', counter: 1, waitSeconds: 15 * 60 });
    now = at('10:15');
    const appointment = await next(1);
    expect(appointment.body).toMatchObject({
      number: 'P001',
      bookingCode: booking.body.code,
      counter: 1,
      previous: { number: 'A001', status: 'served' },
    });
    expect((await next(2)).body).toMatchObject({
      number: 'A003',
      previous: { number: 'A002', status: 'served' },
    });
    const served = await next(1);
    expect(served.status).toBe(409);
    // The appointment served through the queue is completed on the agenda as well.
    expect(
      (await svc.ds.query(`SELECT status FROM scheduling.bookings WHERE code = $1`, [booking.body.code]))[0]
        .status,
    ).toBe('completed');
    const called = await queueEvents(['A001', 'A002', 'A003', 'P001'], 'scheduling.ticket.called', 4);
    const p001 = called.map((e) => JSON.parse(e.value ?? '{}')).find((p) => p.number === 'P001');
    expect(p001).toMatchObject({
      status: 'called',
      counter: '1',
      bookingCode: booking.body.code,
      previousNumber: 'A001',
      previousStatus: 'served',
      previousServiceSeconds: 10 * 60,
    });
  });

  it('never calls one person at two counters when all eight call at once', async () => {
    for (let i = 0; i < 20; i++) {
      now = new Date(at('09:00').getTime() + i * 1000);
      await take({ service: 'spid', tenant: 'cesena' }).expect(201);
    }
    now = at('09:30');
    const calls = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((c) => next(c)));
    expect(calls.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(calls.map((r) => r.body.number).sort()).toEqual([
      'A001',
      'A002',
      'A003',
      'A004',
      'A005',
      'A006',
      'A007',
      'A008',
    ]);
    const again = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((c) => next(c)));
    expect(new Set(again.map((r) => r.body.number)).size).toBe(8);
    expect(again.map((r) => r.body.number).sort()).toEqual([
      'A009',
      'A010',
      'A011',
      'A012',
      'A013',
      'A014',
      'A015',
      'A016',
    ]);
    const served = await svc.ds.query(`SELECT count(*) AS n FROM scheduling.tickets WHERE status = 'served'`);
    expect(Number(served[0].n)).toBe(8);
  });

  it('calls 100 tickets taken at the same moment strictly in the order of their printed numbers, A001 to A100', async () => {
    // A clock that moves on at every read, as a real one does: requests read it in one order and take numbers in another.
    let tick = 0;
    const clock = jest
      .spyOn(svc.app.get(Clock), 'now')
      .mockImplementation(() => new Date(at('09:00').getTime() + 10 * tick++));
    try {
      const issued = await Promise.all(
        Array.from({ length: 100 }, () => take({ service: 'spid', tenant: 'cesena' })),
      );
      expect(issued.map((r) => r.status)).toEqual(Array(100).fill(201));
      const called: string[] = [];
      for (let i = 0; i < 100; i++) called.push((await next(1).expect(200)).body.number);
      expect(called).toEqual(Array.from({ length: 100 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`));
      // Every ticket was called once: nobody is left.
      expect((await next(1)).status).toBe(409);
    } finally {
      clock.mockImplementation(() => now);
    }
  });

  it('makes a ticket missed after three unanswered calls, and a recall puts it back at its place', async () => {
    await take({ service: 'spid', tenant: 'cesena' }).expect(201); // A001
    now = at('09:01');
    await take({ service: 'spid', tenant: 'cesena' }).expect(201); // A002
    now = at('09:10');
    expect((await next(1)).body).toMatchObject({ number: 'A001', calls: 1 });
    expect((await next(1, { previous: 'no-answer' })).body).toMatchObject({
      number: 'A001',
      calls: 2,
      previous: { number: 'A001', status: 'waiting' },
    });
    expect((await next(1, { previous: 'no-answer' })).body).toMatchObject({ number: 'A001', calls: 3 });
    const third = await next(1, { previous: 'no-answer' });
    expect(third.body).toMatchObject({ number: 'A002', previous: { number: 'A001', status: 'missed' } });
    expect((await http(svc).get(`/scheduling/v1/sites/${SITE}/queue`).expect(200)).body.missed).toEqual([
      'A001',
    ]);
    const recall = (n: string, token = operator) =>
      http(svc)
        .post(`/scheduling/v1/sites/${SITE}/queue/tickets/${n}/recall`)
        .set('Authorization', `Bearer ${token}`);
    expect((await recall('A002')).status).toBe(409);
    expect((await recall('A099')).status).toBe(404);
    expect(
      (await recall('A001', await staffToken('operator', { sites: ['montiano-municipio'] }))).status,
    ).toBe(403);
    expect((await recall('A001')).body).toEqual({ number: 'A001', status: 'waiting' });
    await take({ service: 'spid', tenant: 'cesena' }).expect(201); // A003, issued after A001
    expect((await next(1)).body).toMatchObject({
      number: 'A001',
      calls: 1,
      previous: { number: 'A002', status: 'served' },
    });
  });

  it('shows the board: now serving per counter, waiting per group with waits from the moving average of service times', async () => {
    for (const t of ['09:00', '09:01', '09:02', '09:03', '09:04']) {
      now = at(t);
      await take({ service: 'spid', tenant: 'cesena' }).expect(201);
    }
    now = at('09:10');
    await next(1).expect(200); // A001 at counter 1
    await next(2).expect(200); // A002 at counter 2
    now = at('09:16');
    await next(1).expect(200); // A001 served in 6 minutes, A003 called
    now = at('09:20');
    await next(2).expect(200); // A002 served in 10 minutes, A004 called
    const board = await http(svc).get(`/scheduling/v1/sites/${SITE}/queue`).expect(200);
    expect(board.body).toMatchObject({
      site: SITE,
      date: '2027-04-06',
      serving: [
        { counter: 1, number: 'A003', service: 'spid' },
        { counter: 2, number: 'A004', service: 'spid' },
      ],
      totalWaiting: 1,
      openCounters: 2,
    });
    // One waiting (A005) × 8 minutes average ÷ 2 counters → 4 minutes.
    expect(board.body.waiting).toEqual([
      {
        letter: 'A',
        waiting: 1,
        averageServiceMinutes: 8,
        estimatedWaitMinutes: 4,
        services: [{ service: 'spid', waiting: 1 }],
      },
    ]);
    // A new ticket is told the same arithmetic (A005 ahead × 8 ÷ 2); with one more ahead, 8.
    now = at('09:21');
    expect((await take({ service: 'spid', tenant: 'cesena' })).body).toMatchObject({
      number: 'A006',
      estimatedWaitMinutes: 4,
    });
    expect((await take({ service: 'spid', tenant: 'cesena' })).body).toMatchObject({
      number: 'A007',
      estimatedWaitMinutes: 8,
    });
  });

  it('lets the citizen follow the ticket with its manage token and leave the line', async () => {
    const a1 = (await take({ service: 'spid', tenant: 'cesena' })).body;
    now = at('09:01');
    const a2 = (await take({ service: 'spid', tenant: 'cesena' })).body;
    const status = (n: string, token?: string) => {
      const r = http(svc).get(`/scheduling/v1/sites/${SITE}/tickets/${n}`);
      return token ? r.set('X-Manage-Token', token) : r;
    };
    expect((await status('A002', a2.manageToken)).body).toMatchObject({
      number: 'A002',
      status: 'waiting',
      ahead: 1,
      estimatedWaitMinutes: 10,
    });
    expect((await status('A002', a1.manageToken)).status).toBe(404);
    expect((await status('A002')).status).toBe(404);
    expect((await status('A999', a2.manageToken)).status).toBe(404);
    expect((await status('not-a-number', a2.manageToken)).status).toBe(400);
    await next(4).expect(200);
    expect((await status('A001', a1.manageToken)).body).toMatchObject({
      status: 'called',
      counter: 4,
      ahead: 0,
    });
    expect((await status('A002', a2.manageToken)).body).toMatchObject({ status: 'waiting', ahead: 0 });
    const leave = (n: string, token: string) =>
      http(svc).post(`/scheduling/v1/sites/${SITE}/tickets/${n}/cancel`).set('X-Manage-Token', token);
    expect((await leave('A001', a1.manageToken)).status).toBe(409);
    expect((await leave('A002', a2.manageToken)).body).toEqual({ number: 'A002', status: 'cancelled' });
    expect((await http(svc).get(`/scheduling/v1/sites/${SITE}/queue`)).body.totalWaiting).toBe(0);
    expect((await next(4)).status).toBe(409);
    // The endpoints are in the published OpenAPI document.
    const paths = Object.keys((await http(svc).get('/scheduling/openapi.json').expect(200)).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/scheduling/v1/sites/{id}/tickets',
        '/scheduling/v1/sites/{id}/queue',
        '/scheduling/v1/sites/{id}/queue/stream',
        '/scheduling/v1/sites/{id}/queue/next',
        '/scheduling/v1/sessions',
        '/scheduling/v1/sessions/{id}/registrations',
        '/scheduling/v1/sessions/{id}/registrations/{code}/cancel',
      ]),
    );
  });

  it('pushes each change within a second to board streams on another replica (Redis pub/sub)', async () => {
    const replica = await startTestService(schedulingService, env);
    jest.spyOn(replica.app.get(Clock), 'now').mockImplementation(() => now);
    const server = await replica.app.listen(0, '127.0.0.1');
    const { port } = server.address() as { port: number };
    const controller = new AbortController();
    try {
      const res = await fetch(`http://127.0.0.1:${port}/scheduling/v1/sites/${SITE}/queue/stream`, {
        signal: controller.signal,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const nextBoard = async (): Promise<{ totalWaiting: number; serving: { number: string }[] }> => {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const chunk = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = chunk.split('\n').find((l) => l.startsWith('data: '));
            if (data) return JSON.parse(data.slice(6));
            continue;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('stream ended');
          buffer += decoder.decode(value, { stream: true });
        }
      };
      expect((await nextBoard()).totalWaiting).toBe(0);
      // The change happens on the first replica; the stream is on the second.
      await new Promise((r) => setTimeout(r, 300)); // the replica's subscriber connection is up
      let t0 = Date.now();
      await take({ service: 'spid', tenant: 'cesena' }).expect(201);
      expect((await nextBoard()).totalWaiting).toBe(1);
      expect(Date.now() - t0).toBeLessThan(1000);
      t0 = Date.now();
      await next(3).expect(200);
      const board = await nextBoard();
      expect(board.serving.map((s) => s.number)).toEqual(['A001']);
      expect(board.totalWaiting).toBe(0);
      expect(Date.now() - t0).toBeLessThan(1000);
    } finally {
      controller.abort();
      await replica.close();
    }
  });
});
