import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { isTraceparent, newTraceparent, runWithTraceparent } from '@facile/platform/messaging';

/** Carries the caller's W3C traceparent (or a new one) through the request, into outbox events. */
@Injectable()
export class TraceMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const given = req.headers['traceparent'];
    const traceparent = isTraceparent(given) ? given : newTraceparent();
    res.setHeader('traceparent', traceparent);
    runWithTraceparent(traceparent, next);
  }
}
