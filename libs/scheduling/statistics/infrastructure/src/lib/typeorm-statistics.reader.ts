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
import { COUNTERS } from '@facile/scheduling/statistics-domain';
import { readPlan } from './statistics-read-plan';

/** SQL label of each dimension; the time ones match the application's period keys. */
const KEY: Record<StatisticsDimension, string> = {
  site: 'site',
  tenant: 'citizen_tenant',
  service: 'service',
  day: `to_char(day, 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', day), 'IYYY-"W"IW')`,
  month: `to_char(day, 'YYYY-MM')`,
};

/** With a month minus some of its days, a key seen only on those days sums to nothing: not a row. */
const SOME_COUNTER = COUNTERS.map((c) => `sum(${c}) <> 0`).join(' OR ');

@Injectable()
export class TypeOrmStatisticsReader extends StatisticsReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async figures(f: StatisticsFilter): Promise<StatisticsFigures> {
    const params: unknown[] = [];
    const plan = readPlan(f.from, f.to, f.groupBy);
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
    // Only the columns a query needs leave the scan (the text columns make the rows wide) of `<table>_daily` and
    // `<table>_monthly` as readPlan says; a part taken away has its measures negated.
    const source = (table: string, keys: string[], measures: readonly string[]) => {
      const parts = plan.map((p) => {
        const values = measures.map((m) => (p.sign < 0 ? `-${m} AS ${m}` : m));
        return `SELECT ${['day', 'site', 'site_tenant', 'citizen_tenant', 'service', ...keys, ...values].join(', ')}
                FROM scheduling.${table}_${p.grain} WHERE day BETWEEN '${p.from}'::date AND '${p.to}'::date`;
      });
      return `(${parts.join(' UNION ALL ')})`;
    };
    const key = KEY[f.groupBy];
    const [counters, durations, flows] = await Promise.all([
      this.ds.query<Record<string, string | number>[]>(
        `SELECT ${key} AS key, sum(bookings)::int AS bookings, sum(cancelled)::int AS cancelled, sum(completed)::int AS completed,
                sum(no_shows)::int AS "noShows", sum(used_minutes)::int AS "usedMinutes", sum(tickets_issued)::int AS "ticketsIssued",
                sum(tickets_served)::int AS "ticketsServed", sum(registered)::int AS registered, sum(waitlisted)::int AS waitlisted,
                sum(seats)::int AS seats
         FROM ${source('stats', [], COUNTERS)} r ${filter} GROUP BY 1 HAVING ${SOME_COUNTER}`,
        params,
      ),
      this.ds.query<DurationGroup[]>(
        `SELECT ${key} AS key, metric, bucket, sum(n)::int AS n FROM ${source('stats_hist', ['metric', 'bucket'], ['n'])} r ${filter}
         GROUP BY 1, 2, 3 HAVING sum(n) <> 0`,
        params,
      ),
      this.ds.query<FlowRow[]>(
        `SELECT citizen_tenant AS "citizenTenant", site_tenant AS "siteTenant", sum(bookings - cancelled)::int AS appointments, sum(completed)::int AS completed
         FROM ${source('stats', [], ['bookings', 'cancelled', 'completed'])} r ${filter ? `${filter} AND` : 'WHERE'} citizen_tenant <> site_tenant
         GROUP BY 1, 2 HAVING sum(bookings - cancelled) > 0 ORDER BY 1, 2`,
        params,
      ),
    ]);
    return { counters: counters as unknown as CounterGroup[], durations, flows };
  }
}
