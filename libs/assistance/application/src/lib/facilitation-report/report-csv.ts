import { ReportDimension } from '@facile/assistance/domain';
import { toCsv } from '@facile/platform/csv';
import { ReportRow } from '../ports/case.store';

/** One column per dimension, then the count, in the platform's CSV dialect (Italian Excel). */
export function reportCsv(rows: readonly ReportRow[], groupBy: readonly ReportDimension[]): string {
  return toCsv(
    [...groupBy, 'count'],
    rows.map((r) => [...groupBy.map((d) => r[d] ?? ''), r.count]),
  );
}
