import { stringify } from 'csv-stringify/sync';

/** A cell: text, a number (written with a decimal comma), or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** The media type every CSV the services produce is served with. */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/**
 * A CSV table in the dialect Excel opens in columns on an Italian Windows (list separator `;`, decimal comma):
 * UTF-8 with a byte order mark (so accents survive), `;` between cells, CRLF between rows, quotes only where a
 * cell needs them, numbers with a decimal comma and no thousands separator (0.25 → `0,25`), and text cells that
 * a spreadsheet would run as a formula (starting with = + - @ tab or CR, also their full-width forms) prefixed
 * with `'` (OWASP CSV injection). One library, csv-stringify, does the quoting and the formula escaping.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows] as CsvCell[][], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // A cell with a bare \n or \r is quoted too (csv-stringify stops doing so once record_delimiter is set).
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { number: (n) => String(n).replace('.', ',') },
  });
}

/**
 * The headers of a CSV download: the CSV media type and an attachment with `filename` (reduced to letters,
 * digits, dot, dash and underscore, so no header injection).
 */
export function csvAttachment(filename: string): Record<'Content-Type' | 'Content-Disposition', string> {
  const safe = filename.replace(/[^A-Za-z0-9._-]+/g, '-');
  return { 'Content-Type': CSV_CONTENT_TYPE, 'Content-Disposition': `attachment; filename="${safe}"` };
}
