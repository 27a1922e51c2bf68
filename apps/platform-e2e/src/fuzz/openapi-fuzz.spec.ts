import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Client } from 'pg';
import { staffToken } from '@facile/platform/testing';
import { snapshot } from '../support/db-snapshot';
import { fiscalCode, waitSeeded } from '../support/fixtures';
import { root, RunningPlatform, SERVICES, startPlatform } from '../support/platform';

type Schema = {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  format?: string;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: Schema;
  schemas: Record<string, Schema>;
}
interface Request {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  mustFail: boolean;
}

const RUNS_PER_OPERATION = Number(process.env['FUZZ_RUNS'] ?? 40);

/** Values that are wrong somewhere: bad types, huge, empty, hostile, impossible dates, invalid codici fiscali, unknown ids. */
const junkString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(5000),
    "' OR 1=1 --",
    '../../etc/passwd',
    '%00',
    '\u0000',
    '😀😀',
    '<script>alert(1)</script>',
    'null',
    'NaN',
    '-1',
    '1e309',
    '2026-02-30',
    '2026-13-01',
    '2026-02-29T25:61:00+01:00',
    'not-a-date',
    '9999-99-99',
    'RSSMRA85T10A562X',
    'ZZZZZZ00Z00Z000Z',
    'rimini',
    'milano',
    'no-such-site',
    'no-such-service',
    'ZZZZ-ZZZZ',
    'A'.repeat(201),
  ),
  fc.string({ maxLength: 40 }).map((s) => `zz${s}`),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  junkString,
  fc.constantFrom(
    null,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    true,
    false,
    [],
    {},
    [1, 2, 3],
    { nested: { deep: true } },
    'x'.repeat(100000),
  ),
  fc.integer(),
  fc.double(),
  fc.array(junkString, { maxLength: 5 }),
);
const dateRange = fc.oneof(
  fc.constant(['2027-04-10', '2027-04-01']), // to < from
  fc.constant(['2026-01-01', '2036-01-01']), // 10 years
  fc.constant(['2027-02-30', '2027-03-01']),
  fc.constant(['yesterday', 'tomorrow']),
  fc.constant(['2027-04-01T00:00:00Z', '2027-04-01T00:00:00Z']),
  fc.tuple(junkString, junkString),
);

function resolve(s: Schema | undefined, schemas: Record<string, Schema>): Schema {
  if (!s) return {};
  if (s.$ref) return resolve(schemas[s.$ref.split('/').pop() ?? ''], schemas);
  return s;
}

/** A plausible value for a schema (what a well-meaning client would send), so mutations hit one field at a time. */
function plausible(s0: Schema | undefined, schemas: Record<string, Schema>, depth = 0): unknown {
  const s = resolve(s0, schemas);
  if (s.example !== undefined) return s.example;
  if (s.enum) return s.enum[0];
  switch (s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth < 3)
        for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = plausible(v, schemas, depth + 1);
      return out;
    }
    case 'array':
      return depth < 3 ? [plausible(s.items, schemas, depth + 1)] : [];
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'string':
    case undefined:
    default:
      return 'valore';
  }
}

/** Noise for the fields a mutation leaves alone: any junk, kept under the body limit (256 kB) with the rest. */
const noiseValue = junkValue.filter((v) => JSON.stringify(v ?? null).length <= 20000);

/**
 * A body that is certainly invalid: an unknown field, a missing required field, a wrong type, or not an object
 * at all. The other fields start from the schema's examples (valid values from the seed) and may get noise;
 * the mutated field never does, so the body stays certainly invalid.
 */
function badBody(op: Operation): fc.Arbitrary<unknown> {
  const schema = resolve(op.body, op.schemas);
  const base = plausible(schema, op.schemas) as Record<string, unknown>;
  const props = Object.keys(schema.properties ?? {});
  const required = schema.required ?? [];
  const nested = props.filter(
    (p) =>
      resolve(schema.properties?.[p], op.schemas).type === 'object' ||
      resolve(schema.properties?.[p], op.schemas).properties,
  );
  type Mutation = { body: unknown; key?: string };
  const certain: fc.Arbitrary<Mutation>[] = [
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !props.includes(k) && k !== '__proto__'),
        junkValue,
      )
      .map(([k, v]) => ({ body: { ...base, [k]: v }, key: k })),
    fc.constantFrom(null, [], 'text', 42, [base]).map((body) => ({ body })),
  ];
  if (required.length > 0)
    certain.push(
      fc.constantFrom(...required).map((k) => ({
        body: Object.fromEntries(Object.entries(base).filter(([key]) => key !== k)),
        key: k,
      })),
    );
  if (props.length > 0) {
    // a value of another type than the schema's (a string where a number is due and so on); null only where
    // the field is required and not nullable (an optional field given null counts as left out)
    certain.push(
      fc.constantFrom(...props).chain((k) => {
        const field = resolve(schema.properties?.[k], op.schemas) as Schema & { nullable?: boolean };
        const t = field.type;
        const wrong: unknown[] =
          t === 'string'
            ? [1, true, {}, [], null]
            : t === 'number' || t === 'integer'
              ? ['1', 'uno', true, {}, null]
              : t === 'boolean'
                ? ['yes', 1, {}, null]
                : t === 'array'
                  ? ['x', 1, {}]
                  : ['x', 1, true];
        const nullAllowed = field.nullable === true || !required.includes(k);
        return fc
          .constantFrom(...wrong.filter((v) => v !== null || !nullAllowed))
          .map((v) => ({ body: { ...base, [k]: v }, key: k }));
      }),
    );
  }
  for (const k of nested) {
    // the citizen: invalid codici fiscali, emails, phones; unknown fields inside
    certain.push(
      fc
        .constantFrom(
          { fiscalCode: 'RSSMRA85T10A562X' }, // wrong check character
          { fiscalCode: 'RSSMRA85T10A56' },
          { fiscalCode: fiscalCode(1).toLowerCase().replace(/.$/, '0') },
          { email: 'not-an-email' },
          { phone: 'call me maybe' },
          { locale: 'klingon' },
          { extra: 'field' },
        )
        .map((patch) => ({ body: { ...base, [k]: { ...(base[k] as object), ...patch } }, key: k })),
    );
  }
  const certainly = fc.oneof(...certain);
  // plus random noise on other fields
  return fc
    .tuple(
      certainly,
      fc.array(fc.tuple(fc.constantFrom(...(props.length ? props : ['x'])), noiseValue), { maxLength: 2 }),
    )
    .map(([{ body, key }, noise]) =>
      body && typeof body === 'object' && !Array.isArray(body)
        ? { ...body, ...Object.fromEntries(noise.filter(([k]) => k !== key && k in body)) }
        : body,
    );
}

function requests(op: Operation, tokens: (string | undefined)[]): fc.Arbitrary<Request> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const query = op.parameters.filter((p) => p.in === 'query');
  const headers = op.parameters.filter((p) => p.in === 'header' && !/idempotency/i.test(p.name));
  const hasFrom = query.some((q) => q.name === 'from') && query.some((q) => q.name === 'to');
  const typed = query.filter(
    (q) =>
      ['number', 'integer', 'boolean'].includes(q.schema?.type ?? '') ||
      ['from', 'to', 'date'].includes(q.name),
  );
  // what makes the request certainly wrong: unknown ids in the path, a bad body, an unknown query field or a bad typed value
  const certainQuery = fc.oneof(
    fc.record({ zzUnknown: junkString.map(String) }),
    ...(typed.length
      ? [
          fc
            .constantFrom(...typed)
            .chain((q) =>
              fc
                .constantFrom('abc', 'maybe', '2026-02-30', '-5', '0.5', 'x'.repeat(300))
                .map((v) => ({ [q.name]: v })),
            ),
        ]
      : []),
    ...(hasFrom ? [dateRange.map(([from, to]) => ({ from: String(from), to: String(to) }))] : []),
  );
  const randomQuery = fc.dictionary(
    fc.constantFrom(...(query.length ? query.map((q) => q.name) : ['q'])),
    junkString.map(String),
    { maxKeys: 3 },
  );
  const mustFailBy = pathParams.length > 0 || !!op.body || query.length > 0;
  return fc
    .record({
      path: fc.tuple(
        ...pathParams.map(() => junkString.filter((s) => s.length > 0 && s !== '.' && s !== '..')),
      ),
      query: fc
        .tuple(randomQuery, op.body || pathParams.length ? fc.constant({}) : certainQuery)
        .map(([a, b]) => ({ ...a, ...b })),
      body: op.body ? badBody(op) : fc.constant(undefined),
      headerValues: fc.tuple(
        ...headers.map(() =>
          fc.option(
            junkString.map((s) => s.replace(/[^\x20-\x7e]/g, '').slice(0, 4000)),
            { nil: undefined },
          ),
        ),
      ),
      token: fc.constantFrom(...tokens),
      idempotency: fc.option(fc.constantFrom('k-1', '', 'x'.repeat(500)), { nil: undefined }),
    })
    .map((g) => {
      let p = op.path;
      pathParams.forEach(
        (param, i) => (p = p.replace(`{${param.name}}`, encodeURIComponent(String(g.path[i])))),
      );
      const qs = new URLSearchParams(g.query as Record<string, string>).toString();
      const h: Record<string, string> = {};
      headers.forEach((param, i) => {
        if (g.headerValues[i] !== undefined) h[param.name] = String(g.headerValues[i]);
      });
      if (g.token) h['authorization'] = `Bearer ${g.token}`;
      if (g.idempotency !== undefined && op.parameters.some((x) => /idempotency/i.test(x.name)))
        h['idempotency-key'] = g.idempotency;
      if (g.body !== undefined) h['content-type'] = 'application/json';
      return {
        method: op.method,
        url: `${p}${qs ? `?${qs}` : ''}`,
        headers: h,
        body: g.body === undefined ? undefined : JSON.stringify(g.body),
        mustFail: mustFailBy,
      };
    });
}

/**
 * Property-based fuzzing of every operation of the four OpenAPI documents, through the gateway, with and
 * without staff tokens: never a 5xx, every error a problem+json, invalid input always a 4xx, and not one row
 * of the four schemas changed.
 */
describe('fuzzing every endpoint from its OpenAPI document', () => {
  let p: RunningPlatform;
  let db: Client;
  const operations: Operation[] = [];
  const stats = {
    requests: 0,
    byStatus: {} as Record<string, number>,
    byOperation: {} as Record<string, number>,
  };

  beforeAll(async () => {
    p = await startPlatform('platform_fuzz', { LOOKUP_RATE_LIMIT_PER_MINUTE: '100000' }, { seed: true });
    db = new Client({ connectionString: p.env['DATABASE_URL'] });
    await db.connect();
    await waitSeeded(db, p);
    for (const s of SERVICES) {
      const doc = (await (await fetch(`${p.gateway}/${s.prefix}/openapi.json`)).json()) as {
        paths: Record<
          string,
          Record<
            string,
            { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }
          >
        >;
        components?: { schemas?: Record<string, Schema> };
      };
      for (const [pth, ops] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(ops)) {
          operations.push({
            method: method.toUpperCase(),
            path: pth,
            parameters: op.parameters ?? [],
            body: op.requestBody?.content['application/json']?.schema,
            schemas: doc.components?.schemas ?? {},
          });
        }
      }
    }
  }, 180000);

  afterAll(async () => {
    await db?.end();
    await p?.stop();
  });

  it('finds every operation of the four services', () => {
    expect(operations.length).toBeGreaterThanOrEqual(45);
  });

  it('answers random and invalid input with a 4xx problem+json, never a 5xx, and writes nothing', async () => {
    const tokens = [
      undefined,
      await staffToken('union-admin'),
      await staffToken('tenant-admin', { tenants: ['cesena'] }),
      await staffToken('operator', { tenants: ['montiano'], sites: ['montiano-municipio'] }),
      'not.a.jwt',
    ];
    const before = await snapshot(db);
    const failures: string[] = [];
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      await fc
        .assert(
          fc.asyncProperty(requests(op, tokens), async (r) => {
            const res = await fetch(`${p.gateway}${r.url}`, {
              method: r.method,
              headers: r.headers,
              body: r.body,
              signal: AbortSignal.timeout(20000),
            });
            const text = await res.text();
            stats.requests++;
            stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
            stats.byOperation[key] = (stats.byOperation[key] ?? 0) + 1;
            const what = `${key} → ${r.method} ${r.url.slice(0, 300)} ${r.body?.slice(0, 300) ?? ''} [${r.headers['authorization'] ? 'token' : 'anonymous'}] = ${res.status} ${text.slice(0, 300)}`;
            if (res.status >= 500) throw new Error(`5xx: ${what}`);
            if (r.mustFail && res.status < 400) throw new Error(`accepted invalid input: ${what}`);
            if (res.status >= 400) {
              if (!/application\/problem\+json/.test(res.headers.get('content-type') ?? ''))
                throw new Error(`not problem+json: ${what}`);
              const body = JSON.parse(text) as { status?: number; title?: string; type?: string };
              if (body.status !== res.status || !body.title || !body.type)
                throw new Error(`incomplete problem: ${what}`);
            }
          }),
          {
            numRuns: RUNS_PER_OPERATION,
            endOnFailure: true,
            seed: Number(process.env['FUZZ_SEED'] ?? 20270406),
          },
        )
        .catch((e: Error) => failures.push(e.message.split('\n').slice(0, 6).join('\n')));
    }
    const summary = { operations: operations.length, ...stats };
    mkdirSync(path.join(root, 'tmp'), { recursive: true });
    writeFileSync(path.join(root, 'tmp/fuzz-summary.json'), JSON.stringify(summary, null, 2));
    process.stdout.write(
      `fuzz: ${stats.requests} requests over ${operations.length} operations; statuses ${JSON.stringify(stats.byStatus)}\n`,
    );
    expect(failures).toEqual([]);
    expect(stats.requests).toBeGreaterThanOrEqual(operations.length * RUNS_PER_OPERATION);
    expect(await snapshot(db)).toEqual(before);
  }, 600000);
});
