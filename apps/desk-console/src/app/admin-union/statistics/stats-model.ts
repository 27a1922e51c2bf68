import type { SchedulingApi } from '@facile/web/api-client';

export type Statistics = SchedulingApi.components['schemas']['Statistics'];
export type StatisticsRow = SchedulingApi.components['schemas']['StatisticsRow'];
export type GroupBy = Statistics['groupBy'];
export const GROUP_BYS: GroupBy[] = ['site', 'tenant', 'service', 'month', 'week', 'day'];

export interface StatsFilters {
  from: string; // YYYY-MM
  to: string; // YYYY-MM
  groupBy: GroupBy;
  tenant: string;
  site: string;
}

/** The API's date range of a month range: from the first of one to the last of the other. */
export function dateRange(f: Pick<StatsFilters, 'from' | 'to'>): { from: string; to: string } | null {
  if (!/^\d{4}-\d{2}$/.test(f.from) || !/^\d{4}-\d{2}$/.test(f.to) || f.to < f.from) return null;
  const [fy, fm] = f.from.split('-').map(Number) as [number, number];
  const [ty, tm] = f.to.split('-').map(Number) as [number, number];
  if ((ty - fy) * 12 + (tm - fm) > 23) return null;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return { from: `${f.from}-01`, to: `${f.to}-${String(last).padStart(2, '0')}` };
}

/** The row with the highest value of a measure (nulls ignored), or null when none has one. */
export function highest(
  rows: readonly StatisticsRow[],
  get: (r: StatisticsRow) => number | null,
): StatisticsRow | null {
  let best: StatisticsRow | null = null;
  let bestValue = -Infinity;
  for (const row of rows) {
    const value = get(row);
    if (value !== null && value > bestValue) {
      best = row;
      bestValue = value;
    }
  }
  return best;
}

/** A ratio (0.0577) as a percentage with one decimal, in the language's notation. */
export const percent = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 1000) / 10;

export function formatNumber(value: number | null, locale: string, na: string): string {
  return value === null ? na : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
