// What a new German version does to a document's segments, before anything is written: each new segment
// continues an old one unchanged or changed, or is new; the old ones nobody continues are removed
// (domain/revisions/align.ts). New and changed text has its language identified as on submission. A
// change across the language lock (a German sentence replaced by a Polish passage, or the other way
// round) is no revision of a translation: the old segment is removed and the new one starts afresh.
import { draftSegment, type SegmentDraft } from '../../domain/documents/draft';
import type { ParsedDocument } from '../../domain/formats';
import type { RevisionCounts } from '../../domain/revisions/types';
import { measureSegments, type SegmentMeasures } from '../../domain/revisions/measure';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import { mapInSlices } from '../../slices';
import type { CommandContext } from '../context';
import { heavyWorkOf } from '../heavyWork';

export type PlannedSegment =
  | { kind: 'unchanged'; old: Segment; draft: SegmentDraft }
  | { kind: 'changed'; old: Segment; draft: SegmentDraft }
  | { kind: 'new'; draft: SegmentDraft };

export interface RevisionPlan {
  /** The new version's segments, in its order (`draft.index`). */
  segments: PlannedSegment[];
  /** Old segments no new one continues, in their old order. */
  removed: Segment[];
  /** The new segments' source keys, by index. */
  keys: string[];
  counts: RevisionCounts;
  /** Source words of changed segments that had a translation (not locked): the work to look at again. */
  wordsToReview: number;
  newWords: number;
  removedWords: number;
}

/** Locked because of its language (target = source), not by a coordinator. */
export const lockedForLanguage = (segment: Segment): boolean => segment.state === SegmentState.Locked && segment.origin === 'source';

/**
 * `measures`: the new segments' keys and counts, when the parse worked them out already. The alignment
 * of a large document runs on a worker thread (heavy work: for 45,000 segments it held the main thread
 * longest of the preview, `npm run bench:event-loop`), and its pairs become planned segments in slices.
 */
export async function planRevision(
  ctx: Pick<CommandContext, 'heavyWork'>,
  oldSegments: readonly Segment[],
  parsed: ParsedDocument,
  measures: SegmentMeasures = measureSegments(parsed),
): Promise<RevisionPlan> {
  const { keys, wordCounts, charCounts } = measures;
  const alignment = await heavyWorkOf(ctx).run('alignRevision', { oldKeys: oldSegments.map((segment) => segment.sourceKey), newKeys: keys });
  const removed = alignment.removed.map((oldIndex) => oldSegments[oldIndex]!);
  const segments = await mapInSlices(alignment.pairs, (pair): PlannedSegment => {
    const parsedSegment = parsed.segments[pair.newIndex];
    const old = pair.oldIndex === null ? null : oldSegments[pair.oldIndex];
    if (old && pair.kind === 'unchanged') {
      // The same sentence: its language is known; only spacing or markup may differ.
      const draft: SegmentDraft = {
        index: pair.newIndex,
        source: parsedSegment.source,
        kind: parsedSegment.kind,
        tags: parsedSegment.tags,
        lang: old.lang,
        locked: lockedForLanguage(old),
        wordCount: wordCounts[pair.newIndex]!,
        charCount: charCounts[pair.newIndex]!,
        sourceKey: keys[pair.newIndex],
        target: null, // an unchanged segment keeps its own target; a revision's text carries none
      };
      return { kind: 'unchanged', old, draft };
    }
    const draft = draftSegment(parsedSegment, pair.newIndex);
    if (!old) return { kind: 'new', draft };
    if (lockedForLanguage(old) !== draft.locked) {
      removed.push(old);
      return { kind: 'new', draft };
    }
    return { kind: 'changed', old, draft };
  });
  removed.sort((a, b) => a.index - b.index);

  const counts: RevisionCounts = { unchanged: 0, changed: 0, new: 0, removed: removed.length };
  let wordsToReview = 0;
  let newWords = 0;
  for (const planned of segments) {
    counts[planned.kind] += 1;
    if (planned.kind === 'changed' && planned.old.target !== null && planned.old.state !== SegmentState.Locked) wordsToReview += planned.draft.wordCount;
    if (planned.kind === 'new') newWords += planned.draft.wordCount;
  }
  const removedWords = removed.reduce((sum, segment) => sum + segment.wordCount, 0);
  return { segments, removed, keys, counts, wordsToReview, newWords, removedWords };
}
