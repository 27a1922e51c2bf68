import { TenantContext, TenantContextMissingError } from './tenant-context';
import { TenantRegistry, UnknownTenantError } from './tenant-registry';

describe('TenantContext', () => {
  it('throws when read outside a tenant scope', () => {
    expect(() => TenantContext.current()).toThrow(TenantContextMissingError);
  });

  it('keeps the tenant across awaits and isolates concurrent scopes', async () => {
    const registry = TenantRegistry.fromFile();
    const [a, b] = [registry.require('cesena'), registry.require('montiano')];
    const seen = await Promise.all([
      TenantContext.run(a, async () => {
        await new Promise((r) => setTimeout(r, 5));
        return TenantContext.current();
      }),
      TenantContext.run(b, async () => TenantContext.current()),
    ]);
    expect(seen).toEqual(['cesena', 'montiano']);
  });
});

describe('TenantRegistry', () => {
  it('lists the five municipalities of the shipped configuration and the Union', () => {
    const registry = TenantRegistry.fromFile();
    expect(
      registry
        .municipalities()
        .map((t) => t.id)
        .sort(),
    ).toEqual(['bagno-di-romagna', 'cesena', 'mercato-saraceno', 'montiano', 'verghereto']);
    expect(registry.ids()).toHaveLength(6);
    expect(registry.get('unione-valle-savio').kind).toBe('union');
  });

  it('refuses unknown municipalities', () => {
    expect(() => TenantRegistry.fromFile().require('rimini')).toThrow(UnknownTenantError);
  });

  it('adds a municipality by configuration alone', () => {
    const registry = TenantRegistry.fromJson({
      union: { id: 'u', name: 'U' },
      tenants: [{ id: 'sarsina', name: 'Comune di Sarsina' }],
    });
    expect(registry.has('sarsina')).toBe(true);
  });

  it('rejects a malformed file naming the problem', () => {
    expect(() =>
      TenantRegistry.fromJson({ union: { id: 'u', name: 'U' }, tenants: [{ id: 'Bad Id', name: 'x' }] }),
    ).toThrow(/tenants\[0\]\.id/);
  });

  it('gathers the web sites of the Union and of every municipality, from the shipped file too', () => {
    const registry = TenantRegistry.fromJson({
      union: { id: 'u', name: 'U', webOrigins: ['https://www.unione.example.it'] },
      tenants: [
        { id: 'a', name: 'A', webOrigins: ['https://www.a.example.it', 'http://localhost:4000'] },
        { id: 'b', name: 'B', webOrigins: ['https://www.a.example.it'] },
        { id: 'c', name: 'C' },
      ],
    });
    expect(registry.webOrigins()).toEqual([
      'http://localhost:4000',
      'https://www.a.example.it',
      'https://www.unione.example.it',
    ]);
    expect(registry.get('c').webOrigins).toBeUndefined();
    const shipped = TenantRegistry.fromFile();
    expect(shipped.get('cesena').webOrigins).toEqual(['https://www.comune.cesena.fc.it']);
    expect(shipped.webOrigins()).toHaveLength(6);
  });

  it.each([
    ['a path', 'https://www.a.example.it/servizi'],
    ['a trailing slash', 'https://www.a.example.it/'],
    ['another scheme', 'ftp://www.a.example.it'],
    ['a bare host', 'www.a.example.it'],
    ['a wildcard', 'https://*.example.it'],
  ])('refuses a web origin with %s, naming the entry', (_what, origin) => {
    expect(() =>
      TenantRegistry.fromJson({
        union: { id: 'u', name: 'U' },
        tenants: [{ id: 'a', name: 'A', webOrigins: [origin] }],
      }),
    ).toThrow(/tenants\[0\]\.webOrigins\[0\]/);
  });
});
