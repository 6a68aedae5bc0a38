// Small text helpers the checks share.
import { stripPlaceholders } from '../segmentation/placeholders';
import { replaceAddresses } from '../text/urlsEmailsNumbers';

/** The text without placeholders, URLs and e-mail addresses (each address becomes one space). */
export function proseOf(text: string): string {
  return replaceAddresses(stripPlaceholders(text), () => ' ');
}

/** Words (runs of letters) with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
