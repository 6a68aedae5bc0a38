// Splits the text of one block (a paragraph, a list item, a line …) into sentences, for German and
// Polish. A first, rule-based version: the language data lives in ./languages, the decisions here.
//
// A boundary is a cluster of terminal punctuation (. ! ? … ...), followed by closing quotes, brackets
// and closing/standalone placeholders, followed by whitespace, outside every paired placeholder. Then:
// - ? and ! end a sentence unless a lower-case word follows;
// - an ellipsis ends one when a capital letter follows;
// - a period ends one when a capital letter (or a digit) follows, except after an abbreviation, a
//   single letter (initials "J. S. Bach"), or a number that is an ordinal ("am 3. Mai", "das 4. Treffen",
//   "am 30. und 31. Januar"). A 4-digit year followed by a capitalised word ends the sentence.
// Dates (31.01.2019), times (10.30 Uhr), numbers (1.000,50), URLs and e-mail addresses contain no
// "period + whitespace", so they never split.
import { SENTENCE_RULES, type SegmentationLanguage, type SentenceRules } from './languages';
import { pairPlaceholders, splitPlaceholders, stripPlaceholders, type PlaceholderPart } from './placeholders';

export { countChars, countWords } from './counting';
export type { SegmentationLanguage } from './languages';

export interface SentenceSpan {
  /** Offset of the sentence's first character in the block text. */
  start: number;
  /** Offset just after its last character; whitespace between sentences is in no span. */
  end: number;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /["'»«“”‘’)\]}›‹]/;
const OPENERS = /["'»«“”„‚‘’(\[{›‹¿¡–—-]/;
const SPACE = /\s/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /\p{L}/u;

interface CompiledRules {
  abbreviation: RegExp;
  beforeNumbers: RegExp | null;
  months: Set<string>;
  ordinalContext: Set<string>;
  ordinalJoiners: Set<string>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "z. B." → /z\.\s*B\./ : internal periods may or may not be followed by whitespace. */
function abbreviationPattern(abbreviation: string): string {
  const compact = abbreviation.replace(/\s+/g, '');
  const forms = [compact];
  const first = compact[0] ?? '';
  if (LOWER.test(first)) forms.push(first.toUpperCase() + compact.slice(1));
  return forms
    .map((form) =>
      escapeRegExp(form.slice(0, -1)).replace(/\\\./g, '\\.\\s*') + escapeRegExp(form.slice(-1)),
    )
    .join('|');
}

function alternation(abbreviations: string[]): string {
  // Longest first, so "Dipl.-Ing." wins over "Ing.".
  return [...abbreviations]
    .sort((a, b) => b.length - a.length)
    .map(abbreviationPattern)
    .join('|');
}

function compile(rules: SentenceRules): CompiledRules {
  const suffixes = rules.abbreviationSuffixes.map((s) => `\\p{L}+${escapeRegExp(s)}`);
  const body = [alternation(rules.abbreviations), ...suffixes].filter(Boolean).join('|');
  const flags = 'u';
  return {
    abbreviation: new RegExp(`(?<![\\p{L}\\p{N}.@/_])(?:${body})$`, flags),
    beforeNumbers: rules.abbreviationsBeforeNumbers.length
      ? new RegExp(`(?<![\\p{L}\\p{N}.@/_])(?:${alternation(rules.abbreviationsBeforeNumbers)})$`, flags)
      : null,
    months: new Set(rules.months.map((m) => m.toLowerCase())),
    ordinalContext: new Set(rules.ordinalContext.map((w) => w.toLowerCase())),
    ordinalJoiners: new Set(rules.ordinalJoiners.map((w) => w.toLowerCase())),
  };
}

const COMPILED: Record<SegmentationLanguage, CompiledRules> = {
  de: compile(SENTENCE_RULES.de),
  pl: compile(SENTENCE_RULES.pl),
};

/** The block text seen by the rules: placeholders located, pairs known. */
class BlockView {
  readonly placeholderAt = new Map<number, PlaceholderPart>();
  /** Positions inside a paired placeholder (between its open and its close). */
  private readonly insidePair: boolean[];

  constructor(readonly text: string) {
    const parts = splitPlaceholders(text);
    const paired = pairPlaceholders(parts);
    this.insidePair = new Array<boolean>(text.length + 1).fill(false);
    let depth = 0;
    parts.forEach((part, index) => {
      if (part.kind === 'text') {
        for (let p = part.start; p < part.end; p++) this.insidePair[p] = depth > 0;
        return;
      }
      this.placeholderAt.set(part.start, part);
      this.insidePair[part.start] = depth > 0;
      for (let p = part.start + 1; p < part.end; p++) this.insidePair[p] = true;
      if (paired.has(index)) depth += part.kind === 'open' ? 1 : part.kind === 'close' ? -1 : 0;
    });
    this.insidePair[text.length] = depth > 0;
  }

  isInsidePair(position: number): boolean {
    return this.insidePair[position] ?? false;
  }

  /** The non-whitespace token that ends at `end`, placeholders removed ("{1}Nr" → "Nr"). */
  tokenBefore(end: number): { token: string; start: number } {
    let start = end;
    while (start > 0 && !SPACE.test(this.text[start - 1] as string)) start--;
    return { token: stripPlaceholders(this.text.slice(start, end)), start };
  }

  /** The first letter or digit of the next word after `from`, skipping opening quotes and placeholders. */
  nextWord(from: number): string {
    let i = from;
    while (i < this.text.length) {
      const placeholder = this.placeholderAt.get(i);
      if (placeholder && placeholder.kind !== 'close') i = placeholder.end;
      else if (OPENERS.test(this.text[i] as string)) i++;
      else break;
    }
    const m = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/u.exec(this.text.slice(i, i + 40));
    return m ? m[0] : this.text[i] ?? '';
  }
}

function isOrdinal(view: BlockView, numberStart: number, number: string, next: string, rules: CompiledRules): boolean {
  if (rules.months.has(next.toLowerCase())) return true;
  if (number.length > 3) return false;
  const before = stripPlaceholders(view.text.slice(Math.max(0, numberStart - 40), numberStart));
  const words = before.split(/\s+/).filter(Boolean);
  const previous = (words[words.length - 1] ?? '').replace(/^[„"'(«»‚]+/, '').toLowerCase();
  if (rules.ordinalContext.has(previous)) return true;
  const beforePrevious = words[words.length - 2] ?? '';
  return rules.ordinalJoiners.has(previous) && /^\d{1,3}\.$/.test(beforePrevious);
}

/** Does the period at `dot` (followed by whitespace and then `next`) end a sentence? */
function periodEnds(view: BlockView, dot: number, next: string, rules: CompiledRules): boolean {
  const first = next[0] ?? '';
  if (!UPPER.test(first) && !DIGIT.test(first)) return false;
  const window = view.text.slice(Math.max(0, dot - 40), dot + 1).replace(/\{\/?\d{1,9}\/?\}/g, ' ');
  if (rules.abbreviation.test(window)) return false;
  if (DIGIT.test(first) && rules.beforeNumbers?.test(window)) return false;
  const { token, start } = view.tokenBefore(dot);
  const word = token.replace(/^[„"'(«»‚\[]+/, '');
  if (word.length === 1 && LETTER.test(word)) return false;
  if (/^\d+$/.test(word)) {
    if (DIGIT.test(first)) return false;
    return !isOrdinal(view, start + token.length - word.length, word, next, rules);
  }
  return true;
}

/**
 * The sentences of one block as offsets into `text`, trimmed of surrounding whitespace, in order.
 * Whitespace-only text has no sentence.
 */
export function sentenceSpans(text: string, lang: SegmentationLanguage): SentenceSpan[] {
  const rules = COMPILED[lang];
  const view = new BlockView(text);
  const cuts: number[] = [];
  let i = 0;
  while (i < text.length) {
    const placeholder = view.placeholderAt.get(i);
    if (placeholder) {
      i = placeholder.end;
      continue;
    }
    if (!TERMINAL.test(text[i] as string)) {
      i++;
      continue;
    }
    const clusterStart = i;
    while (i < text.length && TERMINAL.test(text[i] as string)) i++;
    const cluster = text.slice(clusterStart, i);
    // Closing quotes, brackets and placeholders belong to the sentence.
    for (;;) {
      const closer = view.placeholderAt.get(i);
      if (closer && closer.kind !== 'open') i = closer.end;
      else if (i < text.length && CLOSERS.test(text[i] as string)) i++;
      else break;
    }
    const end = i;
    if (end >= text.length || !SPACE.test(text[end] as string) || view.isInsidePair(end)) continue;
    let nextStart = end;
    while (nextStart < text.length && SPACE.test(text[nextStart] as string)) nextStart++;
    if (nextStart >= text.length) continue;
    const next = view.nextWord(nextStart);
    const first = next[0] ?? '';
    let ends: boolean;
    if (/[?!]/.test(cluster)) ends = !LOWER.test(first);
    else if (cluster.includes('…') || cluster.length > 1) ends = UPPER.test(first);
    else ends = periodEnds(view, clusterStart, next, rules);
    if (ends) cuts.push(end);
    i = nextStart;
  }
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    let s = start;
    let e = cut;
    while (s < e && SPACE.test(text[s] as string)) s++;
    while (e > s && SPACE.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = cut;
  }
  return spans;
}

/** The sentences of one block, each trimmed of surrounding whitespace. */
export function segmentSentences(text: string, lang: SegmentationLanguage): string[] {
  return sentenceSpans(text, lang).map((span) => text.slice(span.start, span.end));
}
