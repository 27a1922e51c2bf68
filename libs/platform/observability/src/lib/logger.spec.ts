import type { IncomingMessage, ServerResponse } from 'node:http';
import { accessLine, routeOf, traceMixin } from './logger';
import { runWithTraceparent } from './trace-context';

const req = (over: Record<string, unknown>) =>
  ({ method: 'GET', headers: {}, ...over }) as unknown as IncomingMessage;

describe('access log line', () => {
  it('names the route pattern, never the URL; catch-all and unmatched paths are `unmatched`', () => {
    expect(
      routeOf(
        req({
          route: { path: '/scheduling/v1/bookings/:code' },
          url: '/scheduling/v1/bookings/K7M2-QX9A?x=RSSMRA85T10A562S',
        }),
      ),
    ).toBe('/scheduling/v1/bookings/:code');
    expect(routeOf(req({ route: { path: '/{*path}' } }))).toBe('unmatched');
    expect(routeOf(req({ route: { path: '*' } }))).toBe('unmatched');
    expect(routeOf(req({}))).toBe('unmatched');
  });

  it('has method, route, status, duration and the trace id of the request’s traceparent', () => {
    const trace = '0af7651916cd43dd8448eb211c80319c';
    const line = accessLine(
      req({
        method: 'POST',
        route: { path: '/scheduling/v1/bookings' },
        headers: { traceparent: `00-${trace}-b7ad6b7169203331-01` },
      }),
      { statusCode: 201 } as ServerResponse,
      12,
    );
    expect(line).toEqual({
      method: 'POST',
      route: '/scheduling/v1/bookings',
      status: 201,
      durationMs: 12,
      traceId: trace,
    });
  });

  it('gives a request without a valid traceparent a new one, the same for every reader', () => {
    const r = req({ headers: { traceparent: 'garbage' } });
    const first = accessLine(r, { statusCode: 200 } as ServerResponse, 1).traceId;
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(accessLine(r, { statusCode: 200 } as ServerResponse, 1).traceId).toBe(first);
  });

  it('puts the current trace id on every line logged inside a request or an event', () => {
    expect(traceMixin()).toEqual({});
    const trace = '4bf92f3577b34da6a3ce929d0e0e4736';
    expect(runWithTraceparent(`00-${trace}-00f067aa0ba902b7-01`, () => traceMixin())).toEqual({
      traceId: trace,
    });
  });
});
