// Source revisions as the workspace shows them: which segments the document's latest revision changed
// (with their old German, for the word diff above the target) or added, so they are flagged and can be
// filtered; and whether the open workspace still shows an older revision than the document has now.
import type { DocumentRevision, RevisionTimeline } from '../api/revisionTypes';

export type RevisionMark = { kind: 'changed'; revision: number; previousSource: string } | { kind: 'new'; revision: number };

const NONE: ReadonlyMap<string, RevisionMark> = new Map();

/** The newest stored revision of a timeline, or null when the document was never revised. */
export function latestRevision(timeline: Pick<RevisionTimeline, 'items'>): DocumentRevision | null {
  let latest: DocumentRevision | null = null;
  for (const item of timeline.items) if (item.kind === 'revision' && (latest === null || item.number > latest.number)) latest = item;
  return latest;
}

/** The segments the latest revision changed or added, by id; empty before any revision. */
export function latestRevisionMarks(timeline: Pick<RevisionTimeline, 'items'>): ReadonlyMap<string, RevisionMark> {
  const latest = latestRevision(timeline);
  if (!latest) return NONE;
  const marks = new Map<string, RevisionMark>();
  for (const segment of latest.changed) marks.set(segment.segmentId, { kind: 'changed', revision: latest.number, previousSource: segment.previousSource });
  for (const segmentId of latest.added) marks.set(segmentId, { kind: 'new', revision: latest.number });
  return marks;
}

/** True when the document is at a later revision than the one the workspace loaded (reload to see it). */
export const isOutdated = (loadedRevision: number | null, currentRevision: number | undefined): boolean =>
  loadedRevision !== null && currentRevision !== undefined && currentRevision > loadedRevision;
