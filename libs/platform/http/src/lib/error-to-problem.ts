import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError } from '@facile/platform/errors';
import { Problem, problemType } from './problem';

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not authenticated',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  409: 'Conflict with the current state',
  413: 'Request too large',
  415: 'Unsupported media type',
  422: 'The request breaks a business rule',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

const titleOf = (status: number) => STATUS_TITLES[status] ?? HttpStatus[status] ?? 'Error';

interface PgError {
  code?: string;
  constraint?: string;
}

/** SQLSTATEs that mean the request, not the server, is wrong. */
const PG_STATUS: Record<string, { status: number; code: string; detail: string }> = {
  '23505': { status: 409, code: 'conflict', detail: 'This would duplicate an existing record' },
  '23P01': { status: 409, code: 'conflict', detail: 'This overlaps an existing record' },
  '23503': { status: 409, code: 'conflict', detail: 'A referenced record does not exist or is still in use' },
  '23514': { status: 422, code: 'business-rule', detail: 'The values break a rule of the data' },
  '22P02': { status: 400, code: 'validation', detail: 'A value has the wrong format' },
  '22007': { status: 400, code: 'validation', detail: 'A date or time has the wrong format' },
  '22008': { status: 400, code: 'validation', detail: 'A date or time is out of range' },
  '22003': { status: 400, code: 'validation', detail: 'A number is out of range' },
  '22001': { status: 400, code: 'validation', detail: 'A value is too long' },
  '54000': { status: 400, code: 'validation', detail: 'A value is too large' },
  // A NUL character (\u0000) in text or JSON: PostgreSQL cannot store it.
  '22021': {
    status: 400,
    code: 'validation',
    detail: 'A value contains a character that cannot be stored (e.g. NUL)',
  },
  '22P05': {
    status: 400,
    code: 'validation',
    detail: 'A value contains a character that cannot be stored (e.g. NUL)',
  },
};

function pgErrorOf(error: unknown): PgError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { driverError?: PgError; code?: unknown; severity?: unknown };
  if (e.driverError && typeof e.driverError.code === 'string') return e.driverError;
  if (typeof e.code === 'string' && typeof e.severity === 'string') return e as PgError;
  return undefined;
}

/** Network errors and SQLSTATEs (class 08, 57P0x) that mean the database is away, not that the request is wrong. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Connection is not established|connect ECONNREFUSED|read ECONNRESET|Client has encountered a connection error/i;

function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; depth++) {
    const x = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof x.code === 'string' && UNAVAILABLE_CODES.has(x.code)) return true;
    if (typeof x.message === 'string' && UNAVAILABLE_MESSAGE.test(x.message)) return true;
    e = x.driverError ?? x.cause;
  }
  return false;
}

/** Maps anything thrown while serving a request to a problem; `internal` is true only for real faults. */
export function errorToProblem(error: unknown): { problem: Problem; internal: boolean } {
  if (error instanceof DomainError) {
    return {
      problem: {
        ...(error.extensions ?? {}),
        type: problemType(error.code),
        title: error.title,
        status: error.status,
        detail: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      },
      internal: false,
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? (response as { message: string[] }).message.join('; ')
          : String((response as { message?: unknown }).message ?? error.message);
    // Terminus' readiness answer keeps its per-dependency details.
    const details =
      typeof response === 'object' && response !== null
        ? (response as { details?: unknown }).details
        : undefined;
    if (details) {
      return {
        problem: {
          type: problemType('not-ready'),
          title: titleOf(status),
          status,
          detail: 'A dependency is not available',
          checks: details,
        },
        internal: false,
      };
    }
    // Nest turns body-parser's SyntaxError into a bare BadRequestException carrying the parser's message.
    const badJson =
      status === 400 &&
      typeof response === 'object' &&
      /JSON|Unexpected (token|end|non-whitespace)/.test(message);
    return {
      problem: {
        type: problemType(status === 404 ? 'not-found' : badJson ? 'invalid-json' : `http-${status}`),
        title: titleOf(status),
        status,
        detail: badJson ? `The body is not valid JSON (${message})` : message,
      },
      internal: status >= 500,
    };
  }
  const pg = pgErrorOf(error);
  if (pg?.code && PG_STATUS[pg.code]) {
    const m = PG_STATUS[pg.code];
    return {
      problem: { type: problemType(m.code), title: titleOf(m.status), status: m.status, detail: m.detail },
      internal: false,
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      problem: {
        type: problemType('unavailable'),
        title: titleOf(503),
        status: 503,
        detail: 'The database is not reachable; try again shortly',
        retryAfterSeconds: 5,
      },
      internal: false,
    };
  }
  // Errors carrying an HTTP status (auth errors, body-parser's http-errors): trust 4xx only.
  if (typeof error === 'object' && error !== null) {
    const e = error as { status?: unknown; statusCode?: unknown; message?: unknown; type?: unknown };
    const status =
      typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 0;
    if (status >= 400 && status < 500) {
      let detail = typeof e.message === 'string' ? e.message : titleOf(status);
      if (e.type === 'entity.parse.failed') detail = 'The body is not valid JSON';
      if (e.type === 'entity.too.large') detail = 'The body is too large';
      const code = status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : `http-${status}`;
      return {
        problem: { type: problemType(code), title: titleOf(status), status, detail },
        internal: false,
      };
    }
  }
  return {
    problem: {
      type: problemType('internal'),
      title: titleOf(500),
      status: 500,
      detail: 'An unexpected error occurred',
    },
    internal: true,
  };
}
