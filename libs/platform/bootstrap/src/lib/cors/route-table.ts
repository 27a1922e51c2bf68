import { RouteAccess } from './cors-policy';

export interface RouteEntry {
  /** GET, POST, ... or `*` for @All() (every method). */
  method: string;
  /** The route's path as Nest registers it, e.g. `/catalogue/v1/tenants/:tenant/offerings`. */
  path: string;
  access: RouteAccess;
}

interface CompiledRoute extends RouteEntry {
  pattern: RegExp;
  /** Fewer parameters = more specific: `/services/search` wins over `/services/:slug`, as Express would route it. */
  params: number;
}

const ALL_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The route path (Express 5 / path-to-regexp 8 syntax: `:name`, `*name`, `{optional}`) as a regular expression
 * matching like Express does: case-insensitive, an optional trailing slash.
 */
export function pathPattern(path: string): { pattern: RegExp; params: number } {
  let out = '';
  let params = 0;
  for (let i = 0; i < path.length;) {
    const c = path[i];
    const name = /^[A-Za-z_$][\w$]*/.exec(path.slice(i + 1))?.[0];
    if ((c === ':' || c === '*') && name) {
      out += c === ':' ? '[^/]+' : '.+';
      params++;
      i += 1 + name.length;
    } else if (c === '{' || c === '}') {
      out += c === '{' ? '(?:' : ')?';
      i++;
    } else {
      out += escape(c);
      i++;
    }
  }
  out = out.replace(/(\\\/)+$/, '');
  return { pattern: new RegExp(`^${out}\\/?$`, 'i'), params };
}

/** The application's routes with who may call them, looked up by request path. */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(entries: readonly RouteEntry[]) {
    this.routes = entries
      .flatMap((e) => (e.method === '*' ? ALL_METHODS.map((method) => ({ ...e, method })) : [e]))
      .map((e) => {
        const path = `/${e.path}`.replace(/\/{2,}/g, '/');
        return { ...e, method: e.method.toUpperCase(), path, ...pathPattern(path) };
      })
      .sort((a, b) => a.params - b.params);
  }

  /** The routes answering at this path, one per method (the one Express would pick). */
  at(pathname: string): { method: string; access: RouteAccess }[] {
    const byMethod = new Map<string, CompiledRoute>();
    for (const r of this.routes)
      if (r.pattern.test(pathname) && !byMethod.has(r.method)) byMethod.set(r.method, r);
    return [...byMethod.values()].map(({ method, access }) => ({ method, access }));
  }

  /** The route a request would reach (HEAD is answered by the GET route), or undefined. */
  find(method: string, pathname: string): { method: string; access: RouteAccess } | undefined {
    const m = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    return this.at(pathname).find((r) => r.method === m);
  }

  get size(): number {
    return this.routes.length;
  }
}
