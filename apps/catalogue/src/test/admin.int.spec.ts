import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { ServiceRecord } from '@facile/catalogue/infrastructure';
import { OutboxEntry } from '@facile/platform/messaging';
import { startTestService, staffToken, testEnvironment, TestService } from '@facile/platform/testing';
import { CatalogueConfig } from '../catalogue.config';
import { catalogueService } from '../catalogue.service';
import { draftCard } from './catalogue-fixtures';

type Payload = Record<string, unknown> & {
  version: number;
  offerings: { tenant: string; feeCents: number }[];
};

/** Union admins edit and retire cards, municipalities their offerings; every change is an event with the full card. */
describe('catalogue administration (real PostgreSQL)', () => {
  let svc: TestService<CatalogueConfig>;
  let admin: string;
  let cesenaAdmin: string;
  let operator: string;
  const http = () => request(svc.app.getHttpServer());
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const events = (slug: string) =>
    svc.ds.getRepository(OutboxEntry).find({ where: { aggregateid: slug }, order: { seq: 'ASC' } });
  const payloadOf = (e: OutboxEntry) => e.payload as Payload;

  beforeAll(async () => {
    svc = await startTestService(
      catalogueService,
      testEnvironment('catalogue-admin', { OUTBOX_RELAY_ENABLED: 'false' }),
    );
    admin = await staffToken('union-admin');
    cesenaAdmin = await staffToken('tenant-admin', { tenants: ['cesena'] });
    operator = await staffToken('operator', { sites: ['cesena-centro'] });
  });
  afterAll(() => svc?.close());

  async function published(): Promise<string> {
    const slug = `svc-${randomUUID().slice(0, 8)}`;
    await http().post('/catalogue/v1/services').set(auth(admin)).send(draftCard(slug)).expect(201);
    await http().post(`/catalogue/v1/services/${slug}/publish`).set(auth(admin)).expect(200);
    return slug;
  }

  it('updates a published card: new version, catalogue.service.updated with the full card', async () => {
    const slug = await published();
    const res = await http()
      .patch(`/catalogue/v1/services/${slug}`)
      .set(auth(admin))
      .send({
        durationMinutes: 25,
        lifeEvents: ['documenti-identita', 'identita-digitale'],
        sections: { cost: '22,21 euro' },
      })
      .expect(200);
    expect(res.body).toMatchObject({
      slug,
      version: 3,
      durationMinutes: 25,
      sections: { cost: '22,21 euro' },
    });
    const rows = await events(slug);
    expect(rows.map((r) => r.type)).toEqual(['catalogue.service.published', 'catalogue.service.updated']);
    expect(payloadOf(rows[1])).toMatchObject({
      slug,
      version: 3,
      durationMinutes: 25,
      status: 'published',
      title: draftCard(slug).title,
      offerings: [],
    });
  });

  it('edits a draft without announcing it', async () => {
    const slug = `draft-${randomUUID().slice(0, 8)}`;
    await http().post('/catalogue/v1/services').set(auth(admin)).send(draftCard(slug)).expect(201);
    const res = await http()
      .patch(`/catalogue/v1/services/${slug}`)
      .set(auth(admin))
      .send({ title: 'Nuovo titolo' })
      .expect(200);
    expect(res.body).toMatchObject({ version: 2, title: 'Nuovo titolo', status: 'draft' });
    expect(await events(slug)).toHaveLength(0);
  });

  it('retires a card with catalogue.service.retired, and refuses to retire it twice', async () => {
    const slug = await published();
    // Searched just before (the answer is now micro-cached), retired just after: the search must not lag.
    const search = () =>
      http()
        .get(`/catalogue/v1/services?q=${encodeURIComponent('identità test')}&pageSize=100`)
        .expect(200);
    expect((await search()).body.items.map((i: { slug: string }) => i.slug)).toContain(slug);
    const res = await http().post(`/catalogue/v1/services/${slug}/retire`).set(auth(admin)).expect(200);
    expect(res.body).toMatchObject({ status: 'retired', version: 3 });
    await http().post(`/catalogue/v1/services/${slug}/retire`).set(auth(admin)).expect(409);
    const rows = await events(slug);
    expect(rows.map((r) => r.type)).toEqual(['catalogue.service.published', 'catalogue.service.retired']);
    expect(payloadOf(rows[1])).toMatchObject({ status: 'retired', version: 3 });
    const found = await search();
    expect(found.body.items.map((i: { slug: string }) => i.slug)).not.toContain(slug);
  });

  it('ranks a card with the words in its title above one that only repeats them in its summary', async () => {
    // Made-up words of this run only (the test database outlives runs), letters as the search keeps them.
    const made = () =>
      randomUUID()
        .replace(/-/g, '')
        .slice(0, 10)
        .replace(/\d/g, (d) => 'ghijklmnop'[Number(d)]);
    const [word, other] = [made(), made()];
    const publish = async (slug: string, title: string, summary: string, keywords: string[] = []) => {
      await http()
        .post('/catalogue/v1/services')
        .set(auth(admin))
        .send({ ...draftCard(slug), title, summary, keywords })
        .expect(201);
      await http().post(`/catalogue/v1/services/${slug}/publish`).set(auth(admin)).expect(200);
    };
    const id = randomUUID().slice(0, 8);
    await publish(`summary-${id}`, 'Procedura qualsiasi', Array(15).fill(`${word} ${other}`).join(', '));
    await publish(`title-${id}`, `Rilascio del ${word} per ${other}`, 'Una procedura del Comune.');
    await publish(
      `named-${id}`,
      `Rilascio del ${word} per le persone con ${other}`,
      'Una procedura del Comune.',
      [`${word} ${other}`],
    );
    const res = await http()
      .get(`/catalogue/v1/services?q=${encodeURIComponent(`${word} ${other}`)}`)
      .expect(200);
    // Named by a keyword and its title first; then the title; the summary, however repeated, last.
    expect(res.body.items.map((i: { slug: string }) => i.slug)).toEqual([
      `named-${id}`,
      `title-${id}`,
      `summary-${id}`,
    ]);
  });

  it("lets a municipality's admin set its offering: catalogue.offering.changed with the full card", async () => {
    const slug = await published();
    const res = await http()
      .put(`/catalogue/v1/tenants/cesena/offerings/${slug}`)
      .set(auth(cesenaAdmin))
      .send({
        enabled: true,
        feeCents: 2221,
        onlineUrl: 'https://www.comune.cesena.fc.it/cie',
        notes: 'Solo su appuntamento',
        durationMinutes: 30,
      })
      .expect(200);
    expect(res.body.version).toBe(3);
    expect(res.body.offerings).toEqual([
      {
        tenant: 'cesena',
        enabled: true,
        feeCents: 2221,
        onlineUrl: 'https://www.comune.cesena.fc.it/cie',
        notes: 'Solo su appuntamento',
        durationMinutes: 30,
      },
    ]);
    await http()
      .put(`/catalogue/v1/tenants/montiano/offerings/${slug}`)
      .set(auth(admin))
      .send({ enabled: false, feeCents: 0 })
      .expect(200);
    const rows = await events(slug);
    expect(rows.map((r) => [r.type, r.tenantId])).toEqual([
      ['catalogue.service.published', 'unione-valle-savio'],
      ['catalogue.offering.changed', 'cesena'],
      ['catalogue.offering.changed', 'montiano'],
    ]);
    expect(payloadOf(rows[2])).toMatchObject({ version: 4, changedTenant: 'montiano' });
    expect(payloadOf(rows[2]).offerings.map((o) => o.tenant)).toEqual(['cesena', 'montiano']);
    const card = (await http().get(`/catalogue/v1/services/${slug}?tenant=cesena`).expect(200)).body;
    expect(card).toMatchObject({ durationMinutes: 30, bookable: true, walkIn: false });
    expect(
      (await http().get(`/catalogue/v1/services/${slug}?tenant=montiano`).expect(200)).body.durationMinutes,
    ).toBe(20);
  });

  describe('bad input: 4xx problem+json, nothing written', () => {
    let slug: string;
    let before: { version: number; events: number };

    beforeAll(async () => {
      slug = await published();
    });
    beforeEach(async () => {
      const rec = await svc.ds.getRepository(ServiceRecord).findOneByOrFail({ slug });
      before = { version: rec.version, events: await svc.ds.getRepository(OutboxEntry).count() };
    });
    afterEach(async () => {
      const rec = await svc.ds.getRepository(ServiceRecord).findOneByOrFail({ slug });
      expect(rec.version).toBe(before.version);
      expect(await svc.ds.getRepository(OutboxEntry).count()).toBe(before.events);
    });

    const expectProblem = (res: request.Response, status: number) => {
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    };

    it('duplicate slug → 409', async () => {
      expectProblem(await http().post('/catalogue/v1/services').set(auth(admin)).send(draftCard(slug)), 409);
    });
    it('unknown category on create → 400', async () => {
      expectProblem(
        await http()
          .post('/catalogue/v1/services')
          .set(auth(admin))
          .send({ ...draftCard(`x-${randomUUID().slice(0, 6)}`), category: 'astrologia' }),
        400,
      );
    });
    it('unknown life event on create → 400', async () => {
      expectProblem(
        await http()
          .post('/catalogue/v1/services')
          .set(auth(admin))
          .send({ ...draftCard(`x-${randomUUID().slice(0, 6)}`), lifeEvents: ['vincere-la-lotteria'] }),
        400,
      );
    });
    it('unknown category on update → 400', async () => {
      expectProblem(
        await http()
          .patch(`/catalogue/v1/services/${slug}`)
          .set(auth(admin))
          .send({ category: 'astrologia' }),
        400,
      );
    });
    it('unknown life event on update → 400', async () => {
      expectProblem(
        await http()
          .patch(`/catalogue/v1/services/${slug}`)
          .set(auth(admin))
          .send({ lifeEvents: ['vincere-la-lotteria'] }),
        400,
      );
    });
    it('unknown field or changing the slug on update → 400', async () => {
      expectProblem(
        await http().patch(`/catalogue/v1/services/${slug}`).set(auth(admin)).send({ slug: 'altro' }),
        400,
      );
      expectProblem(
        await http().patch(`/catalogue/v1/services/${slug}`).set(auth(admin)).send({ durationMinutes: -5 }),
        400,
      );
    });
    it('unknown slug → 404 on read, update, publish, retire, offering', async () => {
      expectProblem(await http().get('/catalogue/v1/services/non-esiste'), 404);
      expectProblem(
        await http()
          .patch('/catalogue/v1/services/non-esiste')
          .set(auth(admin))
          .send({ title: 'Titolo nuovo' }),
        404,
      );
      expectProblem(await http().post('/catalogue/v1/services/non-esiste/publish').set(auth(admin)), 404);
      expectProblem(await http().post('/catalogue/v1/services/non-esiste/retire').set(auth(admin)), 404);
      expectProblem(
        await http()
          .put('/catalogue/v1/tenants/cesena/offerings/non-esiste')
          .set(auth(admin))
          .send({ enabled: true, feeCents: 0 }),
        404,
      );
    });
    it('unknown municipality → 404', async () => {
      expectProblem(
        await http()
          .put(`/catalogue/v1/tenants/atlantide/offerings/${slug}`)
          .set(auth(admin))
          .send({ enabled: true, feeCents: 0 }),
        404,
      );
      expectProblem(await http().get(`/catalogue/v1/services/${slug}?tenant=atlantide`), 404);
    });
    it('negative fee → 400', async () => {
      expectProblem(
        await http()
          .put(`/catalogue/v1/tenants/cesena/offerings/${slug}`)
          .set(auth(cesenaAdmin))
          .send({ enabled: true, feeCents: -100 }),
        400,
      );
    });
    it('a tenant admin touching another municipality → 403', async () => {
      expectProblem(
        await http()
          .put(`/catalogue/v1/tenants/montiano/offerings/${slug}`)
          .set(auth(cesenaAdmin))
          .send({ enabled: true, feeCents: 0 }),
        403,
      );
    });
    it('a tenant admin or operator editing the union card → 403, no token → 401', async () => {
      expectProblem(
        await http()
          .patch(`/catalogue/v1/services/${slug}`)
          .set(auth(cesenaAdmin))
          .send({ title: 'Titolo nuovo' }),
        403,
      );
      expectProblem(
        await http()
          .put(`/catalogue/v1/tenants/cesena/offerings/${slug}`)
          .set(auth(operator))
          .send({ enabled: true, feeCents: 0 }),
        403,
      );
      expectProblem(await http().post(`/catalogue/v1/services/${slug}/retire`), 401);
    });
  });
});
