// What the active row shows beside its texts: the glossary terms marked in its source, and the score
// of the translation-memory match its target came from.
import type { Segment, TmMatch } from '../api/types';
import type { SegmentTermHitView } from '../workspace/types';

/** A glossary term's place in the source, as RichText marks it. */
export interface GlossaryMark {
  start: number;
  end: number;
  label: string;
  className: string;
}

export type GlossaryMarkKind = 'forbidden' | 'missing' | 'found';

/** A term hit is forbidden (a forbidden variant is in the target), missing (its translation is not), or found. */
export const glossaryMarkKind = (hit: Pick<SegmentTermHitView, 'forbidden' | 'satisfied'>): GlossaryMarkKind =>
  hit.forbidden.length > 0 ? 'forbidden' : hit.satisfied === false ? 'missing' : 'found';

const KIND_CLASS: Record<GlossaryMarkKind, string> = { forbidden: ' gloss-forbidden', missing: ' gloss-missing', found: '' };

/** One mark per place of each term in the source; `label` words the mark (localized by the caller). */
export function glossaryMarks(hits: readonly SegmentTermHitView[], label: (hit: SegmentTermHitView, kind: GlossaryMarkKind) => string): GlossaryMark[] {
  return hits.flatMap((hit) => {
    const kind = glossaryMarkKind(hit);
    const className = `gloss-hit${hit.term.status === 'proposed' ? ' gloss-proposed' : ''}${KIND_CLASS[kind]}`;
    return hit.positions.map((position) => ({ start: position.start, end: position.end, label: label(hit, kind), className }));
  });
}

/**
 * The score of the memory match a TM-filled target came from (the match with its text, else the
 * best one); null when the target is not from the memory or the matches are not loaded.
 */
export function usedTmScore(
  segment: Pick<Segment, 'id' | 'origin' | 'target'>,
  detail: { id: string; tmMatches: readonly Pick<TmMatch, 'target' | 'score'>[] } | null,
): number | null {
  if (segment.origin !== 'tm' || detail?.id !== segment.id) return null;
  const used = detail.tmMatches.find((match) => match.target === segment.target) ?? detail.tmMatches[0];
  return used ? used.score : null;
}
