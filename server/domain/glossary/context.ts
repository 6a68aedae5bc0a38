// What the glossary says about one segment: the terms of its source, whether the target uses their
// Polish form, and which forbidden variants it uses. The QA checks get the same verdicts as
// QaGlossaryEntry values (glossaryContext); the segment view gets them with positions (segmentGlossary).
import type { QaGlossaryEntry } from '../qa/types';
import { findTermsInSource, indexTermsInSteps, type SourceHit, type SourceHitKind } from './german';
import { forbiddenVariantsIn, targetContainsTerm, type ForbiddenHit } from './polish';
import type { GlossaryTermFields } from './types';

export type ContextTerm = Pick<GlossaryTermFields, 'de' | 'pl' | 'caseSensitive' | 'compound' | 'forbidden' | 'status'>;

// One filtered array per glossary array, so checking many segments against one glossary indexes it once.
const approvedLists = new WeakMap<readonly ContextTerm[], readonly ContextTerm[]>();
function approvedOf(terms: readonly ContextTerm[]): readonly ContextTerm[] {
  let approved = approvedLists.get(terms);
  if (!approved) {
    approved = terms.filter((term) => term.status === 'approved');
    approvedLists.set(terms, approved);
  }
  return approved;
}

/**
 * Indexes a glossary array for both uses here (all its terms, and its approved ones), a step at a time
 * (german.ts, indexTermsInSteps): a caller that lets other work run between the steps never holds the
 * server for the whole of a large glossary.
 */
export function* indexGlossaryInSteps(terms: readonly ContextTerm[]): Generator<void> {
  yield* indexTermsInSteps(terms);
  yield;
  yield* indexTermsInSteps(approvedOf(terms));
}

/**
 * One QaGlossaryEntry per approved term found in the source (first occurrence order): its Polish form,
 * its forbidden variants, and whether the target contains the Polish form in some case form. Proposed
 * terms are not binding and are left out. A missing target satisfies nothing.
 */
export function glossaryContext(source: string, target: string | null, terms: readonly ContextTerm[]): QaGlossaryEntry[] {
  const approved = approvedOf(terms);
  const entries: QaGlossaryEntry[] = [];
  const seen = new Set<ContextTerm>();
  for (const hit of findTermsInSource(source, approved)) {
    if (seen.has(hit.term)) continue;
    seen.add(hit.term);
    entries.push({
      source: hit.term.de,
      target: hit.term.pl,
      forbidden: [...hit.term.forbidden],
      found: target !== null && targetContainsTerm(target, hit.term.pl, hit.term.caseSensitive),
      // set for a case-sensitive term only: absent means case-insensitive (see QaGlossaryEntry)
      ...(hit.term.caseSensitive ? { caseSensitive: true } : {}),
    });
  }
  return entries;
}

export interface TermPosition {
  start: number;
  end: number;
  text: string;
  kind: SourceHitKind;
}

export interface SegmentTermHit<T extends ContextTerm> {
  term: T;
  /** Where the source has the term, in order. */
  positions: TermPosition[];
  /** Whether the target has the Polish form; null while there is no target. */
  satisfied: boolean | null;
  /** Forbidden variants the target uses (outside the approved form). */
  forbidden: ForbiddenHit[];
}

/** Every term (approved or proposed) found in the source, grouped, in order of first occurrence. */
export function segmentGlossary<T extends ContextTerm>(source: string, target: string | null, terms: readonly T[]): SegmentTermHit<T>[] {
  const byTerm = new Map<T, SourceHit<T>[]>();
  for (const hit of findTermsInSource(source, terms)) {
    const list = byTerm.get(hit.term);
    if (list) list.push(hit);
    else byTerm.set(hit.term, [hit]);
  }
  return [...byTerm.entries()].map(([term, hits]) => ({
    term,
    positions: hits.map(({ start, end, text, kind }) => ({ start, end, text, kind })),
    satisfied: target === null ? null : targetContainsTerm(target, term.pl, term.caseSensitive),
    forbidden: target === null ? [] : forbiddenVariantsIn(target, term.forbidden, { term: term.pl, caseSensitive: term.caseSensitive }),
  }));
}
