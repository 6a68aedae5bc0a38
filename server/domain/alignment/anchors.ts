// Tokens that survive translation unchanged (or in a form both languages can be reduced to), used as
// evidence that two sentences belong together: numbers, dates, times, URLs, e-mail addresses, codes,
// placeholders, sentence punctuation ("?", "!", ":", quotes) and capitalised words written alike
// (Görlitz, Interreg, Octavian Ursu); and entries of a small lexicon (./lexicon.ts: "Antrag"/"wniosek").
import { blankSpans, type TextSpan } from '../text/span';
import { findEmails, findNumbers, findUrls, type NumberSpan } from '../text/urlsEmailsNumbers';
import { lexiconEntries } from './lexicon';

export type AnchorKind = 'number' | 'date' | 'time' | 'url' | 'email' | 'code' | 'placeholder' | 'punct' | 'name' | 'term';

/**
 * What a shared anchor is worth (nats off the bead cost). An unshared one inside a bead with both
 * sides costs UNSHARED_FACTOR times as much: a number or date one sentence has and its supposed
 * translation lacks is strong evidence that they are not a pair. A sentence left without a counterpart
 * (1-0, 0-1) pays nothing for its anchors: having none matched is what an omission looks like.
 */
export const ANCHOR_WEIGHTS: Record<AnchorKind, number> = {
  date: 3,
  url: 4,
  email: 4,
  time: 2,
  code: 2,
  number: 1.5,
  name: 1.5,
  term: 2,
  placeholder: 1,
  punct: 0.75,
};

/** Chosen on documents 01–04 of tests/fixtures/alignment with 5–10 % of sentences dropped (0.5 before omissions were modelled). */
export const UNSHARED_FACTOR = 3;

/**
 * Names are only rewarded when shared: German capitalises every noun, so an unshared one says nothing.
 * Lexicon terms likewise: a translation rarely keeps every word.
 */
export const PENALISED_WHEN_UNSHARED: Record<AnchorKind, boolean> = {
  date: true,
  url: true,
  email: true,
  time: true,
  code: true,
  number: true,
  name: false,
  term: false,
  placeholder: true,
  punct: true,
};

export interface Anchor {
  kind: AnchorKind;
  /** Kind and normalised text, equal for both languages' forms: "date:31.1", "number:180000". */
  key: string;
}

const GERMAN_MONTHS = [
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'dezember',
];
/** Polish months in the genitive (dates) and the nominative (headings). */
const POLISH_MONTHS = [
  ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'],
  ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'],
  ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
];
const MONTH_NUMBER = new Map<string, number>([
  ...GERMAN_MONTHS.map((name, i) => [name, i + 1] as [string, number]),
  ...POLISH_MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as [string, number])),
]);
const MONTH_NAMES = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const PLACEHOLDER = /\{(?:\d{1,9}|\/\d{1,9}|\d{1,9}\/)\}/g;
/** 31.01.2024, 31.01.24, 16.09. — day and month as numbers, the year (if any) separately. */
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}(?!\d))?/g;
/** 31. Januar 2024, 31 stycznia 2024, 1. Juli. */
const NAMED_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${MONTH_NAMES})(?![\\p{L}])`, 'giu');
const TIME = /(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)(?=\s*(?:Uhr|h\b|[–-]|\s*$|[\s,.;)]))/gu;
/** Letters with digits: form codes (S1, U1), pay grades (9a), road numbers (B99). */
const CODE = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]{2,}(?![\p{L}\p{N}])/gu;
const NAME = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}]{2,}(?:-\p{Lu}?[\p{L}\p{M}]+)*/gu;
const QUOTES = /[„“”"«»]/g;

function blank(text: string, pattern: RegExp, onMatch: (m: RegExpMatchArray) => void): string {
  return text.replace(pattern, (...args) => {
    const match = args[0] as string;
    // Rebuild a RegExpMatchArray-like value from the replace callback's arguments.
    const groups = args.slice(1, -2).filter((x) => typeof x === 'string' || x === undefined) as (string | undefined)[];
    onMatch([match, ...groups] as unknown as RegExpMatchArray);
    return ' '.repeat(match.length);
  });
}

/** A number's key: thousands separators dropped, leading zeros too ("1.000" and "1 000" → "1000"). */
function normaliseNumber(number: NumberSpan): string {
  const digits = number.grouped ? number.text.replace(/[^\d]/g, '') : number.text;
  return digits.replace(/^0+(?=\d)/, '');
}

/** Each span becomes an anchor, and blank: later patterns do not see it again. */
function take<S extends TextSpan>(text: string, spans: readonly S[], onSpan: (span: S) => void): string {
  spans.forEach(onSpan);
  return blankSpans(text, spans);
}

/** The anchors of one sentence, in no particular order (a multiset); lexicon terms when its language is given. */
export function extractAnchors(sentence: string, language?: 'de' | 'pl'): Anchor[] {
  const anchors: Anchor[] = [];
  const add = (kind: AnchorKind, key: string) => anchors.push({ kind, key: `${kind}:${key}` });
  let text = sentence;
  // Each pattern blanks what it took, so later ones (numbers) do not see it again. Cheap tests first:
  // most sentences have no braces, no URL, no "@" and no digit.
  if (text.includes('{')) text = blank(text, PLACEHOLDER, (m) => add('placeholder', m[0]));
  if (/https?:|www\./i.test(text)) text = take(text, findUrls(text), (url) => add('url', url.text.replace(/^https?:\/\//i, '').toLowerCase()));
  if (text.includes('@')) text = take(text, findEmails(text), (email) => add('email', email.text.toLowerCase()));
  if (/\d/.test(text)) {
    text = blank(text, NUMERIC_DATE, (m) => {
      const [, day, month, year] = m;
      if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return;
      add('date', `${Number(day)}.${Number(month)}`);
      if (year) add('number', year.length === 2 ? `20${year}` : year);
    });
    text = blank(text, NAMED_DATE, (m) => {
      const [, day, month] = m;
      add('date', `${Number(day)}.${MONTH_NUMBER.get((month as string).toLowerCase())}`);
    });
    // A full hour is the hour alone: "6 Uhr" and "6:00" (or "6.00 Uhr") are the same anchor.
    text = blank(text, TIME, (m) => (m[2] === '00' ? add('number', String(Number(m[1]))) : add('time', `${Number(m[1])}:${m[2]}`)));
    text = blank(text, CODE, (m) => add('code', m[0].toLowerCase()));
    text = take(text, findNumbers(text), (number) => add('number', normaliseNumber(number)));
  }
  for (const m of text.matchAll(NAME)) add('name', m[0]);
  if (language) for (const entry of lexiconEntries(text, language)) add('term', String(entry));
  const trimmed = sentence.replace(PLACEHOLDER, '').trimEnd();
  const last = trimmed[trimmed.length - 1];
  if (last === '?' || last === '!' || last === ':') add('punct', last);
  const quotes = text.match(QUOTES)?.length ?? 0;
  for (let k = 0; k < Math.floor(quotes / 2); k++) add('punct', '"');
  return anchors;
}
