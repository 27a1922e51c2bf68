import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The path prefix of each service is its context (`/catalogue/v1/...` → catalogue). */
export const CONTEXTS = ['catalogue', 'scheduling', 'assistance', 'notifications'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface MediaTypeObject {
  schema?: JsonObject;
}
interface ResponseObject {
  content?: Record<string, MediaTypeObject>;
}
interface OperationObject {
  operationId?: string;
  responses?: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, JsonObject> };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  literal: number;
  operation: OperationObject;
}

interface Contract {
  routes: Route[];
  ajv: Ajv;
  validators: Map<string, ValidateFunction>;
}

export interface Mismatch {
  context: string;
  operation: string;
  status: number;
  mediaType: string;
  problem: string;
  /** The first request that got this answer. */
  example: string;
  count: number;
}

const OPENAPI_ONLY = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator', 'deprecated']);

/**
 * OpenAPI 3.0 schema → JSON Schema for Ajv: `nullable` becomes "or null", `#/components/schemas/X` points at
 * the shared definitions, and objects are closed: a field the document does not declare is a mismatch.
 */
export function toJsonSchema(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(key) || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string')
      out[key] = value.replace('#/components/schemas/', 'components#/definitions/');
    else if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, toJsonSchema(s)]));
    } else out[key] = toJsonSchema(value);
  }
  const composed = 'allOf' in out || 'anyOf' in out || 'oneOf' in out;
  if ('properties' in out && !('additionalProperties' in out) && !composed)
    out['additionalProperties'] = false;
  return schema['nullable'] === true ? { anyOf: [out, { type: 'null' }] } : out;
}

function compile(document: OpenApiDocument): Contract {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const f of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(f, true);
  const definitions = Object.fromEntries(
    Object.entries(document.components?.schemas ?? {}).map(([n, s]) => [n, toJsonSchema(s)]),
  );
  ajv.addSchema({ $id: 'components', definitions });
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      routes.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        literal: template.replace(/\{[^}]+\}/g, '').length,
        operation,
      });
    }
  }
  // the most specific template first: `/services/{slug}.jsonld` before `/services/{slug}`, literals before parameters
  routes.sort((a, b) => b.literal - a.literal);
  return { routes, ajv, validators: new Map() };
}

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

interface Observation {
  context: string;
  method: string;
  url: URL;
  status: number;
  mediaType: string;
  body: string;
}

/**
 * Records every answer the e2e suites receive from a started platform and checks it against the served
 * OpenAPI document: the operation must declare the status, the media type, and (for JSON and problem+json)
 * a schema the body satisfies. `fetch` goes through it (support/response-contract.setup.ts).
 */
export class ResponseContract {
  private readonly origins = new Set<string>();
  private readonly contracts = new Map<string, Promise<Contract | null>>();
  private readonly found = new Map<string, Mismatch>();
  private inFlight: Promise<void>[] = [];
  private reported = new Set<string>();
  readonly checked: Record<string, number> = {};
  unmatched = 0;

  constructor(private readonly rawFetch: typeof fetch) {}

  /** Answers from these origins (the gateway and each service of a started platform) are checked. */
  watch(...origins: string[]): void {
    for (const o of origins) this.origins.add(new URL(o).origin);
  }

  /** Called with each answer; the check runs on a clone of the body, the caller reads its own. */
  observe(method: string, url: string, response: Response): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (!this.origins.has(parsed.origin)) return;
    const context = parsed.pathname.split('/')[1] ?? '';
    if (!(CONTEXTS as readonly string[]).includes(context) || !parsed.pathname.startsWith(`/${context}/v`))
      return;
    const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    // a stream (server-sent events) never ends: only its status and media type are checked
    const body =
      mediaType === 'text/event-stream'
        ? Promise.resolve('')
        : response
            .clone()
            .text()
            .catch(() => null);
    const check = body.then(async (text) => {
      if (text === null) return; // the caller aborted the request
      await this.check({ context, method, url: parsed, status: response.status, mediaType, body: text });
    });
    this.inFlight.push(
      check.catch((e: Error) =>
        this.add(
          { context, method, url: parsed, status: response.status, mediaType, body: '' },
          '?',
          `could not be checked: ${e.message}`,
        ),
      ),
    );
  }

  /** Waits for the checks of every answer received so far. */
  async settle(): Promise<void> {
    while (this.inFlight.length > 0) {
      const batch = this.inFlight;
      this.inFlight = [];
      await Promise.all(batch);
    }
  }

  mismatches(): Mismatch[] {
    return [...this.found.values()];
  }

  /** Mismatches not yet reported by a previous call. */
  takeFailures(): Mismatch[] {
    const fresh = [...this.found.entries()].filter(([key]) => !this.reported.has(key));
    for (const [key] of fresh) this.reported.add(key);
    return fresh.map(([, m]) => m);
  }

  summary(): {
    checked: Record<string, number>;
    unmatched: number;
    mismatches: Record<string, number>;
  } {
    const mismatches: Record<string, number> = Object.fromEntries(CONTEXTS.map((c) => [c, 0]));
    for (const m of this.found.values()) mismatches[m.context] = (mismatches[m.context] ?? 0) + 1;
    return { checked: this.checked, unmatched: this.unmatched, mismatches };
  }

  private contractOf(origin: string, context: string): Promise<Contract | null> {
    const key = `${origin}/${context}`;
    let contract = this.contracts.get(key);
    if (!contract) {
      contract = this.rawFetch(`${origin}/${context}/openapi.json`)
        .then(async (res) => (res.ok ? compile((await res.json()) as OpenApiDocument) : null))
        .catch(() => null);
      this.contracts.set(key, contract);
    }
    return contract;
  }

  private async check(o: Observation): Promise<void> {
    const contract = await this.contractOf(o.url.origin, o.context);
    if (!contract) return;
    const route = contract.routes.find((r) => r.method === o.method && r.pattern.test(o.url.pathname));
    if (!route) {
      this.unmatched++; // not an operation of the document (an unknown path): nothing declared to compare with
      return;
    }
    this.checked[o.context] = (this.checked[o.context] ?? 0) + 1;
    const operation = route.operation.operationId ?? `${route.method} ${route.template}`;
    const responses = route.operation.responses ?? {};
    const status = String(o.status);
    const declared = responses[status] ?? responses[`${status[0]}XX`] ?? responses['default'];
    if (!declared)
      return this.add(
        o,
        operation,
        `status ${status} is not declared (declared: ${Object.keys(responses).join(', ')})`,
      );
    const content = declared.content ?? {};
    if (Object.keys(content).length === 0) {
      if (o.body.length > 0)
        this.add(o, operation, `declares no body, got ${o.mediaType || 'no media type'}`);
      return;
    }
    const media = content[o.mediaType];
    if (!media)
      return this.add(
        o,
        operation,
        `media type '${o.mediaType}' is not declared (declared: ${Object.keys(content).join(', ')})`,
      );
    if (!media.schema) return;
    if (!isJson(o.mediaType)) {
      if (media.schema['type'] !== 'string')
        this.add(o, operation, `a ${o.mediaType} body cannot match a non-string schema`);
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(o.body);
    } catch {
      return this.add(o, operation, `the body is not JSON: ${o.body.slice(0, 80)}`);
    }
    const key = `${route.method} ${route.template} ${status} ${o.mediaType}`;
    let validate = contract.validators.get(key);
    if (!validate) {
      validate = contract.ajv.compile(toJsonSchema(media.schema) as object);
      contract.validators.set(key, validate);
    }
    if (!validate(body)) {
      const errors = (validate.errors ?? [])
        .slice(0, 5)
        .map(
          (e) =>
            `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params['additionalProperty'])}'` : ''}`,
        );
      this.add(o, operation, `the body does not match the schema: ${errors.join('; ')}`);
    }
  }

  private add(o: Observation, operation: string, problem: string): void {
    const key = `${o.context} ${operation} ${o.status} ${o.mediaType} ${problem}`;
    const known = this.found.get(key);
    if (known) {
      known.count++;
      return;
    }
    const path = `${o.url.pathname}${o.url.search}`.slice(0, 200);
    this.found.set(key, {
      context: o.context,
      operation,
      status: o.status,
      mediaType: o.mediaType,
      problem,
      example: `${o.method} ${path} → ${o.status} ${o.body.slice(0, 200)}`,
      count: 1,
    });
  }
}

export const describeMismatch = (m: Mismatch): string =>
  `${m.context} ${m.operation} → ${m.status} ${m.mediaType}: ${m.problem} (${m.count}×, e.g. ${m.example})`;

const KEY = Symbol.for('facile.responseContract');

/** The one recorder of this test file: `fetch` is wrapped once so that every answer reaches it. */
export function responseContract(): ResponseContract {
  const holder = globalThis as unknown as Record<symbol, ResponseContract | undefined>;
  let contract = holder[KEY];
  if (!contract) {
    const rawFetch = globalThis.fetch;
    const created = new ResponseContract(rawFetch);
    contract = created;
    holder[KEY] = created;
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const response = await rawFetch(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      created.observe(method, url, response);
      return response;
    };
  }
  return contract;
}
