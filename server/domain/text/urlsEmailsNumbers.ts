// Web addresses, e-mail addresses and plain numbers in running text: what language identification
// leaves out (language/features.ts), what the aligner anchors sentences by (alignment/anchors.ts) and
// what QA wants kept unchanged (qa/checks/urlsEmails.ts, qa/text.ts proseOf).
//
// Every function here runs in time linear in the text, whatever the text: a segment may be one
// 100,000-character "word" of letters, dots or "a@a@a…". Web addresses are one pattern that cannot
// give characters back (a literal start, then one greedy class that ends it); e-mail addresses and
// numbers are small scanners that read each character a bounded number of times, where a pattern
// would have to guess where a domain label or a group of thousands ends and rescan when it guessed
// wrong. tests/domain/text/urlsEmailsNumbers.test.ts holds each function to 50 ms on 100,000
// characters of hostile input.
import { blankSpans, replaceSpans, type TextSpan } from './span';

export type { TextSpan };

// --- Web addresses ---------------------------------------------------------------------------------

/**
 * "http://", "https://" or "www." at a word boundary, then everything up to white space, an angle
 * bracket or a quotation mark. Linear: the literal start is tried once per position, and the one
 * greedy class after it ends the pattern, so a failed attempt never gives characters back.
 */
const URL = /\b(https?:\/\/|www\.)[^\s<>"„“”«»]+/giu;
/** Whatever URL finds contains one of these. */
const MAY_HOLD_URL = /:\/\/|www\./i;
/** Sentence punctuation and closing brackets after an address belong to the sentence, not to it. */
const URL_TAIL = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '’', "'", '…']);

/**
 * The web addresses of a text, in order, without trailing sentence punctuation or closing brackets
 * ("(siehe www.goerlitz.de)." → "www.goerlitz.de"). An address must have something after its
 * "http://" or "www.": a lone "www." is not one.
 */
export function findUrls(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  // Most sentences hold no address: finding neither start of one is twenty times cheaper than the
  // pattern's word-boundary test at every position, and every check of every save asks.
  if (!MAY_HOLD_URL.test(text)) return spans;
  for (const m of text.matchAll(URL)) {
    const start = m.index;
    let end = start + m[0].length;
    while (end > start && URL_TAIL.has(text[end - 1]!)) end -= 1;
    if (end - start > m[1]!.length) spans.push({ start, end, text: text.slice(start, end) });
  }
  return spans;
}

// --- E-mail addresses ------------------------------------------------------------------------------

// A small scanner rather than a pattern: a regex for the domain ("labels joined by dots, the last one
// of two letters or more") has to guess where the labels end and gives back characters when it
// guessed wrong. Characters are classified one code point at a time, ASCII without a regex.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

/** The width in code units (1 or 2) of the code point at `at` if `pattern` accepts it, else 0. */
function widthIf(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : 0;
}

/** The width of the letter or digit at `at`, or 0. */
function letterOrDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? 1 : 0;
  return code === code ? widthIf(LETTER_OR_DIGIT, text, at) : 0; // NaN past the end
}

/** The width of the letter at `at`, or 0. */
function letterAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? 1 : 0;
  return code === code ? widthIf(LETTER, text, at) : 0;
}

/** The width of the code point that ends at `end` (> 0): 2 for a surrogate pair, else 1. */
function codePointWidthBefore(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}

const LOCAL_PUNCTUATION = new Set(['.', '_', '%', '+', '-']);

/** Where the run of local-part characters (letters, digits, . _ % + -) that ends at `end` starts. */
function localPartStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    if (LOCAL_PUNCTUATION.has(text[start - 1]!)) {
      start -= 1;
      continue;
    }
    const width = codePointWidthBefore(text, start);
    if (letterOrDigitAt(text, start - width) !== width) break;
    start -= width;
  }
  return start;
}

/** The end of the domain label (letters, digits, hyphens) that starts at `at`; `at` when there is none. */
function labelEnd(text: string, at: number): number {
  for (;;) {
    if (text[at] === '-') at += 1;
    else {
      const width = letterOrDigitAt(text, at);
      if (width === 0) return at;
      at += width;
    }
  }
}

/** How many letters (code points) follow `at`, up to two: a top-level domain needs two. */
function hasTwoLetters(text: string, at: number): boolean {
  const first = letterAt(text, at);
  return first > 0 && letterAt(text, at + first) > 0;
}

/** The end of the run of letters that starts at `at`. */
function lettersEnd(text: string, at: number): number {
  for (let width = letterAt(text, at); width > 0; width = letterAt(text, at)) at += width;
  return at;
}

/**
 * The end of the domain that starts at `from`: labels joined by single dots, ending in a dot and two
 * letters or more, as long as possible ("b.de.x" → "b.de"); -1 when there is no such domain. Each
 * label is read once (its letters twice at most).
 */
function domainEnd(text: string, from: number): number {
  let at = labelEnd(text, from);
  if (at === from) return -1;
  let end = -1;
  while (text[at] === '.') {
    if (hasTwoLetters(text, at + 1)) end = lettersEnd(text, at + 1);
    const next = labelEnd(text, at + 1);
    if (next === at + 1) break;
    at = next;
  }
  return end;
}

/**
 * The e-mail addresses of a text, in order: a whole run of letters, digits and . _ % + - before "@",
 * a domain of labels joined by dots ending in a top-level domain of two letters or more
 * ("anna.mueller@landkreis-gr.de"). A run that began inside the previous address starts none.
 * Each "@" costs the characters between it and the one before, read once backwards and once forwards.
 */
export function findEmails(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let previousEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const start = localPartStart(text, at);
    if (start === at || start < previousEnd) continue;
    const end = domainEnd(text, at + 1);
    if (end === -1) continue;
    spans.push({ start, end, text: text.slice(start, end) });
    previousEnd = end;
  }
  return spans;
}

/**
 * The text with every web and e-mail address replaced by `replacement(span)`. An e-mail address
 * inside a web address ("https://user@host.de/") is part of that address.
 */
export function replaceAddresses(text: string, replacement: (span: TextSpan) => string): string {
  const urls = findUrls(text);
  const emails = findEmails(blankSpans(text, urls)).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
  const spans = [...urls, ...emails].sort((a, b) => a.start - b.start);
  return replaceSpans(text, spans, replacement);
}

// --- Numbers ----------------------------------------------------------------------------------------

export interface NumberSpan extends TextSpan {
  /** Written with thousands separators ("1.000", "180 000"): the separators are no decimal marks. */
  grouped: boolean;
}

const GROUP_SEPARATORS = new Set(['.', ' ', '\u00a0', '\u202f']);

const isDigit = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 0x30 && code <= 0x39;
};

/** The end of the run of ASCII digits that starts at `at`. */
function digitsEnd(text: string, at: number): number {
  while (isDigit(text, at)) at += 1;
  return at;
}

/** The end of "1.000.000" or "180 000" starting at `start` (digits up to `digitsUntil`), or -1. */
function groupedEnd(text: string, start: number, digitsUntil: number): number {
  if (digitsUntil - start > 3 || (start > 0 && letterOrDigitAt(text, start - codePointWidthBefore(text, start)) > 0)) return -1;
  let at = digitsUntil;
  let groups = 0;
  while (GROUP_SEPARATORS.has(text[at]!) && isDigit(text, at + 1) && isDigit(text, at + 2) && isDigit(text, at + 3)) {
    at += 4;
    groups += 1;
  }
  // a fourth digit after the last group: that group is no group of thousands ("1.000.0001" → "1.000")
  if (groups > 0 && isDigit(text, at)) {
    at -= 4;
    groups -= 1;
  }
  return groups > 0 ? at : -1;
}

/**
 * The numbers of a text, in order: thousands in groups of three after ".", a space, a no-break or a
 * narrow no-break space (1.000, 180 000), the first group of one to three digits not glued to a letter
 * or digit before; else a run of digits with an optional decimal comma (2024, 12,5). Digits are ASCII.
 * (The pattern this scanner reads like: /(?<![\p{L}\p{N}])\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?!\d)|\d+(?:,\d+)?/gu.)
 */
export function findNumbers(text: string): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let at = 0;
  while (at < text.length) {
    if (!isDigit(text, at)) {
      at += 1;
      continue;
    }
    const start = at;
    const digitsUntil = digitsEnd(text, at);
    const grouped = groupedEnd(text, start, digitsUntil);
    if (grouped !== -1) at = grouped;
    else at = text[digitsUntil] === ',' && isDigit(text, digitsUntil + 1) ? digitsEnd(text, digitsUntil + 1) : digitsUntil;
    spans.push({ start, end: at, text: text.slice(start, at), grouped: grouped !== -1 });
  }
  return spans;
}
