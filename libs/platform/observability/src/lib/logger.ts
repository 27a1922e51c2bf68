import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Params } from 'nestjs-pino';
import pino from 'pino';
import { maskingDestination, maskPersonalData } from './mask-personal-data';

/** pino settings: JSON lines, a correlation id per request (the trace id), personal data masked. */
export function loggerParams(service: string, level: string): Params {
  return {
    pinoHttp: [
      {
        level,
        base: { service },
        timestamp: pino.stdTimeFunctions.isoTime,
        genReqId: (req: IncomingMessage, res: ServerResponse) => {
          const header = req.headers['traceparent'];
          const fromTrace = typeof header === 'string' ? header.split('-')[1] : undefined;
          const given = req.headers['x-request-id'];
          const id = (typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : undefined) ?? fromTrace ?? randomUUID();
          res.setHeader('x-request-id', id);
          return id;
        },
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
        customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
          err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
      },
      maskingDestination(),
    ],
  };
}
