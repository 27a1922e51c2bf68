import { EntityManager } from 'typeorm';
import { preparedQuery } from '@facile/platform/persistence';
import {
  Contribution,
  CounterDelta,
  diffContributions,
  DurationDelta,
  monthOf,
} from '@facile/scheduling/statistics-domain';

type Grain = 'daily' | 'monthly';

/** Parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

const dayOf = (grain: Grain, day: string) => (grain === 'daily' ? day : monthOf(day));
const keyOf = (grain: Grain, k: CounterDelta['key']) =>
  `${dayOf(grain, k.day)}|${k.site}|${k.citizenTenant}|${k.service}`;

/** The counters' deltas of one grain, one per row of the table (two days of one month are one monthly row). */
function countersAt(grain: Grain, entries: CounterDelta[]): CounterDelta[] {
  const rows = new Map<string, CounterDelta>();
  for (const e of entries) {
    const k = keyOf(grain, e.key);
    const row = rows.get(k) ?? { key: { ...e.key, day: dayOf(grain, e.key.day) }, delta: {} };
    for (const [c, v] of Object.entries(e.delta) as [keyof CounterDelta['delta'], number][])
      row.delta[c] = (row.delta[c] ?? 0) + v;
    rows.set(k, row);
  }
  return [...rows.values()];
}

function durationsAt(grain: Grain, entries: DurationDelta[]): DurationDelta[] {
  const rows = new Map<string, DurationDelta>();
  for (const d of entries) {
    const k = `${keyOf(grain, d.key)}|${d.metric}|${d.bucket}`;
    const row = rows.get(k) ?? { ...d, key: { ...d.key, day: dayOf(grain, d.key.day) }, n: 0 };
    row.n += d.n;
    rows.set(k, row);
  }
  return [...rows.values()];
}

function counterInsert(grain: Grain, rows: CounterDelta[], p: Params): string | null {
  if (!rows.length) return null;
  const table = `stats_${grain}`;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r.delta)))];
  const values = rows.map((r) => {
    const k = r.key;
    const own = r.delta as Record<string, number | undefined>;
    return `(${[k.day, k.site, k.siteTenant, k.citizenTenant, k.service].map((v) => p.add(v)).join(', ')}, ${cols
      .map((c) => `${p.add(own[c] ?? 0)}::int`)
      .join(', ')})`;
  });
  return `INSERT INTO scheduling.${table} (day, site, site_tenant, citizen_tenant, service, ${cols.join(', ')})
    VALUES ${values.join(', ')}
    ON CONFLICT (day, site, citizen_tenant, service) DO UPDATE SET ${cols.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(', ')}`;
}

function durationInsert(grain: Grain, rows: DurationDelta[], p: Params): string | null {
  if (!rows.length) return null;
  const table = `stats_hist_${grain}`;
  const values = rows.map(
    (d) =>
      `(${[d.key.day, d.key.site, d.key.siteTenant, d.key.citizenTenant, d.key.service, d.metric].map((v) => p.add(v)).join(', ')}, ${p.add(d.bucket)}::int, ${p.add(d.n)}::int)`,
  );
  return `INSERT INTO scheduling.${table} (day, site, site_tenant, citizen_tenant, service, metric, bucket, n)
    VALUES ${values.join(', ')}
    ON CONFLICT (day, site, citizen_tenant, service, metric, bucket) DO UPDATE SET n = ${table}.n + EXCLUDED.n`;
}

/** A write that goes with a change of contribution, e.g. the aggregate's new facts: its SQL given a parameter adder. */
export type FactsWrite = (param: (v: unknown) => string) => string;

/**
 * Writes what replacing `before` by `after` changes, to both grains (the rules are the domain's), and `facts`,
 * as ONE statement: each table's rows in one INSERT … ON CONFLICT, the inserts as parts of one WITH (issue 20:
 * the projection went from up to six round trips per event to one). No two parts touch one table, so no row is
 * changed twice by the statement.
 */
export async function applyDiff(
  m: EntityManager,
  before: Contribution | null,
  after: Contribution | null,
  facts?: FactsWrite,
): Promise<void> {
  const { counters, durations } = diffContributions(before, after);
  const p = new Params();
  const parts = (['daily', 'monthly'] as const)
    .flatMap((grain) => [
      counterInsert(grain, countersAt(grain, counters), p),
      durationInsert(grain, durationsAt(grain, durations), p),
    ])
    .filter((sql): sql is string => sql !== null);
  if (facts) parts.push(facts((v) => p.add(v)));
  if (!parts.length) return;
  const last = parts.pop() as string;
  const sql = parts.length ? `WITH ${parts.map((s, i) => `w${i} AS (${s})`).join(', ')} ${last}` : last;
  // a few shapes of text (how many rows each grain gets), each prepared once per connection
  await preparedQuery(m, sql, p.values);
}
