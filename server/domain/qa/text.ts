// Small text helpers the checks share.
import { stripPlaceholders } from '../segmentation/placeholders';

/** http(s) and www addresses; trailing sentence punctuation and closing brackets are not part of them. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"„“”«»]+/giu;
// The lookbehinds let a match start only where a run starts: without them a long run of letters (or of
// punctuation) is rescanned from each of its characters, and a 100 000-character target takes minutes.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const URL_TAIL = /(?<![.,;:!?)\]’'…])[.,;:!?)\]’'…]+$/u;

export function findUrls(text: string): string[] {
  return [...text.matchAll(URL)].map((m) => m[0].replace(URL_TAIL, '')).filter((url) => url.length > 4);
}

export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((m) => m[0]);
}

/** The text without placeholders, URLs and e-mail addresses (each address becomes one space). */
export function proseOf(text: string): string {
  return stripPlaceholders(text).replace(EMAIL, ' ').replace(URL, ' ');
}

/** Words (runs of letters) with their offsets. */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
