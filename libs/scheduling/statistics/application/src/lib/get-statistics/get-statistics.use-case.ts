import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { isUnionAdmin, Principal } from '@facile/platform/auth';
import { ForbiddenError, NotFoundError } from '@facile/platform/errors';
import { TenantRegistry } from '@facile/platform/tenancy';
import { grouped, type LocalInterval } from '@facile/scheduling/domain';
import { HolidaySource, SchedulingReader, SiteView } from '@facile/scheduling/application';
import { percentile } from '@facile/scheduling/statistics-domain';
import { datesOf, OfferedMinutes } from './offered-minutes';
import { StatisticsCache } from './statistics.cache';
import { checkStatisticsQuery } from './statistics.query';
import {
  CounterTotals,
  DurationGroup,
  FlowRow,
  StatisticsDimension,
  StatisticsFilter,
  StatisticsReader,
  StatisticsScope,
} from '../ports/statistics.reader';

export interface StatisticsRequest {
  from?: string;
  to?: string;
  groupBy?: string;
  tenant?: string;
  site?: string;
}

export interface StatisticsRow {
  key: string;
  bookings: {
    made: number;
    cancelled: number;
    completed: number;
    noShows: number;
    noShowRate: number | null;
    medianLeadTimeMinutes: number | null;
  };
  walkIns: {
    issued: number;
    served: number;
    medianWaitMinutes: number | null;
    p90WaitMinutes: number | null;
  };
  capacity: { offeredMinutes: number | null; usedMinutes: number; use: number | null };
  groupSessions: { registered: number; seats: number | null; seatFill: number | null; waitingList: number };
}

export interface StatisticsResult {
  from: string;
  to: string;
  groupBy: StatisticsDimension;
  tenant: string | null;
  site: string | null;
  rows: StatisticsRow[];
  total: StatisticsRow;
  crossMunicipality: FlowRow[];
}

const zero = (): CounterTotals => ({
  bookings: 0,
  cancelled: 0,
  completed: 0,
  noShows: 0,
  usedMinutes: 0,
  ticketsIssued: 0,
  ticketsServed: 0,
  registered: 0,
  waitlisted: 0,
  seats: 0,
});
const ratio = (n: number, d: number): number | null => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);

/** The period key of a date for the time dimensions (the reader uses the same labels). */
export function periodKey(groupBy: StatisticsDimension, date: string): string {
  if (groupBy === 'month') return date.slice(0, 7);
  if (groupBy === 'week') return DateTime.fromISO(date, { zone: 'UTC' }).toFormat("kkkk-'W'WW");
  return date;
}

/**
 * Union coordination statistics: volumes, no-shows, walk-in waits, lead times, capacity offered (from the
 * calendar) against capacity used, group-session fill and the cross-municipality flows, read from the
 * statistics read models and scoped to what the principal may see.
 */
@Injectable()
export class GetStatisticsUseCase {
  constructor(
    private readonly stats: StatisticsReader,
    private readonly reader: SchedulingReader,
    private readonly holidays: HolidaySource,
    private readonly tenants: TenantRegistry,
    private readonly cache: StatisticsCache<StatisticsResult>,
  ) {}

  /** Read lazily: the calendar is the holiday source's. */
  private readonly offeredMinutes = new OfferedMinutes(() => this.holidays.calendar());

  /** Identical requests of the same scope share one answer for a few seconds (StatisticsCache). */
  execute(req: StatisticsRequest, principal: Principal): Promise<StatisticsResult> {
    const scope = [[...principal.roles].sort(), [...principal.tenants].sort(), [...principal.sites].sort()];
    const key = JSON.stringify([
      req.from,
      req.to,
      req.groupBy ?? null,
      req.tenant ?? null,
      req.site ?? null,
      scope,
    ]);
    return this.cache.get(key, () => this.compute(req, principal));
  }

  private async compute(req: StatisticsRequest, principal: Principal): Promise<StatisticsResult> {
    const groupBy = req.groupBy ?? 'site';
    checkStatisticsQuery(req.from, req.to, groupBy);
    const from = req.from;
    const to = req.to as string;
    const dimension = groupBy as StatisticsDimension;
    const sites = await this.reader.sites();
    if (
      req.tenant !== undefined &&
      (!this.tenants.has(req.tenant) || this.tenants.get(req.tenant).kind !== 'municipality')
    ) {
      throw new NotFoundError(`No municipality '${req.tenant}'`);
    }
    const site = req.site === undefined ? undefined : sites.find((s) => s.id === req.site);
    if (req.site !== undefined && !site) throw new NotFoundError(`No site '${req.site}'`);
    const scope = this.scopeOf(principal, req.tenant, site);
    const filter: StatisticsFilter = {
      from,
      to,
      groupBy: dimension,
      scope,
      tenant: req.tenant,
      site: req.site,
    };
    const [figures, offered] = await Promise.all([this.stats.figures(filter), this.offered(filter, sites)]);

    const counters = new Map(figures.counters.map((c) => [c.key, c as CounterTotals]));
    const durations = grouped(figures.durations, (d) => d.key);
    const offersByKey =
      dimension === 'tenant' || dimension === 'service' ? new Map<string, number>() : offered.byKey;
    const keys = [...new Set([...counters.keys(), ...offersByKey.keys()])].sort();
    const rows = keys.map((key) =>
      row(
        key,
        counters.get(key) ?? zero(),
        durations.get(key) ?? [],
        dimension === 'tenant' || dimension === 'service' ? null : (offersByKey.get(key) ?? 0),
      ),
    );
    const totals = zero();
    for (const c of counters.values())
      for (const k of Object.keys(totals) as (keyof CounterTotals)[]) totals[k] += c[k];
    const total = row('total', totals, figures.durations, offered.total);
    return {
      from,
      to,
      groupBy: dimension,
      tenant: req.tenant ?? null,
      site: req.site ?? null,
      rows,
      total,
      crossMunicipality: figures.flows,
    };
  }

  private scopeOf(p: Principal, tenant: string | undefined, site: SiteView | undefined): StatisticsScope {
    if (isUnionAdmin(p)) return { all: true };
    const scope = {
      all: false as const,
      sites: p.roles.includes('operator') ? [...p.sites] : [],
      tenants: p.roles.includes('tenant-admin') ? [...p.tenants] : [],
    };
    if (scope.sites.length === 0 && scope.tenants.length === 0)
      throw new ForbiddenError('No site or municipality to report on');
    if (tenant !== undefined && !scope.tenants.includes(tenant) && scope.sites.length === 0) {
      throw new ForbiddenError(`Statistics of ${tenant} are for its administrators and the Union`);
    }
    if (site && scope.tenants.length === 0 && !scope.sites.includes(site.id))
      throw new ForbiddenError(`Statistics of site ${site.id} are for its staff`);
    return scope;
  }

  /**
   * Slot minutes offered: each day's open intervals (weekly hours, exceptions, holidays and patron days)
   * times the site's counters, for the sites in scope — computed from the calendar, not from bookings.
   */
  private async offered(
    f: StatisticsFilter,
    all: SiteView[],
  ): Promise<{ byKey: Map<string, number>; total: number }> {
    const sites = all.filter(
      (s) =>
        (f.scope.all || f.scope.sites.includes(s.id) || f.scope.tenants.includes(s.tenant)) &&
        (f.site === undefined || s.id === f.site) &&
        (f.tenant === undefined || s.tenant === f.tenant),
    );
    const byKey = new Map<string, number>();
    let total = 0;
    if (sites.length === 0) return { byKey, total };
    const exceptions = new Map<string, Map<string, LocalInterval[]>>();
    for (const e of await this.reader.exceptions(
      sites.map((s) => s.id),
      f.from,
      f.to,
    )) {
      const m = exceptions.get(e.site) ?? new Map<string, LocalInterval[]>();
      m.set(e.date, e.hours);
      exceptions.set(e.site, m);
    }
    const none = new Map<string, LocalInterval[]>();
    const dates = datesOf(f.from, f.to);
    const rangeOf = (s: SiteView) => this.offeredMinutes.of(s, dates, exceptions.get(s.id) ?? none);
    if (f.groupBy === 'site') {
      for (const s of sites) {
        const offered = rangeOf(s).total * s.counters;
        if (offered <= 0) continue;
        byKey.set(s.id, offered);
        total += offered;
      }
      return { byKey, total };
    }
    // By period: the days of all sites added up first (a site has at least one counter), then labelled once.
    const perDay = new Float64Array(dates.length);
    for (const s of sites) {
      const { minutes } = rangeOf(s);
      for (let i = 0; i < minutes.length; i++) perDay[i] += minutes[i] * s.counters;
    }
    for (let i = 0; i < dates.length; i++) {
      if (perDay[i] <= 0) continue;
      const key = periodKey(f.groupBy, dates[i]);
      byKey.set(key, (byKey.get(key) ?? 0) + perDay[i]);
      total += perDay[i];
    }
    return { byKey, total };
  }
}

function row(
  key: string,
  c: CounterTotals,
  durations: DurationGroup[],
  offeredMinutes: number | null,
): StatisticsRow {
  const wait = new Map<number, number>();
  const lead = new Map<number, number>();
  for (const d of durations) {
    const h = d.metric === 'wait' ? wait : lead;
    h.set(d.bucket, (h.get(d.bucket) ?? 0) + d.n);
  }
  return {
    key,
    bookings: {
      made: c.bookings,
      cancelled: c.cancelled,
      completed: c.completed,
      noShows: c.noShows,
      // Among the appointments that came due: those not kept over those kept or not.
      noShowRate: ratio(c.noShows, c.completed + c.noShows),
      medianLeadTimeMinutes: percentile(lead, 0.5),
    },
    walkIns: {
      issued: c.ticketsIssued,
      served: c.ticketsServed,
      medianWaitMinutes: percentile(wait, 0.5),
      p90WaitMinutes: percentile(wait, 0.9),
    },
    capacity: {
      offeredMinutes,
      usedMinutes: c.usedMinutes,
      use: offeredMinutes === null ? null : ratio(c.usedMinutes, offeredMinutes),
    },
    groupSessions: {
      registered: c.registered,
      seats: c.seats > 0 ? c.seats : null,
      seatFill: ratio(c.registered, c.seats),
      waitingList: c.waitlisted,
    },
  };
}
