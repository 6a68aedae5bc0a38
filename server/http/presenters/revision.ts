// The JSON shapes of source revisions: one revision (the answer to storing it), the timeline of a
// document's revisions, and the preview of what a revision would do.
import type { RevisionPreview } from '../../commands/documents/revise';
import type { RevisionTimeline } from '../../commands/documents/revisions';
import { revisionOf } from '../../domain/documents/types';
import type { DocumentRevision } from '../../domain/revisions/types';

const person = (id: string, names: ReadonlyMap<string, string>) => ({ id, name: names.get(id) ?? '' });

/** One stored revision: who and when, what it did to the segments, and the words to look at again. */
export const presentRevision = (revision: DocumentRevision, names: ReadonlyMap<string, string>) => ({
  number: revision.number,
  kind: 'revision' as const,
  documentId: revision.documentId,
  format: revision.format,
  createdBy: person(revision.createdBy, names),
  createdAt: revision.createdAt,
  counts: { ...revision.counts },
  wordsToReview: revision.wordsToReview,
  newWords: revision.newWords,
  removedWords: revision.removedWords,
  segmentCount: revision.segmentCount,
  changed: revision.changed.map((segment) => ({ ...segment })),
  added: [...revision.added],
  removed: revision.removed.map((segment) => ({ ...segment })),
  analysis: revision.analysis,
});

/** GET /api/documents/:id/revisions: the submission as revision 1, then every revision, oldest first. */
export const presentRevisionTimeline = (timeline: RevisionTimeline) => ({
  documentId: timeline.document.id,
  revision: revisionOf(timeline.document),
  items: [
    {
      number: 1,
      kind: 'submission' as const,
      documentId: timeline.document.id,
      format: timeline.document.format,
      createdBy: person(timeline.document.createdBy, timeline.names),
      createdAt: timeline.document.createdAt,
    },
    ...timeline.revisions.map((revision) => presentRevision(revision, timeline.names)),
  ],
});

export const presentRevisionPreview = (preview: RevisionPreview) => ({ ...preview, counts: { ...preview.counts } });
