// How a segment's characters are written in HTML. A segment holds decoded text ("&amp;" → "&",
// "&nbsp;" → U+00A0); the export writes each character in its default spelling (below), except that
// a segment remembers, for every character its source wrote otherwise ("&auml;" for "ä", a raw "&" in
// "A & B"), the spelling of each of its occurrences in order. The n-th occurrence of that character in
// the rebuilt text takes the n-th remembered spelling (later ones the last): the source text comes back
// byte for byte, and a translation keeps the page's style. A remembered raw "&" or "<" is used only
// where it cannot start markup or a reference.
import { splitPlaceholders } from '../../segmentation/placeholders';
import type { SentenceSpan } from '../../segmentation/sentences';
import type { BlockText } from '../blockText';
import type { AttributeQuote } from './collect';

/** Where a segment stands: element content (undefined) or an attribute value with its quote. */
export type SpellingContext = AttributeQuote | undefined;

/** Per character, its spellings by occurrence (trailing repeats left out); only unusual characters. */
export type Spellings = Record<string, string[]>;

export function defaultSpelling(ch: string, context: SpellingContext): string {
  if (ch === '&') return '&amp;';
  if (context === undefined) return ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch;
  if (context === '"') return ch === '"' ? '&quot;' : ch;
  if (context === "'") return ch === "'" ? '&#39;' : ch;
  return ch === '>' ? '&gt;' : ch;
}

/** Text escaped for element content. */
export const escapeHtmlText = (text: string): string => text.replace(/[&<>]/g, (ch) => defaultSpelling(ch, undefined));

/** Text escaped for a double-quoted attribute value. */
export const escapeHtmlAttribute = (text: string): string => text.replace(/[&"]/g, (ch) => defaultSpelling(ch, '"'));

/** Characters some context escapes by default: written as they are, they may still need remembering. */
const ESCAPED = new Set(['&', '<', '>', '"', "'"].map((ch) => ch.charCodeAt(0)));

/** Each character (code point) of a segment's text runs, with the source text that stands for it. */
function* spelledCharacters(content: string, block: BlockText, span: SentenceSpan, all: boolean): Generator<[string, string]> {
  const { text, starts, ends } = block;
  for (const part of splitPlaceholders(text.slice(span.start, span.end))) {
    if (part.kind !== 'text') continue;
    for (let k = span.start + part.start; k < span.start + part.end; k++) {
      const code = text.charCodeAt(k);
      // A line break's original is in the skeleton; a character copied as it is needs a look only if escapable.
      if (code === 0x0a || (!all && (ends[k] as number) - (starts[k] as number) === 1 && !ESCAPED.has(code))) continue;
      const pair = code >= 0xd800 && code < 0xdc00 && k + 1 < span.start + part.end ? 1 : 0;
      yield [text.slice(k, k + 1 + pair), content.slice(starts[k], ends[k + pair])];
      k += pair;
    }
  }
}

/**
 * The spellings of the characters of a segment (`span` of `block`) whose source spelling is not the
 * default one, by occurrence; undefined when there are none.
 */
export function unusualSpellings(content: string, block: BlockText, span: SentenceSpan, context: SpellingContext): Spellings | undefined {
  const unusual = new Set<string>();
  for (const [ch, spelled] of spelledCharacters(content, block, span, false)) {
    if (spelled !== defaultSpelling(ch, context)) unusual.add(ch);
  }
  if (!unusual.size) return undefined;
  const spellings: Spellings = {};
  for (const [ch, spelled] of spelledCharacters(content, block, span, true)) {
    if (unusual.has(ch)) (spellings[ch] ??= []).push(spelled);
  }
  for (const list of Object.values(spellings)) {
    while (list.length > 1 && list[list.length - 1] === list[list.length - 2]) list.pop();
  }
  return spellings;
}

/** Whether a raw "&" or "<" followed by `next` stays a literal character. */
function literalBefore(ch: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  if (ch === '&') return !/[A-Za-z0-9#]/.test(next);
  if (ch === '<') return !/[A-Za-z!/?]/.test(next);
  return true;
}

/** Writes the text runs of one segment, counting occurrences across the segment. */
export class SegmentSpeller {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly context: SpellingContext,
    private readonly spellings: Spellings = {},
  ) {}

  /** `text` as HTML; a line break stays "\n" (the skeleton's breaks replace it). */
  write(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const ch = String.fromCodePoint(text.codePointAt(i) as number);
      i += ch.length;
      if (ch === '\n') {
        out += ch;
        continue;
      }
      const list = this.spellings[ch];
      const fallback = defaultSpelling(ch, this.context);
      if (!list?.length) {
        out += fallback;
        continue;
      }
      const n = this.seen.get(ch) ?? 0;
      this.seen.set(ch, n + 1);
      const spelling = list[Math.min(n, list.length - 1)] as string;
      out += spelling === ch && fallback !== ch && !literalBefore(ch, text[i]) ? fallback : spelling;
    }
    return out;
  }
}
