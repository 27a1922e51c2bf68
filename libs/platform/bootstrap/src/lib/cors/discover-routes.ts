import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { IS_PUBLIC, OPTIONAL_AUTH } from '@facile/platform/auth';
import { RouteEntry } from './route-table';

const list = (v: string | string[] | undefined): string[] =>
  v === undefined ? ['/'] : Array.isArray(v) ? v : [v];

/**
 * Every HTTP route of the application's controllers, with who may call it read from the same metadata the
 * AuthGuard reads: @Public() or @OptionalAuth() on the handler or its controller make it a citizen route.
 */
export function discoverRoutes(app: INestApplication): RouteEntry[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const entries: RouteEntry[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as Type | undefined;
    if (!controller?.prototype) continue;
    const base = list(Reflect.getMetadata(PATH_METADATA, controller) as string | string[] | undefined);
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = (controller.prototype as Record<string, unknown>)[name];
      if (typeof handler !== 'function') continue;
      const paths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (paths === undefined) continue; // not a route
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
      const targets = [handler, controller];
      const citizen =
        reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) ||
        reflector.getAllAndOverride<boolean | undefined>(OPTIONAL_AUTH, targets);
      for (const b of base)
        for (const p of list(paths))
          entries.push({
            method: method === RequestMethod.ALL ? '*' : RequestMethod[method],
            path: `/${b}/${p}`,
            access: citizen ? 'citizen' : 'staff',
          });
    }
  }
  return entries;
}
