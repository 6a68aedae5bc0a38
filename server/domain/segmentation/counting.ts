// Word and character counts of a segment, as translators and DeepL see it: placeholders do not count.
import { splitPlaceholders } from './placeholders';

/** Paired placeholders vanish ("**Haupt**bahnhof" is one word); standalone ones separate words. */
function visibleText(text: string): string {
  return splitPlaceholders(text)
    .map((part) => (part.kind === 'text' ? part.text : part.kind === 'standalone' ? ' ' : ''))
    .join('');
}

// A word is a run of letters/digits; hyphens and apostrophes join words ("Sachsen-Anhalt", "geht's"),
// and so do periods, commas and colons between digits ("1.000,50", "10:30").
const WORD =
  /[\p{L}\p{M}\p{N}]+(?:(?:[-‐‑'’]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  return visibleText(text).match(WORD)?.length ?? 0;
}

/** Characters (Unicode code points, spaces included) without the placeholders. */
export function countChars(text: string): number {
  let n = 0;
  for (const part of splitPlaceholders(text)) if (part.kind === 'text') n += [...part.text].length;
  return n;
}
