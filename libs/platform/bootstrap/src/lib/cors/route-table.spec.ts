import { pathPattern, RouteTable } from './route-table';

describe('pathPattern', () => {
  it.each([
    ['/catalogue/v1/tenants/:tenant/offerings', '/catalogue/v1/tenants/cesena/offerings', true],
    ['/catalogue/v1/tenants/:tenant/offerings', '/catalogue/v1/tenants/cesena/offerings/', true],
    ['/catalogue/v1/tenants/:tenant/offerings', '/Catalogue/V1/tenants/cesena/offerings', true],
    ['/catalogue/v1/tenants/:tenant/offerings', '/catalogue/v1/tenants/offerings', false],
    ['/catalogue/v1/tenants/:tenant/offerings', '/catalogue/v1/tenants/a/b/offerings', false],
    ['/catalogue/v1/services/:slug.jsonld', '/catalogue/v1/services/cie.jsonld', true],
    ['/catalogue/v1/services/:slug.jsonld', '/catalogue/v1/services/cie', false],
    ['/scheduling/v1/bookings/:code/calendar.ics', '/scheduling/v1/bookings/AB12/calendar.ics', true],
    ['/files/*rest', '/files/a/b/c', true],
    ['/items{/:id}', '/items', true],
    ['/items{/:id}', '/items/7', true],
    ['/a.b', '/aXb', false],
  ])('%s matches %s: %s', (route, path, expected) => {
    expect(pathPattern(route).pattern.test(path)).toBe(expected);
  });
});

describe('RouteTable', () => {
  const table = new RouteTable([
    { method: 'GET', path: 'catalogue/v1/services/:slug', access: 'citizen' },
    { method: 'PATCH', path: '/catalogue/v1/services/:slug', access: 'staff' },
    { method: 'GET', path: '/catalogue/v1/services/search', access: 'staff' },
    { method: '*', path: '/anything', access: 'citizen' },
  ]);

  it('answers with every method at a path, the most specific route of each', () => {
    expect(table.at('/catalogue/v1/services/cie')).toEqual([
      { method: 'GET', access: 'citizen' },
      { method: 'PATCH', access: 'staff' },
    ]);
    expect(table.at('/catalogue/v1/services/search')).toEqual([
      { method: 'GET', access: 'staff' },
      { method: 'PATCH', access: 'staff' },
    ]);
  });

  it('finds the route of a request, HEAD through its GET route, @All() for every method', () => {
    expect(table.find('HEAD', '/catalogue/v1/services/cie')).toEqual({ method: 'GET', access: 'citizen' });
    expect(table.find('delete', '/catalogue/v1/services/cie')).toBeUndefined();
    expect(table.find('DELETE', '/anything')).toEqual({ method: 'DELETE', access: 'citizen' });
    expect(table.find('GET', '/nowhere')).toBeUndefined();
  });
});
