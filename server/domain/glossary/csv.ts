// Glossary CSV, RFC 4180: a header row, then one term per row.
//
//   de,pl,note,partOfSpeech,caseSensitive,forbidden,status,compound
//   Grenzraum,pogranicze,,noun,false,obszar przygraniczny|strefa graniczna,approved,true
//
// Reading: columns are found by their header names (any order, case-insensitive); `de` and `pl` are
// required, the others optional, an unknown or repeated column is an error. Fields may be quoted
// ("…", with "" for a quote) and then hold commas and line breaks. Rows end with CRLF or LF. A byte-order
// mark is skipped, and a header with semicolons and no commas (what German and Polish spreadsheet
// programs save) makes `;` the separator. Empty rows are skipped. Forbidden variants are separated by
// `|`; booleans are true/false (also 1/0, yes/no, ja/nein, tak/nie; empty is false); an empty status is
// `approved`, an empty part of speech none. Every problem is an `invalid_csv` error with its line.
// Writing: the header above, CRLF line ends, a field quoted when it holds the separator, a quote, a
// line break or leading/trailing spaces.
import { GlossaryFileError } from './fileErrors';
import {
  GLOSSARY_TERM_STATUSES,
  InvalidGlossaryTerm,
  normalizeTermFields,
  PARTS_OF_SPEECH,
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

/** RFC 4180 records. Quotes are only special at the start of a field. */
export function parseCsvRecords(text: string, separator: ',' | ';' = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const openedAt = line;
      i++;
      for (;;) {
        if (i >= text.length) fail(openedAt, 'a quoted field is not closed');
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') fail(line, 'text after a closing quote');
      atFieldStart = false;
      continue;
    }
    atFieldStart = false;
    if (c === separator) {
      fields.push(field);
      field = '';
      atFieldStart = true;
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
      recordLine = ++line;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i++;
      recordLine = ++line;
    } else if (c === '"') {
      fail(line, 'a quote inside an unquoted field (quote the whole field and double the quote)');
    } else {
      field += c;
      i++;
    }
  }
  if (!atFieldStart || fields.length > 0 || field !== '') endRecord();
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
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
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

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The glossary as CSV (header and one row per term, CRLF line ends, no byte-order mark). */
export function writeGlossaryCsv(terms: readonly GlossaryTermFields[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const term of terms) {
    rows.push(
      [
        term.de,
        term.pl,
        term.note ?? '',
        term.partOfSpeech ?? '',
        String(term.caseSensitive),
        term.forbidden.join('|'),
        term.status,
        String(term.compound),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}
