import { toCsv } from '@facile/platform/csv';
import { FlowRow, StatisticsDimension } from './ports/statistics.reader';
import { StatisticsRow } from './get-statistics/get-statistics.use-case';

const COLUMNS: [string, (r: StatisticsRow) => number | string | null][] = [
  ['bookingsMade', (r) => r.bookings.made],
  ['bookingsCancelled', (r) => r.bookings.cancelled],
  ['bookingsCompleted', (r) => r.bookings.completed],
  ['noShows', (r) => r.bookings.noShows],
  ['noShowRate', (r) => r.bookings.noShowRate],
  ['medianLeadTimeMinutes', (r) => r.bookings.medianLeadTimeMinutes],
  ['walkInsIssued', (r) => r.walkIns.issued],
  ['walkInsServed', (r) => r.walkIns.served],
  ['medianWaitMinutes', (r) => r.walkIns.medianWaitMinutes],
  ['p90WaitMinutes', (r) => r.walkIns.p90WaitMinutes],
  ['capacityOfferedMinutes', (r) => r.capacity.offeredMinutes],
  ['capacityUsedMinutes', (r) => r.capacity.usedMinutes],
  ['capacityUse', (r) => r.capacity.use],
  ['sessionRegistered', (r) => r.groupSessions.registered],
  ['sessionSeats', (r) => r.groupSessions.seats],
  ['sessionSeatFill', (r) => r.groupSessions.seatFill],
  ['waitingList', (r) => r.groupSessions.waitingList],
];

/** One line per group (and a last `total` line), header first, in the platform's CSV dialect (Italian Excel). */
export function statisticsCsv(
  rows: StatisticsRow[],
  total: StatisticsRow,
  groupBy: StatisticsDimension,
): string {
  return toCsv(
    [groupBy, ...COLUMNS.map(([name]) => name)],
    [...rows, total].map((r) => [r.key, ...COLUMNS.map(([, get]) => get(r))]),
  );
}

/**
 * The cross-municipality flows (citizens of one municipality served at another's sites): one line per pair, then a
 * `total` line, in the platform's CSV dialect.
 */
export function flowsCsv(flows: readonly FlowRow[]): string {
  const sum = (get: (f: FlowRow) => number) => flows.reduce((n, f) => n + get(f), 0);
  return toCsv(
    ['citizenTenant', 'siteTenant', 'appointments', 'completed'],
    [
      ...flows.map((f) => [f.citizenTenant, f.siteTenant, f.appointments, f.completed]),
      ['total', '', sum((f) => f.appointments), sum((f) => f.completed)],
    ],
  );
}
