import request from 'supertest';
import {
  pendingSchemaChanges,
  staffToken,
  startTestService,
  testEnvironment,
  TestService,
  untypedOperations,
} from '@facile/platform/testing';
import { OutboxEntry } from '@facile/platform/messaging';
import { PurgePersonalDataUseCase } from '@facile/assistance/application';
import { AssistanceConfig } from '../identity-assistance.config';
import { assistanceService } from '../identity-assistance.service';
import { citizen, facilitation, openCase } from './assistance-fixtures';

/** Cases over HTTP with real PostgreSQL, Kafka and Redis. */
describe('identity assistance cases', () => {
  let svc: TestService<AssistanceConfig>;
  let union: string;
  let cesenaAdmin: string;
  let operator: string;
  const http = () => request(svc.app.getHttpServer());
  const count = (table: string) =>
    svc.ds.query(`SELECT count(*)::int AS n FROM assistance.${table}`).then((r) => r[0].n as number);

  beforeAll(async () => {
    svc = await startTestService(
      assistanceService,
      testEnvironment('identity-assistance', { LOOKUP_RATE_LIMIT_PER_MINUTE: '1000' }),
    );
    union = await staffToken('union-admin');
    cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    operator = await staffToken('operator', { sites: ['cesena-centro'] });
  });
  afterAll(() => svc?.close());
  beforeEach(() => svc.reset());

  it('has no pending schema changes and publishes its OpenAPI, every operation typed', async () => {
    expect(await pendingSchemaChanges(svc.ds)).toEqual([]);
    const doc = await http().get('/assistance/openapi.json').expect(200);
    expect(untypedOperations(doc.body)).toEqual([]);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/assistance/v1/topics',
        '/assistance/v1/cases',
        '/assistance/v1/cases/{code}',
        '/assistance/v1/cases/{code}/transitions',
        '/assistance/v1/reports/facilitations',
      ]),
    );
  });

  it('lists the contract topics, with per-municipality configuration', async () => {
    const res = await http().get('/assistance/v1/topics').expect(200);
    expect(res.body.map((t: { id: string }) => t.id)).toEqual(
      expect.arrayContaining(['spid-activation', 'cie-request', 'digital-domicile', 'online-services']),
    );
    const spid = res.body.find((t: { id: string }) => t.id === 'spid-activation');
    expect(spid).toMatchObject({ procedure: 'attivazione-spid-lepidaid', minAge: 18, durationMinutes: 20 });
    const montiano = await http().get('/assistance/v1/topics?tenant=montiano').expect(200);
    expect(montiano.body.find((t: { id: string }) => t.id === 'spid-activation').durationMinutes).toBe(30);
    await http().get('/assistance/v1/topics?tenant=rimini').expect(404);
  });

  it('opens a case with the checklist per topic, stores only the token hash and emits case.opened', async () => {
    const spid = await openCase(svc, { has: ['id-document', 'health-card'] }).expect(201);
    expect(spid.body).toMatchObject({
      status: 'open',
      missing: ['personal-email', 'mobile-phone', 'lepidaid-registration'],
    });
    expect(spid.body.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(spid.body.checklist[0]).toEqual({ id: 'id-document', label: expect.any(String), satisfied: true });
    expect(spid.body.nextSteps.join(' ')).toContain('LepidaID');

    const cie = await openCase(svc, {
      topic: 'cie-request',
      has: ['photo'],
      citizen: { ...citizen, birthYear: 2015 },
    }).expect(201);
    expect(cie.body.missing).toEqual(['old-document', 'health-card', 'fee', 'parents-consent']);
    const domicile = await openCase(svc, { topic: 'digital-domicile', has: [] }).expect(201);
    expect(domicile.body.nextSteps.join(' ')).toContain('PEC');

    const rows = await svc.ds.query(`SELECT manage_token_hash FROM assistance.cases WHERE code = $1`, [
      spid.body.code,
    ]);
    expect(rows[0].manage_token_hash).not.toContain(spid.body.manageToken);
    const events = await svc.ds
      .getRepository(OutboxEntry)
      .find({ where: { type: 'assistance.case.opened' } });
    expect(events).toHaveLength(3);
    const mine = events.find((e) => (e.payload as { code: string }).code === spid.body.code);
    expect(mine?.payload).toMatchObject({
      status: 'open',
      topic: 'spid-activation',
      tenant: 'cesena',
      citizen: { email: citizen.email },
      checklist: expect.any(Array),
    });
  });

  it('refuses bad input with 4xx and stores nothing', async () => {
    await openCase(svc, { topic: 'teleportation' }).expect(400);
    await openCase(svc, { tenant: 'rimini' }).expect(404);
    await openCase(svc, { has: ['photo'] }).expect(400);
    await openCase(svc, { citizen: { ...citizen, birthYear: new Date().getUTCFullYear() + 1 } }).expect(400);
    await openCase(svc, { citizen: { ...citizen, fiscalCode: 'RSSMRA85T10A562X' } }).expect(400);
    const minorSpid = await openCase(svc, {
      citizen: { ...citizen, birthYear: new Date().getUTCFullYear() - 12 },
    }).expect(422);
    expect(minorSpid.body.detail).toContain('minor');
    const minorDomicile = await openCase(svc, {
      topic: 'digital-domicile',
      citizen: { ...citizen, birthYear: new Date().getUTCFullYear() - 12 },
    }).expect(422);
    expect(minorDomicile.body.detail).toContain('adults');
    expect(await count('cases')).toBe(0);
    expect(await count('outbox')).toBe(0);
  });

  it('never lets credentials in: 400 naming the field, nothing stored', async () => {
    const top = await openCase(svc, { password: 'secret' }).expect(400);
    expect(top.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(top.body)).toContain('password');
    const nested = await openCase(svc, { citizen: { ...citizen, pin: '12345678' } }).expect(400);
    expect(nested.body.errors).toEqual([expect.objectContaining({ field: 'citizen.pin' })]);
    await openCase(svc, { citizen: { ...citizen, otp: '123456' } }).expect(400);
    await openCase(svc, { extra: [{ PUK: '1' }] }).expect(400);
    expect(await count('cases')).toBe(0);
  });

  it('reads a case with its manage token or as staff of its municipality; otherwise 404 / 403', async () => {
    const opened = await openCase(svc, {}).expect(201);
    const code = opened.body.code as string;
    const mine = await http()
      .get(`/assistance/v1/cases/${code}`)
      .set('X-Manage-Token', opened.body.manageToken)
      .expect(200);
    expect(mine.body).toMatchObject({ code, status: 'open', citizen: { firstName: 'Maria' } });
    await http().get(`/assistance/v1/cases/${code}`).set('X-Manage-Token', 'wrong').expect(404);
    await http().get(`/assistance/v1/cases/${code}`).expect(404);
    await http().get('/assistance/v1/cases/ABCD-EFGH').set('X-Manage-Token', 'wrong').expect(404);
    await http()
      .get(`/assistance/v1/cases/${code}`)
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .expect(200);
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    await http()
      .get(`/assistance/v1/cases/${code}`)
      .set('Authorization', `Bearer ${montianoAdmin}`)
      .expect(403);
  });

  it('runs the full lifecycle with who and when, refuses invalid transitions, and records the facilitation', async () => {
    const opened = await openCase(svc, {}).expect(201);
    const code = opened.body.code as string;
    const move = (body: Record<string, unknown>, token = operator) =>
      http()
        .post(`/assistance/v1/cases/${code}/transitions`)
        .set('Authorization', `Bearer ${token}`)
        .send(body);
    await move({ to: 'resolved', outcome: 'spid-activated' }).expect(409);
    const pinNote = await move({ to: 'in_progress', note: 'PIN del cittadino: 4821' }).expect(400);
    expect(pinNote.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    const started = await move({ to: 'in_progress', note: 'at the desk' }).expect(200);
    expect(started.body.allowedTransitions).toEqual(['resolved', 'referred', 'abandoned']);
    await move({ to: 'resolved' }).expect(422);
    await move({
      to: 'resolved',
      outcome: 'spid-activated',
      facilitation: { ...facilitation, gender: 'robot' },
    }).expect(400);
    await move({
      to: 'resolved',
      outcome: 'spid-activated',
      facilitation: { ...facilitation, pin: '1' },
    }).expect(400);
    const done = await move({ to: 'resolved', outcome: 'spid-activated', facilitation }).expect(200);
    expect(done.body).toMatchObject({
      status: 'resolved',
      outcome: 'spid-activated',
      closedAt: expect.any(String),
      allowedTransitions: [],
    });
    expect(done.body.history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'open>in_progress',
      'in_progress>resolved',
    ]);
    expect(done.body.history[0]).toMatchObject({
      by: expect.any(String),
      at: expect.any(String),
      note: 'at the desk',
    });
    await move({ to: 'in_progress' }).expect(409);
    const types = (await svc.ds.getRepository(OutboxEntry).find({ order: { createdAt: 'ASC' } })).map(
      (e) => e.type,
    );
    expect(types).toEqual(['assistance.case.opened', 'assistance.case.updated', 'assistance.case.closed']);
    expect(await count('facilitations')).toBe(1);
    const fac = await svc.ds.query(`SELECT * FROM assistance.facilitations`);
    expect(Object.keys(fac[0])).not.toEqual(expect.arrayContaining(['case_id']));
  });

  it('lets the citizen cancel with the token', async () => {
    const opened = await openCase(svc, {}).expect(201);
    await http()
      .post(`/assistance/v1/cases/${opened.body.code}/cancel`)
      .set('X-Manage-Token', 'nope')
      .expect(404);
    const res = await http()
      .post(`/assistance/v1/cases/${opened.body.code}/cancel`)
      .set('X-Manage-Token', opened.body.manageToken)
      .expect(200);
    expect(res.body.status).toBe('cancelled');
    await http()
      .post(`/assistance/v1/cases/${opened.body.code}/cancel`)
      .set('X-Manage-Token', opened.body.manageToken)
      .expect(409);
  });

  it('isolates municipalities: lists and transitions', async () => {
    const a = await openCase(svc, { tenant: 'cesena' }).expect(201);
    await openCase(svc, { tenant: 'montiano', topic: 'pagopa' }).expect(201);
    const own = await http()
      .get('/assistance/v1/cases')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .expect(200);
    expect(own.body.map((c: { tenant: string }) => c.tenant)).toEqual(['cesena']);
    await http()
      .get('/assistance/v1/cases?tenant=montiano')
      .set('Authorization', `Bearer ${cesenaAdmin}`)
      .expect(403);
    const all = await http()
      .get('/assistance/v1/cases?topic=pagopa')
      .set('Authorization', `Bearer ${union}`)
      .expect(200);
    expect(all.body.map((c: { tenant: string }) => c.tenant)).toEqual(['montiano']);
    const montianoAdmin = await staffToken('tenant-admin', { tenants: ['montiano'] });
    await http()
      .post(`/assistance/v1/cases/${a.body.code}/transitions`)
      .set('Authorization', `Bearer ${montianoAdmin}`)
      .send({ to: 'in_progress' })
      .expect(403);
    await http().get('/assistance/v1/cases').expect(401);
  });

  const resolveWith = async (tenant: string, fac: Record<string, string>) => {
    const opened = await openCase(svc, { tenant, topic: 'online-services' }).expect(201);
    const move = (body: Record<string, unknown>) =>
      http()
        .post(`/assistance/v1/cases/${opened.body.code}/transitions`)
        .set('Authorization', `Bearer ${union}`)
        .send(body)
        .expect(200);
    await move({ to: 'in_progress' });
    await move({ to: 'resolved', outcome: 'information-given', facilitation: { ...facilitation, ...fac } });
    return opened.body.code as string;
  };

  it('reports facilitations as JSON and CSV, scoped per municipality, identical after the purge', async () => {
    await resolveWith('cesena', { gender: 'female' });
    await resolveWith('cesena', { gender: 'male' });
    await resolveWith('montiano', { gender: 'female' });
    const today = new Date().toISOString().slice(0, 10);
    const from = `${new Date().getUTCFullYear() - 1}-01-01`; // reports span at most five years
    const url = `/assistance/v1/reports/facilitations?from=${from}&to=${today}&groupBy=tenant,gender`;
    const json = await http().get(url).set('Authorization', `Bearer ${union}`).expect(200);
    expect(json.body.rows).toEqual([
      { tenant: 'cesena', gender: 'female', count: 1 },
      { tenant: 'cesena', gender: 'male', count: 1 },
      { tenant: 'montiano', gender: 'female', count: 1 },
    ]);
    const csv = await http()
      .get(url)
      .set('Authorization', `Bearer ${union}`)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="facilitations-${from}-${today}.csv"`,
    );
    expect(csv.text).toBe(
      '\uFEFFtenant;gender;count\r\ncesena;female;1\r\ncesena;male;1\r\nmontiano;female;1\r\n',
    );
    const scoped = await http().get(url).set('Authorization', `Bearer ${cesenaAdmin}`).expect(200);
    expect(scoped.body.rows.map((r: { tenant: string }) => r.tenant)).toEqual(['cesena', 'cesena']);
    await http().get(`${url}&tenant=montiano`).set('Authorization', `Bearer ${cesenaAdmin}`).expect(403);
    await http().get(url).set('Authorization', `Bearer ${operator}`).expect(403);
    await http()
      .get(`/assistance/v1/reports/facilitations?from=${from}&to=${today}&groupBy=shoeSize`)
      .set('Authorization', `Bearer ${union}`)
      .expect(400);
    await http()
      .get('/assistance/v1/reports/facilitations?from=2026-13-45&to=2026-14-01')
      .set('Authorization', `Bearer ${union}`)
      .expect(400);
    await http()
      .get('/assistance/v1/reports/facilitations?from=2026-05-01&to=2026-04-01')
      .set('Authorization', `Bearer ${union}`)
      .expect(400);

    const monthly = await http()
      .get(`/assistance/v1/reports/facilitations?from=${from}&to=${today}`)
      .set('Authorization', `Bearer ${union}`)
      .expect(200);
    // Purge as if the retention had passed: personal data gone, reports unchanged.
    const purged = await svc.app
      .get(PurgePersonalDataUseCase)
      .execute(new Date(Date.now() + 91 * 86_400_000));
    expect(purged).toBe(3);
    const people = await svc.ds.query(
      `SELECT count(*)::int AS n FROM assistance.cases WHERE first_name IS NOT NULL OR email IS NOT NULL OR fiscal_code IS NOT NULL`,
    );
    expect(people[0].n).toBe(0);
    expect((await http().get(url).set('Authorization', `Bearer ${union}`).expect(200)).body).toEqual(
      json.body,
    );
    expect(
      (await http().get(url).set('Authorization', `Bearer ${union}`).set('Accept', 'text/csv').expect(200))
        .text,
    ).toBe(csv.text);
    expect(
      (
        await http()
          .get(`/assistance/v1/reports/facilitations?from=${from}&to=${today}`)
          .set('Authorization', `Bearer ${union}`)
          .expect(200)
      ).body,
    ).toEqual(monthly.body);
  });

  it('purges only cases closed longer than the retention', async () => {
    const open = await openCase(svc, {}).expect(201);
    const closed = await resolveWith('cesena', {});
    expect(await svc.app.get(PurgePersonalDataUseCase).execute(new Date())).toBe(0);
    expect(await svc.app.get(PurgePersonalDataUseCase).execute(new Date(Date.now() + 91 * 86_400_000))).toBe(
      1,
    );
    const staff = await http()
      .get(`/assistance/v1/cases/${closed}`)
      .set('Authorization', `Bearer ${union}`)
      .expect(200);
    expect(staff.body.citizen).toBeNull();
    const stillOpen = await http()
      .get(`/assistance/v1/cases/${open.body.code}`)
      .set('X-Manage-Token', open.body.manageToken)
      .expect(200);
    expect(stillOpen.body.citizen).toMatchObject({ firstName: 'Maria' });
  });
});
