// Words of a segment text for term matching: runs of letters and digits with their offsets in the text
// as stored (placeholders included), and whether two neighbouring words may belong to one term.
import { splitPlaceholders } from '../segmentation/placeholders';

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * What may stand between two words of one multi-word term: spaces (also non-breaking), hyphens and
 * dashes, quotation marks, apostrophes, and inline placeholders. A comma, full stop, colon, bracket …
 * separates: "Euroregion. Neisse" is not the term "Euroregion Neisse".
 */
const JOINER = /^[\s\u00AD\-‐‑‒–—'"’‘‚„“”«»‹›]*$/u;

/** The words of a text. Placeholders (`{1}`, `{/1}`, `{2/}`) are not words; their digits never match. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const part of splitPlaceholders(text)) {
    if (part.kind !== 'text') continue;
    for (const m of part.text.matchAll(WORD)) words.push({ text: m[0], start: part.start + m.index, end: part.start + m.index + m[0].length });
  }
  return words;
}

/** Whether `words[i]` and `words[i + 1]` are neighbours within one phrase of `text`. */
export function joined(text: string, left: Word, right: Word): boolean {
  const between = splitPlaceholders(text.slice(left.end, right.start))
    .filter((part) => part.kind === 'text')
    .map((part) => part.text)
    .join('');
  return JOINER.test(between);
}

/**
 * Every run of `length` consecutive, joined words of `text` for which `accept(word, k)` holds at each
 * position k, as [start index, end index) into `words`. Runs may overlap.
 */
export function findRuns(text: string, words: readonly Word[], length: number, accept: (word: Word, k: number) => boolean): [number, number][] {
  const runs: [number, number][] = [];
  if (length === 0) return runs;
  for (let i = 0; i + length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < length && ok; k++) {
      if (k > 0 && !joined(text, words[i + k - 1]!, words[i + k]!)) ok = false;
      else if (!accept(words[i + k]!, k)) ok = false;
    }
    if (ok) runs.push([i, i + length]);
  }
  return runs;
}
