/** One field that failed validation, as every service reports it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The members of an RFC 9457 problem a front end uses (the services' shared `Problem` schema). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors: FieldProblem[];
  /** With 429 and 503: seconds to wait before trying again. */
  retryAfterSeconds?: number;
}

/** `status` of a problem that never reached the API (offline, DNS, connection refused, CORS). */
export const NETWORK_STATUS = 0;

/**
 * A failed API call as one typed error: the service's problem+json answer when there is one, otherwise a
 * problem made from what the response (or the network) said. Query libraries throw and catch it; screens
 * choose what to tell the visitor from `status`, and show `errors` next to the fields they name.
 */
export class ApiProblem extends Error implements ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors: FieldProblem[];
  readonly retryAfterSeconds?: number;

  constructor(details: ProblemDetails, options?: { cause?: unknown }) {
    super(details.detail || details.title, options);
    this.name = 'ApiProblem';
    this.type = details.type;
    this.title = details.title;
    this.status = details.status;
    this.detail = details.detail;
    this.instance = details.instance;
    this.errors = details.errors;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** The request never got an answer. */
  get isNetwork(): boolean {
    return this.status === NETWORK_STATUS;
  }

  /** Trying again later may work (no answer, 408, 429, 5xx); a 4xx refusal stays a refusal. */
  get isTransient(): boolean {
    return this.isNetwork || this.status === 408 || this.status === 429 || this.status >= 500;
  }

  static network(cause: unknown): ApiProblem {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ApiProblem(
      { type: 'about:blank', title: 'Network error', status: NETWORK_STATUS, detail, errors: [] },
      { cause },
    );
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldProblems(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e) =>
    isRecord(e) && typeof e['field'] === 'string' && typeof e['message'] === 'string'
      ? [{ field: e['field'], message: e['message'] }]
      : [],
  );
}

/**
 * The problem of a failed response. `body` is what the client parsed (JSON, or the text when it was not
 * JSON): a problem+json body gives its members; anything else (a proxy's HTML page, an empty 502) gives
 * `about:blank` with the HTTP status, and never leaks that body into `detail`.
 */
export function problemFrom(response: Response, body: unknown): ApiProblem {
  if (isRecord(body) && typeof body['title'] === 'string' && typeof body['status'] === 'number') {
    return new ApiProblem({
      type: typeof body['type'] === 'string' ? body['type'] : 'about:blank',
      title: body['title'],
      status: body['status'],
      detail: typeof body['detail'] === 'string' ? body['detail'] : '',
      instance: typeof body['instance'] === 'string' ? body['instance'] : undefined,
      errors: fieldProblems(body['errors']),
      retryAfterSeconds:
        typeof body['retryAfterSeconds'] === 'number' ? body['retryAfterSeconds'] : retryAfter(response),
    });
  }
  return new ApiProblem({
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: '',
    errors: [],
    retryAfterSeconds: retryAfter(response),
  });
}

function retryAfter(response: Response): number | undefined {
  const seconds = Number(response.headers.get('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** What every openapi-fetch call resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful call, or an `ApiProblem` thrown: `await unwrap(api.catalogue.GET(...))`.
 * A cancelled request (AbortSignal) is rethrown as it is, so query libraries recognise the cancellation.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw ApiProblem.network(e);
  }
  if (result.error !== undefined || !result.response.ok) throw problemFrom(result.response, result.error);
  return result.data as T;
}
