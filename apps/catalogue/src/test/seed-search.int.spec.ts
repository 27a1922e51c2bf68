import request from 'supertest';
import SHACLValidator from 'rdf-validate-shacl';
import { CatalogueSeeder, ServiceRecord } from '@facile/catalogue/infrastructure';
import { OutboxEntry } from '@facile/platform/messaging';
import {
  pendingSchemaChanges,
  startTestService,
  testEnvironment,
  TestService,
  untypedOperations,
} from '@facile/platform/testing';
import { CatalogueConfig } from '../catalogue.config';
import { catalogueService } from '../catalogue.service';
import { cpsvShapes, jsonLdToStore, validateJsonLd } from './cpsv-shacl';

/** The seeded catalogue: 103 published procedures, their events, search relevance, CPSV-AP export. */
describe('catalogue seed and search (real PostgreSQL)', () => {
  let svc: TestService<CatalogueConfig>;
  const http = () => request(svc.app.getHttpServer());

  beforeAll(async () => {
    svc = await startTestService(
      catalogueService,
      testEnvironment('catalogue-seed', { OUTBOX_RELAY_ENABLED: 'false' }),
    );
    await svc.reset();
    await catalogueService.seed?.(svc.app, svc.config);
  });
  afterAll(() => svc?.close());

  it('keeps entities and migrations in agreement', async () => {
    expect(await pendingSchemaChanges(svc.ds)).toEqual([]);
  });

  it('documents every endpoint in OpenAPI, each with its operationId, answer schema and problems', async () => {
    const doc = (await http().get('/catalogue/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(untypedOperations(doc)).toEqual([]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/catalogue/v1/categories',
        '/catalogue/v1/life-events',
        '/catalogue/v1/services',
        '/catalogue/v1/services/{slug}',
        '/catalogue/v1/services/{slug}/retire',
        '/catalogue/v1/tenants/{tenant}/offerings/{slug}',
      ]),
    );
  });

  describe('seed', () => {
    it('publishes all 103 procedures, each with one published event carrying the full card', async () => {
      const cards = await svc.ds.getRepository(ServiceRecord).find();
      expect(cards).toHaveLength(103);
      expect(cards.every((c) => c.status === 'published' && c.version === 1)).toBe(true);
      const events = await svc.ds.getRepository(OutboxEntry).find();
      expect(events).toHaveLength(103);
      expect(new Set(events.map((e) => e.type))).toEqual(new Set(['catalogue.service.published']));
      const cie = events.find((e) => e.aggregateid === 'carta-identita-elettronica');
      const payload = (typeof cie?.payload === 'string' ? JSON.parse(cie.payload) : cie?.payload) as Record<
        string,
        unknown
      >;
      expect(payload).toMatchObject({
        slug: 'carta-identita-elettronica',
        version: 1,
        status: 'published',
        bookable: true,
        durationMinutes: 20,
      });
      expect((payload['offerings'] as unknown[]).length).toBe(5);
    });

    it('changes nothing when run a second time (no new version, no new event)', async () => {
      const before = await svc.ds.getRepository(OutboxEntry).count();
      const result = await svc.app.get(CatalogueSeeder).seed();
      expect(result).toEqual({ created: 0, unchanged: 103 });
      expect(await svc.ds.getRepository(OutboxEntry).count()).toBe(before);
      expect(await svc.ds.getRepository(ServiceRecord).countBy({ version: 1 })).toBe(103);
    });

    it('lists the 15 categories and the 19 life events', async () => {
      expect((await http().get('/catalogue/v1/categories').expect(200)).body.items).toHaveLength(15);
      expect((await http().get('/catalogue/v1/life-events').expect(200)).body.items).toHaveLength(19);
    });

    it.each([
      'carta-identita-elettronica',
      'dichiarazione-residenza',
      'cambio-abitazione',
      'attivazione-spid-lepidaid',
      'matrimonio-civile',
      'permesso-ztl-residenti',
      'contrassegno-disabili',
    ])('has no empty section on the %s card', async (slug) => {
      const card = (await http().get(`/catalogue/v1/services/${slug}`).expect(200)).body;
      const keys = [
        'whoFor',
        'howTo',
        'whatYouNeed',
        'whatYouGet',
        'timeAndDeadlines',
        'cost',
        'howToAccess',
        'specialCases',
        'contacts',
      ];
      for (const k of keys) expect(card.sections[k]?.length).toBeGreaterThan(0);
      expect(card.summary.length).toBeGreaterThan(20);
      expect(card.keywords.length).toBeGreaterThan(0);
      expect(card.lifeEvents.length).toBeGreaterThan(0);
    });

    it('offers procedures with realistic differences between municipalities', async () => {
      const ztl = (await http().get('/catalogue/v1/services/permesso-ztl-residenti').expect(200)).body;
      const enabled = ztl.offerings
        .filter((o: { enabled: boolean }) => o.enabled)
        .map((o: { tenant: string }) => o.tenant);
      expect(enabled).toEqual(['cesena']);
      const cie = (
        await http().get('/catalogue/v1/services/carta-identita-elettronica?tenant=montiano').expect(200)
      ).body;
      expect(cie).toMatchObject({ bookable: true, walkIn: false, durationMinutes: 30 });
      expect(cie.offerings.find((o: { tenant: string }) => o.tenant === 'cesena')).toMatchObject({
        enabled: true,
        feeCents: 2221,
      });
      expect(
        (await http().get('/catalogue/v1/services/carta-identita-elettronica?tenant=cesena').expect(200)).body
          .durationMinutes,
      ).toBe(20);
      const certs = (await http().get('/catalogue/v1/services/certificati-anagrafici').expect(200)).body;
      expect(
        certs.offerings.every((o: { onlineUrl: string | null }) => o.onlineUrl?.startsWith('https://')),
      ).toBe(true);
    });
  });

  describe('search', () => {
    const search = async (query: string) =>
      (await http().get(`/catalogue/v1/services?${query}`).expect(200)).body;
    const top = async (q: string, n = 3) =>
      ((await search(`q=${encodeURIComponent(q)}&pageSize=${n}`)).items as { slug: string }[]).map(
        (i) => i.slug,
      );

    /** [query, a slug expected among the first three results] */
    const relevance: [string, string][] = [
      ['carta identita', 'carta-identita-elettronica'],
      ["carta d'identità", 'carta-identita-elettronica'],
      ['CIE', 'carta-identita-elettronica'],
      ['cie', 'carta-identita-elettronica'],
      ['carta idnetità', 'carta-identita-elettronica'],
      ['trasloco', 'cambio-abitazione'],
      ['cambio di residenza', 'dichiarazione-residenza'],
      ['residenza', 'dichiarazione-residenza'],
      ['multa', 'rateizzazione-sanzioni-cds'],
      ['sanzioni', 'rateizzazione-sanzioni-cds'],
      ['spid', 'attivazione-spid-lepidaid'],
      ['SPID', 'attivazione-spid-lepidaid'],
      ['matrimonio', 'matrimonio-civile'],
      ['sposarsi', 'matrimonio-civile'],
      ['ztl', 'permesso-ztl-residenti'],
      ['zona traffico limitato', 'permesso-ztl-residenti'],
      ['certificato di nascita', 'estratti-stato-civile'],
      ['tessera elettorale', 'tessera-elettorale'],
      ['tesera eletorale', 'tessera-elettorale'],
      ['rifiuti', 'dichiarazione-tari'],
      ['tari', 'dichiarazione-tari'],
      ['cane', 'anagrafe-canina-iscrizione'],
      ['mensa scolastica', 'iscrizione-mensa'],
      ['asilo nido', 'iscrizione-nido'],
      ['unione civile', 'unione-civile'],
      ['passaporto cittadinanza giuramento', 'giuramento-cittadinanza'],
      ['contrassegno disabili', 'contrassegno-disabili'],
      ['pagopa', 'assistenza-pagopa'],
      ['fascicolo sanitario', 'assistenza-fascicolo-sanitario'],
      ['oggetti smarriti', 'oggetti-smarriti'],
      ['autentica firma', 'autenticazione-firma'],
      ['donazione organi', 'consenso-donazione-organi'],
      ['caccia', 'tesserino-venatorio'],
      ['dehors', 'occupazione-suolo-pubblico'],
      ['testamento biologico', 'deposito-dat'],
      ['pec', 'supporto-email-pec'],
    ];

    it.each(relevance)('ranks "%s" with %s in the top 3', async (q, slug) => {
      expect(await top(q)).toContain(slug);
    });

    /**
     * [query, the first results in order]: the card the query names (all its words in the title, or side by side in
     * the editors' keywords) comes before cards that only mention them, and title words outrank summary words.
     */
    const firsts: [string, string[]][] = [
      ['contrassegno disabili', ['contrassegno-disabili', 'targhe-pass-disabili-ztl']],
      ['Contrassegno disabili', ['contrassegno-disabili']],
      ['contrassegno invalidi', ['contrassegno-disabili']],
      ['cude', ['contrassegno-disabili']],
      ['carta identità', ['carta-identita-elettronica']],
      ['carta identita', ['carta-identita-elettronica']],
      ["carta d'identità", ['carta-identita-elettronica']],
      ['carta identita elettronica', ['carta-identita-elettronica']],
      ['cie', ['carta-identita-elettronica']],
      ['cambio residenza', ['dichiarazione-residenza']],
      ['cambio di residenza', ['dichiarazione-residenza']],
      ['resdenza', ['dichiarazione-residenza']],
      ['cambio indirizzo', ['cambio-abitazione']],
      ['trasloco', ['cambio-abitazione']],
      ['spid', ['attivazione-spid-lepidaid']],
      ['permesso ztl', ['permesso-ztl-residenti']],
      ['matrimonio', ['matrimonio-civile']],
      ['tessera elettorale', ['tessera-elettorale']],
    ];

    it.each(firsts)('ranks "%s" first: %j', async (q, slugs) => {
      expect(await top(q, slugs.length)).toEqual(slugs);
    });

    it('combines the query with filters and pages with a total', async () => {
      const page1 = await search('category=anagrafe-stato-civile&bookable=true&pageSize=5&page=1');
      expect(page1.items).toHaveLength(5);
      expect(page1.total).toBeGreaterThan(5);
      expect(page1).toMatchObject({ page: 1, pageSize: 5 });
      expect(
        page1.items.every(
          (i: { category: string; bookable: boolean }) =>
            i.category === 'anagrafe-stato-civile' && i.bookable,
        ),
      ).toBe(true);
      const page2 = await search('category=anagrafe-stato-civile&bookable=true&pageSize=5&page=2');
      expect(page2.total).toBe(page1.total);
      expect(page2.items.map((i: { slug: string }) => i.slug)).not.toContain(page1.items[0].slug);
      const montiano = await search('q=ztl&tenant=montiano');
      expect(montiano.items.map((i: { slug: string }) => i.slug)).not.toContain('permesso-ztl-residenti');
      const life = await search('lifeEvent=cambio-residenza&pageSize=100');
      expect(life.items.map((i: { slug: string }) => i.slug)).toEqual(
        expect.arrayContaining(['dichiarazione-residenza', 'cambio-abitazione']),
      );
      expect(life.items[0]).toEqual(
        expect.objectContaining({
          slug: expect.any(String),
          title: expect.any(String),
          summary: expect.any(String),
          category: expect.any(String),
          bookable: expect.any(Boolean),
          tenants: expect.any(Array),
        }),
      );
      expect((await search('pageSize=100')).total).toBe(103);
      const beyond = await search('q=carta&page=50');
      expect(beyond.items).toEqual([]);
      expect(beyond.total).toBe((await search('q=carta')).total);
      expect(beyond.total).toBeGreaterThan(0);
    });

    it.each([
      [`q=${'a'.repeat(201)}`],
      ['page='],
      ['pageSize='],
      ['page=0'],
      ['pageSize=101'],
      ['page=abc'],
      ['category=non-esiste'],
      ['lifeEvent=non-esiste'],
      ['bookable=forse'],
      ['unknown=1'],
    ])('refuses %s with 400 problem+json', async (query) => {
      const res = await http().get(`/catalogue/v1/services?${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    });

    it.each([
      ['di'],
      ['&|!:*()'],
      ["''"],
      ['123'],
      ['ò à è'],
      ['x'.repeat(200)],
      ['carta & identita | cie'],
      ['%_\\'],
      ['  '],
    ])('answers the odd query %j with 200, never 5xx', async (q) => {
      const body = await search(`q=${encodeURIComponent(q)}`);
      expect(Array.isArray(body.items)).toBe(true);
      expect(body.total).toBeGreaterThanOrEqual(body.items.length);
    });

    it('answers 404 for an unknown municipality filter', async () => {
      await http().get('/catalogue/v1/services?tenant=atlantide').expect(404);
    });
  });

  describe('CPSV-AP export', () => {
    it('exports the card as a PublicService with the mandatory properties', async () => {
      const res = await http().get('/catalogue/v1/services/carta-identita-elettronica.jsonld').expect(200);
      expect(res.headers['content-type']).toMatch(/application\/ld\+json/);
      const ps = res.body;
      expect(ps['@context']).toBeDefined();
      expect(ps['@type']).toBe('PublicService');
      expect(ps.identifier).toBe('carta-identita-elettronica');
      expect(ps.name['@value']).toContain("Carta d'identità");
      expect(ps.description['@value'].length).toBeGreaterThan(0);
      expect(ps.hasCompetentAuthority.length).toBe(5);
      expect(ps.hasCompetentAuthority[0]).toMatchObject({
        '@type': ['PublicOrganisation', 'Organization'],
        prefLabel: { '@language': 'it', '@value': 'Comune di Bagno di Romagna' },
      });
      expect(ps.hasCost[0]).toMatchObject({ '@type': 'Cost', hasValue: 22.21 });
      expect(ps.keyword).toContainEqual({ '@language': 'it', '@value': 'cie' });
      expect(ps.hasChannel.length).toBeGreaterThan(0);
      expect(ps.hasInput.length).toBeGreaterThan(0);
      expect(ps.produces[0]['@type']).toBe('Output');
      expect(ps.processingTime).toBe('PT20M');
      expect(ps.status['@id']).toBe('http://purl.org/adms/status/Completed');
      expect(ps.isClassifiedBy[0]['@id']).toMatch(/anagrafe-stato-civile$/);
    });

    it('answers 404 for an unknown slug', async () => {
      await http().get('/catalogue/v1/services/non-esiste.jsonld').expect(404);
    });

    describe('against the CPSV-AP 3.2.0 SHACL shapes', () => {
      const validator = new SHACLValidator(cpsvShapes());
      const exportOf = async (slug: string) =>
        (await http().get(`/catalogue/v1/services/${slug}.jsonld`).expect(200)).body as Record<
          string,
          unknown
        >;

      it('conforms for every published procedure, with zero violations', async () => {
        const slugs: string[] = [];
        for (let page = 1; slugs.length < 103; page++) {
          const body = (await http().get(`/catalogue/v1/services?pageSize=100&page=${page}`).expect(200))
            .body;
          slugs.push(...(body.items as { slug: string }[]).map((i) => i.slug));
          if (body.items.length === 0) break;
        }
        expect(slugs).toHaveLength(103);
        const violations: string[] = [];
        for (const slug of slugs) {
          const outcome = await validateJsonLd(validator, await exportOf(slug));
          expect(outcome.triples).toBeGreaterThan(20);
          violations.push(
            ...outcome.violations.map(
              (v) => `${slug}: ${v.focusNode} ${v.path} ${v.constraint} ${v.message}`,
            ),
          );
        }
        expect(violations).toEqual([]);
      }, 180_000); // 103 documents fetched, parsed and validated: seconds alone, longer on a loaded machine

      it("puts keywords, channel types, cost values and the online address in CPSV-AP's own terms", async () => {
        const [cv, cpsv, dct, dcat, vcard] = [
          'http://data.europa.eu/m8g/',
          'http://purl.org/vocab/cpsv#',
          'http://purl.org/dc/terms/',
          'http://www.w3.org/ns/dcat#',
          'http://www.w3.org/2006/vcard/ns#',
        ];
        const a = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
        const rdf = await jsonLdToStore(await exportOf('certificati-anagrafici'));
        const channels = rdf.getSubjects(a, `${cv}Channel`, null).map((c) => c.value);
        expect(channels.length).toBeGreaterThan(1);
        const urls = channels.flatMap((c) => rdf.getObjects(c, `${vcard}hasURL`, null));
        expect(urls.length).toBeGreaterThan(0);
        expect(urls.every((u) => u.termType === 'NamedNode' && u.value.startsWith('https://'))).toBe(true);
        expect(channels.flatMap((c) => rdf.getObjects(c, `${cpsv}hasInput`, null))).toEqual([]);
        expect(
          channels.every((c) => rdf.getObjects(c, `${dct}type`, null)[0]?.termType === 'NamedNode'),
        ).toBe(true);
        const values = rdf
          .getSubjects(a, `${cv}Cost`, null)
          .flatMap((c) => rdf.getObjects(c, `${cv}hasValue`, null));
        expect(values.length).toBeGreaterThan(0);
        expect(
          values.every(
            (v) => v.termType === 'Literal' && v.datatype.value === 'http://www.w3.org/2001/XMLSchema#double',
          ),
        ).toBe(true);
        const cie = await jsonLdToStore(await exportOf('carta-identita-elettronica'));
        const keywords = cie
          .getObjects(null, `${dcat}keyword`, null)
          .map((k) => (k.termType === 'Literal' ? `${k.value}@${k.language}` : k.value));
        expect(keywords).toContain('cie@it');
      });

      it('reads the exports offline: a document needing a remote context is refused, not fetched', async () => {
        await expect(
          jsonLdToStore({
            '@context': 'https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld',
            '@id': 'urn:x',
            name: 'x',
          }),
        ).rejects.toThrow(/refusing to fetch/);
      });

      it('would catch a wrong export: the shapes see the service, its authorities, costs and channels', async () => {
        const good = await exportOf('carta-identita-elettronica');
        const broken = {
          ...good,
          keyword: 'cie',
          hasCompetentAuthority: [],
          hasCost: (good['hasCost'] as object[]).map((c) => ({ ...c, hasValue: 'gratis' })),
          hasChannel: (good['hasChannel'] as object[]).map((c) => ({ ...c, type: 'appointment' })),
          hasInput: [{ '@type': 'Evidence', hasURL: 'https://example.org' }],
        };
        const outcome = await validateJsonLd(validator, broken);
        expect(outcome.conforms).toBe(false);
        const paths = new Set(outcome.violations.map((v) => v.path));
        for (const p of [
          'http://www.w3.org/ns/dcat#keyword',
          'http://data.europa.eu/m8g/hasCompetentAuthority',
          'http://data.europa.eu/m8g/hasValue',
          'http://purl.org/dc/terms/type',
          'http://purl.org/dc/terms/identifier',
        ])
          expect(paths).toContain(p);
      });
    });
  });
});
