import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { ResponseContract, toJsonSchema } from './response-contract';

const problem = { $ref: '#/components/schemas/ProblemDto' };
const DOCUMENT = {
  openapi: '3.0.0',
  paths: {
    '/catalogue/v1/things/{id}': {
      get: {
        operationId: 'getThing',
        responses: {
          '200': {
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/Thing' } },
              'text/csv': { schema: { type: 'string' } },
            },
          },
          '404': { content: { 'application/problem+json': { schema: problem } } },
        },
      },
    },
    '/catalogue/v1/things/{id}.jsonld': {
      get: {
        operationId: 'getThingJsonLd',
        responses: {
          '200': {
            content: {
              'application/ld+json': {
                schema: { type: 'object', properties: { '@id': { type: 'string' } } },
              },
            },
          },
        },
      },
    },
    '/catalogue/v1/things/{id}/reset': {
      delete: { operationId: 'resetThing', responses: { '204': { description: 'Reset' } } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'note', 'owner', 'at'],
        properties: {
          id: { type: 'string', example: 'a' },
          note: { type: 'string', nullable: true },
          owner: { type: 'object', nullable: true, allOf: [{ $ref: '#/components/schemas/Owner' }] },
          at: { type: 'string', format: 'date-time' },
        },
      },
      Owner: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      ProblemDto: {
        type: 'object',
        required: ['type', 'title', 'status'],
        properties: {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
        },
      },
    },
  },
};

const ok = { id: 'a', note: null, owner: { name: 'Anna' }, at: '2027-04-06T09:00:00+02:00' };

/** What the fake service answers for each path: [status, content type, body]. */
const ANSWERS: Record<string, [number, string, string]> = {
  '/catalogue/v1/things/good': [200, 'application/json; charset=utf-8', JSON.stringify(ok)],
  '/catalogue/v1/things/purged': [200, 'application/json', JSON.stringify({ ...ok, owner: null })],
  '/catalogue/v1/things/extra': [200, 'application/json', JSON.stringify({ ...ok, secret: 'x' })],
  '/catalogue/v1/things/wrong-type': [200, 'application/json', JSON.stringify({ ...ok, id: 7 })],
  '/catalogue/v1/things/missing': [
    200,
    'application/json',
    JSON.stringify({ id: 'a', note: null, owner: null }),
  ],
  '/catalogue/v1/things/bad-date': [200, 'application/json', JSON.stringify({ ...ok, at: 'tomorrow' })],
  '/catalogue/v1/things/null-name': [
    200,
    'application/json',
    JSON.stringify({ ...ok, owner: { name: null } }),
  ],
  '/catalogue/v1/things/csv': [200, 'text/csv; charset=utf-8', 'id\r\na\r\n'],
  '/catalogue/v1/things/html': [200, 'text/html', '<p>a</p>'],
  '/catalogue/v1/things/gone': [
    404,
    'application/problem+json',
    JSON.stringify({ type: 'https://x.example/problems/not-found', title: 'Not found', status: 404 }),
  ],
  '/catalogue/v1/things/conflict': [
    409,
    'application/problem+json',
    JSON.stringify({ type: 'https://x.example/problems/conflict', title: 'Conflict', status: 409 }),
  ],
  '/catalogue/v1/things/a.jsonld': [
    200,
    'application/ld+json',
    JSON.stringify({ '@id': 'https://x.example/a' }),
  ],
  '/catalogue/v1/nothing/here': [404, 'application/problem+json', '{}'],
};

describe('response contract', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? '';
      if (url === '/catalogue/openapi.json') {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(DOCUMENT));
      } else if (req.method === 'DELETE') {
        res.statusCode = url.endsWith('/noisy/reset') ? 200 : 204;
        res.end(url.endsWith('/noisy/reset') ? 'done' : undefined);
      } else {
        const [status, type, body] = ANSWERS[url] ?? [500, 'text/plain', 'no'];
        res.statusCode = status;
        res.setHeader('content-type', type);
        res.end(body);
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((r) => server.close(r)));

  /** Fetches each path through a recorder of its own and answers what it found, by path. */
  async function check(paths: string[], method = 'GET'): Promise<Record<string, string[]>> {
    const contract = new ResponseContract(fetch);
    contract.watch(base);
    for (const p of paths) {
      const url = `${base}${p}`;
      contract.observe(method, url, await fetch(url, { method }));
    }
    await contract.settle();
    const byPath: Record<string, string[]> = Object.fromEntries(paths.map((p) => [p, []]));
    for (const m of contract.mismatches()) byPath[m.example.split(' ')[1]].push(m.problem);
    return byPath;
  }

  it('accepts answers that match, nullable values included, by media type', async () => {
    const paths = [
      '/catalogue/v1/things/good',
      '/catalogue/v1/things/purged',
      '/catalogue/v1/things/csv',
      '/catalogue/v1/things/gone',
      '/catalogue/v1/things/a.jsonld',
    ];
    expect(await check(paths)).toEqual(Object.fromEntries(paths.map((p) => [p, []])));
  });

  it('reports an undeclared field, a wrong type, a missing field, a bad format and a null where none is allowed', async () => {
    const found = await check([
      '/catalogue/v1/things/extra',
      '/catalogue/v1/things/wrong-type',
      '/catalogue/v1/things/missing',
      '/catalogue/v1/things/bad-date',
      '/catalogue/v1/things/null-name',
    ]);
    expect(found['/catalogue/v1/things/extra']).toEqual([
      expect.stringMatching(/must NOT have additional properties 'secret'/),
    ]);
    expect(found['/catalogue/v1/things/wrong-type']).toEqual([expect.stringMatching(/\/id must be string/)]);
    expect(found['/catalogue/v1/things/missing']).toEqual([
      expect.stringMatching(/must have required property 'at'/),
    ]);
    expect(found['/catalogue/v1/things/bad-date']).toEqual([
      expect.stringMatching(/\/at must match format "date-time"/),
    ]);
    expect(found['/catalogue/v1/things/null-name']).toEqual([
      expect.stringMatching(/\/owner\/name must be string/),
    ]);
  });

  it('reports an undeclared status and an undeclared media type; ignores paths that are no operation', async () => {
    const found = await check([
      '/catalogue/v1/things/conflict',
      '/catalogue/v1/things/html',
      '/catalogue/v1/nothing/here',
    ]);
    expect(found['/catalogue/v1/things/conflict']).toEqual([
      'status 409 is not declared (declared: 200, 404)',
    ]);
    expect(found['/catalogue/v1/things/html']).toEqual([
      "media type 'text/html' is not declared (declared: application/json, text/csv)",
    ]);
    expect(found['/catalogue/v1/nothing/here']).toEqual([]);
  });

  it('checks a body-less answer too', async () => {
    const found = await check(['/catalogue/v1/things/a/reset', '/catalogue/v1/things/noisy/reset'], 'DELETE');
    expect(found['/catalogue/v1/things/a/reset']).toEqual([]);
    expect(found['/catalogue/v1/things/noisy/reset']).toEqual(['status 200 is not declared (declared: 204)']);
  });

  it('turns OpenAPI nullable into JSON Schema and closes objects', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, example: 'x' })).toEqual({
      anyOf: [{ type: 'string' }, { type: 'null' }],
    });
    expect(toJsonSchema({ type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } })).toEqual({
      type: 'object',
      properties: { a: { $ref: 'components#/definitions/A' } },
      additionalProperties: false,
    });
  });
});
