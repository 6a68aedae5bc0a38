// Which glossary terms the list shows: a search over the German and Polish terms, the note and the
// forbidden variants, and a status filter; sorted by the German term as a German dictionary would.
import type { GlossaryTerm } from '../api/types';
import { normalizeSearch } from '../lib/segmentFilters';

export const TERM_STATUS_FILTERS = ['all', 'approved', 'proposed'] as const;
export type TermStatusFilter = (typeof TERM_STATUS_FILTERS)[number];

type FilterableTerm = Pick<GlossaryTerm, 'de' | 'pl' | 'note' | 'forbidden' | 'status'>;

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export function filterTerms<T extends FilterableTerm>(terms: readonly T[], search: string, status: TermStatusFilter): T[] {
  const wanted = normalizeSearch(search);
  return terms
    .filter((term) => status === 'all' || term.status === status)
    .filter((term) => wanted === '' || [term.de, term.pl, term.note ?? '', ...term.forbidden].some((text) => normalizeSearch(text).includes(wanted)))
    .sort((a, b) => collator.compare(a.de, b.de) || collator.compare(a.pl, b.pl));
}

/** Forbidden variants as typed in the form, one per line → the list sent (the server drops duplicates). */
export const parseVariants = (text: string): string[] =>
  text
    .split('\n')
    .map((variant) => variant.trim())
    .filter((variant) => variant !== '');
