import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import pino from 'pino';
import { maskingDestination, maskPersonalData } from './mask-personal-data';
import { currentTraceparent, traceIdOf, traceparentOfRequest } from './trace-context';

/** Probes and scrapes answer every few seconds from every pod: their access lines are debug while they succeed. */
const QUIET_ROUTES = new Set(['/health/live', '/health/ready', '/health', '/metrics']);

type RoutedRequest = IncomingMessage & { route?: { path?: string }; baseUrl?: string };

/** Catch-all patterns (Nest's not-found handling) are no route of ours. */
const CATCH_ALL = /^\/?(\*|\{\*\w*\}|\*\w+)$/;

/** The route pattern (`/scheduling/v1/bookings/:code`), never the URL: no codes, tokens or query strings in logs. */
export function routeOf(req: IncomingMessage): string {
  const r = req as RoutedRequest;
  const path = r.route?.path;
  return typeof path === 'string' && !CATCH_ALL.test(path) ? `${r.baseUrl ?? ''}${path}` : 'unmatched';
}

/** The one access line of a request: what an operator filters on, and nothing personal. */
export function accessLine(req: IncomingMessage, res: ServerResponse, durationMs: number) {
  return {
    method: req.method,
    route: routeOf(req),
    status: res.statusCode,
    durationMs,
    traceId: traceIdOf(traceparentOfRequest(req)),
  };
}

/** Every line logged while a request or an event is handled carries its trace id (AsyncLocalStorage). */
export function traceMixin(): { traceId?: string } {
  const traceparent = currentTraceparent();
  return traceparent ? { traceId: traceIdOf(traceparent) } : {};
}

/**
 * pino settings: JSON lines, one access line per request at info (method, route pattern, status, duration, trace
 * id), the trace id on every line of the work a request or an event caused, personal data masked.
 */
export function loggerParams(service: string, level: string): Params {
  return {
    pinoHttp: [
      {
        level,
        base: { service },
        timestamp: pino.stdTimeFunctions.isoTime,
        mixin: traceMixin,
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const fromTrace = traceIdOf(traceparentOfRequest(req));
          const given = req.headers['x-request-id'];
          const id =
            (typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : undefined) ?? fromTrace;
          res.setHeader('x-request-id', id);
          return id;
        },
        // Lines logged during a request carry its id (reqId) and trace id, not the whole request.
        quietReqLogger: true,
        quietResLogger: true,
        redact: {
          paths: ['req.headers.authorization', 'req.headers["x-manage-token"]', 'req.headers.cookie'],
          censor: '[redacted]',
        },
        serializers: {
          // Paths only: query strings may carry personal data.
          req: (req: { id: string; method: string; url: string }) => ({
            id: req.id,
            method: req.method,
            url: maskPersonalData(req.url.split('?')[0] ?? ''),
          }),
          res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        },
        customLogLevel: (req: IncomingMessage, res: ServerResponse, err?: Error) =>
          err || res.statusCode >= 500
            ? 'error'
            : QUIET_ROUTES.has(routeOf(req)) && res.statusCode < 400
              ? 'debug'
              : 'info',
        customSuccessMessage: (req: IncomingMessage, res: ServerResponse) =>
          `${req.method} ${routeOf(req)} ${res.statusCode}`,
        customSuccessObject: (req: IncomingMessage, res: ServerResponse, val: { responseTime: number }) =>
          accessLine(req, res, val.responseTime),
        customErrorMessage: (req: IncomingMessage, res: ServerResponse) =>
          `${req.method} ${routeOf(req)} ${res.statusCode}`,
        customErrorObject: (
          req: IncomingMessage,
          res: ServerResponse,
          err: Error,
          val: { responseTime: number },
        ) => ({
          ...accessLine(req, res, val.responseTime),
          err: { type: err.name, message: maskPersonalData(err.message) },
        }),
      },
      maskingDestination(),
    ],
  };
}
