import { INestApplication } from '@nestjs/common';
import type { CorsOptionsDelegate } from '@nestjs/common/interfaces/external/cors-options.interface';
import type { NextFunction, Request, Response } from 'express';
import { corsGrant, CorsSettings, EXPOSED_HEADERS, PREFLIGHT_MAX_AGE_SECONDS } from './cors-policy';
import { discoverRoutes } from './discover-routes';
import { RouteTable } from './route-table';

/**
 * CORS for the whole service, decided per route: a citizen route answers the tenants' own web sites and the
 * console, a staff route the console alone; anything else gets no CORS headers (the browser then refuses the
 * answer to the page) and a preflight nobody may make falls through to the usual 404. Preflights are answered
 * with 204 and cached by the browser. Built on Nest's enableCors (the `cors` package of @nestjs/platform-express).
 */
export function enablePlatformCors(app: INestApplication, settings: CorsSettings): RouteTable {
  const table = new RouteTable(discoverRoutes(app));
  // Whether an answer carries CORS headers depends on Origin: caches must keep the answers apart.
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.vary('Origin');
    next();
  });
  const delegate: CorsOptionsDelegate<Request> = (req, callback) => {
    // Same-origin and server-to-server requests (no Origin) get no CORS headers: no route lookup for them.
    if (!req.header('origin')) {
      callback(null, { origin: false });
      return;
    }
    const requested = req.method === 'OPTIONS' ? req.header('access-control-request-method') : undefined;
    const routes = requested
      ? table.at(req.path)
      : [table.find(req.method, req.path)].filter((r) => r !== undefined);
    const grant = corsGrant(settings, req.header('origin'), routes);
    if (!grant) {
      callback(null, { origin: false });
      return;
    }
    callback(null, {
      origin: grant.origin,
      methods: grant.methods,
      allowedHeaders: grant.allowedHeaders,
      exposedHeaders: EXPOSED_HEADERS,
      credentials: false,
      maxAge: PREFLIGHT_MAX_AGE_SECONDS,
      preflightContinue: false,
      optionsSuccessStatus: 204,
    });
  };
  app.enableCors(delegate);
  return table;
}
