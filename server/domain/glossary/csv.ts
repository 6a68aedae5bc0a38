// Glossary CSV, RFC 4180: a header row, then one term per row.
//
//   de,pl,note,partOfSpeech,caseSensitive,forbidden,status,compound
//   Grenzraum,pogranicze,,noun,false,obszar przygraniczny|strefa graniczna,approved,true
//
// Reading (csv-parse): columns are found by their header names (any order, case-insensitive); `de` and
// `pl` are required, the others optional, an unknown or repeated column is an error. Fields may be
// quoted ("…", with "" for a quote) and then hold commas and line breaks; a quote is only special at
// the start of a field. Rows end with CRLF, LF or CR. A byte-order mark is skipped, and a header with
// semicolons and no commas (what German and Polish spreadsheet programs save) makes `;` the
// separator. Empty rows are skipped. Forbidden variants are separated by `|`; booleans are true/false
// (also 1/0, yes/no, ja/nein, tak/nie; empty is false); an empty status is `approved`, an empty part
// of speech none. A quote Nysa put before a cell that starts like a formula is removed again
// (csv/spreadsheetSafe.ts). Every problem is an `invalid_csv` error with its line (the first line of
// the row, counting CRLF, LF and CR as one line break each).
// Writing (csv/spreadsheetSafe.ts, csv-stringify): the header above, CRLF line ends, a field quoted
// when it holds the separator, a quote, a line break or leading/trailing spaces, and a cell that
// starts like a formula ("=", "+", "-", "@" …) written after a single quote, quoted.
import { parse } from 'csv-parse/sync';
import { readSpreadsheetSafeCell, writeSpreadsheetSafeCsv } from '../csv/spreadsheetSafe';
import { GlossaryFileError } from './fileErrors';
import {
  GLOSSARY_TERM_STATUSES,
  InvalidGlossaryTerm,
  normalizeTermFields,
  PARTS_OF_SPEECH,
  TERMS_PER_FILE_PART,
  type GlossaryTermFields,
  type GlossaryTermStatus,
  type PartOfSpeech,
} from './types';

export const CSV_COLUMNS = ['de', 'pl', 'note', 'partOfSpeech', 'caseSensitive', 'forbidden', 'status', 'compound'] as const;
type Column = (typeof CSV_COLUMNS)[number];

interface CsvRecord {
  /** The line the record starts on (1-based). */
  line: number;
  fields: string[];
}

const fail = (line: number, reason: string): never => {
  throw new GlossaryFileError('invalid_csv', line, reason);
};

/**
 * Line numbers for byte offsets into `text` as UTF-8 (what csv-parse counts), asked in increasing
 * order. csv-parse's own line count takes the CR and the LF of a CRLF inside a quoted field for two
 * lines; this counts every CRLF, LF and CR as one, as an editor shows the file.
 */
class LinesByByte {
  private at = 0;
  private bytes = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(byteOffset: number): number {
    const { text } = this;
    while (this.bytes < byteOffset && this.at < text.length) {
      const code = text.charCodeAt(this.at);
      const next = text.charCodeAt(this.at + 1);
      if (code === 0x0a || (code === 0x0d && next !== 0x0a)) this.line += 1;
      const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      this.bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
      this.at += pair ? 2 : 1;
    }
    return this.line;
  }
}

const CSV_REASONS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed',
  CSV_INVALID_CLOSING_QUOTE: 'text after a closing quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text after a closing quote',
  INVALID_OPENING_QUOTE: 'a quote inside an unquoted field (quote the whole field and double the quote)',
};

/** Line breaks (CRLF, LF or CR, one each) in a piece of the text. */
const lineBreaks = (text: string): number => text.match(/\r\n|\n|\r/g)?.length ?? 0;

/** The records of the text, each with the line it starts on; throws GlossaryFileError for bad quoting. */
function parseCsvRecords(text: string, delimiter: ',' | ';'): CsvRecord[] {
  const lines = new LinesByByte(text);
  const records: CsvRecord[] = [];
  let recordStart = 0;
  try {
    parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // with the text of the record read so far, an error tells the line it stopped at
      raw: true,
      on_record: (value: string[], context) => {
        // with raw: true csv-parse hands over { record, raw }, which its types do not say
        const { record } = value as unknown as { record: string[] };
        records.push({ line: lines.lineAt(recordStart), fields: record.map(readSpreadsheetSafeCell) });
        recordStart = context.bytes;
        return null;
      },
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code !== 'string' || !(error instanceof Error)) throw error;
    const startLine = lines.lineAt(recordStart);
    const raw = (error as { raw?: unknown }).raw;
    // a quote never closed is reported where its row starts, a misplaced quote where it was found
    const line = code === 'CSV_QUOTE_NOT_CLOSED' || typeof raw !== 'string' ? startLine : startLine + lineBreaks(raw);
    return fail(line, CSV_REASONS[code] ?? error.message);
  }
  return records;
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'ja', 'tak', 'x']);
const FALSE = new Set(['', 'false', '0', 'no', 'n', 'nein', 'nie']);

function parseBoolean(value: string, column: string, line: number): boolean {
  const v = value.trim().toLowerCase();
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return fail(line, `${column} must be true or false, not "${value}"`);
}

/** Reads a glossary CSV; throws GlossaryFileError (invalid_csv) at the first problem. */
export function parseGlossaryCsv(text: string): GlossaryTermFields[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineEnd = body.search(/[\r\n]/);
  const firstLine = lineEnd === -1 ? body : body.slice(0, lineEnd);
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const records = parseCsvRecords(body, separator).filter((r) => !r.fields.every((f) => f.trim() === ''));
  const header = records.shift();
  if (!header) return fail(1, 'the file is empty; the first row must name the columns (de,pl,…)');

  const columns = new Map<Column, number>();
  header.fields.forEach((name, index) => {
    const column = CSV_COLUMNS.find((c) => c.toLowerCase() === name.trim().toLowerCase());
    if (!column) fail(header.line, `unknown column "${name.trim()}" (known: ${CSV_COLUMNS.join(', ')})`);
    if (columns.has(column!)) fail(header.line, `column "${column}" appears twice`);
    columns.set(column!, index);
  });
  for (const required of ['de', 'pl'] as const) if (!columns.has(required)) fail(header.line, `the header has no "${required}" column`);

  return records.map(({ line, fields }) => {
    if (fields.length !== header.fields.length) fail(line, `${fields.length} fields, but the header has ${header.fields.length}`);
    const get = (column: Column): string => {
      const index = columns.get(column);
      return index === undefined ? '' : fields[index]!;
    };
    const status = get('status').trim().toLowerCase() || 'approved';
    if (!(GLOSSARY_TERM_STATUSES as readonly string[]).includes(status)) fail(line, `status must be approved or proposed, not "${get('status')}"`);
    const pos = get('partOfSpeech').trim().toLowerCase();
    if (pos !== '' && !(PARTS_OF_SPEECH as readonly string[]).includes(pos)) {
      fail(line, `partOfSpeech must be one of ${PARTS_OF_SPEECH.join(', ')}, not "${get('partOfSpeech')}"`);
    }
    const note = get('note').trim();
    try {
      return normalizeTermFields({
        de: get('de'),
        pl: get('pl'),
        note: note === '' ? null : note,
        partOfSpeech: pos === '' ? null : (pos as PartOfSpeech),
        caseSensitive: parseBoolean(get('caseSensitive'), 'caseSensitive', line),
        forbidden: get('forbidden').split('|'),
        status: status as GlossaryTermStatus,
        compound: parseBoolean(get('compound'), 'compound', line),
      });
    } catch (error) {
      if (error instanceof InvalidGlossaryTerm) return fail(line, error.problems.join('; '));
      throw error;
    }
  });
}

/** A term's row of the CSV file. */
const csvRow = (term: GlossaryTermFields): string[] => [
  term.de,
  term.pl,
  term.note ?? '',
  term.partOfSpeech ?? '',
  String(term.caseSensitive),
  term.forbidden.join('|'),
  term.status,
  String(term.compound),
];

/**
 * The glossary as CSV (header and one row per term, CRLF line ends, no byte-order mark), in parts: the
 * header, then TERMS_PER_FILE_PART rows at a time (a large glossary is sent a part at a time).
 */
export function* glossaryCsvParts(terms: readonly GlossaryTermFields[]): Generator<string> {
  yield writeSpreadsheetSafeCsv([[...CSV_COLUMNS]]);
  for (let from = 0; from < terms.length; from += TERMS_PER_FILE_PART) yield writeSpreadsheetSafeCsv(terms.slice(from, from + TERMS_PER_FILE_PART).map(csvRow));
}

/** The glossary as CSV, whole (glossaryCsvParts joined). */
export const writeGlossaryCsv = (terms: readonly GlossaryTermFields[]): string => [...glossaryCsvParts(terms)].join('');
