import { createHash } from 'node:crypto';
import { EntityManager, QueryFailedError } from 'typeorm';

/** Statement texts of this process by name; past this many, a new text runs unnamed (see preparedQuery). */
const MAX_STATEMENTS = 500;
const names = new Map<string, string>();

/** The prepared statement name of a text: the same in every process and connection, one per distinct text. */
export function statementName(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_STATEMENTS) {
    name = `facile_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

interface PgResult {
  command: string;
  rows: unknown[];
  rowCount: number | null;
}
interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<PgResult>;
}

/**
 * `manager.query` for a statement of a hot path, as a named prepared statement of the connection: PostgreSQL parses
 * and analyses the text once per connection instead of on every execution, and after five executions plans it once
 * when the generic plan costs no more than the custom ones. Parsing and planning were 37 % of PostgreSQL's CPU
 * during the booking bench, every statement of the platform being an unnamed one (issue 20, `perf` of the
 * booking run; ADR 30). Same result shapes as TypeORM's (rows; `[rows, count]` for UPDATE and DELETE) and the
 * same error (QueryFailedError, which the error mappers test). For fixed texts, or texts of a few shapes: each
 * distinct text is a statement kept by every connection that ran it, so past MAX_STATEMENTS texts in a process
 * the rest run unnamed. Outside a transaction's query runner it is manager.query.
 */
export async function preparedQuery<T = unknown>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T> {
  const runner = manager.queryRunner;
  const name = statementName(text);
  if (!runner || runner.isReleased || name === undefined) return manager.query(text, values) as Promise<T>;
  const client = (await runner.connect()) as PgClient;
  let raw: PgResult;
  try {
    raw = await client.query({ name, text, values });
  } catch (e) {
    throw new QueryFailedError(text, values, e as Error);
  }
  return (raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows) as T;
}
