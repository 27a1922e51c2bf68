import { Client } from 'pg';
import { testEnvironment } from '@facile/platform/testing';

/**
 * Row-level security on a tenant-owned table (catalogue.offerings), checked as a role that is neither
 * superuser nor BYPASSRLS: as the owner or a superuser the test would prove nothing.
 */
describe('row-level security', () => {
  const url = new URL(testEnvironment('platform_rls').DATABASE_URL);
  let admin: Client;
  let probe: Client;

  beforeAll(async () => {
    const { ensureDatabase } = await import('@facile/platform/persistence');
    await ensureDatabase(url.toString());
    admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    // The catalogue schema as its migration makes it (run through the real migration).
    const { execFileSync } = await import('node:child_process');
    const path = await import('node:path');
    execFileSync(
      process.execPath,
      [path.resolve(__dirname, '../../../dist/out/apps/catalogue/src/main.js'), 'migrate'],
      {
        env: { ...process.env, DATABASE_URL: url.toString(), LOG_LEVEL: 'silent' },
      },
    );
    await admin.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'facile_rls_probe') THEN
        CREATE ROLE facile_rls_probe LOGIN NOSUPERUSER NOBYPASSRLS;
      END IF; END $$`);
    await admin.query('GRANT USAGE ON SCHEMA catalogue TO facile_rls_probe');
    await admin.query('GRANT SELECT, INSERT ON catalogue.offerings TO facile_rls_probe');
    await admin.query('TRUNCATE catalogue.offerings');
    await admin.query(`INSERT INTO catalogue.offerings (tenant_id, slug, enabled, fee_cents) VALUES
      ('cesena', 'carta-identita-elettronica', true, 2221), ('montiano', 'carta-identita-elettronica', true, 2221)`);
    const probeUrl = new URL(url.toString());
    probeUrl.username = 'facile_rls_probe';
    probe = new Client({ connectionString: probeUrl.toString() });
    await probe.connect();
    const role = await probe.query(
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  afterAll(async () => {
    await probe?.end();
    await admin?.end();
  });

  async function asTenant<T>(tenant: string | null, fn: () => Promise<T>): Promise<T> {
    await probe.query('BEGIN');
    try {
      if (tenant) await probe.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenant]);
      return await fn();
    } finally {
      await probe.query('ROLLBACK');
    }
  }

  it('shows a transaction only its own municipality', async () => {
    const rows = await asTenant('cesena', () => probe.query('SELECT tenant_id FROM catalogue.offerings'));
    expect(rows.rows).toEqual([{ tenant_id: 'cesena' }]);
  });

  it('shows nothing when no tenant is set', async () => {
    const rows = await asTenant(null, () => probe.query('SELECT tenant_id FROM catalogue.offerings'));
    expect(rows.rows).toEqual([]);
  });

  it("refuses to write another municipality's row", async () => {
    await expect(
      asTenant('cesena', () =>
        probe.query(
          `INSERT INTO catalogue.offerings (tenant_id, slug, enabled, fee_cents) VALUES ('montiano', 'x', true, 0)`,
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets an explicit union-wide operation see every municipality', async () => {
    await probe.query('BEGIN');
    try {
      await probe.query(`SELECT set_config('app.union_wide', 'on', true)`);
      const rows = await probe.query('SELECT tenant_id FROM catalogue.offerings ORDER BY tenant_id');
      expect(rows.rows.map((r) => r.tenant_id)).toEqual(['cesena', 'montiano']);
    } finally {
      await probe.query('ROLLBACK');
    }
  });
});
