import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { staffToken, startTestService, testEnvironment, TestService } from '@facile/platform/testing';
import { LinkTokens } from '@facile/platform/validation';
import { SchedulingConfig } from '../scheduling.config';
import { schedulingService } from '../scheduling.service';
import { OpenApiAnswers, OpenApiDocument } from './openapi-answers';
import { citizen, http, prepare } from './scheduling-fixtures';

/** Montiano's desk: one counter, open Tuesday and Friday 09:00-12:30. */
const MONTIANO = { service: 'spid', tenant: 'montiano', site: 'montiano-municipio' };
const TUESDAY = '2027-04-06';
const at = (hhmm: string, date = TUESDAY) => `${date}T${hhmm}:00+02:00`;
/** Bagno di Romagna confirms bookings by link (ADR 0019), so confirmBooking has a pending booking to confirm. */
const BAGNO = {
  service: 'spid',
  tenant: 'bagno-di-romagna',
  site: 'bagno-di-romagna-municipio',
  start: '2027-04-07T08:30:00+02:00',
};
const LINK_SECRET = `test-link-secret-${randomBytes(8).toString('hex')}-0123456789`;

function tenantsWithBagnoByLink(): string {
  const shipped = JSON.parse(
    readFileSync(path.join(__dirname, '../../../../libs/platform/tenancy/src/tenants.json'), 'utf8'),
  ) as { tenants: Record<string, unknown>[] };
  for (const t of shipped.tenants)
    if (t['id'] === BAGNO.tenant) Object.assign(t, { bookingConfirmation: 'link', confirmWithinMinutes: 30 });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'facile-tenants-')), 'tenants.json');
  writeFileSync(file, JSON.stringify(shipped));
  return file;
}

/**
 * Every operation of the served scheduling document answers as it declares: each route is called for real
 * (PostgreSQL, Kafka, Redis) and each answer — success and problem alike — is validated against the schema of
 * its status and media type. The last test requires a validated success of every operation in the document.
 */
describe('scheduling: real answers match the served OpenAPI document', () => {
  let svc: TestService<SchedulingConfig>;
  let api: OpenApiAnswers;
  let union: string;
  let operator: string;
  let montianoOperator: string;
  let montianoAdmin: string;
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    svc = await startTestService(
      schedulingService,
      testEnvironment('scheduling-openapi', {
        LOOKUP_RATE_LIMIT_PER_MINUTE: '10000',
        AVAILABILITY_CACHE_MS: '0',
        STATISTICS_CACHE_MS: '0',
        QUEUE_MAX_CALLS: '1',
        TENANTS_FILE: tenantsWithBagnoByLink(),
        LINK_SECRET,
      }),
    );
    await prepare(svc);
    api = new OpenApiAnswers(
      (await http(svc).get('/scheduling/openapi.json').expect(200)).body as OpenApiDocument,
    );
    union = await staffToken('union-admin');
    operator = await staffToken('operator', { sites: ['cesena-centro'] });
    montianoOperator = await staffToken('operator', { sites: ['montiano-municipio'] });
    montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
  });
  afterAll(() => svc?.close());

  it('compiles every declared JSON schema', () => {
    expect(api.operationIds().length).toBeGreaterThanOrEqual(36);
    expect(api.compileAll()).toBeGreaterThan(100);
  });

  it('sites: list, read, create, change, hours, closures, offerings', async () => {
    const list = api.check('listSites', await http(svc).get('/scheduling/v1/sites').expect(200));
    expect(list.body.items.length).toBeGreaterThanOrEqual(8);
    expect(
      api.check(
        'listSites',
        await http(svc)
          .get('/scheduling/v1/sites')
          .query({ tenant: 'montiano', service: 'spid' })
          .expect(200),
      ).body.items.length,
    ).toBeGreaterThan(0);
    api.check(
      'listSites',
      await http(svc).get('/scheduling/v1/sites').query({ service: 'spid' }).expect(400),
    );
    api.check(
      'listSites',
      await http(svc).get('/scheduling/v1/sites').query({ tenant: 'rimini' }).expect(404),
    );
    api.check('getSite', await http(svc).get('/scheduling/v1/sites/cesena-centro').expect(200));
    api.check('getSite', await http(svc).get('/scheduling/v1/sites/atlantide').expect(404));

    const site = {
      id: 'cesena-ponte-pietra',
      tenant: 'cesena',
      name: 'Hub di quartiere di Ponte Pietra',
      kind: 'hub',
      counters: 2,
    };
    const created = api.check(
      'createSite',
      await http(svc).post('/scheduling/v1/sites').set(bearer(union)).send(site).expect(201),
    );
    expect(created.body.address).toBeNull();
    api.check(
      'createSite',
      await http(svc).post('/scheduling/v1/sites').set(bearer(union)).send(site).expect(409),
    );
    api.check('createSite', await http(svc).post('/scheduling/v1/sites').send(site).expect(401));
    api.check(
      'createSite',
      await http(svc)
        .post('/scheduling/v1/sites')
        .set(bearer(montianoAdmin))
        .send({ ...site, id: 'cesena-altro' })
        .expect(403),
    );
    api.check(
      'createSite',
      await http(svc)
        .post('/scheduling/v1/sites')
        .set(bearer(union))
        .send({ ...site, counters: 0 })
        .expect(400),
    );
    api.check(
      'updateSite',
      await http(svc)
        .patch('/scheduling/v1/sites/cesena-ponte-pietra')
        .set(bearer(union))
        .send({ address: 'Via Ponte Pietra 10, 47521 Cesena', openingHours: { mon: [['09:00', '12:00']] } })
        .expect(200),
    );
    api.check(
      'updateSite',
      await http(svc)
        .patch('/scheduling/v1/sites/atlantide')
        .set(bearer(union))
        .send({ name: 'x' })
        .expect(404),
    );
    api.check(
      'setOpeningHours',
      await http(svc)
        .put('/scheduling/v1/sites/cesena-ponte-pietra/opening-hours')
        .set(bearer(union))
        .send({
          tue: [
            ['08:30', '13:00'],
            ['14:30', '17:30'],
          ],
        })
        .expect(200),
    );
    api.check(
      'setOpeningHours',
      await http(svc)
        .put('/scheduling/v1/sites/cesena-ponte-pietra/opening-hours')
        .set(bearer(union))
        .send({ tue: [['13:00', '08:30']] })
        .expect(400),
    );
    const offering = api.check(
      'setSiteOffering',
      await http(svc)
        .put('/scheduling/v1/sites/cesena-ponte-pietra/offerings/spid')
        .set(bearer(union))
        .send({ enabled: true })
        .expect(200),
    );
    expect(offering.body).toMatchObject({ counters: null, durationMinutes: null, tenants: null });
    api.check(
      'setSiteOffering',
      await http(svc)
        .put('/scheduling/v1/sites/cesena-ponte-pietra/offerings/spid')
        .set(bearer(union))
        .send({ enabled: true, counters: 2, durationMinutes: 20, tenants: ['cesena', 'montiano'] })
        .expect(200),
    );
    const fresh = api.check(
      'getSiteOffering',
      await http(svc).get('/scheduling/v1/sites/cesena-centro/offerings/spid').set(bearer(union)).expect(200),
    );
    expect(fresh.body).toMatchObject({
      site: 'cesena-centro',
      service: 'spid',
      enabled: true,
      counters: null,
    });
    const stored = api.check(
      'getSiteOffering',
      await http(svc)
        .get('/scheduling/v1/sites/cesena-ponte-pietra/offerings/spid')
        .set(bearer(union))
        .expect(200),
    );
    expect(stored.body).toMatchObject({ counters: 2, durationMinutes: 20, tenants: ['cesena', 'montiano'] });
    api.check(
      'getSiteOffering',
      await http(svc)
        .get('/scheduling/v1/sites/cesena-ponte-pietra/offerings/spid')
        .set(bearer(montianoAdmin))
        .expect(403),
    );
    api.check(
      'getSiteOffering',
      await http(svc)
        .get('/scheduling/v1/sites/cesena-ponte-pietra/offerings/nessuna')
        .set(bearer(union))
        .expect(404),
    );
    api.check(
      'setSiteOffering',
      await http(svc)
        .put('/scheduling/v1/sites/cesena-ponte-pietra/offerings/nessuna')
        .set(bearer(union))
        .send({ enabled: true })
        .expect(404),
    );
  });

  it('availability, holds and bookings through their whole life', async () => {
    const slots = api.check(
      'getAvailability',
      await http(svc)
        .get('/scheduling/v1/availability')
        .query({ ...MONTIANO, from: TUESDAY, to: TUESDAY })
        .expect(200),
    );
    expect(slots.body.slots.length).toBeGreaterThan(0);
    api.check(
      'getAvailability',
      await http(svc)
        .get('/scheduling/v1/availability')
        .query({ service: 'spid,cambio-residenza', tenant: 'cesena', from: TUESDAY, to: '2027-04-09' })
        .expect(200),
    );
    api.check(
      'getAvailability',
      await http(svc)
        .get('/scheduling/v1/availability')
        .query({ ...MONTIANO, from: '2027-04-10', to: '2027-04-01' })
        .expect(400),
    );
    api.check(
      'getAvailability',
      await http(svc)
        .get('/scheduling/v1/availability')
        .query({ ...MONTIANO, service: 'nessuna', from: TUESDAY, to: TUESDAY })
        .expect(404),
    );
    api.check(
      'getAvailability',
      await http(svc)
        .get('/scheduling/v1/availability')
        .query({ ...MONTIANO, service: 'non-prenotabile', tenant: 'cesena', from: TUESDAY, to: TUESDAY })
        .expect(422),
    );

    const hold = api.check(
      'createHold',
      await http(svc)
        .post('/scheduling/v1/holds')
        .send({ ...MONTIANO, start: at('09:00') })
        .expect(201),
    );
    api.check(
      'createHold',
      await http(svc)
        .post('/scheduling/v1/holds')
        .send({ ...MONTIANO, start: at('09:00') })
        .expect(409),
    );
    api.check(
      'createHold',
      await http(svc)
        .post('/scheduling/v1/holds')
        .send({ ...MONTIANO, start: at('09:07') })
        .expect(422),
    );

    api.check(
      'extendHold',
      await http(svc).post(`/scheduling/v1/holds/${hold.body.holdId}/extend`).expect(200),
    );
    api.check('extendHold', await http(svc).post('/scheduling/v1/holds/nope/extend').expect(400));
    const spare = api.check(
      'createHold',
      await http(svc)
        .post('/scheduling/v1/holds')
        .send({ ...MONTIANO, start: at('09:30') })
        .expect(201),
    );
    api.check('releaseHold', await http(svc).delete(`/scheduling/v1/holds/${spare.body.holdId}`).expect(204));
    api.check('releaseHold', await http(svc).delete(`/scheduling/v1/holds/${spare.body.holdId}`).expect(404));
    api.check(
      'extendHold',
      await http(svc).post(`/scheduling/v1/holds/${spare.body.holdId}/extend`).expect(404),
    );

    const book = (body: Record<string, unknown>, key?: string) => {
      const r = http(svc).post('/scheduling/v1/bookings');
      return (key ? r.set('Idempotency-Key', key) : r).send(body);
    };
    const booked = api.check(
      'createBooking',
      await book({
        ...MONTIANO,
        start: at('09:00'),
        holdId: hold.body.holdId,
        caseCode: 'AB12-CD34',
        citizen: citizen(1),
      }).expect(201),
    );
    expect(booked.body).toMatchObject({ manageToken: expect.any(String), caseCode: 'AB12-CD34' });
    const keyed = { ...MONTIANO, start: at('09:15'), citizen: citizen(2) };
    api.check('createBooking', await book(keyed, 'openapi-key-1').expect(201));
    const replay = api.check('createBooking', await book(keyed, 'openapi-key-1').expect(201));
    expect(replay.body.manageToken).toBeUndefined();
    api.check('createBooking', await book({ ...keyed, start: at('09:30') }, 'openapi-key-1').expect(422));
    api.check(
      'createBooking',
      await book({ ...MONTIANO, start: at('09:15'), citizen: citizen(3) }).expect(409),
    );
    api.check(
      'createBooking',
      await book({ ...MONTIANO, site: 'atlantide', start: at('09:30'), citizen: citizen(3) }).expect(404),
    );
    api.check(
      'createBooking',
      await book({ ...MONTIANO, start: 'tomorrow', citizen: citizen(3) }).expect(400),
    );

    const { code, manageToken } = booked.body as { code: string; manageToken: string };
    const token = { 'X-Manage-Token': manageToken };
    const read = api.check(
      'getBooking',
      await http(svc).get(`/scheduling/v1/bookings/${code}`).set(token).expect(200),
    );
    expect(read.body).toMatchObject({ siteName: expect.any(String), serviceTitles: ['spid'] });
    api.check(
      'getBooking',
      await http(svc).get(`/scheduling/v1/bookings/${code}`).set({ 'X-Manage-Token': 'wrong' }).expect(404),
    );
    api.check('getBooking', await http(svc).get('/scheduling/v1/bookings/not-a-code').set(token).expect(400));
    const ics = api.check(
      'getBookingCalendar',
      await http(svc).get(`/scheduling/v1/bookings/${code}/calendar.ics`).set(token).expect(200),
    );
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    api.check(
      'rescheduleBooking',
      await http(svc)
        .post(`/scheduling/v1/bookings/${code}/reschedule`)
        .set(token)
        .send({ start: at('10:00') })
        .expect(200),
    );
    api.check(
      'rescheduleBooking',
      await http(svc)
        .post(`/scheduling/v1/bookings/${code}/reschedule`)
        .set(token)
        .send({ start: at('09:15') })
        .expect(409),
    );
    api.check(
      'rescheduleBooking',
      await http(svc)
        .post(`/scheduling/v1/bookings/${code}/reschedule`)
        .set(token)
        .send({ start: at('10:07') })
        .expect(422),
    );
    api.check(
      'cancelBooking',
      await http(svc).post(`/scheduling/v1/bookings/${code}/cancel`).set(token).expect(200),
    );
    api.check(
      'cancelBooking',
      await http(svc).post(`/scheduling/v1/bookings/${code}/cancel`).set(token).expect(409),
    );

    const staffFlow = api.check(
      'createBooking',
      await book({ ...MONTIANO, start: at('11:00'), citizen: citizen(4) }).expect(201),
    ).body.code as string;
    const noShow = api.check(
      'createBooking',
      await book({ ...MONTIANO, start: at('11:15'), citizen: citizen(5) }).expect(201),
    ).body.code as string;
    const act = (c: string, action: string, t = montianoOperator) =>
      http(svc).post(`/scheduling/v1/bookings/${c}/${action}`).set(bearer(t));
    api.check('completeBooking', await act(staffFlow, 'complete').expect(409));
    api.check('checkInBooking', await act(staffFlow, 'check-in', operator).expect(403));
    api.check(
      'checkInBooking',
      await http(svc).post(`/scheduling/v1/bookings/${staffFlow}/check-in`).expect(401),
    );
    api.check('checkInBooking', await act('ZZZZ-ZZZZ', 'check-in').expect(404));
    api.check('checkInBooking', await act(staffFlow, 'check-in').expect(200));
    api.check('completeBooking', await act(staffFlow, 'complete').expect(200));
    api.check('markBookingNoShow', await act(noShow, 'no-show').expect(200));
    api.check('markBookingNoShow', await act(noShow, 'no-show').expect(409));
  });

  it("the agenda and a closure that affects a day's bookings", async () => {
    const agenda = api.check(
      'getAgenda',
      await http(svc)
        .get('/scheduling/v1/agenda')
        .query({ site: 'montiano-municipio', date: TUESDAY })
        .set(bearer(montianoOperator))
        .expect(200),
    );
    expect(agenda.body).toMatchObject({ closure: null });
    expect(agenda.body.bookings.length).toBeGreaterThan(0);
    api.check(
      'getAgenda',
      await http(svc)
        .get('/scheduling/v1/agenda')
        .query({ site: 'montiano-municipio', date: TUESDAY })
        .set(bearer(operator))
        .expect(403),
    );
    api.check(
      'getAgenda',
      await http(svc)
        .get('/scheduling/v1/agenda')
        .query({ site: 'montiano-municipio', date: 'today' })
        .set(bearer(montianoOperator))
        .expect(400),
    );
    api.check(
      'getAgenda',
      await http(svc)
        .get('/scheduling/v1/agenda')
        .query({ site: 'atlantide', date: TUESDAY })
        .set(bearer(union))
        .expect(404),
    );

    await http(svc)
      .post('/scheduling/v1/bookings')
      .send({ ...MONTIANO, start: at('09:00', '2027-04-13'), citizen: citizen(6) })
      .expect(201);
    const closure = api.check(
      'addClosure',
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-04-13', reason: 'assemblea sindacale', hours: [['10:00', '12:30']] })
        .expect(201),
    );
    expect(closure.body.affectedBookings).toHaveLength(1);
    api.check(
      'addClosure',
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-04-16' })
        .expect(201),
    );
    api.check(
      'addClosure',
      await http(svc)
        .post('/scheduling/v1/sites/cesena-centro/closures')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-04-16' })
        .expect(403),
    );
    api.check(
      'previewClosure',
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures/preview')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-04-13' })
        .expect(200),
    );
    api.check(
      'previewClosure',
      await http(svc)
        .post('/scheduling/v1/sites/cesena-centro/closures/preview')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-04-16' })
        .expect(403),
    );
    api.check(
      'previewClosure',
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures/preview')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-02-30' })
        .expect(400),
    );
    const exceptions = api.check(
      'listClosures',
      await http(svc)
        .get('/scheduling/v1/sites/montiano-municipio/closures')
        .set(bearer(montianoAdmin))
        .expect(200),
    );
    expect(exceptions.body.items.map((e: { date: string }) => e.date)).toEqual(
      expect.arrayContaining(['2027-04-13', '2027-04-16']),
    );
    api.check(
      'listClosures',
      await http(svc)
        .get('/scheduling/v1/sites/cesena-centro/closures')
        .set(bearer(montianoAdmin))
        .expect(403),
    );
    api.check(
      'listClosures',
      await http(svc).get('/scheduling/v1/sites/atlantide/closures').set(bearer(union)).expect(404),
    );
    api.check(
      'removeClosure',
      await http(svc)
        .delete('/scheduling/v1/sites/montiano-municipio/closures/2027-04-16')
        .set(bearer(montianoAdmin))
        .expect(200),
    );
    api.check(
      'removeClosure',
      await http(svc)
        .delete('/scheduling/v1/sites/montiano-municipio/closures/2027-04-16')
        .set(bearer(montianoAdmin))
        .expect(404),
    );
    api.check(
      'removeClosure',
      await http(svc)
        .delete('/scheduling/v1/sites/montiano-municipio/closures/2027-02-30')
        .set(bearer(montianoAdmin))
        .expect(400),
    );
    api.check(
      'addClosure',
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-04-16' })
        .expect(201),
    );
    api.check(
      'addClosure',
      await http(svc)
        .post('/scheduling/v1/sites/montiano-municipio/closures')
        .set(bearer(montianoAdmin))
        .send({ date: '2027-02-30' })
        .expect(400),
    );
    const closed = api.check(
      'getAgenda',
      await http(svc)
        .get('/scheduling/v1/agenda')
        .query({ site: 'montiano-municipio', date: '2027-04-13' })
        .set(bearer(montianoOperator))
        .expect(200),
    );
    expect(closed.body.closure).toEqual({ hours: [['10:00', '12:30']], reason: 'assemblea sindacale' });
    const wholeDay = api.check(
      'getAgenda',
      await http(svc)
        .get('/scheduling/v1/agenda')
        .query({ site: 'montiano-municipio', date: '2027-04-16' })
        .set(bearer(montianoOperator))
        .expect(200),
    );
    expect(wholeDay.body.closure).toEqual({ hours: [], reason: null });
  });

  it('the shared calendar: a new rotation and the occurrences', async () => {
    const rotation = {
      id: 'digitale-facile-borello',
      resource: 'digitale-facile-team',
      site: 'cesena-borello',
      rrule: 'FREQ=MONTHLY;BYDAY=1MO',
      from: '09:00',
      to: '12:00',
      validFrom: '2027-01-01',
    };
    api.check(
      'createRotation',
      await http(svc).post('/scheduling/v1/rotations').set(bearer(union)).send(rotation).expect(201),
    );
    api.check(
      'createRotation',
      await http(svc).post('/scheduling/v1/rotations').set(bearer(union)).send(rotation).expect(409),
    );
    api.check(
      'createRotation',
      await http(svc)
        .post('/scheduling/v1/rotations')
        .set(bearer(montianoAdmin))
        .send({ ...rotation, id: 'another' })
        .expect(403),
    );
    api.check(
      'createRotation',
      await http(svc)
        .post('/scheduling/v1/rotations')
        .set(bearer(union))
        .send({ ...rotation, id: 'another', rrule: 'FREQ=HOURLY' })
        .expect(400),
    );
    api.check(
      'createRotation',
      await http(svc)
        .post('/scheduling/v1/rotations')
        .set(bearer(union))
        .send({ ...rotation, id: 'another', site: 'atlantide' })
        .expect(404),
    );
    const read = api.check(
      'getRotation',
      await http(svc).get('/scheduling/v1/rotations/digitale-facile-borello').expect(200),
    );
    expect(read.body).toMatchObject({
      rrule: 'FREQ=MONTHLY;BYDAY=1MO',
      from: '09:00',
      validFrom: '2027-01-01',
    });
    api.check('getRotation', await http(svc).get('/scheduling/v1/rotations/nessuna').expect(404));
    const { id: _id, ...change } = rotation;
    const changed = api.check(
      'changeRotation',
      await http(svc)
        .put('/scheduling/v1/rotations/digitale-facile-borello')
        .set(bearer(union))
        .send({ ...change, rrule: 'FREQ=MONTHLY;BYDAY=1SA', from: '08:00', to: '09:00' })
        .expect(200),
    );
    expect(changed.body).toMatchObject({
      id: 'digitale-facile-borello',
      rrule: 'FREQ=MONTHLY;BYDAY=1SA',
      from: '08:00',
    });
    const moved = await http(svc)
      .get('/scheduling/v1/rotations')
      .query({ from: '2027-04-01', to: '2027-04-30', site: 'cesena-borello' })
      .expect(200);
    expect(moved.body.occurrences.map((o: { start: string }) => o.start)).toEqual([
      '2027-04-03T08:00:00+02:00',
    ]);
    // the team is at Montiano every other Friday afternoon: a weekly Friday afternoon elsewhere clashes
    api.check(
      'changeRotation',
      await http(svc)
        .put('/scheduling/v1/rotations/digitale-facile-borello')
        .set(bearer(union))
        .send({ ...change, rrule: 'FREQ=WEEKLY;BYDAY=FR', from: '14:00', to: '17:00' })
        .expect(409),
    );
    api.check(
      'changeRotation',
      await http(svc)
        .put('/scheduling/v1/rotations/digitale-facile-borello')
        .set(bearer(montianoAdmin))
        .send(change)
        .expect(403),
    );
    api.check(
      'changeRotation',
      await http(svc)
        .put('/scheduling/v1/rotations/digitale-facile-borello')
        .set(bearer(union))
        .send({ ...change, rrule: 'FREQ=HOURLY' })
        .expect(400),
    );
    api.check(
      'changeRotation',
      await http(svc).put('/scheduling/v1/rotations/nessuna').set(bearer(union)).send(change).expect(404),
    );
    // as it was, for the checks below
    await http(svc)
      .put('/scheduling/v1/rotations/digitale-facile-borello')
      .set(bearer(union))
      .send(change)
      .expect(200);
    const occurrences = api.check(
      'listRotationOccurrences',
      await http(svc)
        .get('/scheduling/v1/rotations')
        .query({ from: '2027-04-01', to: '2027-04-30' })
        .expect(200),
    );
    expect(occurrences.body.occurrences.length).toBeGreaterThan(2);
    api.check(
      'listRotationOccurrences',
      await http(svc)
        .get('/scheduling/v1/rotations')
        .query({ from: '2027-01-01', to: '2027-12-31' })
        .expect(400),
    );
  });

  it('group sessions: schedule, list, register, wait, cancel', async () => {
    const body = {
      site: 'cesena-montefiore',
      title: 'Usare lo SPID',
      topic: 'spid',
      start: at('15:00', '2027-04-08'),
      end: at('16:30', '2027-04-08'),
      seats: 1,
      language: 'it',
    };
    const session = api.check(
      'createSession',
      await http(svc).post('/scheduling/v1/sessions').set(bearer(union)).send(body).expect(201),
    ).body as { id: string };
    api.check(
      'createSession',
      await http(svc).post('/scheduling/v1/sessions').set(bearer(montianoAdmin)).send(body).expect(403),
    );
    api.check(
      'createSession',
      await http(svc)
        .post('/scheduling/v1/sessions')
        .set(bearer(union))
        .send({ ...body, start: '2020-04-08T15:00:00+02:00', end: '2020-04-08T16:00:00+02:00' })
        .expect(422),
    );
    api.check(
      'createSession',
      await http(svc)
        .post('/scheduling/v1/sessions')
        .set(bearer(union))
        .send({ ...body, site: 'atlantide' })
        .expect(404),
    );
    api.check(
      'listSessions',
      await http(svc)
        .get('/scheduling/v1/sessions')
        .query({ tenant: 'montiano', from: '2027-04-01', to: '2027-04-30' })
        .expect(200),
    );
    api.check(
      'listSessions',
      await http(svc)
        .get('/scheduling/v1/sessions')
        .query({ from: '2027-04-30', to: '2027-04-01' })
        .expect(400),
    );
    api.check('getSession', await http(svc).get(`/scheduling/v1/sessions/${session.id}`).expect(200));
    api.check(
      'getSession',
      await http(svc).get('/scheduling/v1/sessions/00000000-0000-4000-8000-000000000000').expect(404),
    );

    const register = (n: number) =>
      http(svc)
        .post(`/scheduling/v1/sessions/${session.id}/registrations`)
        .send({ citizen: citizen(n), caseCode: 'AB12-CD34' });
    const seat = api.check('registerForSession', await register(10).expect(201)).body as {
      code: string;
      manageToken: string;
    };
    const waiting = api.check('registerForSession', await register(11).expect(201));
    expect(waiting.body).toMatchObject({ status: 'waitlisted', position: 1 });
    api.check('registerForSession', await register(10).expect(409));
    const path = `/scheduling/v1/sessions/${session.id}/registrations/${seat.code}`;
    const listPath = `/scheduling/v1/sessions/${session.id}/registrations`;
    const listed = api.check(
      'listSessionRegistrations',
      await http(svc).get(listPath).set(bearer(union)).expect(200),
    );
    expect(listed.body.registered.map((r: { code: string }) => r.code)).toEqual([seat.code]);
    expect(listed.body.waitingList).toEqual([
      expect.objectContaining({ code: waiting.body.code, status: 'waitlisted', position: 1 }),
    ]);
    expect(listed.body.session).toMatchObject({ id: session.id, seatsLeft: 0, waitlisted: 1 });
    expect(JSON.stringify(listed.body)).not.toContain(citizen(10).fiscalCode);
    api.check('listSessionRegistrations', await http(svc).get(listPath).expect(401));
    api.check(
      'listSessionRegistrations',
      await http(svc).get(listPath).set(bearer(montianoAdmin)).expect(403),
    );
    api.check(
      'listSessionRegistrations',
      await http(svc)
        .get('/scheduling/v1/sessions/00000000-0000-4000-8000-000000000000/registrations')
        .set(bearer(union))
        .expect(404),
    );
    api.check(
      'getRegistration',
      await http(svc).get(path).set('X-Manage-Token', seat.manageToken).expect(200),
    );
    api.check('getRegistration', await http(svc).get(path).set('X-Manage-Token', 'wrong').expect(404));
    api.check(
      'cancelRegistration',
      await http(svc).post(`${path}/cancel`).set('X-Manage-Token', seat.manageToken).expect(200),
    );
    api.check(
      'cancelRegistration',
      await http(svc).post(`${path}/cancel`).set('X-Manage-Token', seat.manageToken).expect(409),
    );
    const promoted = await http(svc).get(listPath).set(bearer(union)).expect(200);
    expect(promoted.body.registered.map((r: { code: string }) => r.code)).toEqual([waiting.body.code]);
    expect(promoted.body.waitingList).toEqual([]);
    api.check(
      'cancelSession',
      await http(svc).post(`/scheduling/v1/sessions/${session.id}/cancel`).set(bearer(union)).expect(200),
    );
    api.check(
      'cancelSession',
      await http(svc).post(`/scheduling/v1/sessions/${session.id}/cancel`).set(bearer(union)).expect(409),
    );
    api.check('registerForSession', await register(12).expect(409));
  });

  it('the walk-in queue: tickets, board, stream, calls, recall, groups', async () => {
    const take = (body: Record<string, unknown>, site = 'cesena-centro') =>
      http(svc).post(`/scheduling/v1/sites/${site}/tickets`).send(body);
    const first = api.check('takeTicket', await take({ service: 'spid', tenant: 'cesena' }).expect(201))
      .body as { number: string; manageToken: string };
    const second = api.check('takeTicket', await take({ service: 'spid', tenant: 'montiano' }).expect(201))
      .body as { number: string; manageToken: string };
    const third = api.check(
      'takeTicket',
      await take({ service: 'cambio-residenza', tenant: 'cesena' }).expect(201),
    ).body as { number: string; manageToken: string };
    api.check('takeTicket', await take({ service: 'non-prenotabile', tenant: 'cesena' }).expect(422));
    api.check('takeTicket', await take({ service: 'spid', tenant: 'cesena' }, 'atlantide').expect(404));
    api.check('takeTicket', await take({ service: 'spid' }).expect(400));
    const ticket = (n: string, t: string) =>
      http(svc).get(`/scheduling/v1/sites/cesena-centro/tickets/${n}`).set('X-Manage-Token', t);
    api.check('getTicket', await ticket(second.number, second.manageToken).expect(200));
    api.check('getTicket', await ticket(second.number, 'wrong').expect(404));
    const board = api.check(
      'getQueueBoard',
      await http(svc).get('/scheduling/v1/sites/cesena-centro/queue').expect(200),
    );
    expect(board.body.totalWaiting).toBe(3);
    api.check('getQueueBoard', await http(svc).get('/scheduling/v1/sites/atlantide/queue').expect(404));
    const services = api.check(
      'listWalkInServices',
      await http(svc).get('/scheduling/v1/sites/cesena-centro/queue/services').expect(200),
    );
    expect(services.body.site).toBe('cesena-centro'); // what it lists is queue.int.spec's concern
    api.check(
      'listWalkInServices',
      await http(svc).get('/scheduling/v1/sites/atlantide/queue/services').expect(404),
    );

    const next = (body: Record<string, unknown>, token = operator) =>
      http(svc).post('/scheduling/v1/sites/cesena-centro/queue/next').set(bearer(token)).send(body);
    const called = api.check('callNextTicket', await next({ counter: 2 }).expect(200));
    expect(called.body.number).toBe(first.number);
    const calledNext = api.check(
      'callNextTicket',
      await next({ counter: 2, previous: 'no-answer' }).expect(200),
    );
    // One unanswered call is enough here (QUEUE_MAX_CALLS=1): the first ticket is missed, and may be recalled.
    expect(calledNext.body.previous).toEqual({ number: first.number, status: 'missed' });
    api.check('callNextTicket', await next({ counter: 2 }, montianoOperator).expect(403));
    api.check('callNextTicket', await next({ counter: 99 }).expect(400));
    api.check('getTicket', await ticket(second.number, second.manageToken).expect(200));
    api.check(
      'recallTicket',
      await http(svc)
        .post(`/scheduling/v1/sites/cesena-centro/queue/tickets/${first.number}/recall`)
        .set(bearer(operator))
        .expect(200),
    );
    api.check(
      'recallTicket',
      await http(svc)
        .post(`/scheduling/v1/sites/cesena-centro/queue/tickets/${third.number}/recall`)
        .set(bearer(operator))
        .expect(409),
    );
    api.check(
      'cancelTicket',
      await http(svc)
        .post(`/scheduling/v1/sites/cesena-centro/tickets/${third.number}/cancel`)
        .set('X-Manage-Token', third.manageToken)
        .expect(200),
    );
    api.check(
      'cancelTicket',
      await http(svc)
        .post(`/scheduling/v1/sites/cesena-centro/tickets/${third.number}/cancel`)
        .set('X-Manage-Token', third.manageToken)
        .expect(409),
    );
    for (let i = 0; i < 3; i++) await next({ counter: 1 });
    api.check('callNextTicket', await next({ counter: 1 }).expect(409));
    api.check(
      'setQueueGroup',
      await http(svc)
        .put('/scheduling/v1/queue-groups/cambio-residenza')
        .set(bearer(union))
        .send({ letter: 'B' })
        .expect(200),
    );
    api.check(
      'setQueueGroup',
      await http(svc)
        .put('/scheduling/v1/queue-groups/cambio-residenza')
        .set(bearer(operator))
        .send({ letter: 'B' })
        .expect(403),
    );
    api.check(
      'setQueueGroup',
      await http(svc)
        .put('/scheduling/v1/queue-groups/nessuna')
        .set(bearer(union))
        .send({ letter: 'B' })
        .expect(404),
    );
    api.check('streamQueue', await http(svc).get('/scheduling/v1/sites/atlantide/queue/stream').expect(404));

    // The stream: its media type, and its first event's data is a QueueBoard.
    const server = await svc.app.listen(0, '127.0.0.1');
    const controller = new AbortController();
    try {
      const res = await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/scheduling/v1/sites/cesena-centro/queue/stream`,
        { signal: controller.signal },
      );
      api.check('streamQueue', {
        status: res.status,
        headers: { 'content-type': res.headers.get('content-type') ?? undefined },
      });
      const reader = (res.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
      const data =
        text
          .split('\n')
          .find((l) => l.startsWith('data: '))
          ?.slice(6) ?? '';
      api.check('getQueueBoard', {
        status: 200,
        headers: { 'content-type': 'application/json' },
        text: data,
      });
    } finally {
      controller.abort();
    }
  });

  it('statistics in JSON by every dimension, and in CSV', async () => {
    const stats = (query: Record<string, string>, token = union) =>
      http(svc)
        .get('/scheduling/v1/statistics')
        .query({ from: '2027-01-01', to: '2027-12-31', ...query })
        .set(bearer(token));
    for (const groupBy of ['site', 'tenant', 'service', 'day', 'week', 'month'])
      api.check('getStatistics', await stats({ groupBy }).expect(200));
    api.check('getStatistics', await stats({ tenant: 'montiano' }, montianoAdmin).expect(200));
    const csv = api.check('getStatistics', await stats({}).set('Accept', 'text/csv').expect(200));
    expect(csv.text.split('\r\n')[0]).toMatch(/^\ufeffsite;bookingsMade;/);
    api.check('getStatistics', await stats({ groupBy: 'year' }).expect(400));
    api.check('getStatistics', await stats({ tenant: 'cesena' }, montianoAdmin).expect(403));
    api.check('getStatistics', await stats({ site: 'atlantide' }).expect(404));
    api.check(
      'getStatistics',
      await http(svc)
        .get('/scheduling/v1/statistics')
        .query({ from: '2027-01-01', to: '2027-12-31' })
        .expect(401),
    );
  });

  it('confirm-by-link: a pending booking confirmed with its link token; wrong tokens refused', async () => {
    const pending = api.check(
      'createBooking',
      await http(svc)
        .post('/scheduling/v1/bookings')
        .send({ ...BAGNO, citizen: citizen(907) })
        .expect(201),
    );
    expect(pending.body.status).toBe('pending');
    const confirm = (token: string) =>
      http(svc).post(`/scheduling/v1/bookings/${pending.body.code}/confirm`).set('X-Manage-Token', token);
    const links = new LinkTokens(LINK_SECRET);
    api.check('confirmBooking', await confirm(links.sign('manage', pending.body.id)).expect(404));
    const confirmed = api.check(
      'confirmBooking',
      await confirm(links.sign('confirm', pending.body.id)).expect(200),
    );
    expect(confirmed.body.status).toBe('booked');
    api.check(
      'confirmBooking',
      await http(svc)
        .post('/scheduling/v1/bookings/not-a-code!/confirm')
        .set('X-Manage-Token', 'x')
        .expect(400),
    );
  });

  it('has seen a conforming success of every operation in the document', () => {
    expect(api.operationIds().filter((id) => !api.succeeded.has(id))).toEqual([]);
  });
});
