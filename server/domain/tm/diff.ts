// The word diff shown beside a TM match: what changed from the stored source to the query. Its work is
// bounded (../text/boundedDiff.ts): two sources too unlike for it are shown as the one deleted and the
// other inserted.
import { diffArraysWithin } from '../text/boundedDiff';
import { tokenize, type Token } from './tokens';

export interface TmDiffPart {
  /** 'delete': only in the match's source; 'insert': only in the query. */
  op: 'equal' | 'insert' | 'delete';
  /** The tokens with the whitespace before them, as written in their text. */
  text: string;
}

/**
 * Token diff from `from` (the match's source) to `to` (the query). Equal and inserted parts concatenate
 * to `to` exactly, equal and deleted parts to `from` apart from whitespace inside equal runs.
 */
export function wordDiff(from: string, to: string): TmDiffPart[] {
  const a = tokenize(from);
  const b = tokenize(to);
  const slice = (text: string, tokens: Token[], first: number, count: number): string =>
    text.slice(first === 0 ? 0 : tokens[first - 1].end, first + count === tokens.length ? text.length : tokens[first + count - 1].end);
  const parts: TmDiffPart[] = [];
  const changes = diffArraysWithin(a, b, (x, y) => x.text === y.text);
  if (changes === undefined) {
    return [
      { op: 'delete', text: from },
      { op: 'insert', text: to },
    ];
  }
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count;
    if (change.removed) {
      parts.push({ op: 'delete', text: slice(from, a, i, count) });
      i += count;
    } else if (change.added) {
      parts.push({ op: 'insert', text: slice(to, b, j, count) });
      j += count;
    } else {
      parts.push({ op: 'equal', text: slice(to, b, j, count) });
      i += count;
      j += count;
    }
  }
  return parts;
}
