// Small text helpers the checks share.
import { stripPlaceholders } from '../segmentation/placeholders';
import { replaceAddresses } from '../text/urlsEmailsNumbers';

/** Prose of the texts seen last: the checks of one segment ask for its source's and target's several times. */
const recentProse = new Map<string, string>();
const RECENT_PROSE_SIZE = 4;

/** The text without placeholders, URLs and e-mail addresses (each address becomes one space). */
export function proseOf(text: string): string {
  const known = recentProse.get(text);
  if (known !== undefined) return known;
  const prose = replaceAddresses(stripPlaceholders(text), () => ' ');
  if (recentProse.size >= RECENT_PROSE_SIZE) recentProse.delete(recentProse.keys().next().value as string);
  recentProse.set(text, prose);
  return prose;
}

/** Words (runs of letters) with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * Sources remembered by default: the sentences of the documents being translated at one time. Twenty
 * translators in documents of 1,000 sentences each are 20,000; with only 2,000 kept, saves going round
 * 3,200 segments (the saves benchmark) found none of their sources again, as each cleared the memory
 * before it came back. Some 10 MiB at most.
 */
const TEXTS_KEPT = 20_000;

/**
 * `analyse` remembered per text, for what the checks find again and again in the same text: a segment's
 * German source does not change while its target is saved again and again, and most words of every
 * text come back. Bounded: when full, it starts afresh. The results are shared: callers must not
 * change them.
 */
export function rememberedPerText<T>(analyse: (text: string) => T, kept = TEXTS_KEPT): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = analyse(text);
      if (known.size >= kept) known.clear();
      known.set(text, result);
    }
    return result;
  };
}
