// What the concordance search opened from the workspace (Ctrl+K) looks for: the words selected in a
// source (German) or a target (Polish), as a phrase; without a selection, the words of the active
// segment's source. Placeholders are no words and go; the server takes at most 500 characters.
import { tokenize } from './placeholders';

export type ConcordanceSide = 'source' | 'target';

export interface ConcordanceQuery {
  query: string;
  lang: 'de' | 'pl';
}

export const MAX_CONCORDANCE_QUERY = 500;

/** The text without placeholders, quotes (they would end a phrase) or runs of white space. */
function searchableText(text: string): string {
  const words = tokenize(text)
    .map((token) => (token.type === 'text' ? token.text : ' '))
    .join('')
    .replace(/["„“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length <= MAX_CONCORDANCE_QUERY - 2) return words;
  // Cut at a word's end, so no half word is searched for.
  const cut = words.slice(0, MAX_CONCORDANCE_QUERY - 2);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > 0 ? cut.slice(0, lastSpace) : cut;
}

const hasWord = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Words searched as a phrase: in quotes. */
export const asPhrase = (text: string): string => `"${searchableText(text)}"`;

/**
 * The search for a selection (its text and where it is), else for the active segment's source, else
 * an empty German search.
 */
export function concordanceQuery(selection: { text: string; side: ConcordanceSide } | null, activeSource: string | null): ConcordanceQuery {
  if (selection && hasWord(selection.text)) return { query: asPhrase(selection.text), lang: selection.side === 'target' ? 'pl' : 'de' };
  const source = activeSource === null ? '' : searchableText(activeSource);
  return { query: hasWord(source) ? source : '', lang: 'de' };
}
