import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CounterGroup,
  DurationGroup,
  FlowRow,
  StatisticsDimension,
  StatisticsFigures,
  StatisticsFilter,
  StatisticsReader,
} from '@facile/scheduling/statistics-application';

/** SQL label of each dimension; the time ones match the application's period keys. */
const KEY: Record<StatisticsDimension, string> = {
  site: 'site',
  tenant: 'citizen_tenant',
  service: 'service',
  day: `to_char(day, 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', day), 'IYYY-"W"IW')`,
  month: `to_char(day, 'YYYY-MM')`,
};

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The whole months inside [from, to] (read from the month grain) and the days around them (day grain).
 * Grouping by day or week reads the day grain only. A year for the whole network is then a few thousand
 * month rows, whatever the traffic.
 */
export function grainSplit(
  from: string,
  to: string,
  groupBy: StatisticsDimension,
): { monthFrom: string; monthTo: string } | null {
  if (groupBy === 'day' || groupBy === 'week') return null;
  const first = from.endsWith('-01') ? from : addDays(`${from.slice(0, 7)}-01`, 40).slice(0, 7) + '-01';
  const nextOfTo = addDays(to, 1);
  const lastMonthEnd = nextOfTo.endsWith('-01') ? to : addDays(`${to.slice(0, 7)}-01`, -1);
  if (first > lastMonthEnd) return null;
  return { monthFrom: first, monthTo: lastMonthEnd };
}

@Injectable()
export class TypeOrmStatisticsReader extends StatisticsReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async figures(f: StatisticsFilter): Promise<StatisticsFigures> {
    const params: unknown[] = [f.from, f.to];
    const split = grainSplit(f.from, f.to, f.groupBy);
    const where: string[] = [];
    if (!f.scope.all) {
      params.push(f.scope.sites, f.scope.tenants);
      where.push(
        `(site = ANY($${params.length - 1}) OR citizen_tenant = ANY($${params.length}) OR site_tenant = ANY($${params.length}))`,
      );
    }
    if (f.tenant !== undefined) {
      params.push(f.tenant);
      where.push(`(citizen_tenant = $${params.length} OR site_tenant = $${params.length})`);
    }
    if (f.site !== undefined) {
      params.push(f.site);
      where.push(`site = $${params.length}`);
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // Only the columns a query needs leave the scan (the text columns make the rows wide).
    const source = (daily: string, monthly: string, columns: string) => {
      const cols = `day, site, site_tenant, citizen_tenant, service, ${columns}`;
      if (!split) return `(SELECT ${cols} FROM scheduling.${daily} WHERE day BETWEEN $1 AND $2)`;
      // The days before and after the whole months as two ranges of the key's leading column (an index range
      // each), not one range minus the months, which the planner reads as a scan of the whole table.
      const days = [
        `$1::date AND '${addDays(split.monthFrom, -1)}'::date`,
        `'${addDays(split.monthTo, 1)}'::date AND $2::date`,
      ].map((range) => `SELECT ${cols} FROM scheduling.${daily} WHERE day BETWEEN ${range}`);
      return `(SELECT ${cols} FROM scheduling.${monthly} WHERE day BETWEEN '${split.monthFrom}'::date AND '${split.monthTo}'::date
               UNION ALL ${days.join(' UNION ALL ')})`;
    };
    const counterColumns =
      'bookings, cancelled, completed, no_shows, used_minutes, tickets_issued, tickets_served, registered, waitlisted, seats';
    const key = KEY[f.groupBy];
    const [counters, durations, flows] = await Promise.all([
      this.ds.query<Record<string, string | number>[]>(
        `SELECT ${key} AS key, sum(bookings)::int AS bookings, sum(cancelled)::int AS cancelled, sum(completed)::int AS completed,
                sum(no_shows)::int AS "noShows", sum(used_minutes)::int AS "usedMinutes", sum(tickets_issued)::int AS "ticketsIssued",
                sum(tickets_served)::int AS "ticketsServed", sum(registered)::int AS registered, sum(waitlisted)::int AS waitlisted,
                sum(seats)::int AS seats
         FROM ${source('stats_daily', 'stats_monthly', counterColumns)} r ${filter} GROUP BY 1`,
        params,
      ),
      this.ds.query<DurationGroup[]>(
        `SELECT ${key} AS key, metric, bucket, sum(n)::int AS n FROM ${source('stats_hist_daily', 'stats_hist_monthly', 'metric, bucket, n')} r ${filter}
         GROUP BY 1, 2, 3 HAVING sum(n) <> 0`,
        params,
      ),
      this.ds.query<FlowRow[]>(
        `SELECT citizen_tenant AS "citizenTenant", site_tenant AS "siteTenant", sum(bookings - cancelled)::int AS appointments, sum(completed)::int AS completed
         FROM ${source('stats_daily', 'stats_monthly', 'bookings, cancelled, completed')} r ${filter ? `${filter} AND` : 'WHERE'} citizen_tenant <> site_tenant
         GROUP BY 1, 2 HAVING sum(bookings - cancelled) > 0 ORDER BY 1, 2`,
        params,
      ),
    ]);
    return { counters: counters as unknown as CounterGroup[], durations, flows };
  }
}
