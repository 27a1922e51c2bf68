import { Controller, Get, Header, Injectable, NestMiddleware } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { Public } from '@facile/platform/auth';
import { routeOf } from './logger';

export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * The platform's own metrics are named `facile_*` (Prometheus conventions: `_total` counters, `_seconds`, the
 * HTTP status as `code`); the process and Node.js defaults keep their standard names.
 */
export const METRIC_PREFIX = 'facile_';

/** Holds the HTTP histogram once per registry (middleware instances may be created more than once). */
@Injectable()
export class HttpMetrics {
  readonly histogram: Histogram<'method' | 'route' | 'code'>;

  constructor(registry: Registry) {
    this.histogram = new Histogram({
      name: `${METRIC_PREFIX}http_request_duration_seconds`,
      help: 'HTTP request latency by method, route pattern and status code (its _count is the request rate, code=~"5.." the errors)',
      labelNames: ['method', 'route', 'code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
  }
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: HttpMetrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.histogram.startTimer();
    res.on('finish', () => {
      // The route pattern, not the URL: bounded label values and no personal data.
      end({ method: req.method, route: routeOf(req), code: String(res.statusCode) });
    });
    next();
  }
}

@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: Registry) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
