import { Principal } from '@facile/platform/auth';
import { canWorkCases, visibleTenants } from './access';
import { reportCsv } from './facilitation-report/report-csv';

const p = (roles: Principal['roles'], tenants: string[] = []): Principal => ({
  sub: 's',
  roles,
  tenants,
  sites: [],
});

describe('report CSV', () => {
  it('writes a header and the rows for Italian Excel: BOM, ; between cells, quoted when needed, formulas neutralised', () => {
    const csv = reportCsv(
      [
        { month: '2026-11', tenant: 'a;b', count: 2 },
        { month: '2026-12', tenant: '=HYPERLINK("https://evil.example";"clic")', count: 1 },
      ],
      ['month', 'tenant'],
    );
    expect(csv).toBe(
      '\uFEFFmonth;tenant;count\r\n2026-11;"a;b";2\r\n2026-12;"\'=HYPERLINK(""https://evil.example"";""clic"")";1\r\n',
    );
  });
});

describe('access to cases', () => {
  it('lets a tenant admin work only their municipalities', () => {
    expect(canWorkCases(p(['tenant-admin'], ['cesena']), 'cesena')).toBe(true);
    expect(canWorkCases(p(['tenant-admin'], ['cesena']), 'montiano')).toBe(false);
    expect(canWorkCases(p(['operator']), 'montiano')).toBe(true);
  });
  it('scopes reports: union admin all, tenant admin theirs, operator none', () => {
    expect(visibleTenants(p(['union-admin']), true)).toBe('all');
    expect(visibleTenants(p(['tenant-admin'], ['cesena']), true)).toEqual(['cesena']);
    expect(visibleTenants(p(['operator']), true)).toEqual([]);
  });
});
