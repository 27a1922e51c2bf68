import {
  pendingSchemaChanges,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
} from '@facile/platform/testing';
import { seedSchedulingSites } from '@facile/scheduling/infrastructure';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { citizen, http, prepare } from './scheduling-fixtures';

interface SlotDto {
  site: string;
  start: string;
  end: string;
  available: number;
}

describe('scheduling: sites, calendar and availability (real PostgreSQL)', () => {
  let svc: TestService<SchedulingConfig>;

  const slots = async (query: Record<string, string>): Promise<SlotDto[]> => {
    const res = await http(svc).get('/scheduling/v1/availability').query(query);
    expect(res.status).toBe(200);
    return res.body.slots;
  };
  const days = (list: SlotDto[]) => [...new Set(list.map((s) => s.start.slice(0, 10)))];
  const firstOf = (list: SlotDto[], date: string) => list.find((s) => s.start.startsWith(date))?.start;
  /** The next given weekday (1 = Monday) at least two days from today, as a local date. */
  const nextWeekday = (weekday: number) => {
    const d = new Date(Date.now() + 2 * 86_400_000);
    while (((d.getUTCDay() + 6) % 7) + 1 !== weekday) d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  };

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-availability', { KAFKA_CONSUMERS_ENABLED: 'false' }),
    );
    await prepare(svc);
  });
  afterAll(() => svc?.close());

  it('has entities and migrations in agreement', async () => {
    expect(await pendingSchemaChanges(svc.ds)).toEqual([]);
  });

  it("seeds as the service's own role, each site and rotation in its municipality's transaction", async () => {
    await svc.ds.query(`DELETE FROM scheduling.sites WHERE id = 'verghereto-municipio'`);
    await svc.ds.query(`DELETE FROM scheduling.rotations`);
    expect(await seedSchedulingSites(svc.appDs)).toBe(1);
    const rotations: { id: string; tenant_id: string }[] = await svc.ds.query(
      `SELECT id, tenant_id FROM scheduling.rotations ORDER BY id`,
    );
    expect(rotations).toEqual([
      { id: 'digitale-facile-bagno', tenant_id: 'bagno-di-romagna' },
      { id: 'digitale-facile-mercato-saraceno', tenant_id: 'mercato-saraceno' },
      { id: 'digitale-facile-montiano', tenant_id: 'montiano' },
      { id: 'digitale-facile-verghereto', tenant_id: 'verghereto' },
    ]);
  });

  it('seeds the eight sites idempotently, with their counters and hours', async () => {
    expect(await seedSchedulingSites(svc.ds)).toBe(0);
    const list = await http(svc).get('/scheduling/v1/sites').expect(200);
    expect(list.body.items).toHaveLength(8);
    const centro = await http(svc).get('/scheduling/v1/sites/cesena-centro').expect(200);
    expect(centro.body).toMatchObject({
      id: 'cesena-centro',
      tenant: 'cesena',
      counters: 8,
      timeZone: 'Europe/Rome',
    });
    expect(centro.body.openingHours.tue).toEqual([
      ['08:30', '13:00'],
      ['14:30', '17:30'],
    ]);
    await http(svc).get('/scheduling/v1/sites/nowhere').expect(404);
    const serving = await http(svc)
      .get('/scheduling/v1/sites')
      .query({ tenant: 'montiano', service: 'spid' })
      .expect(200);
    expect(serving.body.items.length).toBe(8);
  });

  it('keeps the local hours across the spring change (2027-03-28) and closes on Easter Monday', async () => {
    const list = await slots({
      service: 'carta-identita-elettronica',
      tenant: 'cesena',
      site: 'cesena-centro',
      from: '2027-03-26',
      to: '2027-03-31',
    });
    expect(days(list)).toEqual(['2027-03-26', '2027-03-27', '2027-03-30', '2027-03-31']);
    expect(firstOf(list, '2027-03-27')).toBe('2027-03-27T08:30:00+01:00');
    expect(firstOf(list, '2027-03-30')).toBe('2027-03-30T08:30:00+02:00');
    // Cesena's override: 30 minutes; 8 counters free.
    expect(list.find((s) => s.start === '2027-03-30T08:30:00+02:00')).toEqual({
      site: 'cesena-centro',
      start: '2027-03-30T08:30:00+02:00',
      end: '2027-03-30T09:00:00+02:00',
      available: 8,
    });
    expect(new Set(list.map((s) => s.start)).size).toBe(list.length);
  });

  it('keeps the local hours across the autumn change (2027-10-31), closed on All Saints', async () => {
    const list = await slots({
      service: 'carta-identita-elettronica',
      tenant: 'montiano',
      site: 'cesena-centro',
      from: '2027-10-29',
      to: '2027-11-02',
    });
    expect(days(list)).toEqual(['2027-10-29', '2027-10-30', '2027-11-02']);
    expect(firstOf(list, '2027-10-30')).toBe('2027-10-30T08:30:00+02:00');
    expect(firstOf(list, '2027-11-02')).toBe('2027-11-02T08:30:00+01:00');
    // 20 minutes for Montiano (no override): 08:30-13:00 is 13 slots, last ends at closing time.
    const tuesday = list.filter((s) => s.start.startsWith('2027-11-02'));
    expect(tuesday.filter((s) => s.start < '2027-11-02T13')).toHaveLength(13);
    expect(
      tuesday.some((s) => s.end > '2027-11-02T13:00:00+01:00' && s.start < '2027-11-02T14:30:00+01:00'),
    ).toBe(false);
  });

  it('opened on the nights of both 2027 changes: nothing in the missing hour, each instant once, local hours kept', async () => {
    const union = await staffToken('union-admin');
    for (const date of ['2027-03-28', '2027-10-31']) {
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures')
        .set('Authorization', `Bearer ${union}`)
        .send({ date, hours: [['01:00', '04:00']], reason: 'test' })
        .expect(201);
    }
    const query = { service: 'cambio-residenza', tenant: 'montiano', site: 'montiano-municipio' };
    const spring = await slots({ ...query, from: '2027-03-28', to: '2027-03-28' });
    expect(spring.map((s) => [s.start, s.end])).toEqual([
      ['2027-03-28T01:00:00+01:00', '2027-03-28T01:30:00+01:00'],
      ['2027-03-28T01:30:00+01:00', '2027-03-28T03:00:00+02:00'],
      ['2027-03-28T03:00:00+02:00', '2027-03-28T03:30:00+02:00'],
      ['2027-03-28T03:30:00+02:00', '2027-03-28T04:00:00+02:00'],
    ]);
    const autumn = await slots({ ...query, from: '2027-10-31', to: '2027-10-31' });
    expect(autumn.map((s) => s.start)).toEqual([
      '2027-10-31T01:00:00+02:00',
      '2027-10-31T01:30:00+02:00',
      '2027-10-31T02:00:00+02:00',
      '2027-10-31T02:30:00+02:00',
      '2027-10-31T02:00:00+01:00',
      '2027-10-31T02:30:00+01:00',
      '2027-10-31T03:00:00+01:00',
      '2027-10-31T03:30:00+01:00',
    ]);
    expect(new Set(autumn.map((s) => Date.parse(s.start))).size).toBe(autumn.length);
    expect(autumn.at(-1)?.end).toBe('2027-10-31T04:00:00+01:00');
    // The days around keep the weekly hours: Montiano opens Friday and Tuesday at 09:00, whatever the offset.
    const around = await slots({ ...query, from: '2027-10-29', to: '2027-11-02' });
    expect([...new Set(around.map((s) => s.start.slice(0, 10)))]).toEqual([
      '2027-10-29',
      '2027-10-31',
      '2027-11-02',
    ]);
    expect(firstOf(around, '2027-10-29')).toBe('2027-10-29T09:00:00+02:00');
    expect(firstOf(around, '2027-11-02')).toBe('2027-11-02T09:00:00+01:00');
  });

  it('closes on Christmas and on 4 October 2027', async () => {
    const christmas = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      from: '2027-12-23',
      to: '2027-12-28',
    });
    expect(days(christmas)).toEqual(['2027-12-23', '2027-12-24', '2027-12-27', '2027-12-28']);
    const october = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      from: '2027-10-04',
      to: '2027-10-05',
    });
    expect(days(october)).toEqual(['2027-10-05']);
  });

  it("closes Cesena's sites on 24 June, while Mercato Saraceno is open", async () => {
    const cesena = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      from: '2027-06-24',
      to: '2027-06-24',
    });
    expect(cesena).toEqual([]);
    const mercato = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: 'mercato-saraceno-municipio',
      from: '2027-06-24',
      to: '2027-06-24',
    });
    expect(mercato[0].start).toBe('2027-06-24T08:30:00+02:00');
    const everywhere = await slots({
      service: 'spid',
      tenant: 'cesena',
      from: '2027-06-24',
      to: '2027-06-24',
    });
    expect([...new Set(everywhere.map((s) => s.site))].sort()).toEqual([
      'bagno-di-romagna-municipio',
      'mercato-saraceno-municipio',
    ]);
  });

  it('books one visit of several procedures as one slot of the summed durations', async () => {
    const list = await slots({
      service: 'spid,cambio-residenza',
      tenant: 'verghereto',
      site: 'verghereto-municipio',
      from: '2027-04-07',
      to: '2027-04-07',
    });
    expect(list.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:45', '10:30', '11:15']);
    expect(list[0].end).toBe('2027-04-07T09:45:00+02:00');
  });

  it("offers the Digitale Facile team's procedure only on its rotations' dates and hours, across daylight saving", async () => {
    const facilitation = { service: 'facilitazione-digitale-individuale', tenant: 'montiano' };
    // Montiano: every other Friday 14:30-17:30 (the desk itself is open Tue and Fri mornings); 1 January is a holiday.
    const montiano = await slots({
      ...facilitation,
      site: 'montiano-municipio',
      from: '2027-01-01',
      to: '2027-01-31',
    });
    expect(days(montiano)).toEqual(['2027-01-15', '2027-01-29']);
    expect(montiano.filter((s) => s.start.startsWith('2027-01-15'))).toEqual(
      ['14:30', '15:15', '16:00', '16:45'].map((t, i, all) => ({
        site: 'montiano-municipio',
        start: `2027-01-15T${t}:00+01:00`,
        end: `2027-01-15T${all[i + 1] ?? '17:30'}:00+01:00`,
        available: 1,
      })),
    );
    const spring = await slots({
      ...facilitation,
      site: 'montiano-municipio',
      from: '2027-03-22',
      to: '2027-04-11',
    });
    expect(
      spring
        .filter((s) => s.start.endsWith('14:30:00+01:00') || s.start.endsWith('14:30:00+02:00'))
        .map((s) => s.start),
    ).toEqual(['2027-03-26T14:30:00+01:00', '2027-04-09T14:30:00+02:00']);
    // Mercato Saraceno: first and third Tuesday 09:00-12:30; its other open days offer none.
    const mercato = await slots({
      ...facilitation,
      site: 'mercato-saraceno-municipio',
      from: '2027-01-01',
      to: '2027-01-31',
    });
    expect(days(mercato)).toEqual(['2027-01-05', '2027-01-19']);
    expect(mercato.filter((s) => s.start.startsWith('2027-01-05')).map((s) => s.start.slice(11, 16))).toEqual(
      ['09:00', '09:45', '10:30', '11:15'],
    );
    // Other procedures keep the desk's own hours there.
    expect(
      days(
        await slots({
          service: 'spid',
          tenant: 'montiano',
          site: 'montiano-municipio',
          from: '2027-01-11',
          to: '2027-01-15',
        }),
      ),
    ).toEqual(['2027-01-12', '2027-01-15']);
    // Every site at once: the rotating sites on their dates, the main desk on its hours.
    const everywhere = await slots({ ...facilitation, from: '2027-01-12', to: '2027-01-13' });
    expect([...new Set(everywhere.map((s) => s.site))].sort()).toEqual([
      'bagno-di-romagna-municipio',
      'cesena-borello',
      'cesena-centro',
      'cesena-sant-egidio',
    ]);
    expect(
      everywhere.filter((s) => s.site === 'bagno-di-romagna-municipio').map((s) => s.start.slice(0, 10)),
    ).toEqual(Array(5).fill('2027-01-13'));

    // A booking follows the same rule: not on the desk's own hours, yes on the team's.
    const book = (start: string) =>
      http(svc)
        .post('/scheduling/v1/bookings')
        .send({ ...facilitation, site: 'montiano-municipio', start, citizen: citizen(1) });
    const offDay = await book('2027-01-12T09:00:00+01:00');
    expect(offDay.status).toBe(422);
    expect((await book('2027-01-15T14:30:00+01:00')).status).toBe(201);
    const after = await slots({
      ...facilitation,
      site: 'montiano-municipio',
      from: '2027-01-15',
      to: '2027-01-15',
    });
    expect(after.map((s) => s.start.slice(11, 16))).toEqual(['15:15', '16:00', '16:45']);
  });

  it('lets admins change hours, closures and offerings, and only for their municipality', async () => {
    const cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const union = await staffToken('union-admin');
    const hours = { mon: [['09:00', '12:00']], wed: [['09:00', '12:00']] };
    await http(svc)
      .put('/scheduling/v1/sites/montiano-municipio/opening-hours')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send(hours)
      .expect(403);
    await http(svc).put('/scheduling/v1/sites/cesena-borello/opening-hours').send(hours).expect(401);
    await http(svc)
      .put('/scheduling/v1/sites/cesena-borello/opening-hours')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ mon: [['12:00', '09:00']] })
      .expect(400);
    await http(svc)
      .put('/scheduling/v1/sites/cesena-borello/opening-hours')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ mon: 'always' })
      .expect(400);
    await http(svc)
      .put('/scheduling/v1/sites/cesena-borello/opening-hours')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send(hours)
      .expect(200);
    const borello = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-borello',
      from: '2027-04-05',
      to: '2027-04-09',
    });
    expect(days(borello)).toEqual(['2027-04-05', '2027-04-07']);
    expect(borello[0].start).toBe('2027-04-05T09:00:00+02:00');

    const closure = await http(svc)
      .post('/scheduling/v1/sites/cesena-borello/closures')
      .set('Authorization', `Bearer ${union}`)
      .send({ date: '2027-04-07', reason: 'sciopero' })
      .expect(201);
    expect(closure.body.affectedBookings).toEqual([]);
    expect(
      days(
        await slots({
          service: 'spid',
          tenant: 'cesena',
          site: 'cesena-borello',
          from: '2027-04-05',
          to: '2027-04-09',
        }),
      ),
    ).toEqual(['2027-04-05']);

    await http(svc)
      .put('/scheduling/v1/sites/cesena-borello/offerings/spid')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ enabled: true, counters: 1, durationMinutes: 60 })
      .expect(200);
    const offering = await http(svc)
      .put('/scheduling/v1/sites/cesena-borello/offerings/spid')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ enabled: true, tenants: ['cesena'] })
      .expect(200);
    expect(offering.body).toMatchObject({
      counters: 1,
      durationMinutes: 60,
      maxDaysAhead: 730,
      tenants: ['cesena'],
    });
    const hourly = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-borello',
      from: '2027-04-05',
      to: '2027-04-05',
    });
    expect(hourly.map((s) => [s.start.slice(11, 16), s.available])).toEqual([
      ['09:00', 1],
      ['10:00', 1],
      ['11:00', 1],
    ]);
    const foreign = await http(svc).get('/scheduling/v1/availability').query({
      service: 'spid',
      tenant: 'montiano',
      site: 'cesena-borello',
      from: '2027-04-05',
      to: '2027-04-05',
    });
    expect(foreign.status).toBe(422);
    await http(svc)
      .put('/scheduling/v1/sites/cesena-borello/offerings/spid')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ enabled: true, counters: 99 })
      .expect(400);
  });

  it('lets admins create and change sites of their municipality (union admins any), and availability follows', async () => {
    const cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    const operator = await staffToken('operator', { sites: ['cesena-centro'] });
    const union = await staffToken('union-admin');
    const site = {
      id: 'cesena-ponte-abbadesse',
      tenant: 'cesena',
      name: 'Hub Ponte Abbadesse',
      kind: 'hub',
      counters: 2,
      openingHours: { wed: [['09:00', '10:00']] },
    };
    const post = (body: object, token?: string) => {
      const r = http(svc).post('/scheduling/v1/sites');
      return (token ? r.set('Authorization', `Bearer ${token}`) : r).send(body);
    };
    const sitesBefore = await svc.ds.query(`SELECT count(*)::int AS n FROM scheduling.sites`);
    await post(site).expect(401);
    await post(site, operator).expect(403);
    await post(site, montianoAdmin).expect(403);
    for (const [bad, status] of [
      [{ ...site, colour: 'blue' }, 400],
      [{ ...site, id: 'Not An Id' }, 400],
      [{ ...site, counters: 0 }, 400],
      [{ ...site, openingHours: { wed: [['10:00', '09:00']] } }, 400],
      [{ ...site, openingHours: { someday: [['09:00', '10:00']] } }, 400],
      [{ ...site, tenant: 'rimini' }, 404],
      [{ ...site, tenant: 'unione-valle-savio' }, 400],
    ] as const) {
      const res = await post(bad, union);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(await svc.ds.query(`SELECT count(*)::int AS n FROM scheduling.sites`)).toEqual(sitesBefore);

    const created = await post(site, cesenaAdmin).expect(201);
    expect(created.body).toMatchObject({
      id: site.id,
      tenant: 'cesena',
      counters: 2,
      servesAllTenants: false,
      timeZone: 'Europe/Rome',
      address: null,
    });
    await post(site, union).expect(409);
    expect((await http(svc).get(`/scheduling/v1/sites/${site.id}`).expect(200)).body.openingHours).toEqual(
      site.openingHours,
    );
    // Serves its own municipality with the default horizon: next Wednesday 09:00-10:00, 15-minute slots, two counters.
    const wednesday = nextWeekday(3);
    const own = await slots({
      service: 'spid',
      tenant: 'cesena',
      site: site.id,
      from: wednesday,
      to: wednesday,
    });
    expect(own.map((s) => [s.start.slice(11, 16), s.available])).toEqual([
      ['09:00', 2],
      ['09:15', 2],
      ['09:30', 2],
      ['09:45', 2],
    ]);
    expect(
      (
        await http(svc)
          .get('/scheduling/v1/availability')
          .query({ service: 'spid', tenant: 'montiano', site: site.id, from: wednesday, to: wednesday })
      ).status,
    ).toBe(422);

    const patch = (body: object, token: string, id = site.id) =>
      http(svc).patch(`/scheduling/v1/sites/${id}`).set('Authorization', `Bearer ${token}`).send(body);
    await patch({ counters: 1 }, montianoAdmin).expect(403);
    await patch({ tenant: 'montiano' }, cesenaAdmin).expect(400);
    await patch({ counters: 'many' }, cesenaAdmin).expect(400);
    await patch({ name: 'x' }, cesenaAdmin, 'nowhere').expect(404);
    const changed = await patch(
      { name: 'Hub di Ponte Abbadesse', servesAllTenants: true, openingHours: { wed: [['09:00', '09:30']] } },
      cesenaAdmin,
    ).expect(200);
    expect(changed.body).toMatchObject({
      name: 'Hub di Ponte Abbadesse',
      servesAllTenants: true,
      counters: 2,
      kind: 'hub',
    });
    const wider = await slots({
      service: 'spid',
      tenant: 'montiano',
      site: site.id,
      from: wednesday,
      to: wednesday,
    });
    expect(wider.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '09:15']);

    // Fewer counters than active bookings use: 409 and nothing changes.
    const book = (n: number) =>
      http(svc)
        .post('/scheduling/v1/bookings')
        .send({ service: 'spid', tenant: 'cesena', site: site.id, start: own[0].start, citizen: citizen(n) });
    expect((await book(300)).status).toBe(201);
    expect((await book(301)).status).toBe(201);
    const refused = await patch({ counters: 1 }, cesenaAdmin);
    expect(refused.status).toBe(409);
    expect((await http(svc).get(`/scheduling/v1/sites/${site.id}`).expect(200)).body.counters).toBe(2);
    await patch({ counters: 3 }, union).expect(200);
    expect(
      (await slots({ service: 'spid', tenant: 'cesena', site: site.id, from: wednesday, to: wednesday }))[0],
    ).toMatchObject({ start: own[0].start, available: 1 });
  });

  it('serves the shared calendar on its dates and never puts the team at two sites at once', async () => {
    const list = await http(svc)
      .get('/scheduling/v1/rotations')
      .query({ from: '2027-01-01', to: '2027-01-31' })
      .expect(200);
    const bySite = (site: string) =>
      list.body.occurrences
        .filter((o: { site: string }) => o.site === site)
        .map((o: { start: string }) => o.start);
    expect(bySite('mercato-saraceno-municipio')).toEqual([
      '2027-01-05T09:00:00+01:00',
      '2027-01-19T09:00:00+01:00',
    ]);
    expect(bySite('bagno-di-romagna-municipio')).toEqual(['2027-01-13T09:00:00+01:00']);
    expect(bySite('verghereto-municipio')).toEqual(['2027-01-27T09:00:00+01:00']);
    expect(bySite('montiano-municipio')).toEqual([
      '2027-01-01T14:30:00+01:00',
      '2027-01-15T14:30:00+01:00',
      '2027-01-29T14:30:00+01:00',
    ]);
    const union = await staffToken('union-admin');
    const cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    const rotation = {
      id: 'df-borello',
      resource: 'digitale-facile-team',
      site: 'cesena-borello',
      rrule: 'FREQ=MONTHLY;BYDAY=1TU',
      from: '12:00',
      to: '13:00',
      validFrom: '2027-01-01',
    };
    const clash = await http(svc)
      .post('/scheduling/v1/rotations')
      .set('Authorization', `Bearer ${union}`)
      .send(rotation);
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toMatch(/digitale-facile-mercato-saraceno/);
    await http(svc)
      .post('/scheduling/v1/rotations')
      .set('Authorization', `Bearer ${union}`)
      .send({ ...rotation, rrule: 'FREQ=HOURLY' })
      .expect(400);
    await http(svc)
      .post('/scheduling/v1/rotations')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ ...rotation, site: 'montiano-municipio', from: '13:00', to: '14:00' })
      .expect(403);
    const racing = await Promise.all([
      http(svc)
        .post('/scheduling/v1/rotations')
        .set('Authorization', `Bearer ${cesenaAdmin}`)
        .send({ ...rotation, from: '12:30', to: '13:30' }),
      http(svc)
        .post('/scheduling/v1/rotations')
        .set('Authorization', `Bearer ${cesenaAdmin}`)
        .send({ ...rotation, id: 'df-borello-2', site: 'cesena-centro', from: '12:30', to: '13:30' }),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    await http(svc)
      .post('/scheduling/v1/rotations')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .send({ ...rotation, id: 'df-borello-3', rrule: 'FREQ=MONTHLY;BYDAY=1TH' })
      .expect(201);
  });

  it('rate-limits lookups by code (429) so codes cannot be enumerated', async () => {
    const statuses: number[] = [];
    // 260 lookups span at most two one-minute windows, so one of them goes over the limit of 120.
    for (let i = 0; i < 260; i++)
      statuses.push(
        (await http(svc).get('/scheduling/v1/bookings/AAAA-AAAA').set('X-Manage-Token', 'guess')).status,
      );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    expect(statuses.every((s) => s === 404 || s === 429)).toBe(true);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    // Behind a trusted proxy (loopback by default) the client is the X-Forwarded-For address: another client is not limited.
    const lookup = (forwardedFor: string) =>
      http(svc)
        .get('/scheduling/v1/bookings/AAAA-AAAA')
        .set('X-Manage-Token', 'guess')
        .set('X-Forwarded-For', forwardedFor);
    expect((await lookup('203.0.113.7')).status).toBe(404);
    expect((await lookup('203.0.113.8, 127.0.0.1')).status).toBe(404);
  });

  it.each([
    ['a date that is not YYYY-MM-DD', { from: '2027-4-1', to: '2027-04-02' }, 400],
    ['an impossible date', { from: '2027-02-30', to: '2027-03-02' }, 400],
    ['month 13', { from: '2027-13-01', to: '2027-13-02' }, 400],
    ['to before from', { from: '2027-04-10', to: '2027-04-02' }, 400],
    ['a range over 62 days', { from: '2027-01-01', to: '2027-03-15' }, 400],
    ['ten years', { from: '2027-01-01', to: '2037-01-01' }, 400],
    ['an unknown procedure', { service: 'nessuna' }, 404],
    ['a procedure that is not bookable there', { service: 'non-prenotabile' }, 422],
    ['an unknown site', { site: 'atlantide' }, 404],
    ['an unknown municipality', { tenant: 'rimini' }, 404],
    ['the union as a municipality', { tenant: 'unione-valle-savio' }, 422],
    ['a malformed service list', { service: 'spid,,x' }, 400],
    ['an unknown parameter', { color: 'blue' }, 400],
    ['a missing parameter', { tenant: undefined }, 400],
  ])('answers %s with a 4xx problem', async (_name, change, status) => {
    const query: Record<string, string | undefined> = {
      service: 'spid',
      tenant: 'cesena',
      site: 'cesena-centro',
      from: '2027-04-01',
      to: '2027-04-02',
      ...change,
    };
    const res = await http(svc)
      .get('/scheduling/v1/availability')
      .query(Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)));
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
