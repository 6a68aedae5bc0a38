import type { DocumentRevision, RevisionTimeline } from '../../client/src/api/revisionTypes';
import { isOutdated, latestRevision, latestRevisionMarks } from '../../client/src/lib/revisions';

const submission: RevisionTimeline['items'][number] = {
  number: 1,
  kind: 'submission',
  documentId: 'd1',
  format: 'markdown',
  createdBy: { id: 'u1', name: 'Ewa Nowak' },
  createdAt: '2026-11-24T10:00:00.000Z',
};

const revision = (number: number, changed: [string, string][], added: string[]): DocumentRevision => ({
  number,
  kind: 'revision',
  documentId: 'd1',
  format: 'markdown',
  createdBy: { id: 'u1', name: 'Ewa Nowak' },
  createdAt: '2026-11-25T10:00:00.000Z',
  counts: { unchanged: 5, changed: changed.length, new: added.length, removed: 0 },
  wordsToReview: 9,
  newWords: 4,
  removedWords: 0,
  segmentCount: 5 + changed.length + added.length,
  changed: changed.map(([segmentId, previousSource], index) => ({ segmentId, index, previousSource, source: `${previousSource} (neu)`, previousState: 'approved' })),
  added,
  removed: [],
});

describe('latestRevisionMarks', () => {
  it('marks nothing for a document never revised', () => {
    expect(latestRevisionMarks({ items: [submission] })).toEqual(new Map());
    expect(latestRevision({ items: [submission] })).toBeNull();
  });

  it('marks the changed segments with their old German and the added ones, of the latest revision only', () => {
    const timeline = { items: [submission, revision(2, [['s1', 'Am 30. Januar.']], ['s7']), revision(3, [['s4', 'Im Mai 2019.']], ['s9'])] };

    expect(latestRevision(timeline)?.number).toBe(3);
    expect(latestRevisionMarks(timeline)).toEqual(
      new Map([
        ['s4', { kind: 'changed', revision: 3, previousSource: 'Im Mai 2019.' }],
        ['s9', { kind: 'new', revision: 3 }],
      ]),
    );
  });
});

describe('isOutdated', () => {
  it('is true only when the document moved past the revision the workspace loaded', () => {
    expect(isOutdated(2, 3)).toBe(true);
    expect(isOutdated(2, 2)).toBe(false);
    expect(isOutdated(null, 3)).toBe(false);
    expect(isOutdated(2, undefined)).toBe(false);
  });
});
