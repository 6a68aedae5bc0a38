// The part of a glossary DeepL gets: approved terms as German → Polish pairs. A DeepL dictionary holds
// each source term once, so of several approved terms with the same German form the first (oldest)
// one wins; proposed terms stay out until a coordinator approves them.
import type { GlossaryTermFields } from './types';

export interface DeeplGlossaryEntry {
  source: string;
  target: string;
}

export function deeplGlossaryEntries(terms: readonly Pick<GlossaryTermFields, 'de' | 'pl' | 'status'>[]): DeeplGlossaryEntry[] {
  const seen = new Set<string>();
  const entries: DeeplGlossaryEntry[] = [];
  for (const term of terms) {
    if (term.status !== 'approved' || seen.has(term.de)) continue;
    seen.add(term.de);
    entries.push({ source: term.de, target: term.pl });
  }
  return entries;
}

/** The entries in a canonical order, for hashing: the same content gives the same text. */
export const canonicalEntries = (entries: readonly DeeplGlossaryEntry[]): string =>
  JSON.stringify([...entries].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0)).map((e) => [e.source, e.target]));
