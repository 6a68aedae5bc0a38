// The behaviour every RevisionRepository promises (server/ports/revisionRepository.ts), and what a revision
// means for the segment reads of SegmentRepository. sqlite.test.ts and mongo.test.ts call
// describeRevisionContract with a function that opens a fresh, empty store.
import { emptyAnalysis } from '../../server/commands/tm/pretranslate';
import { Conflict, NotFound, VersionConflict } from '../../server/domain/errors';
import type { DocumentRecord } from '../../server/domain/documents/types';
import { buildQaResult } from '../../server/domain/qa/results';
import type { DocumentRevision } from '../../server/domain/revisions/types';
import type { Segment, SegmentEvent } from '../../server/domain/segments/types';
import { SegmentState } from '../../server/domain/workflow/states';
import type { SegmentChange, Store } from '../../server/ports/repositories';
import type { RevisionWrite } from '../../server/ports/revisionRepository';
import {
  buildCreatedEvent,
  buildDocument,
  buildEvent,
  buildProject,
  buildSegment,
  buildSegments,
  FIXED_NOW,
  minutesAfterNow,
  resetBuilderIds,
} from '../support/builders';
import { rejectionOf } from '../support/rejection';

export function describeRevisionContract(name: string, open: () => Promise<Store>): void {
  describe(`revision store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    /** A project and a document of four segments: s0 approved, s1 translated, s2 new, s3 approved. */
    const seed = async (): Promise<{ document: DocumentRecord; segments: Segment[]; events: SegmentEvent[] }> => {
      const project = buildProject();
      await store.projects.create(project);
      const document = buildDocument({ projectId: project.id, segmentCount: 4, skeleton: '\uE000\n\n\uE000 \uE000\n\n\uE000\n' });
      const states: Partial<Segment>[] = [
        { state: SegmentState.Approved, target: 'Zdanie pierwsze.', origin: 'human', translatedBy: 'user-t', reviewedBy: 'user-r' },
        { state: SegmentState.Translated, target: 'Zdanie drugie.', origin: 'human', translatedBy: 'user-t' },
        {},
        { state: SegmentState.Approved, target: 'Zdanie czwarte.', origin: 'tm' },
      ];
      const segments = buildSegments(document, 4, (index) => states[index]);
      const events = segments.map((segment) => buildCreatedEvent(segment));
      await store.documents.createWithSegments(document, segments, events);
      return { document, segments, events };
    };

    const revisionRecord = (document: DocumentRecord, overrides: Partial<DocumentRevision> = {}): DocumentRevision => ({
      id: `${document.id}-r2`,
      documentId: document.id,
      projectId: document.projectId,
      number: 2,
      format: document.format,
      createdBy: 'user-editor',
      createdAt: minutesAfterNow(5),
      counts: { unchanged: 2, changed: 1, new: 1, removed: 1 },
      wordsToReview: 4,
      newWords: 3,
      removedWords: 3,
      segmentCount: 4,
      changed: [{ segmentId: `${document.id}-s1`, index: 2, previousSource: 'Satz Nummer 2.', source: 'Satz Nummer zwei, neu.', previousState: SegmentState.Translated }],
      added: [`${document.id}-n1`],
      removed: [{ segmentId: `${document.id}-s2`, index: 2, source: 'Satz Nummer 3.', target: null, state: SegmentState.New }],
      analysis: emptyAnalysis(),
      ...overrides,
    });

    /**
     * The revision of the seeded document used by most cases: new order s3, n1 (new), s1 (changed to a
     * draft), s0; s2 removed.
     */
    const revisionOf = (document: DocumentRecord, segments: Segment[]): RevisionWrite => {
      const [s0, s1, s2, s3] = segments;
      const at = minutesAfterNow(5);
      const changedSegment: Segment = {
        ...s1,
        index: 2,
        source: 'Satz Nummer zwei, neu.',
        sourceKey: 'Satz Nummer zwei, neu.',
        wordCount: 4,
        charCount: 22,
        state: SegmentState.Draft,
        version: s1.version + 1,
        updatedAt: at,
      };
      const changed: SegmentChange = {
        segment: changedSegment,
        expectedVersion: s1.version,
        event: buildEvent({
          segmentId: s1.id,
          documentId: document.id,
          action: 'source_revised',
          fromState: SegmentState.Translated,
          toState: SegmentState.Draft,
          fromTarget: s1.target,
          toTarget: s1.target,
          fromSource: s1.source,
          toSource: changedSegment.source,
          note: 'revision 2',
          version: changedSegment.version,
          at,
        }),
      };
      const removal: SegmentChange = {
        segment: { ...s2, version: s2.version + 1, updatedAt: at },
        expectedVersion: s2.version,
        event: buildEvent({ segmentId: s2.id, documentId: document.id, action: 'removed', fromState: s2.state, toState: s2.state, note: 'revision 2', version: s2.version + 1, at }),
      };
      const added = buildSegment({ id: `${document.id}-n1`, documentId: document.id, projectId: document.projectId, index: 1, source: 'Ein neuer Satz.', updatedAt: at });
      return {
        document: { ...document, skeleton: '\uE000 \uE000\n\n\uE000\n\n\uE000', segmentCount: 4, revision: 2 },
        expectedRevision: 1,
        revision: revisionRecord(document),
        moves: [
          { segmentId: s3.id, index: 0 },
          { segmentId: s0.id, index: 3 },
        ],
        changes: [changed],
        removals: [removal],
        created: [added],
        createdEvents: [buildCreatedEvent(added, { at, note: 'revision 2' })],
      };
    };

    it('stores the document at its new revision with the new skeleton and segment count', async () => {
      const { document, segments } = await seed();
      const write = revisionOf(document, segments);

      await store.revisions.apply(write);

      expect(await store.documents.findById(document.id)).toEqual({ ...document, skeleton: write.document.skeleton, segmentCount: 4, revision: 2 });
    });

    it('moves the project’s approved revision: a revision moves, changes or removes approved segments', async () => {
      const { document, segments } = await seed();
      const before = await store.segments.approvedRevision(document.projectId);

      await store.revisions.apply(revisionOf(document, segments));

      expect(await store.segments.approvedRevision(document.projectId)).not.toBe(before);
    });

    it('lists the current segments in their new order: moved ones untouched, the changed one as written, the new one', async () => {
      const { document, segments } = await seed();
      const write = revisionOf(document, segments);
      const [s0, , , s3] = segments;

      await store.revisions.apply(write);

      const current = [{ ...s3, index: 0 }, write.created[0], write.changes[0].segment, { ...s0, index: 3 }];
      expect(await store.segments.listByDocument(document.id)).toEqual(current);
      expect(await store.segments.page({ documentId: document.id, offset: 1, limit: 2 })).toEqual({ items: current.slice(1, 3), total: 4 });
      expect(await store.segments.page({ documentId: document.id, states: [SegmentState.New], offset: 0, limit: 10 })).toEqual({ items: [write.created[0]], total: 1 });
    });

    it('takes removed segments out of every current read, but keeps their history and makes them findable as removed', async () => {
      const { document, segments, events } = await seed();
      const write = revisionOf(document, segments);
      const removed = segments[2];

      await store.revisions.apply(write);

      expect(await store.segments.findById(removed.id)).toBeNull();
      expect(await store.segments.findByIds([segments[0].id, removed.id])).toEqual([{ ...segments[0], index: 3 }]);
      expect(await store.segments.findBySourceKeys(document.projectId, [removed.sourceKey])).toEqual([]);
      expect(await store.segments.findBySourceKeys(document.projectId, [removed.sourceKey], [write.removals[0].segment.state])).toEqual([]);
      expect(await store.segments.existingSourceKeys(document.projectId, [removed.sourceKey, segments[0].sourceKey])).toEqual(new Set([segments[0].sourceKey]));
      expect(await store.segments.history(removed.id)).toEqual([events[2], write.removals[0].event]);
      expect(await store.revisions.findRemovedSegment(removed.id)).toEqual({ segment: write.removals[0].segment, removedIn: 2 });
      expect(await store.revisions.findRemovedSegment(segments[0].id)).toBeNull();
      expect(await store.revisions.findRemovedSegment('segment-unknown')).toBeNull();
    });

    it('counts only current segments in the document summary', async () => {
      const { document, segments } = await seed();

      await store.revisions.apply(revisionOf(document, segments));

      const [summary] = await store.segments.summarize([document.id]);
      expect(summary.byState).toEqual({
        new: { segments: 1, words: 3 },
        draft: { segments: 1, words: 4 },
        translated: { segments: 0, words: 0 },
        rejected: { segments: 0, words: 0 },
        approved: { segments: 2, words: 6 },
        locked: { segments: 0, words: 0 },
      });
      expect(summary.translatorIds).toEqual(['user-t']);
      expect(summary.reviewerIds).toEqual(['user-r']);
    });

    it('records the old and new source on the source_revised event, and the events of new segments', async () => {
      const { document, segments, events } = await seed();
      const write = revisionOf(document, segments);

      await store.revisions.apply(write);

      const history = await store.segments.history(segments[1].id);
      expect(history).toEqual([events[1], write.changes[0].event]);
      expect(history[1]).toMatchObject({ fromSource: 'Satz Nummer 2.', toSource: 'Satz Nummer zwei, neu.' });
      expect(await store.segments.history(write.created[0].id)).toEqual(write.createdEvents);
    });

    it('stores the revision record and returns it exactly, oldest first, the newest as latest', async () => {
      const { document, segments } = await seed();
      const write = revisionOf(document, segments);

      expect(await store.revisions.latest(document.id)).toBeNull();
      expect(await store.revisions.listByDocument(document.id)).toEqual([]);
      await store.revisions.apply(write);

      expect(await store.revisions.listByDocument(document.id)).toEqual([write.revision]);
      expect(await store.revisions.latest(document.id)).toEqual(write.revision);
    });

    it('drops the QA results of removed segments and keeps the others', async () => {
      const { document, segments } = await seed();
      const issue = { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', params: { number: '3' } } as const;
      const results = [segments[0], segments[2]].map((segment) =>
        buildQaResult({ segmentId: segment.id, documentId: document.id, version: segment.version, issues: [issue], checkedAt: FIXED_NOW }),
      );
      await store.qaResults.upsertMany(results);

      await store.revisions.apply(revisionOf(document, segments));

      expect(await store.qaResults.findBySegments([segments[0].id, segments[2].id])).toEqual([results[0]]);
      expect((await store.qaResults.summarizeByDocuments([document.id]))[0]).toMatchObject({ errors: 1, segmentsWithErrors: 1 });
    });

    it('refuses a revision of a document another revision changed meanwhile, writing nothing', async () => {
      const { document, segments } = await seed();
      await store.revisions.apply(revisionOf(document, segments));
      const current = await store.segments.listByDocument(document.id);
      const stale = { ...revisionOf(document, segments), revision: revisionRecord(document, { id: 'r-stale', number: 2 }) };

      const error = await rejectionOf(store.revisions.apply(stale));

      expect(error).toBeInstanceOf(Conflict);
      expect(error).toMatchObject({ code: 'revision_conflict', details: { revision: 2 } });
      expect(await store.segments.listByDocument(document.id)).toEqual(current);
      expect(await store.revisions.listByDocument(document.id)).toHaveLength(1);
    });

    it('refuses a revision when a changed segment was saved since it was read, writing nothing', async () => {
      const { document, segments, events } = await seed();
      const write = revisionOf(document, segments);
      const edited: Segment = { ...segments[1], target: 'Poprawione.', state: SegmentState.Draft, version: 2, updatedAt: minutesAfterNow(1) };
      const edit = buildEvent({ segmentId: edited.id, documentId: document.id, action: 'edit', version: 2, toTarget: 'Poprawione.' });
      await store.segments.applyChanges([{ segment: edited, expectedVersion: 1, event: edit }]);

      const error = await rejectionOf(store.revisions.apply(write));

      expect(error).toBeInstanceOf(VersionConflict);
      expect(error).toMatchObject({ segmentId: edited.id, expectedVersion: 1, actualVersion: 2 });
      expect(await store.documents.findById(document.id)).toEqual(document);
      expect(await store.segments.listByDocument(document.id)).toEqual([segments[0], edited, segments[2], segments[3]]);
      expect(await store.segments.history(segments[2].id)).toEqual([events[2]]);
      expect(await store.revisions.latest(document.id)).toBeNull();
    });

    it('refuses a revision when a segment to remove was saved since it was read', async () => {
      const { document, segments } = await seed();
      const write = revisionOf(document, segments);
      const edited: Segment = { ...segments[2], target: 'Nowe.', state: SegmentState.Draft, version: 2 };
      await store.segments.applyChanges([{ segment: edited, expectedVersion: 1, event: buildEvent({ segmentId: edited.id, documentId: document.id, version: 2 }) }]);

      const error = await rejectionOf(store.revisions.apply(write));

      expect(error).toMatchObject({ code: 'version_conflict', segmentId: edited.id });
      expect(await store.segments.findById(edited.id)).toEqual(edited);
      expect(await store.revisions.findRemovedSegment(edited.id)).toBeNull();
    });

    it('refuses a revision of an unknown document with NotFound', async () => {
      const { document, segments } = await seed();
      const write = revisionOf(document, segments);

      const error = await rejectionOf(store.revisions.apply({ ...write, document: { ...write.document, id: 'document-unknown' } }));

      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ params: { entity: 'document' } });
    });

    it('a change built from a segment read before the revision does not move it back', async () => {
      const { document, segments } = await seed();
      await store.revisions.apply(revisionOf(document, segments));
      const readBefore = segments[0]; // index 0 then, index 3 now, same version
      const edited: Segment = { ...readBefore, state: SegmentState.Rejected, version: 2, updatedAt: minutesAfterNow(6) };

      await store.segments.applyChanges([{ segment: edited, expectedVersion: 1, event: buildEvent({ segmentId: edited.id, documentId: document.id, version: 2 }) }]);

      expect(await store.segments.findById(readBefore.id)).toEqual({ ...edited, index: 3 });
      expect((await store.segments.listByDocument(document.id)).map((segment) => segment.index)).toEqual([0, 1, 2, 3]);
    });

    it('applies a second revision that swaps segments and removes one where an earlier revision removed another', async () => {
      const { document, segments } = await seed();
      await store.revisions.apply(revisionOf(document, segments));
      const [s3, n1, s1, s0] = await store.segments.listByDocument(document.id);
      const at = minutesAfterNow(10);
      // Revision 3: s0 and s3 trade places, n1 goes (it sits at index 1; s2, removed in revision 2, had index 2).
      const removal: SegmentChange = {
        segment: { ...n1, version: n1.version + 1, updatedAt: at },
        expectedVersion: n1.version,
        event: buildEvent({ segmentId: n1.id, documentId: document.id, action: 'removed', version: n1.version + 1, at }),
      };
      const third: RevisionWrite = {
        document: { ...document, skeleton: '\uE000\n\uE000\n\uE000', segmentCount: 3, revision: 3 },
        expectedRevision: 2,
        revision: revisionRecord(document, { id: 'r3', number: 3, createdAt: at, counts: { unchanged: 3, changed: 0, new: 0, removed: 1 }, changed: [], added: [], removed: [], segmentCount: 3 }),
        moves: [
          { segmentId: s0.id, index: 0 },
          { segmentId: s1.id, index: 1 },
          { segmentId: s3.id, index: 2 },
        ],
        changes: [],
        removals: [removal],
        created: [],
        createdEvents: [],
      };

      await store.revisions.apply(third);

      expect(await store.segments.listByDocument(document.id)).toEqual([
        { ...s0, index: 0 },
        { ...s1, index: 1 },
        { ...s3, index: 2 },
      ]);
      expect((await store.documents.findById(document.id))?.revision).toBe(3);
      expect((await store.revisions.listByDocument(document.id)).map((revision) => revision.number)).toEqual([2, 3]);
      expect(await store.revisions.findRemovedSegment(n1.id)).toEqual({ segment: removal.segment, removedIn: 3 });
    });
  });

  describe(`existingSourceKeys of documents submitted before: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    it('counts only documents created before the given one (by time, then id), not itself or later ones', async () => {
      const project = buildProject();
      await store.projects.create(project);
      const make = async (id: string, createdAt: string, source: string) => {
        const document = buildDocument({ id, projectId: project.id, segmentCount: 1, createdAt });
        const [segment] = buildSegments(document, 1, () => ({ source, sourceKey: source }));
        await store.documents.createWithSegments(document, [segment], [buildCreatedEvent(segment)]);
        return document;
      };
      await make('doc-a', minutesAfterNow(-10), 'Früher.');
      await make('doc-b', FIXED_NOW, 'Gleichzeitig, kleinere Id.');
      const revised = await make('doc-c', FIXED_NOW, 'Selbst.');
      await make('doc-d', minutesAfterNow(10), 'Später.');
      const keys = ['Früher.', 'Gleichzeitig, kleinere Id.', 'Selbst.', 'Später.'];

      expect(await store.segments.existingSourceKeys(project.id, keys, revised)).toEqual(new Set(['Früher.', 'Gleichzeitig, kleinere Id.']));
      expect(await store.segments.existingSourceKeys(project.id, keys)).toEqual(new Set(keys));
    });
  });
}
