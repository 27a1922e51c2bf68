import { ReportDimension } from '@facile/assistance/domain';
import { ReportRow } from '../ports/case.store';

const cell = (v: string | number): string => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180 CSV: one column per dimension, then the count. */
export function reportCsv(rows: readonly ReportRow[], groupBy: readonly ReportDimension[]): string {
  const lines = [[...groupBy, 'count'].map(cell).join(',')];
  for (const r of rows) lines.push([...groupBy.map((d) => cell(r[d] ?? '')), cell(r.count)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
