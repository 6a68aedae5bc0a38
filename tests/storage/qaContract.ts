// The behaviour every QaResultRepository promises (server/ports/qaResultRepository.ts). sqlite.test.ts and
// mongo.test.ts call describeQaResultContract with a function that opens a fresh, empty store.
import { NotFound, VersionConflict } from '../../server/domain/errors';
import { buildQaResult, type QaResult } from '../../server/domain/qa/results';
import type { QaIssue } from '../../server/domain/qa/types';
import type { DocumentRecord } from '../../server/domain/documents/types';
import type { Segment } from '../../server/domain/segments/types';
import type { SegmentChange, Store } from '../../server/ports/repositories';
import { SegmentState } from '../../server/domain/workflow/states';
import { buildCreatedEvent, buildDocument, buildEvent, buildProject, buildSegments, FIXED_NOW, minutesAfterNow, resetBuilderIds } from '../support/builders';

const MISSING_NUMBER: QaIssue = { check: 'numbers', severity: 'error', code: 'qa.numbers.missing', params: { number: '2019' } };
const MISSING_PLACEHOLDER: QaIssue = { check: 'placeholders', severity: 'error', code: 'qa.placeholders.missing', params: { placeholder: '{1}' } };
const END_PUNCTUATION: QaIssue = { check: 'end_punctuation', severity: 'warning', code: 'qa.end_punctuation.missing', params: { expected: '.' } };
const UNEDITED: QaIssue = { check: 'mt_unedited', severity: 'info', code: 'qa.mt_unedited.unedited', params: {} };

export function describeQaResultContract(name: string, open: () => Promise<Store>): void {
  describe(`QA result store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    /** A project, one document with `count` segments (ids `<document>-s0` …). */
    const seedDocument = async (count: number, project = buildProject()): Promise<{ document: DocumentRecord; segments: Segment[] }> => {
      if (!(await store.projects.findById(project.id))) await store.projects.create(project);
      const document = buildDocument({ projectId: project.id, segmentCount: count });
      const segments = buildSegments(document, count);
      await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
      return { document, segments };
    };

    const resultOf = (segment: Segment, issues: QaIssue[], overrides: Partial<QaResult> = {}): QaResult => ({
      ...buildQaResult({ segmentId: segment.id, documentId: segment.documentId, version: segment.version, issues, checkedAt: FIXED_NOW }),
      ...overrides,
    });

    it('stores a result and reads it back exactly, issues and counts included', async () => {
      const { segments } = await seedDocument(1);
      const result = resultOf(segments[0], [MISSING_NUMBER, END_PUNCTUATION, UNEDITED], { overrideReason: 'Jahreszahl steht im Titel' });

      await store.qaResults.upsertMany([result]);

      expect(await store.qaResults.findBySegment(segments[0].id)).toEqual({
        segmentId: segments[0].id,
        documentId: segments[0].documentId,
        version: 1,
        issues: [MISSING_NUMBER, END_PUNCTUATION, UNEDITED],
        errors: 1,
        warnings: 1,
        infos: 1,
        overrideReason: 'Jahreszahl steht im Titel',
        checkedAt: FIXED_NOW,
      });
    });

    it('returns null for a segment never checked', async () => {
      const { segments } = await seedDocument(1);
      expect(await store.qaResults.findBySegment(segments[0].id)).toBeNull();
      expect(await store.qaResults.findBySegment('segment-unknown')).toBeNull();
    });

    it('replaces a segment’s result with the one of the same or a newer version', async () => {
      const { segments } = await seedDocument(1);
      await store.qaResults.upsertMany([resultOf(segments[0], [MISSING_NUMBER])]);
      await store.qaResults.upsertMany([resultOf(segments[0], [END_PUNCTUATION], { checkedAt: minutesAfterNow(1) })]);
      expect(await store.qaResults.findBySegment(segments[0].id)).toMatchObject({ version: 1, issues: [END_PUNCTUATION], errors: 0, warnings: 1 });

      await store.qaResults.upsertMany([resultOf(segments[0], [], { version: 3, checkedAt: minutesAfterNow(2) })]);

      expect(await store.qaResults.findBySegment(segments[0].id)).toEqual(
        resultOf(segments[0], [], { version: 3, checkedAt: minutesAfterNow(2) }),
      );
    });

    it('keeps the newer result when a check of an older version arrives late', async () => {
      const { segments } = await seedDocument(1);
      const newer = resultOf(segments[0], [], { version: 4, checkedAt: minutesAfterNow(2) });
      await store.qaResults.upsertMany([newer]);

      await store.qaResults.upsertMany([resultOf(segments[0], [MISSING_NUMBER], { version: 3, checkedAt: minutesAfterNow(3) })]);

      expect(await store.qaResults.findBySegment(segments[0].id)).toEqual(newer);
    });

    describe('a result carried by a segment change (SegmentChange.qa)', () => {
      /** The segment with a new target (next version), its event, and its QA result. */
      const editWithResult = (segment: Segment, target: string, issues: QaIssue[]): SegmentChange => {
        const changed: Segment = { ...segment, target, version: segment.version + 1, updatedAt: minutesAfterNow(1) };
        const event = buildEvent({ segmentId: segment.id, documentId: segment.documentId, version: changed.version, toTarget: target });
        return { segment: changed, expectedVersion: segment.version, event, qa: resultOf(changed, issues, { checkedAt: minutesAfterNow(1) }) };
      };

      it('is stored with the change, replacing the result of the version before', async () => {
        const { segments } = await seedDocument(2);
        await store.qaResults.upsertMany([resultOf(segments[0], [MISSING_NUMBER])]);
        const changes = [editWithResult(segments[0], 'W 2019 r.', [END_PUNCTUATION]), editWithResult(segments[1], 'Spotkanie.', [])];

        await store.segments.applyChanges(changes);

        expect(await store.qaResults.findBySegments([segments[0].id, segments[1].id])).toEqual([changes[0].qa, changes[1].qa]);
        expect(changes[0].qa).toMatchObject({ version: 2, issues: [END_PUNCTUATION], errors: 0, warnings: 1 });
      });

      it('is not stored when the change is refused (a stale version): the stored result stays', async () => {
        const { segments } = await seedDocument(2);
        const before = resultOf(segments[0], [MISSING_NUMBER]);
        await store.qaResults.upsertMany([before]);
        const stale = { ...editWithResult(segments[0], 'Inne.', []), expectedVersion: 7 };
        const fine = editWithResult(segments[1], 'Drugie.', [UNEDITED]);

        await expect(store.segments.applyChanges([fine, stale])).rejects.toBeInstanceOf(VersionConflict);

        expect(await store.qaResults.findBySegments([segments[0].id, segments[1].id])).toEqual([before]);
      });
    });

    it('finds results of several segments in the order asked for, skipping unchecked and duplicate ids', async () => {
      const { segments } = await seedDocument(3);
      const [first, , third] = segments;
      await store.qaResults.upsertMany([resultOf(first, [MISSING_NUMBER]), resultOf(third, [UNEDITED])]);

      const found = await store.qaResults.findBySegments([third.id, segments[1].id, 'segment-unknown', first.id, third.id]);

      expect(found.map((result) => [result.segmentId, result.issues])).toEqual([
        [third.id, [UNEDITED]],
        [first.id, [MISSING_NUMBER]],
      ]);
      expect(await store.qaResults.findBySegments([])).toEqual([]);
    });

    it('summarizes per document: issues by severity and segments with errors, zeros for a document without results', async () => {
      const project = buildProject();
      const { document, segments } = await seedDocument(4, project);
      const { document: other, segments: otherSegments } = await seedDocument(1, project);
      const { document: unchecked } = await seedDocument(2, project);
      await store.qaResults.upsertMany([
        resultOf(segments[0], [MISSING_NUMBER, MISSING_PLACEHOLDER, END_PUNCTUATION]),
        resultOf(segments[1], [END_PUNCTUATION, UNEDITED]),
        resultOf(segments[2], [MISSING_NUMBER], { overrideReason: 'so gewollt' }),
        resultOf(segments[3], []),
        resultOf(otherSegments[0], [UNEDITED]),
      ]);

      expect(await store.qaResults.summarizeByDocuments([unchecked.id, document.id, other.id])).toEqual([
        { documentId: unchecked.id, errors: 0, warnings: 0, infos: 0, segmentsWithErrors: 0 },
        { documentId: document.id, errors: 3, warnings: 2, infos: 1, segmentsWithErrors: 2 },
        { documentId: other.id, errors: 0, warnings: 0, infos: 1, segmentsWithErrors: 0 },
      ]);
      expect(await store.qaResults.summarizeByDocuments([])).toEqual([]);
    });

    it('a later check that finds no errors takes the segment out of segmentsWithErrors', async () => {
      const { document, segments } = await seedDocument(1);
      await store.qaResults.upsertMany([resultOf(segments[0], [MISSING_NUMBER])]);
      await store.qaResults.upsertMany([resultOf(segments[0], [], { version: 2 })]);

      expect(await store.qaResults.summarizeByDocuments([document.id])).toEqual([
        { documentId: document.id, errors: 0, warnings: 0, infos: 0, segmentsWithErrors: 0 },
      ]);
    });

    it('refuses a result of an unknown segment with NotFound and stores none of the batch', async () => {
      const { segments } = await seedDocument(1);
      const unknown = resultOf({ ...segments[0], id: 'segment-unknown' }, [MISSING_NUMBER]);

      await expect(store.qaResults.upsertMany([resultOf(segments[0], [MISSING_NUMBER]), unknown])).rejects.toBeInstanceOf(NotFound);

      expect(await store.qaResults.findBySegment(segments[0].id)).toBeNull();
      await expect(store.qaResults.upsertMany([])).resolves.toBeUndefined();
    });

    describe('the approved revision of a project (what a cache of approved twins compares)', () => {
      /** A change of the segment to `state` with `target`, its event saying where it came from. */
      const change = (segment: Segment, state: SegmentState, target: string): SegmentChange => {
        const changed: Segment = { ...segment, state, target, version: segment.version + 1 };
        const event = buildEvent({ segmentId: segment.id, documentId: segment.documentId, fromState: segment.state, toState: state, fromTarget: segment.target, toTarget: target, version: changed.version });
        return { segment: changed, expectedVersion: segment.version, event };
      };
      /** Applies the change and answers whether the project's approved revision moved. */
      const moves = async (projectId: string, changes: SegmentChange[]): Promise<boolean> => {
        const before = await store.segments.approvedRevision(projectId);
        await store.segments.applyChanges(changes);
        return (await store.segments.approvedRevision(projectId)) !== before;
      };

      it('moves when a segment is approved, when an approved one gets a new target, and when one leaves the approved state', async () => {
        const { segments } = await seedDocument(1);
        expect(await store.segments.approvedRevision('project-1')).toBe(0);
        const translated = change(segments[0], SegmentState.Translated, 'Zdanie numer 1.');
        await store.segments.applyChanges([translated]);

        const approved = change(translated.segment, SegmentState.Approved, 'Zdanie numer 1.');
        expect(await moves('project-1', [approved])).toBe(true);
        const corrected = change(approved.segment, SegmentState.Approved, 'Zdanie nr 1.');
        expect(await moves('project-1', [corrected])).toBe(true);
        expect(await moves('project-1', [change(corrected.segment, SegmentState.Rejected, 'Zdanie nr 1.')])).toBe(true);
        expect(await store.segments.approvedRevision('project-2')).toBe(0);
      });

      it('moves when a document brings approved segments, and only for its own project', async () => {
        await seedDocument(1);
        const other = buildProject({ id: 'project-2' });
        await store.projects.create(other);
        const before = [await store.segments.approvedRevision('project-1'), await store.segments.approvedRevision('project-2')];
        const document = buildDocument({ id: 'document-approved', projectId: other.id, segmentCount: 1 });
        const segments = buildSegments(document, 1, () => ({ state: SegmentState.Approved, target: 'Zdanie numer 1.' }));
        await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));

        expect(await store.segments.approvedRevision('project-1')).toBe(before[0]);
        expect(await store.segments.approvedRevision('project-2')).not.toBe(before[1]);
      });
    });
  });
}
