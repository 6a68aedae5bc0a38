// Splits the text of one block (a paragraph, a list item, a line …) into sentences, for German and
// Polish. The language data lives in ./languages (described in ./rules.ts); the decisions are here and,
// for periods, in ./period.ts.
//
// A possible break is a cluster of terminal punctuation (. ! ? … ...), followed by closing quotes,
// brackets and closing/standalone placeholders, followed by whitespace or directly by a capital letter
// ("w 2019 r.Projekt"), outside every paired placeholder and, for the glued kind, every web or e-mail
// address.
// The language's exceptions (SRX-style regex pairs) are tried there first; a `break` exception may also
// force a break anywhere else. Then:
// - ? and ! end a sentence unless a lower-case word follows (also after a dialogue dash: "- Gdzie
//   byłeś? - zapytała matka." is one sentence, "…późno. - Gdzie byłeś?" two);
// - an ellipsis ("…", "...", "....") ends one when a capital letter follows, not before a number ("bis …
//   5 Minuten");
// - a period ends one when a capital letter (or a digit) follows, except after
//   - an abbreviation: `never_ends` never, `may_end` only before a word that starts a sentence
//     ("usw. Danach"), `before_number` never before a number ("Art. 5");
//   - a single letter ("J. S. Bach") or a Roman numeral after a name ("Ludwig XIV. besuchte"), unless a
//     sentence starter follows ("Plan B. Danach");
//   - an ordinal: a number before a month ("am 3. Mai"), or of up to 3 digits after a context word or
//     joiner ("das 4. Treffen", "am 30. und 31."), or a short number alone ("feiert 30. Geburtstag"),
//     unless a sentence starter follows ("stieg um 25. Das ist …"); a year ("2019. Danach") is no ordinal;
//   - a number opening the sentence ("…rolników. 3. Gmina przekaże …"): it numbers the sentence.
// A period glued to a capital ends a sentence by the same rules, except after a number ("1.Mai") and in
// a domain-like word ("Firma.Example.com"). Dates (31.01.2019), times (10.30 Uhr) and numbers (1.000,50)
// have no capital after their periods, URLs and e-mail addresses are skipped, so none of them split.
import { compiled, type CompiledRules } from './compiled';
import { gluedPeriodEnds, isSpace, periodEnds } from './period';
import { pairPlaceholders, splitPlaceholders, type PlaceholderPart } from './placeholders';
import { DEFAULT_RULES, type SegmentationLanguage, type SegmentationRules } from './rules';
import { Surroundings } from './surroundings';

export { countChars, countWords } from './counting';
export type { SegmentationLanguage } from './types';

export interface SentenceSpan {
  /** Offset of the sentence's first character in the block text. */
  start: number;
  /** Offset just after its last character; whitespace between sentences is in no span. */
  end: number;
}

const CLOSERS = new Set('"\'»«“”‘’)]}›‹');
/** Dashes that open a reply or a speech tag in dialogue ("- Gdzie byłeś? - zapytała matka."). */
const DASHES = new Set('-–—');
const SUPERSCRIPT_DIGITS = new Set('⁰¹²³⁴⁵⁶⁷⁸⁹');
/** The most digits a footnote number has ("[123]"). */
const FOOTNOTE_DIGITS = 3;
const OPENERS = new Set('"\'»«“”„‚‘’([{›‹¿¡–—-');
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const EXCEPTION_WINDOW = 120;

/** Where the placeholders of a block are, and its text with each placeholder blanked to spaces. */
class Placeholders {
  readonly at = new Map<number, PlaceholderPart>();
  readonly blanked: string;
  private readonly inside: Uint8Array;

  static of(text: string): Placeholders | null {
    if (!text.includes('{')) return null;
    const parts = splitPlaceholders(text);
    return parts.some((part) => part.kind !== 'text') ? new Placeholders(text, parts) : null;
  }

  private constructor(text: string, parts: PlaceholderPart[]) {
    const paired = pairPlaceholders(parts);
    this.inside = new Uint8Array(text.length + 1);
    let depth = 0;
    let blanked = '';
    parts.forEach((part, index) => {
      if (part.kind === 'text') {
        if (depth > 0) this.inside.fill(1, part.start, part.end);
        blanked += part.text;
        return;
      }
      this.at.set(part.start, part);
      this.inside[part.start] = depth > 0 ? 1 : 0;
      this.inside.fill(1, part.start + 1, part.end);
      blanked += ' '.repeat(part.text.length);
      if (paired.has(index)) depth += part.kind === 'open' ? 1 : part.kind === 'close' ? -1 : 0;
    });
    this.inside[text.length] = depth > 0 ? 1 : 0;
    this.blanked = blanked;
  }

  isInsidePair(position: number): boolean {
    return this.inside[position] === 1;
  }
}

/**
 * The next word from `from` (opening quotes, placeholders and a dialogue dash with the spaces after it
 * skipped: "- zapytała") and the character after it.
 */
function nextWord(text: string, from: number, marks: Placeholders | null): { word: string; after: string } {
  let i = from;
  while (i < text.length) {
    const placeholder = marks?.at.get(i);
    if (placeholder && placeholder.kind !== 'close') i = placeholder.end;
    else if (DASHES.has(text[i] as string)) {
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else if (OPENERS.has(text[i] as string)) i++;
    else break;
  }
  let end = i;
  while (end < text.length && isWordChar(text.charCodeAt(end), end === i)) end++;
  if (end === i) return { word: text[i] ?? '', after: text[i + 1] ?? '' };
  return { word: text.slice(i, end), after: text[end] ?? '' };
}

/** A letter or digit (or, after the first character, a combining mark); ASCII without a regex. */
function isWordChar(code: number, first: boolean): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const ch = String.fromCharCode(code);
  return WORD_CHAR.test(ch) && !(first && /\p{M}/u.test(ch));
}

/** What the first exception matching at `position` says: break (true), no break (false), or nothing. */
function exceptionVerdict(text: string, position: number, rules: CompiledRules): boolean | undefined {
  for (const rule of rules.exceptions) {
    rule.after.lastIndex = position;
    if (!rule.after.test(text)) continue;
    if (rule.before.test(text.slice(Math.max(0, position - EXCEPTION_WINDOW), position))) return rule.break;
  }
  return undefined;
}

/** Positions where a `break` exception forces a break (and no earlier exception forbids it). */
function forcedBreaks(text: string, rules: CompiledRules, marks: Placeholders | null): number[] {
  const positions: number[] = [];
  for (const rule of rules.forcing) {
    rule.scan.lastIndex = 0;
    for (let m = rule.scan.exec(text); m; m = rule.scan.exec(text)) {
      const position = m.index + m[0].length;
      if (m[0].length === 0) rule.scan.lastIndex++;
      if (position === 0 || position >= text.length || marks?.isInsidePair(position)) continue;
      if (exceptionVerdict(text, position, rules) === true) positions.push(position);
    }
  }
  return positions;
}

/** Is the character at `at` an upper-case letter? A sentence glued to a terminal starts with one. */
function upperAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(text[at] as string);
}

/** Where the footnote marker at `at` ("²³", "[3]") ends; `at` itself when there is none. */
function footnoteMarkerEnd(text: string, at: number): number {
  let i = at;
  if (text[i] === '[') {
    i++;
    while (i < text.length && i - at <= FOOTNOTE_DIGITS && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i > at + 1 && text[i] === ']' ? i + 1 : at;
  }
  while (i < text.length && SUPERSCRIPT_DIGITS.has(text[i] as string)) i++;
  return i;
}

/**
 * Is `position` inside a pair of brackets that opens after the first word of the sentence starting at
 * `sentenceStart` (only whitespace and opening quotes or dashes may stand before a bracket that opens it)?
 */
function insideBracketsOpenedWithin(view: string, around: Surroundings, position: number, sentenceStart: number): boolean {
  if (!around.hasBrackets) return false;
  const open = around.openingBracketAround(position);
  if (open < sentenceStart) return false;
  for (let i = sentenceStart; i < open; i++) {
    if (!isSpace(view.charCodeAt(i)) && !OPENERS.has(view[i] as string)) return true;
  }
  return false;
}

function candidateEnds(text: string, rules: CompiledRules, marks: Placeholders | null): number[] {
  const view = marks ? marks.blanked : text;
  const around = new Surroundings(view);
  const terminal = /[.!?…]+/g;
  const cuts: number[] = [];
  let sentenceStart = 0;
  while (sentenceStart < text.length && isSpace(text.charCodeAt(sentenceStart))) sentenceStart++;
  for (let m = terminal.exec(text); m; m = terminal.exec(text)) {
    const clusterStart = m.index;
    let i = clusterStart + m[0].length;
    // Closing quotes, brackets, placeholders and footnote markers ("statt.²", "statt.[3]") belong to the sentence.
    for (;;) {
      const closer = marks?.at.get(i);
      if (closer && closer.kind !== 'open') i = closer.end;
      else if (i < text.length && CLOSERS.has(text[i] as string)) i++;
      else if (i < text.length && (SUPERSCRIPT_DIGITS.has(text[i] as string) || text[i] === '[')) {
        const marker = footnoteMarkerEnd(text, i);
        if (marker === i) break;
        i = marker;
      } else break;
    }
    const end = i;
    if (end >= text.length || marks?.isInsidePair(end)) continue;
    // A sentence glued to the previous one ("w 2019 r.Projekt", "20°C.Woda") starts with a capital right
    // after the terminal; inside a web or e-mail address it is none.
    const glued = !isSpace(text.charCodeAt(end));
    if (glued && (!upperAt(text, end) || around.inAddress(clusterStart))) continue;
    let nextStart = end;
    while (nextStart < text.length && isSpace(text.charCodeAt(nextStart))) nextStart++;
    terminal.lastIndex = nextStart;
    if (nextStart >= text.length) continue;
    let ends = rules.exceptions.length ? exceptionVerdict(text, end, rules) : undefined;
    // "Er kam (sic!) zu spät", "ein (?) Fehler": punctuation inside brackets opened within the sentence
    // ends nothing; a sentence wholly in brackets ends as any other.
    if (ends === undefined && insideBracketsOpenedWithin(view, around, clusterStart, sentenceStart)) ends = false;
    if (ends === undefined) {
      const { word, after } = nextWord(text, nextStart, marks);
      const first = word[0] ?? '';
      const cluster = m[0];
      if (cluster.includes('?') || cluster.includes('!')) ends = !LOWER.test(first);
      else if (cluster.length > 1 || cluster === '…') ends = UPPER.test(first);
      else {
        const at = { view, dot: clusterStart, nextStart, next: word, after, sentenceStart };
        ends = glued ? gluedPeriodEnds(at, rules) : periodEnds(at, rules);
      }
    }
    if (ends) {
      cuts.push(end);
      sentenceStart = nextStart;
    }
  }
  return cuts;
}

/**
 * Where blank lines are: a line break, then only spaces or tabs up to the next one. A blank line ends a
 * sentence whatever stands before it (a heading, a list without punctuation); the formats cut paragraphs
 * there anyway, so this matters for text that reaches the segmenter as one stream.
 */
function blankLines(text: string, marks: Placeholders | null): number[] {
  const cuts: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
    if (text[j] === '\n' && !marks?.isInsidePair(i)) cuts.push(i);
  }
  return cuts;
}

/**
 * The sentences of one block as offsets into `text`, trimmed of surrounding whitespace, in order.
 * Whitespace-only text has no sentence. `rules` default to the built-in ones.
 */
export function sentenceSpans(
  text: string,
  lang: SegmentationLanguage,
  rules: SegmentationRules = DEFAULT_RULES,
): SentenceSpan[] {
  const languageRules = compiled(rules[lang]);
  const marks = Placeholders.of(text);
  let cuts = candidateEnds(text, languageRules, marks);
  const more = [...(languageRules.forcing.length ? forcedBreaks(text, languageRules, marks) : []), ...blankLines(text, marks)];
  if (more.length) cuts = [...new Set([...cuts, ...more])].sort((a, b) => a - b);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    pushWithin(text, start, cut, marks, spans);
    start = cut;
  }
  return spans;
}

/**
 * The longest segment the segmenter makes, in UTF-16 code units. A run of text without a sentence end
 * that is longer (a file of one 4 MB line, a table flattened to text) is cut at the last whitespace
 * before this length, or at the length itself when there is none, never inside a placeholder or a
 * paired one: no translator edits, no reviewer reads and no DeepL request carries (128 KiB at most) a
 * "sentence" of megabytes, and storing one as a single row held the server for hundreds of ms. Real
 * sentences stay far below it (the longest German sentences of statutes run to some 1,500 characters).
 */
export const MAX_SENTENCE_CHARS = 5_000;

/**
 * A block kept whole (a heading, a title, an attribute), [start, end) of `text`: one span, or, longer than
 * MAX_SENTENCE_CHARS, spans of at most that many characters cut as a sentence is (a "heading" of 30 MB is
 * no more a heading than a line of 30 MB is a sentence).
 */
export function wholeBlockSpans(text: string, start: number, end: number): SentenceSpan[] {
  if (end - start <= MAX_SENTENCE_CHARS) return end > start ? [{ start, end }] : [];
  const spans: SentenceSpan[] = [];
  pushWithin(text, start, end, Placeholders.of(text), spans);
  return spans;
}

/** [from, to) trimmed of whitespace, as spans of at most MAX_SENTENCE_CHARS each. */
function pushWithin(text: string, from: number, to: number, marks: Placeholders | null, spans: SentenceSpan[]): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = lengthCut(text, s, e, marks);
    if (cut === null) break; // all of it inside one pair of placeholders: kept whole
    let end = cut;
    while (end > s && isSpace(text.charCodeAt(end - 1))) end--;
    spans.push({ start: s, end });
    s = cut;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
  }
  if (e > s) spans.push({ start: s, end: e });
}

/**
 * Where the run [start, end) is cut to fit MAX_SENTENCE_CHARS: the last whitespace in its second half
 * outside placeholders, else the last position before the limit that splits no placeholder and no
 * surrogate pair, else (the limit falls in a pair of placeholders that began at the start) the first
 * such position after it; null when there is none before the run's end.
 */
function lengthCut(text: string, start: number, end: number, marks: Placeholders | null): number | null {
  const limit = start + MAX_SENTENCE_CHARS;
  const fits = (at: number) => !marks?.isInsidePair(at) && !(text.charCodeAt(at) >= 0xdc00 && text.charCodeAt(at) <= 0xdfff);
  for (let at = limit; at > start + MAX_SENTENCE_CHARS / 2; at--) {
    if (isSpace(text.charCodeAt(at)) && fits(at)) return at;
  }
  for (let at = limit; at > start; at--) if (fits(at)) return at;
  for (let at = limit + 1; at < end; at++) if (fits(at)) return at;
  return null;
}

/** The sentences of one block, each trimmed of surrounding whitespace. */
export function segmentSentences(
  text: string,
  lang: SegmentationLanguage,
  rules: SegmentationRules = DEFAULT_RULES,
): string[] {
  return sentenceSpans(text, lang, rules).map((span) => text.slice(span.start, span.end));
}
