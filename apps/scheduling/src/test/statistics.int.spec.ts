import { runService } from '@facile/platform/bootstrap';
import {
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
  waitFor,
} from '@facile/platform/testing';
import { Clock } from '@facile/scheduling/application';
import { RebuildStatistics } from '@facile/scheduling/statistics-infrastructure';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { OpenApiAnswers, OpenApiDocument } from './openapi-answers';
import { citizen, http, prepare } from './scheduling-fixtures';
import {
  generateMonth,
  Model,
  ModelBooking,
  nearestRank,
  offeredMinutes,
  SITES,
  siteTenant,
  writeOutbox,
} from './statistics-fixtures';

const MARCH = { from: '2027-03-01', to: '2027-03-31' };
const inMarch = (day: string) => day >= MARCH.from && day <= MARCH.to;
/** Easter Monday 2027, and the closure the test adds at Montiano. */
const CLOSED = ['2027-03-29'];
const MONTIANO_CLOSURE = '2027-03-09';

const count = <T>(xs: T[], p: (x: T) => boolean) => xs.filter(p).length;
const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/** The figures of one group, computed from the model alone. */
function expectedFigures(
  model: Model,
  bookingIn: (b: ModelBooking) => boolean,
  ticketIn: (t: Model['tickets'][number]) => boolean,
) {
  const bookings = model.bookings.filter(bookingIn);
  const tickets = model.tickets.filter(ticketIn);
  const completed = count(bookings, (b) => b.status === 'completed');
  const noShows = count(bookings, (b) => b.status === 'no-show');
  const waits = tickets.filter((t) => t.waitMinutes !== null).map((t) => t.waitMinutes as number);
  return {
    bookings: {
      made: bookings.length,
      cancelled: count(bookings, (b) => b.status === 'cancelled'),
      completed,
      noShows,
      noShowRate:
        completed + noShows > 0 ? Math.round((noShows / (completed + noShows)) * 10_000) / 10_000 : null,
      medianLeadTimeMinutes: nearestRank(
        bookings.map((b) => b.leadMinutes),
        0.5,
      ),
    },
    walkIns: {
      issued: tickets.length,
      served: count(tickets, (t) => t.served),
      medianWaitMinutes: nearestRank(waits, 0.5),
      p90WaitMinutes: nearestRank(waits, 0.9),
    },
    usedMinutes: sum(bookings, (b) => (b.status === 'cancelled' ? 0 : b.minutes)),
  };
}

describe('scheduling: union coordination statistics (real PostgreSQL and Kafka)', () => {
  let svc: TestService<SchedulingConfig>;
  let env: Record<string, string>;
  let model: Model;
  let union: string;
  const stats = (query: Record<string, string>, token = union) =>
    http(svc).get('/scheduling/v1/statistics').query(query).set('Authorization', `Bearer ${token}`);
  const applied = () =>
    svc.ds
      .query(`SELECT count(*)::int AS n FROM scheduling.inbox WHERE consumer = 'scheduling.statistics'`)
      .then((r) => r[0].n as number);
  const statEvents = () =>
    svc.ds
      .query(
        `SELECT count(*)::int AS n FROM scheduling.outbox WHERE type LIKE 'scheduling.%' AND type NOT LIKE '%affected-by-closure'`,
      )
      .then((r) => r[0].n as number);

  beforeAll(async () => {
    env = testEnvironment('scheduling-statistics', { AVAILABILITY_CACHE_MS: '0', STATISTICS_CACHE_MS: '0' });
    svc = await startTestService(schedulingService, env);
    await prepare(svc);
    await svc.ds.query(
      `INSERT INTO scheduling.site_exceptions (site_id, date, tenant_id, hours, reason) VALUES ('montiano-municipio', $1, 'montiano', '[]', 'test')`,
      [MONTIANO_CLOSURE],
    );
    union = await staffToken('union-admin');
    const month = generateMonth();
    model = month.model;
    await writeOutbox(svc.ds, month.outbox);
    await waitFor(async () => (await applied()) === model.events, 60_000);
  }, 90_000);
  afterAll(() => svc?.close());

  it('counts a month by site exactly as the events say, with capacity offered from the calendar', async () => {
    const res = await stats({ ...MARCH, groupBy: 'site' }).expect(200);
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(SITES.map((s) => s.id).sort());
    for (const site of SITES) {
      const row = res.body.rows.find((r: { key: string }) => r.key === site.id);
      const e = expectedFigures(
        model,
        (b) => b.site === site.id && inMarch(b.day),
        (t) => t.site === site.id && inMarch(t.day),
      );
      const offered = offeredMinutes(
        site.id,
        MARCH.from,
        MARCH.to,
        site.id === 'montiano-municipio' ? [...CLOSED, MONTIANO_CLOSURE] : CLOSED,
      );
      expect({ site: site.id, ...row }).toMatchObject({
        site: site.id,
        bookings: e.bookings,
        walkIns: e.walkIns,
        capacity: {
          offeredMinutes: offered,
          usedMinutes: e.usedMinutes,
          use: Math.round((e.usedMinutes / offered) * 10_000) / 10_000,
        },
      });
    }
    const all = expectedFigures(
      model,
      (b) => inMarch(b.day),
      (t) => inMarch(t.day),
    );
    expect(res.body.total).toMatchObject({ key: 'total', bookings: all.bookings, walkIns: all.walkIns });
    expect(res.body.total.capacity.usedMinutes).toBe(all.usedMinutes);
    const montefiore = res.body.rows.find((r: { key: string }) => r.key === 'cesena-montefiore');
    const registered = count(model.registrations, (r) => r.status === 'registered');
    expect(montefiore.groupSessions).toEqual({
      registered,
      waitingList: count(model.registrations, (r) => r.status === 'waitlisted'),
      seats: model.seats,
      seatFill: Math.round((registered / model.seats) * 10_000) / 10_000,
    });
    expect(montefiore.groupSessions).toEqual({ registered: 24, waitingList: 1, seats: 28, seatFill: 0.8571 });
  });

  it('reports the cross-municipality flows: citizens of one municipality served at another’s sites', async () => {
    const res = await stats({ ...MARCH, groupBy: 'tenant' }).expect(200);
    const expected = new Map<string, { appointments: number; completed: number }>();
    for (const b of model.bookings.filter(
      (x) => inMarch(x.day) && x.status !== 'cancelled' && x.citizenTenant !== siteTenant(x.site),
    )) {
      const k = `${b.citizenTenant}>${siteTenant(b.site)}`;
      const e = expected.get(k) ?? { appointments: 0, completed: 0 };
      e.appointments++;
      if (b.status === 'completed') e.completed++;
      expected.set(k, e);
    }
    expect(expected.size).toBeGreaterThan(3);
    const got = new Map(
      res.body.crossMunicipality.map(
        (f: { citizenTenant: string; siteTenant: string; appointments: number; completed: number }) => [
          `${f.citizenTenant}>${f.siteTenant}`,
          { appointments: f.appointments, completed: f.completed },
        ],
      ),
    );
    expect(got).toEqual(expected);
    // By citizens' municipality: volumes follow the citizen wherever they went; capacity belongs to sites.
    for (const row of res.body.rows) {
      const e = expectedFigures(
        model,
        (b) => b.citizenTenant === row.key && inMarch(b.day),
        (t) => t.citizenTenant === row.key && inMarch(t.day),
      );
      expect({ tenant: row.key, bookings: row.bookings }).toEqual({ tenant: row.key, bookings: e.bookings });
      expect(row.capacity.offeredMinutes).toBeNull();
    }
  });

  it('adds whole months and the days around them into the same figures as day by day', async () => {
    const range = { from: '2027-02-27', to: '2027-04-02' };
    const within = (day: string) => day >= range.from && day <= range.to;
    const byMonth = await stats({ ...range, groupBy: 'month' }).expect(200);
    expect(byMonth.body.rows.map((r: { key: string }) => r.key)).toEqual(['2027-02', '2027-03', '2027-04']);
    for (const row of byMonth.body.rows) {
      const e = expectedFigures(
        model,
        (b) => within(b.day) && b.day.startsWith(row.key),
        (t) => within(t.day) && t.day.startsWith(row.key),
      );
      expect({ month: row.key, bookings: row.bookings, walkIns: row.walkIns }).toEqual({
        month: row.key,
        bookings: e.bookings,
        walkIns: e.walkIns,
      });
    }
    const byDay = await stats({ ...range, groupBy: 'day' }).expect(200);
    expect(byDay.body.total).toEqual(byMonth.body.total);
    const byWeek = await stats({ ...range, groupBy: 'week' }).expect(200);
    // ISO weeks 8 (Saturday 27 February) to 13 (Friday 2 April), each once: counters and offered capacity share the labels.
    expect(byWeek.body.rows.map((r: { key: string }) => r.key)).toEqual([
      '2027-W08',
      '2027-W09',
      '2027-W10',
      '2027-W11',
      '2027-W12',
      '2027-W13',
    ]);
    expect(
      byWeek.body.rows.every((r: { capacity: { offeredMinutes: number } }) => r.capacity.offeredMinutes > 0),
    ).toBe(true);
    expect(byWeek.body.total).toEqual(byMonth.body.total);
  });

  it('reads a month covered but for a few days as the month minus those days, into the figures the events say', async () => {
    // 27 of March's 31 days: the month row minus 1–2 and 30–31 March (readPlan), each of them with bookings
    const range = { from: '2027-03-03', to: '2027-03-29' };
    const within = (day: string) => day >= range.from && day <= range.to;
    const outside = model.bookings.filter((b) => inMarch(b.day) && !within(b.day));
    expect(outside.length).toBeGreaterThan(0);
    const e = expectedFigures(
      model,
      (b) => within(b.day),
      (t) => within(t.day),
    );
    const bySite = await stats({ ...range, groupBy: 'site' }).expect(200);
    expect({ bookings: bySite.body.total.bookings, walkIns: bySite.body.total.walkIns }).toEqual({
      bookings: e.bookings,
      walkIns: e.walkIns,
    });
    const byDay = await stats({ ...range, groupBy: 'day' }).expect(200);
    expect(bySite.body.total).toEqual(byDay.body.total);
    expect(bySite.body.crossMunicipality).toEqual(byDay.body.crossMunicipality);
    const byService = await stats({ ...range, groupBy: 'service' }).expect(200);
    const services = new Set(model.bookings.filter((b) => within(b.day)).map((b) => b.service));
    // a service booked only on the days taken away sums to nothing and is no row
    expect(
      byService.body.rows
        .filter((r: { bookings: { made: number } }) => r.bookings.made > 0)
        .map((r: { key: string }) => r.key)
        .sort(),
    ).toEqual([...services].sort());
    expect(byService.body.total.bookings).toEqual(bySite.body.total.bookings);
  });

  it('scopes figures: tenant admins see their citizens and sites, operators their sites', async () => {
    const admin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    const res = await stats({ ...MARCH, groupBy: 'site' }, admin).expect(200);
    const mine = (b: { citizenTenant: string; site: string }) =>
      b.citizenTenant === 'montiano' || siteTenant(b.site) === 'montiano';
    const e = expectedFigures(
      model,
      (b) => mine(b) && inMarch(b.day),
      (t) => mine(t) && inMarch(t.day),
    );
    expect(res.body.total.bookings).toEqual(e.bookings);
    expect(res.body.total.capacity.offeredMinutes).toBe(
      offeredMinutes('montiano-municipio', MARCH.from, MARCH.to, [...CLOSED, MONTIANO_CLOSURE]),
    );
    for (const flow of res.body.crossMunicipality)
      expect([flow.citizenTenant, flow.siteTenant]).toContain('montiano');

    const operator = await staffToken('operator', { sites: ['verghereto-municipio'] });
    const op = await stats({ ...MARCH, groupBy: 'tenant' }, operator).expect(200);
    const at = expectedFigures(
      model,
      (b) => b.site === 'verghereto-municipio' && inMarch(b.day),
      (t) => t.site === 'verghereto-municipio' && inMarch(t.day),
    );
    expect(op.body.total.bookings).toEqual(at.bookings);
    expect(op.body.total.walkIns).toEqual(at.walkIns);

    // A municipality filter narrows the union's view the same way.
    const filtered = await stats({ ...MARCH, groupBy: 'site', tenant: 'montiano' }).expect(200);
    expect(filtered.body.total.bookings).toEqual(e.bookings);

    const cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const other = await stats({ ...MARCH, tenant: 'montiano' }, cesenaAdmin).expect(403);
    expect(other.headers['content-type']).toMatch(/application\/problem\+json/);
    await stats({ ...MARCH, site: 'cesena-centro' }, operator).expect(403);
    await http(svc).get('/scheduling/v1/statistics').query(MARCH).expect(401);
  });

  it('answers CSV with Accept: text/csv, in the dialect of Italian Excel (BOM, ;, decimal comma)', async () => {
    const res = await stats({ ...MARCH, groupBy: 'site' })
      .set('Accept', 'text/csv')
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="statistics-site-${MARCH.from}-${MARCH.to}.csv"`,
    );
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = res.text.slice(1).replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).toBe(
      'site;bookingsMade;bookingsCancelled;bookingsCompleted;noShows;noShowRate;medianLeadTimeMinutes;walkInsIssued;walkInsServed;medianWaitMinutes;p90WaitMinutes;capacityOfferedMinutes;capacityUsedMinutes;capacityUse;sessionRegistered;sessionSeats;sessionSeatFill;waitingList',
    );
    expect(lines).toHaveLength(SITES.length + 2);
    const centro = lines.find((l) => l.startsWith('cesena-centro;'))?.split(';');
    const e = expectedFigures(
      model,
      (b) => b.site === 'cesena-centro' && inMarch(b.day),
      (t) => t.site === 'cesena-centro' && inMarch(t.day),
    );
    expect(centro?.slice(1, 5).map(Number)).toEqual([
      e.bookings.made,
      e.bookings.cancelled,
      e.bookings.completed,
      e.bookings.noShows,
    ]);
    const total = lines[lines.length - 1].split(';');
    expect(total.slice(0, 2)).toEqual(['total', String(count(model.bookings, (b) => inMarch(b.day)))]);
    // Ratios keep their digits with a decimal comma, as the JSON gives them with a point.
    const json = (await stats({ ...MARCH, groupBy: 'site' }).expect(200)).body.total;
    expect(total[5]).toBe(String(json.bookings.noShowRate).replace('.', ','));
    expect(total[5]).toMatch(/^0,\d+$/);
    expect(total[13]).toBe(String(json.capacity.use).replace('.', ','));
  });

  it('answers the cross-municipality flows as CSV with view=flows, the same numbers as the JSON', async () => {
    const json = (await stats({ ...MARCH }).expect(200)).body as {
      crossMunicipality: {
        citizenTenant: string;
        siteTenant: string;
        appointments: number;
        completed: number;
      }[];
    };
    expect(json.crossMunicipality.length).toBeGreaterThan(0);
    const res = await stats({ ...MARCH, view: 'flows' })
      .set('Accept', 'text/csv')
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="statistics-flows-${MARCH.from}-${MARCH.to}.csv"`,
    );
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const lines = res.text.slice(1).replace(/\r\n$/, '').split('\r\n');
    expect(lines[0]).toBe('citizenTenant;siteTenant;appointments;completed');
    expect(lines.slice(1, -1)).toEqual(
      json.crossMunicipality.map(
        (f) => `${f.citizenTenant};${f.siteTenant};${f.appointments};${f.completed}`,
      ),
    );
    const sum = json.crossMunicipality.reduce((n, f) => n + f.appointments, 0);
    expect(lines[lines.length - 1].split(';').slice(0, 3)).toEqual(['total', '', String(sum)]);
    await stats({ ...MARCH, view: 'sideways' }).expect(400);
  });

  it('answers a month of figures, by every dimension and scope, as the OpenAPI document declares', async () => {
    const api = new OpenApiAnswers(
      (await http(svc).get('/scheduling/openapi.json').expect(200)).body as OpenApiDocument,
    );
    const admin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    for (const groupBy of ['site', 'tenant', 'service', 'day', 'week', 'month']) {
      const res = api.check('getStatistics', await stats({ ...MARCH, groupBy }).expect(200));
      expect(res.body.rows.length).toBeGreaterThan(0);
      api.check('getStatistics', await stats({ ...MARCH, groupBy, tenant: 'montiano' }, admin).expect(200));
    }
    api.check(
      'getStatistics',
      await stats({ ...MARCH, groupBy: 'site' })
        .set('Accept', 'text/csv')
        .expect(200),
    );
    api.check(
      'getStatistics',
      await stats({ ...MARCH, view: 'flows' })
        .set('Accept', 'text/csv')
        .expect(200),
    );
    api.check('getStatistics', await stats({ ...MARCH, groupBy: 'colour' }).expect(400));
  });

  it('rejects bad input with problem+json, never a 5xx', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ ...MARCH, groupBy: 'colour' }, 400],
      [{ from: '2027-03-31', to: '2027-03-01' }, 400],
      [{ from: '2027-01-01', to: '2029-01-01' }, 400],
      [{ from: '2027-02-30', to: '2027-03-01' }, 400],
      [{ from: 'yesterday', to: '2027-03-01' }, 400],
      [{ to: '2027-03-01' }, 400],
      [{ ...MARCH, site: 'atlantide' }, 404],
      [{ ...MARCH, tenant: 'rimini' }, 404],
      [{ ...MARCH, tenant: 'unione-valle-savio' }, 404],
      [{ ...MARCH, unknown: 'x' }, 400],
    ];
    for (const [query, status] of cases) {
      const res = await stats(query);
      expect({ query, status: res.status }).toEqual({ query, status });
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    // Exactly two years is the longest range.
    await stats({ from: '2027-01-01', to: '2028-12-31', groupBy: 'month' }).expect(200);
  });

  it('follows real bookings made and cancelled through the API', async () => {
    const range = { from: '2027-04-06', to: '2027-04-06', site: 'montiano-municipio' };
    type Flow = { citizenTenant: string; siteTenant: string; appointments: number; completed: number };
    const flowOf = (body: { crossMunicipality: Flow[] }) =>
      body.crossMunicipality.find((f) => f.citizenTenant === 'cesena')?.appointments ?? 0;
    const before = (await stats(range).expect(200)).body;
    const made = await http(svc)
      .post('/scheduling/v1/bookings')
      .send({
        service: 'spid',
        tenant: 'cesena',
        site: 'montiano-municipio',
        start: '2027-04-06T09:00:00+02:00',
        citizen: citizen(1),
      })
      .expect(201);
    await waitFor(
      async () => (await stats(range)).body.total.bookings.made === before.total.bookings.made + 1,
      15_000,
    );
    const during = (await stats(range)).body;
    expect(during.total.capacity.usedMinutes).toBe(before.total.capacity.usedMinutes + 15);
    // A Cesena citizen at Montiano's desk: one more cross-municipality appointment.
    expect(flowOf(during)).toBe(flowOf(before) + 1);
    await http(svc)
      .post(`/scheduling/v1/bookings/${made.body.code}/cancel`)
      .set('X-Manage-Token', made.body.manageToken)
      .expect(200);
    await waitFor(
      async () => (await stats(range)).body.total.bookings.cancelled === before.total.bookings.cancelled + 1,
      15_000,
    );
    const after = (await stats(range)).body;
    expect(after.total.capacity.usedMinutes).toBe(before.total.capacity.usedMinutes);
    expect(after.crossMunicipality).toEqual(before.crossMunicipality);
  });

  it('follows real walk-in tickets and group-session registrations through the API', async () => {
    let now = new Date('2027-04-06T09:00:00+02:00');
    const clock = jest.spyOn(svc.app.get(Clock), 'now').mockImplementation(() => now);
    try {
      const operator = await staffToken('operator', { sites: ['cesena-centro'] });
      const take = () =>
        http(svc)
          .post('/scheduling/v1/sites/cesena-centro/tickets')
          .send({ service: 'spid', tenant: 'montiano' })
          .expect(201);
      const next = () =>
        http(svc)
          .post('/scheduling/v1/sites/cesena-centro/queue/next')
          .set('Authorization', `Bearer ${operator}`)
          .send({ counter: 1 })
          .expect(200);
      await take(); // A001 at 09:00
      now = new Date('2027-04-06T09:01:00+02:00');
      await take(); // A002 at 09:01
      now = new Date('2027-04-06T09:10:00+02:00');
      await next(); // A001 waited 10 minutes
      now = new Date('2027-04-06T09:20:00+02:00');
      await next(); // A002 waited 19 minutes; A001 reported served
      const day = { from: '2027-04-06', to: '2027-04-06', site: 'cesena-centro' };
      const walkIns = await waitFor(async () => {
        const w = (await stats(day)).body.total.walkIns;
        return w.issued === 2 && w.medianWaitMinutes !== null && w.p90WaitMinutes === 19 ? w : null;
      }, 15_000);
      expect(walkIns).toEqual({ issued: 2, served: 2, medianWaitMinutes: 10, p90WaitMinutes: 19 });
      const flows = (await stats(day)).body.crossMunicipality;
      expect(
        flows.find((f: { citizenTenant: string }) => f.citizenTenant === 'montiano')?.appointments ?? 0,
      ).toBe(0); // walk-ins are not appointments

      const admin = await staffToken('union-admin');
      const session = await http(svc)
        .post('/scheduling/v1/sessions')
        .set('Authorization', `Bearer ${admin}`)
        .send({
          site: 'cesena-montefiore',
          title: 'Usare lo SPID',
          start: '2027-04-08T15:00:00+02:00',
          end: '2027-04-08T16:30:00+02:00',
          seats: 2,
        })
        .expect(201);
      const range = { from: '2027-04-08', to: '2027-04-08', site: 'cesena-montefiore' };
      const before = (await stats(range)).body.total.groupSessions;
      for (const n of [201, 202, 203])
        await http(svc)
          .post(`/scheduling/v1/sessions/${session.body.id}/registrations`)
          .send({ citizen: citizen(n) })
          .expect(201);
      const after = await waitFor(async () => {
        const g = (await stats(range)).body.total.groupSessions;
        return g.registered === before.registered + 2 && g.waitingList === before.waitingList + 1 ? g : null;
      }, 15_000);
      expect(after).toEqual({
        registered: before.registered + 2,
        waitingList: before.waitingList + 1,
        seats: (before.seats ?? 0) + 2,
        seatFill: Math.round(((before.registered + 2) / ((before.seats ?? 0) + 2)) * 10_000) / 10_000,
      });
    } finally {
      clock.mockRestore();
    }
  });

  it('rebuilds the same figures from the event history, also through the rebuild-statistics command', async () => {
    await waitFor(async () => (await applied()) === (await statEvents()), 15_000);
    const queries = [
      { ...MARCH, groupBy: 'site' },
      { from: '2027-02-01', to: '2027-04-30', groupBy: 'month' },
      { from: '2027-02-20', to: '2027-04-10', groupBy: 'tenant' },
      { ...MARCH, groupBy: 'service' },
      { ...MARCH, groupBy: 'day' },
    ];
    const live = await Promise.all(
      queries.map((q) =>
        stats(q)
          .expect(200)
          .then((r) => r.body),
      ),
    );
    // Damage the read models so that only a real recomputation brings the figures back.
    await svc.ds.query(`UPDATE scheduling.stats_monthly SET bookings = bookings + 7`);
    await svc.ds.query(`DELETE FROM scheduling.stats_hist_daily`);
    await svc.ds.query(`DELETE FROM scheduling.stats_daily WHERE site = 'cesena-centro'`);
    expect((await stats(queries[0]).expect(200)).body).not.toEqual(live[0]);

    const result = await svc.app.get(RebuildStatistics).execute();
    expect(result).toEqual({ events: await statEvents(), skipped: 0 });
    const rebuilt = await Promise.all(
      queries.map((q) =>
        stats(q)
          .expect(200)
          .then((r) => r.body),
      ),
    );
    expect(rebuilt).toEqual(live);
    expect(await applied()).toBe(await statEvents());

    await svc.ds.query(`UPDATE scheduling.stats_daily SET tickets_issued = tickets_issued + 3`);
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      await runService(schedulingService, ['rebuild-statistics']);
    } finally {
      process.env = saved;
    }
    expect(
      await Promise.all(
        queries.map((q) =>
          stats(q)
            .expect(200)
            .then((r) => r.body),
        ),
      ),
    ).toEqual(live);
  });
});
