import { StatisticsDimension } from './statistics.reader';
import { StatisticsRow } from './get-statistics.use-case';

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

const cell = (v: number | string | null): string => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One line per group (and a last `total` line), RFC 4180, header first. */
export function statisticsCsv(rows: StatisticsRow[], total: StatisticsRow, groupBy: StatisticsDimension): string {
  const lines = [[groupBy, ...COLUMNS.map(([name]) => name)].join(',')];
  for (const r of [...rows, total]) lines.push([cell(r.key), ...COLUMNS.map(([, get]) => cell(get(r)))].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
