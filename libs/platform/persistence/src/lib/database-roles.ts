import { Client } from 'pg';
import { ensureDatabase } from './ensure-database';

/** The role that owns the four schemas and runs the migrations (MIGRATION_DATABASE_URL). */
export const OWNER_ROLE = 'facile_owner';

/** The schemas of the four services; each service's runtime role is `facile_<schema>`. */
export const SERVICE_SCHEMAS = ['catalogue', 'scheduling', 'assistance', 'notifications'] as const;

/** The LOGIN role a service runs as (DATABASE_URL): neither superuser, owner nor BYPASSRLS. */
export function runtimeRoleOf(schema: string): string {
  return `facile_${schema}`;
}

/** The same database URL, connecting as another role (local trust authentication: no password). */
export function urlAsRole(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = '';
  return u.toString();
}

/** DATABASE_URL and MIGRATION_DATABASE_URL of a service on a local database reached as a superuser. */
export function localServiceDatabaseUrls(
  adminUrl: string,
  schema: string,
): { DATABASE_URL: string; MIGRATION_DATABASE_URL: string } {
  return {
    DATABASE_URL: urlAsRole(adminUrl, runtimeRoleOf(schema)),
    MIGRATION_DATABASE_URL: urlAsRole(adminUrl, OWNER_ROLE),
  };
}

// Any key will do as long as every provisioning process uses the same one.
const PROVISION_LOCK = 4_207_019;

function ignoring(codes: string[]) {
  return (e: unknown) => {
    if (!codes.includes((e as { code?: string }).code ?? '')) throw e;
  };
}

/**
 * Development and tests only (production roles are the DBA's, docs/operations.md): as a superuser, creates
 * the owner and the four runtime roles (idempotently, cluster-wide: never dropped), the database, the
 * extensions the migrations need (CREATE EXTENSION of public needs a superuser on PostgreSQL 15), and lets
 * the owner create schemas. Schemas a superuser created before (older checkouts) are handed to the owner.
 * The grants of the runtime roles are made by `migrate` (grantRuntimeRole), so production gets them too.
 */
export async function provisionLocalDatabaseRoles(adminUrl: string): Promise<void> {
  await ensureDatabase(adminUrl);
  const cluster = new Client({
    connectionString: Object.assign(new URL(adminUrl), { pathname: '/postgres' }).toString(),
  });
  await cluster.connect();
  try {
    await cluster.query('SELECT pg_advisory_lock($1)', [PROVISION_LOCK]);
    const roles = [
      { name: OWNER_ROLE, options: 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB' },
      ...SERVICE_SCHEMAS.map((s) => ({
        name: runtimeRoleOf(s),
        options: 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT',
      })),
    ];
    for (const r of roles) {
      const found = await cluster.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [r.name]);
      if (found.rowCount === 0)
        await cluster.query(`CREATE ROLE "${r.name}" ${r.options}`).catch(ignoring(['42710', '23505']));
    }
  } finally {
    await cluster.end();
  }
  const db = new Client({ connectionString: adminUrl });
  await db.connect();
  try {
    await db.query('SELECT pg_advisory_lock($1)', [PROVISION_LOCK]);
    const name = decodeURIComponent(new URL(adminUrl).pathname.slice(1));
    await db.query(`GRANT CREATE, CONNECT ON DATABASE "${name}" TO "${OWNER_ROLE}"`);
    for (const ext of ['unaccent', 'pg_trgm', 'btree_gist'])
      await db.query(`CREATE EXTENSION IF NOT EXISTS ${ext} WITH SCHEMA public`);
    for (const schema of SERVICE_SCHEMAS) await adoptSchema(db, schema);
  } finally {
    await db.end();
  }
}

/** Hands a schema made by a superuser (and everything in it) to the owner role. */
async function adoptSchema(db: Client, schema: string): Promise<void> {
  const owner = await db.query(
    `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = $1`,
    [schema],
  );
  if (owner.rowCount === 0 || owner.rows[0].owner === OWNER_ROLE) return;
  await db.query(`ALTER SCHEMA "${schema}" OWNER TO "${OWNER_ROLE}"`);
  const relations: { name: string; kind: string }[] = (
    await db.query(
      `SELECT c.relname AS name, c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
          AND NOT c.relispartition`,
      [schema],
    )
  ).rows;
  for (const r of relations) {
    const what =
      r.kind === 'v' ? 'VIEW' : r.kind === 'm' ? 'MATERIALIZED VIEW' : r.kind === 'S' ? 'SEQUENCE' : 'TABLE';
    await db.query(`ALTER ${what} "${schema}"."${r.name}" OWNER TO "${OWNER_ROLE}"`);
  }
  const functions: { sig: string }[] = (
    await db.query(
      `SELECT p.oid::regprocedure::text AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1`,
      [schema],
    )
  ).rows;
  for (const f of functions) await db.query(`ALTER ROUTINE ${f.sig} OWNER TO "${OWNER_ROLE}"`);
  const types: { name: string }[] = (
    await db.query(
      `SELECT t.typname AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = $1 AND t.typrelid = 0 AND t.typelem = 0`,
      [schema],
    )
  ).rows;
  for (const t of types) await db.query(`ALTER TYPE "${schema}"."${t.name}" OWNER TO "${OWNER_ROLE}"`);
}

/**
 * Run by `migrate` as the owner: the service's runtime role may use its schema and read and write its tables
 * (those of later migrations too, through default privileges), and read only the migrations table. TRUNCATE,
 * which row-level security does not restrict, only on tables without a tenant_id (scheduling's statistics
 * read models, which rebuild-statistics empties). Nothing else: no DDL, no other schema.
 */
export async function grantRuntimeRole(
  query: (sql: string) => Promise<unknown>,
  schema: string,
  role: string,
): Promise<void> {
  const tenantless = (await query(
    `SELECT t.tablename FROM pg_tables t WHERE t.schemaname = '${schema}' AND t.tablename <> 'migrations'
       AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                        WHERE c.table_schema = t.schemaname AND c.table_name = t.tablename AND c.column_name = 'tenant_id')`,
  )) as { tablename: string }[];
  const s = `"${schema}"`;
  const r = `"${role}"`;
  await query(`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
  await query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`);
  await query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
  await query(
    `ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
  );
  await query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${s} GRANT USAGE, SELECT ON SEQUENCES TO ${r}`);
  await query(`REVOKE INSERT, UPDATE, DELETE ON ${s}."migrations" FROM ${r}`);
  for (const t of tenantless) await query(`GRANT TRUNCATE ON ${s}."${t.tablename}" TO ${r}`);
}

export interface RuntimeRoleFacts {
  role: string;
  superuser: boolean;
  bypassRls: boolean;
  /** Owns the schema or is a member of its owner (so RLS without FORCE and DDL would apply to it). */
  owner: boolean;
}

/** What the role of this connection is allowed, from pg_roles. */
export async function runtimeRoleFacts(url: string, schema: string): Promise<RuntimeRoleFacts> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS "bypassRls",
              COALESCE((SELECT pg_has_role(current_user, n.nspowner, 'USAGE') FROM pg_namespace n WHERE n.nspname = $1), false)
                OR EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                            WHERE n.nspname = $1 AND pg_has_role(current_user, c.relowner, 'USAGE')) AS owner
         FROM pg_roles r WHERE r.rolname = current_user`,
      [schema],
    );
    return rows[0] as RuntimeRoleFacts;
  } finally {
    await client.end();
  }
}

/** Why this runtime connection must not be used in production (row-level security would not apply), or null. */
export function runtimeRoleProblem(facts: RuntimeRoleFacts): string | null {
  const wrong = [
    facts.superuser && 'a superuser',
    facts.bypassRls && 'BYPASSRLS',
    facts.owner && 'the owner of the schema or of its tables',
  ].filter(Boolean);
  if (wrong.length === 0) return null;
  return `DATABASE_URL connects as '${facts.role}', which is ${wrong.join(', ')}: row-level security would not isolate tenants. Use the service's own role (facile_<schema>) and MIGRATION_DATABASE_URL for migrate.`;
}
