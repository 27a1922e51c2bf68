/** The dimensions a statistics request may group by. */
export const STATISTICS_DIMENSIONS = ['site', 'tenant', 'service', 'day', 'week', 'month'] as const;
export type StatisticsDimension = (typeof STATISTICS_DIMENSIONS)[number];

/** Which rows a principal may see: every row, or rows of these sites or about these municipalities (as citizens' or sites'). */
export type StatisticsScope = { all: true } | { all: false; sites: string[]; tenants: string[] };

export interface StatisticsFilter {
  from: string;
  to: string;
  groupBy: StatisticsDimension;
  scope: StatisticsScope;
  /** Rows about this municipality: its citizens anywhere, or anyone at its sites. */
  tenant?: string;
  site?: string;
}

export interface CounterTotals {
  bookings: number;
  cancelled: number;
  completed: number;
  noShows: number;
  usedMinutes: number;
  ticketsIssued: number;
  ticketsServed: number;
  registered: number;
  waitlisted: number;
  seats: number;
}

export interface CounterGroup extends CounterTotals {
  key: string;
}

export interface DurationGroup {
  key: string;
  metric: 'wait' | 'lead';
  bucket: number;
  n: number;
}

/** Appointments of one municipality's citizens at another municipality's sites. */
export interface FlowRow {
  citizenTenant: string;
  siteTenant: string;
  appointments: number;
  completed: number;
}

export interface StatisticsFigures {
  counters: CounterGroup[];
  durations: DurationGroup[];
  flows: FlowRow[];
}

/** Port: the statistics read models, summed by the dimension asked (at most a few thousand rows read). */
export abstract class StatisticsReader {
  abstract figures(filter: StatisticsFilter): Promise<StatisticsFigures>;
}
