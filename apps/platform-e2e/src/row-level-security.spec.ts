import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import {
  inTransactionOfTenant,
  inUnionWideTransaction,
  localServiceDatabaseUrls,
  narrowTransactionToTenant,
  provisionLocalDatabaseRoles,
  readUnionWide,
  runtimeRoleFacts,
  runtimeRoleProblem,
} from '@facile/platform/persistence';
import { TenantId } from '@facile/platform/tenancy';
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

/**
 * The other tenant-owned tables, each proved the same way as its service's role: every tenant-owned table of
 * scheduling, sites included (they are read union-wide, ADR 5).
 */
const TABLES: {
  schema: string;
  table: string;
  insert: (tenant: string, key: string) => string;
}[] = [
  {
    schema: 'scheduling',
    table: 'scheduling.sites',
    insert: (tenant, key) =>
      `INSERT INTO scheduling.sites (id, tenant_id, name, kind, counters, serves_all_tenants, time_zone, opening_hours)
       VALUES ('site-${key}', '${tenant}', 'Sportello', 'sportello', 1, false, 'Europe/Rome', '{}')`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.site_offerings',
    insert: (tenant, key) =>
      `INSERT INTO scheduling.site_offerings (site_id, service, tenant_id, enabled, min_notice_minutes, max_days_ahead)
       VALUES ('site-${key}', 'spid', '${tenant}', true, 60, 30)`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.site_exceptions',
    insert: (tenant, key) =>
      `INSERT INTO scheduling.site_exceptions (site_id, date, tenant_id, hours, reason)
       VALUES ('site-${key}', '2027-01-04', '${tenant}', '[]', 'chiuso')`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.rotations',
    insert: (tenant, key) =>
      `INSERT INTO scheduling.rotations (id, tenant_id, resource, site_id, rrule, from_time, to_time, counters, valid_from)
       VALUES ('rotation-${key}', '${tenant}', 'team', 'site-${key}', 'FREQ=WEEKLY;BYDAY=MO', '09:00', '12:00', 1, '2027-01-01')`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.tickets',
    // tickets reference a site: site-a is the sites fixture's (foreign keys are checked whatever the policy)
    insert: (tenant, key) =>
      `INSERT INTO scheduling.tickets (id, tenant_id, site_id, service, letter, day, number, seq, issued_at)
       VALUES (gen_random_uuid(), '${tenant}', 'site-a', 'spid', 'A', '2027-01-04', 'A${key}', 1, now())`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.sessions',
    // at site-a whatever the municipality: the row's tenant_id is what the policy checks
    insert: (tenant, key) =>
      `INSERT INTO scheduling.sessions (id, tenant_id, site_id, title, start_at, end_at, seats)
       VALUES (md5('session-${key}')::uuid, '${tenant}', 'site-a', 'Incontro', '2027-01-04 09:00Z', '2027-01-04 10:00Z', 10)`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.session_registrations',
    // registrations to the sessions fixture's first session (foreign keys are checked whatever the policy)
    insert: (tenant, key) =>
      `INSERT INTO scheduling.session_registrations (id, session_id, tenant_id, code, manage_token_hash, person_key, status, first_name, last_name)
       VALUES (gen_random_uuid(), md5('session-a')::uuid, '${tenant}', 'R-${key}', 'hash', 'person-${key}', 'registered', 'Anna', 'Rossi')`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.outbox',
    insert: (tenant, key) =>
      `INSERT INTO scheduling.outbox (id, aggregatetype, aggregateid, type, payload, tenant_id, topic)
       VALUES (gen_random_uuid(), 'booking', 'b-${key}', 'scheduling.booking.created', '{}', '${tenant}', 'scheduling.bookings.v1')`,
  },
  {
    schema: 'scheduling',
    table: 'scheduling.inbox',
    insert: (tenant, key) =>
      `INSERT INTO scheduling.inbox (consumer, event_id, event_type, tenant_id)
       VALUES ('statistics', 'event-${key}', 'scheduling.booking.created', '${tenant}')`,
  },
];

const TICKETS = TABLES.find((t) => t.table === 'scheduling.tickets') as (typeof TABLES)[number];

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
    for (const t of TABLES) {
      await admin.query(t.insert('cesena', 'a'));
      await admin.query(t.insert('montiano', 'b'));
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

    it("writes its own municipality's rows in that municipality's transaction", async () => {
      expect(
        await inTransaction(
          client(),
          { tenant: 'cesena' },
          async () => (await client().query(s.insert('cesena', 'd'))).rowCount,
        ),
      ).toBe(1);
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

  describe.each(TABLES)('$table as facile_$schema', (t) => {
    const client = () => clients.get(t.schema) as Client;
    const tenants = async (settings: { tenant?: string; unionWide?: boolean }) =>
      inTransaction(client(), settings, async () =>
        (await client().query(`SELECT tenant_id FROM ${t.table} ORDER BY tenant_id`)).rows.map(
          (r: { tenant_id: string }) => r.tenant_id,
        ),
      );

    it('reads nothing without a tenant, only its own municipality with one, everything union-wide', async () => {
      expect(await tenants({})).toEqual([]);
      expect(await tenants({ tenant: 'cesena' })).toEqual(['cesena']);
      expect(await tenants({ tenant: 'bertinoro' })).toEqual([]);
      expect(await tenants({ unionWide: true })).toEqual(['cesena', 'montiano']);
    });

    it('writes only as its own municipality: nothing without a tenant, nothing of another', async () => {
      await expect(
        inTransaction(client(), {}, () => client().query(t.insert('cesena', 'c'))),
      ).rejects.toThrow(/row-level security/);
      await expect(
        inTransaction(client(), { tenant: 'cesena' }, () => client().query(t.insert('montiano', 'c'))),
      ).rejects.toThrow(/row-level security/);
      const changed = await inTransaction(client(), { tenant: 'cesena' }, async () => [
        (await client().query(`UPDATE ${t.table} SET tenant_id = tenant_id WHERE tenant_id = 'montiano'`))
          .rowCount,
        (await client().query(`DELETE FROM ${t.table} WHERE tenant_id = 'montiano'`)).rowCount,
      ]);
      expect(changed).toEqual([0, 0]);
      expect(
        await inTransaction(client(), {}, async () => [
          (await client().query(`UPDATE ${t.table} SET tenant_id = tenant_id`)).rowCount,
          (await client().query(`DELETE FROM ${t.table}`)).rowCount,
        ]),
      ).toEqual([0, 0]);
      // a row of its own cannot be handed to another municipality either
      await expect(
        inTransaction(client(), { tenant: 'cesena' }, () =>
          client().query(`UPDATE ${t.table} SET tenant_id = 'montiano' WHERE tenant_id = 'cesena'`),
        ),
      ).rejects.toThrow(/row-level security/);
      expect(
        await inTransaction(
          client(),
          { tenant: 'cesena' },
          async () => (await client().query(t.insert('cesena', 'd'))).rowCount,
        ),
      ).toBe(1);
    });
  });

  it('narrows a union-wide transaction to one municipality: it then sees and writes only that one', async () => {
    const ds = new DataSource({
      type: 'postgres',
      url: localServiceDatabaseUrls(adminUrl, 'scheduling').DATABASE_URL,
    });
    await ds.initialize();
    try {
      const seen = await inUnionWideTransaction(ds, async (m) => {
        const before = (await m.query(`SELECT tenant_id FROM scheduling.tickets ORDER BY 1`)).length;
        await narrowTransactionToTenant(m, 'cesena' as TenantId);
        const after: { tenant_id: string }[] = await m.query(`SELECT tenant_id FROM scheduling.tickets`);
        await m.query(TICKETS.insert('cesena', 'n'));
        return { before, after: after.map((r) => r.tenant_id) };
      });
      expect(seen).toEqual({ before: 2, after: ['cesena'] });
      await expect(
        inUnionWideTransaction(ds, async (m) => {
          await narrowTransactionToTenant(m, 'cesena' as TenantId);
          await m.query(TICKETS.insert('montiano', 'm'));
        }),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await admin.query(`DELETE FROM scheduling.tickets WHERE number IN ('An', 'Am')`);
      await ds.destroy();
    }
  });

  it("reads union-wide for one read inside a municipality's transaction, then is that municipality's again", async () => {
    const ds = new DataSource({
      type: 'postgres',
      url: localServiceDatabaseUrls(adminUrl, 'scheduling').DATABASE_URL,
    });
    await ds.initialize();
    const sites = async (m: EntityManager) =>
      ((await m.query(`SELECT tenant_id FROM scheduling.sites ORDER BY 1`)) as { tenant_id: string }[]).map(
        (r) => r.tenant_id,
      );
    try {
      const seen = await inTransactionOfTenant(ds, 'cesena' as TenantId, async (m) => {
        const wide = await readUnionWide(m, () => sites(m));
        const after = await sites(m);
        await expect(m.query(TABLES[0].insert('montiano', 'w'))).rejects.toThrow(/row-level security/);
        return { wide, after };
      });
      expect(seen).toEqual({ wide: ['cesena', 'montiano'], after: ['cesena'] });
      // inside a union-wide transaction it stays union-wide
      expect(
        await inUnionWideTransaction(ds, async (m) => [
          await readUnionWide(m, () => sites(m)),
          await sites(m),
        ]),
      ).toEqual([
        ['cesena', 'montiano'],
        ['cesena', 'montiano'],
      ]);
    } finally {
      await ds.destroy();
    }
  });

  it('forces row-level security on every table with a tenant_id, with no policy but tenant_isolation', async () => {
    const { rows } = await admin.query<{ name: string; rls: boolean; forced: boolean }>(
      `SELECT n.nspname || '.' || c.relname AS name, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
          AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
        ORDER BY 1`,
      [SERVICES.map((s) => s.schema)],
    );
    expect(rows.filter((r) => !r.rls || !r.forced).map((r) => r.name)).toEqual([]);
    // every newly protected scheduling table is proved above (bookings and holds since the first, ADR 5)
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(TABLES.map((t) => t.table)));
    // no extra policy (such as the former site_directory) widens what a transaction sees
    const policies = await admin.query<{ name: string; policy: string }>(
      `SELECT schemaname || '.' || tablename AS name, policyname AS policy FROM pg_policies WHERE schemaname = ANY($1)`,
      [SERVICES.map((s) => s.schema)],
    );
    expect(policies.rows.filter((p) => p.policy !== 'tenant_isolation')).toEqual([]);
    expect(policies.rows.map((p) => p.name).sort()).toEqual(rows.map((r) => r.name).sort());
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
