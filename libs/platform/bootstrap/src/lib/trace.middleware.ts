import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithTraceparent, traceparentOfRequest } from '@facile/platform/observability';

/**
 * Carries the caller's W3C traceparent (or a new one) through the request: into every log line (the logger's
 * mixin) and into the outbox events it writes (`ce_traceparent`), so consumers in other services log the same id.
 */
@Injectable()
export class TraceMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const traceparent = traceparentOfRequest(req);
    res.setHeader('traceparent', traceparent);
    runWithTraceparent(traceparent, next);
  }
}
