import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import {
  localServiceDatabaseUrls,
  provisionLocalDatabaseRoles,
  runtimeRoleFacts,
  runtimeRoleProblem,
} from '@facile/platform/persistence';
import { testEnvironment } from '@facile/platform/testing';

/**
 * Row-level security as the services run: each service's own runtime role (facile_<schema>, made by the same
 * provisioning as npm start and the tests, migrated by facile_owner through the real `migrate`), on one
 * tenant-owned table of each schema. As a superuser or the owner the test would prove nothing, so the roles'
 * attributes are asserted first.
 */
const SERVICES = [
  {
    app: 'catalogue',
    schema: 'catalogue',
    table: 'catalogue.offerings',
    insert: (tenant: string, key: string) =>
      `INSERT INTO catalogue.offerings (tenant_id, slug, enabled, fee_cents) VALUES ('${tenant}', '${key}', true, 0)`,
  },
  {
    app: 'scheduling',
    schema: 'scheduling',
    table: 'scheduling.holds',
    insert: (tenant: string) =>
      `INSERT INTO scheduling.holds (id, tenant_id, services, site_id, counter, start_at, end_at, expires_at)
       VALUES (gen_random_uuid(), '${tenant}', ARRAY['x'], 'site', 1, now(), now() + interval '15 minutes', now() + interval '5 minutes')`,
  },
  {
    app: 'identity-assistance',
    schema: 'assistance',
    table: 'assistance.facilitations',
    insert: (tenant: string) =>
      `INSERT INTO assistance.facilitations (id, tenant_id, topic, activity_type, age_band, gender, education, employment, service_area, recorded_at)
       VALUES (gen_random_uuid(), '${tenant}', 'spid', 'a', 'b', 'c', 'd', 'e', 'f', now())`,
  },
  {
    app: 'notifications',
    schema: 'notifications',
    table: 'notifications.opt_outs',
    insert: (tenant: string, key: string) =>
      `INSERT INTO notifications.opt_outs (tenant_id, channel, recipient) VALUES ('${tenant}', 'email', '${key}@example.org')`,
  },
];

describe('row-level security, as each service role', () => {
  const adminUrl = testEnvironment('platform_rls').DATABASE_URL;
  let admin: Client;
  const clients = new Map<string, Client>();

  beforeAll(async () => {
    await provisionLocalDatabaseRoles(adminUrl);
    admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS catalogue, scheduling, assistance, notifications CASCADE`);
    await provisionLocalDatabaseRoles(adminUrl);
    for (const s of SERVICES) {
      execFileSync(
        process.execPath,
        [path.resolve(__dirname, `../../../dist/out/apps/${s.app}/src/main.js`), 'migrate'],
        {
          env: {
            ...process.env,
            ...localServiceDatabaseUrls(adminUrl, s.schema),
            LOG_LEVEL: 'silent',
            NODE_ENV: 'test',
          },
        },
      );
      // the fixtures, as the superuser: one row of each of two municipalities
      await admin.query(s.insert('cesena', 'a'));
      await admin.query(s.insert('montiano', 'b'));
      const client = new Client({
        connectionString: localServiceDatabaseUrls(adminUrl, s.schema).DATABASE_URL,
      });
      await client.connect();
      clients.set(s.schema, client);
    }
  }, 120000);

  afterAll(async () => {
    for (const c of clients.values()) await c.end();
    await admin?.end();
  });

  async function inTransaction<T>(
    client: Client,
    settings: { tenant?: string; unionWide?: boolean },
    fn: () => Promise<T>,
  ): Promise<T> {
    await client.query('BEGIN');
    try {
      if (settings.tenant)
        await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [settings.tenant]);
      if (settings.unionWide) await client.query(`SELECT set_config('app.union_wide', 'on', true)`);
      return await fn();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  describe.each(SERVICES)('$app as facile_$schema', (s) => {
    const client = () => clients.get(s.schema) as Client;
    const tenants = async (settings: { tenant?: string; unionWide?: boolean }) =>
      inTransaction(client(), settings, async () =>
        (await client().query(`SELECT tenant_id FROM ${s.table} ORDER BY tenant_id`)).rows.map(
          (r: { tenant_id: string }) => r.tenant_id,
        ),
      );

    it('is neither superuser, BYPASSRLS nor owner of its schema', async () => {
      const facts = await runtimeRoleFacts(
        localServiceDatabaseUrls(adminUrl, s.schema).DATABASE_URL,
        s.schema,
      );
      expect(facts).toEqual({ role: `facile_${s.schema}`, superuser: false, bypassRls: false, owner: false });
      expect(runtimeRoleProblem(facts)).toBeNull();
    });

    it('reads nothing without a tenant, only its own municipality with one, everything union-wide', async () => {
      expect(await tenants({})).toEqual([]);
      expect(await tenants({ tenant: 'cesena' })).toEqual(['cesena']);
      expect(await tenants({ tenant: 'bertinoro' })).toEqual([]);
      expect(await tenants({ unionWide: true })).toEqual(['cesena', 'montiano']);
    });

    it('writes nothing without a tenant or for another municipality', async () => {
      await expect(
        inTransaction(client(), {}, () => client().query(s.insert('cesena', 'c'))),
      ).rejects.toThrow(/row-level security/);
      await expect(
        inTransaction(client(), { tenant: 'cesena' }, () => client().query(s.insert('montiano', 'c'))),
      ).rejects.toThrow(/row-level security/);
      const changed = await inTransaction(client(), { tenant: 'cesena' }, async () => [
        (await client().query(`UPDATE ${s.table} SET tenant_id = tenant_id WHERE tenant_id = 'montiano'`))
          .rowCount,
        (await client().query(`DELETE FROM ${s.table} WHERE tenant_id = 'montiano'`)).rowCount,
      ]);
      expect(changed).toEqual([0, 0]);
      expect(
        await inTransaction(
          client(),
          {},
          async () => (await client().query(`DELETE FROM ${s.table}`)).rowCount,
        ),
      ).toBe(0);
    });

    it("cannot read or change another service's schema, nor change its own tables' definitions", async () => {
      for (const other of SERVICES.filter((o) => o.schema !== s.schema)) {
        await expect(
          inTransaction(client(), { unionWide: true }, () => client().query(`SELECT 1 FROM ${other.table}`)),
        ).rejects.toThrow(/permission denied/);
      }
      await expect(client().query(`ALTER TABLE ${s.table} DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
        /must be owner/,
      );
      await expect(client().query(`TRUNCATE ${s.table}`)).rejects.toThrow(/permission denied/);
    });
  });

  it('forces row-level security on every table with a tenant_id (scheduling: those its code is ready for, ADR 5)', async () => {
    const { rows } = await admin.query<{ name: string; rls: boolean; forced: boolean }>(
      `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
        ORDER BY 1`,
      [SERVICES.map((s) => s.schema)],
    );
    const unprotected = rows.filter((r) => !r.rls || !r.forced).map((r) => r.name);
    // still to convert in scheduling (being restructured into slices): its code must first use explicit transactions
    expect(unprotected).toEqual(
      [
        'inbox',
        'outbox',
        'rotations',
        'session_registrations',
        'sessions',
        'site_exceptions',
        'site_offerings',
        'sites',
        'tickets',
      ].map((t) => `scheduling.${t}`),
    );
    expect(rows.length).toBeGreaterThan(unprotected.length);
  });

  it('production refuses a superuser runtime connection, naming the role', async () => {
    const problem = runtimeRoleProblem(await runtimeRoleFacts(adminUrl, 'catalogue'));
    expect(problem).toMatch(/connects as 'postgres', which is a superuser/);
    const owner = runtimeRoleProblem(
      await runtimeRoleFacts(
        localServiceDatabaseUrls(adminUrl, 'catalogue').MIGRATION_DATABASE_URL,
        'catalogue',
      ),
    );
    expect(owner).toMatch(/facile_owner.*owner of the schema/);
  });
});
