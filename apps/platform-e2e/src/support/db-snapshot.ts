import { Client } from 'pg';

export const SCHEMAS = ['catalogue', 'scheduling', 'assistance', 'notifications'];

/**
 * Row count and an md5 of every row (in a stable order) of every table of the four schemas: two equal
 * snapshots mean nothing was written, deleted or changed.
 */
export async function snapshot(db: Client, exclude: string[] = []): Promise<Record<string, string>> {
  const tables = await db.query<{ schemaname: string; tablename: string }>(
    `SELECT schemaname, tablename FROM pg_tables WHERE schemaname = ANY($1) ORDER BY 1, 2`,
    [SCHEMAS],
  );
  const out: Record<string, string> = {};
  for (const t of tables.rows) {
    const name = `${t.schemaname}.${t.tablename}`;
    if (exclude.includes(name)) continue;
    const r = await db.query<{ n: number; sum: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(md5(x::text), ',' ORDER BY md5(x::text))) AS sum FROM "${t.schemaname}"."${t.tablename}" x`,
    );
    out[name] = `${r.rows[0].n}:${r.rows[0].sum ?? '-'}`;
  }
  return out;
}
