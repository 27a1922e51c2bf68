import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
interface Response {
  description?: string;
  content?: Record<string, { schema?: Json }>;
}
interface Operation {
  operationId: string;
  responses: Record<string, Response>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json> };
}
/** What a supertest (or fetch-derived) answer offers for checking. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  text?: string;
}

const DOCUMENT_ID = 'openapi';

/**
 * OpenAPI 3.0 to JSON Schema: `nullable: true` becomes "or null"; `#/components/schemas/X` points to the
 * components registered as the definitions of one schema document.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(rest)) {
    out[k] =
      k === '$ref' && typeof v === 'string'
        ? v.replace(/^#\/components\/schemas\//, `${DOCUMENT_ID}#/definitions/`)
        : toJsonSchema(v);
  }
  return nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

const mediaOf = (contentType: string | undefined) => (contentType ?? '').split(';')[0].trim().toLowerCase();

/**
 * Checks real answers against the served OpenAPI document: the status must be declared for the operation, the
 * media type must be one the status declares, and a JSON body must validate against its schema (ajv, with
 * formats; additional properties are allowed, every required one must be there with its type). Remembers
 * which operations were seen answering with success, so a test can require all of them.
 */
export class OpenApiAnswers {
  private readonly ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
  private readonly operations = new Map<string, { key: string; op: Operation }>();
  private readonly validators = new Map<string, ValidateFunction>();
  readonly succeeded = new Set<string>();

  constructor(doc: OpenApiDocument) {
    addFormats(this.ajv);
    this.ajv.addKeyword('example');
    this.ajv.addSchema({ definitions: toJsonSchema(doc.components?.schemas ?? {}) }, DOCUMENT_ID);
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item))
        this.operations.set(op.operationId, { key: `${method.toUpperCase()} ${path}`, op });
    }
  }

  operationIds(): string[] {
    return [...this.operations.keys()];
  }

  /** Compiles every declared JSON schema of every answer (throws on a schema ajv cannot compile). */
  compileAll(): number {
    let n = 0;
    for (const { op } of this.operations.values()) {
      for (const [status, r] of Object.entries(op.responses)) {
        for (const media of Object.keys(r.content ?? {}).filter((m) => /json$/.test(m))) {
          this.validator(op.operationId, status, media);
          n++;
        }
      }
    }
    return n;
  }

  private validator(operationId: string, status: string, media: string): ValidateFunction {
    const key = `${operationId} ${status} ${media}`;
    let v = this.validators.get(key);
    if (!v) {
      const schema = this.operations.get(operationId)?.op.responses[status]?.content?.[media]?.schema;
      if (!schema) throw new Error(`${key}: no schema declared`);
      v = this.ajv.compile(toJsonSchema(schema) as Json);
      this.validators.set(key, v);
    }
    return v;
  }

  /** Problems of one answer against the document (empty when it conforms). */
  problems(operationId: string, answer: Answer): string[] {
    const entry = this.operations.get(operationId);
    if (!entry) return [`unknown operationId ${operationId}`];
    const status = String(answer.status);
    const declared = entry.op.responses[status];
    const where = `${operationId} (${entry.key}) → ${status}`;
    if (!declared)
      return [`${where}: status not declared (declared: ${Object.keys(entry.op.responses).join(', ')})`];
    const contentType = answer.headers['content-type'];
    const media = mediaOf(Array.isArray(contentType) ? contentType[0] : contentType);
    const content = declared.content ?? {};
    if (!(media in content))
      return [
        `${where}: media type ${media || '(none)'} not declared (declared: ${Object.keys(content).join(', ')})`,
      ];
    if (/json$/.test(media)) {
      const validate = this.validator(operationId, status, media);
      // The text as sent, when there is one (what a client parses), else the parsed body.
      const body: unknown = answer.text ? JSON.parse(answer.text) : answer.body;
      if (!validate(body))
        return (validate.errors ?? []).map(
          (e) => `${where}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
        );
    }
    if (answer.status >= 200 && answer.status < 300) this.succeeded.add(operationId);
    return [];
  }

  /** Throws with every mismatch, so the failing answer is shown with its body. */
  check<T extends Answer>(operationId: string, answer: T): T {
    const problems = this.problems(operationId, answer);
    if (problems.length)
      throw new Error(
        `${problems.join('\n')}\nbody: ${(answer.text ?? JSON.stringify(answer.body)).slice(0, 2000)}`,
      );
    return answer;
  }
}
