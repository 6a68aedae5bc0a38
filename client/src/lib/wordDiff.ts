// Word-level diff for the reviewer (MT proposal → current Polish text) and the side panel (history
// entries). Words, whitespace runs and punctuation marks are the tokens (diff's diffWordsWithSpace);
// a placeholder such as `{1}`, `{/1}` or `{2/}` is one token, so it is never split into braces and
// digits. Adjacent parts with the same operation are merged. The diff's work grows with the square of
// the edits it finds: past MAX_EDITS (some 10 ms of work) two texts are shown as one deletion and one
// insertion, so that a rewritten long segment never freezes the page.

import { diffWordsWithSpace } from 'diff';

/** Token edits the diff may find before it gives up. */
export const MAX_EDITS = 400;

export type DiffOp = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

const PLACEHOLDER = /\{\/?\d+\/?\}/g;
const PRIVATE_USE_START = 0xe000;
const PRIVATE_USE_END = 0xf8ff;

/**
 * Replaces every distinct placeholder by one private-use character (a single punctuation token
 * for the tokenizer) and returns the way back. Characters already used in either text are skipped.
 */
function maskPlaceholders(before: string, after: string): { mask(text: string): string; unmask(text: string): string } {
  const toChar = new Map<string, string>();
  const toPlaceholder = new Map<string, string>();
  const taken = new Set<string>();
  for (const text of [before, after]) for (const char of text) taken.add(char);
  let next = PRIVATE_USE_START;
  const charFor = (placeholder: string): string => {
    let char = toChar.get(placeholder);
    if (char !== undefined) return char;
    while (next <= PRIVATE_USE_END && taken.has(String.fromCharCode(next))) next += 1;
    if (next > PRIVATE_USE_END) return placeholder; // cannot happen for real segments
    char = String.fromCharCode(next);
    next += 1;
    toChar.set(placeholder, char);
    toPlaceholder.set(char, placeholder);
    return char;
  };
  return {
    mask: (text) => text.replace(PLACEHOLDER, charFor),
    unmask: (text) => {
      if (toPlaceholder.size === 0) return text;
      let out = '';
      for (const char of text) out += toPlaceholder.get(char) ?? char;
      return out;
    },
  };
}

/**
 * Word diff from `before` to `after`: equal and deleted parts spell `before`, equal and inserted parts
 * spell `after`. A change run reads as one deletion followed by one insertion: a lone whitespace kept
 * between two changed words is folded into both sides ("Die Stadt" → "Miasto Zgorzelec" is one
 * deletion and one insertion, not word-by-word pairs).
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const { mask, unmask } = maskPlaceholders(before, after);
  const changes = diffWordsWithSpace(mask(before), mask(after), { maxEditLength: MAX_EDITS });
  if (changes === undefined) {
    return [
      ...(before === '' ? [] : [{ op: 'delete' as const, text: before }]),
      ...(after === '' ? [] : [{ op: 'insert' as const, text: after }]),
    ];
  }
  const raw = changes
    .map((change): DiffPart => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: unmask(change.value) }))
    .filter((part) => part.text !== '');

  const parts: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) parts.push({ op: 'delete', text: deleted });
    if (inserted) parts.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  raw.forEach((part, index) => {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else if ((deleted || inserted) && /^\s+$/.test(part.text) && index + 1 < raw.length && raw[index + 1].op !== 'equal') {
      deleted += part.text;
      inserted += part.text;
    } else {
      flush();
      const last = parts[parts.length - 1];
      if (last && last.op === 'equal') last.text += part.text;
      else parts.push({ op: 'equal', text: part.text });
    }
  });
  flush();
  return parts;
}

/** Words (and placeholders) in a text, whitespace and punctuation left out. */
function countWords(text: string): number {
  return text.match(/\{\/?\d+\/?\}|[\p{L}\p{M}\p{N}_]+/gu)?.length ?? 0;
}

/**
 * Post-edit effort: the share of words changed between `before` and `after`, 0 (unchanged) to 1
 * (rewritten). Changed words = deleted words + inserted words, divided by the words of both texts
 * together, so replacing one word of four counts 2 / 8 = 0.25. Punctuation-only edits count as 0.
 */
export function editDistanceRatio(before: string, after: string): number {
  const total = countWords(before) + countWords(after);
  if (total === 0) return 0;
  let changed = 0;
  for (const part of wordDiff(before, after)) if (part.op !== 'equal') changed += countWords(part.text);
  return Math.min(1, changed / total);
}

/**
 * The parts as shown: whitespace at the edges of an insertion or deletion moves outside it (no
 * underlined or struck-through spaces, no line starting with a marked space), and is dropped where
 * the text beside it already has whitespace there, so a replacement reads "zum [30] [31]." and not
 * "zum[ 30][ 31].". For display only: the parts no longer spell both texts exactly.
 */
export function displayParts(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  const endsWithSpace = () => {
    const last = out[out.length - 1];
    return last !== undefined && /\s$/.test(last.text);
  };
  const pushEqual = (text: string) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last && last.op === 'equal') last.text += text;
    else out.push({ op: 'equal', text });
  };
  parts.forEach((part, index) => {
    if (part.op === 'equal') return pushEqual(part.text);
    const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(part.text);
    const [lead, core, trail] = match ? [match[1], match[2], match[3]] : ['', part.text, ''];
    if (core === '') {
      out.push({ op: part.op, text: part.text });
      return;
    }
    if (lead !== '' && (out.length === 0 ? false : !endsWithSpace())) pushEqual(lead);
    out.push({ op: part.op, text: core });
    const next = parts[index + 1];
    if (trail !== '' && next !== undefined && !/^\s/.test(next.text)) pushEqual(trail);
  });
  return out;
}
