// The behaviour every LqaAnnotationRepository and PostEditRepository promises
// (server/ports/qualityRepository.ts). sqlite.test.ts and mongo.test.ts call describeQualityContract
// with a function that opens a fresh, empty store.
import { Conflict, NotFound } from '../../server/domain/errors';
import type { LqaAnnotation, PostEditRecord } from '../../server/domain/quality/types';
import type { DocumentRecord } from '../../server/domain/documents/types';
import type { Segment } from '../../server/domain/segments/types';
import type { Store } from '../../server/ports/repositories';
import { buildCreatedEvent, buildDocument, buildProject, buildSegments, FIXED_NOW, minutesAfterNow, resetBuilderIds } from '../support/builders';
import { rejectionOf } from '../support/rejection';

export function buildAnnotation(segment: Segment, overrides: Partial<LqaAnnotation> = {}): LqaAnnotation {
  return {
    id: 'lqa-1',
    segmentId: segment.id,
    documentId: segment.documentId,
    projectId: segment.projectId,
    category: 'accuracy/mistranslation',
    severity: 'major',
    comment: null,
    span: null,
    segmentVersion: segment.version,
    target: segment.target,
    authorId: 'reviewer-1',
    createdAt: FIXED_NOW,
    ...overrides,
  };
}

export function buildPostEdit(segment: Segment, overrides: Partial<PostEditRecord> = {}): PostEditRecord {
  return {
    segmentId: segment.id,
    documentId: segment.documentId,
    projectId: segment.projectId,
    stage: 'confirm',
    origin: 'mt',
    band: null,
    translatorId: 'translator-1',
    actorId: 'translator-1',
    distance: 4,
    ratio: 0.1,
    words: 7,
    at: FIXED_NOW,
    ...overrides,
  };
}

export function describeQualityContract(name: string, open: () => Promise<Store>): void {
  describe(`quality store contract: ${name}`, () => {
    let store: Store;

    beforeEach(async () => {
      resetBuilderIds();
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    const seedDocument = async (count: number, project = buildProject()): Promise<{ document: DocumentRecord; segments: Segment[] }> => {
      if (!(await store.projects.findById(project.id))) await store.projects.create(project);
      const document = buildDocument({ projectId: project.id, segmentCount: count });
      const segments = buildSegments(document, count).map((segment) => ({ ...segment, target: `Cel ${segment.index}` }));
      await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
      return { document, segments };
    };

    describe('LQA annotations', () => {
      it('stores an annotation and reads it back exactly, span and comment included', async () => {
        const { segments } = await seedDocument(1);
        const annotation = buildAnnotation(segments[0], { comment: 'Zgorzelec statt Görlitz?', span: { start: 0, end: 3 }, severity: 'critical' });

        await store.lqaAnnotations.create(annotation);

        expect(await store.lqaAnnotations.findById('lqa-1')).toEqual(annotation);
        expect(await store.lqaAnnotations.findById('lqa-unknown')).toBeNull();
      });

      it('lists a segment’s annotations oldest first, ties by id', async () => {
        const { segments } = await seedDocument(2);
        await store.lqaAnnotations.create(buildAnnotation(segments[0], { id: 'lqa-c', createdAt: minutesAfterNow(2) }));
        await store.lqaAnnotations.create(buildAnnotation(segments[0], { id: 'lqa-b', createdAt: minutesAfterNow(1) }));
        await store.lqaAnnotations.create(buildAnnotation(segments[0], { id: 'lqa-a', createdAt: minutesAfterNow(2) }));
        await store.lqaAnnotations.create(buildAnnotation(segments[1], { id: 'lqa-d' }));

        expect((await store.lqaAnnotations.listBySegment(segments[0].id)).map((a) => a.id)).toEqual(['lqa-b', 'lqa-a', 'lqa-c']);
        expect((await store.lqaAnnotations.listBySegment(segments[1].id)).map((a) => a.id)).toEqual(['lqa-d']);
      });

      it('lists the annotations of the documents asked for only', async () => {
        const first = await seedDocument(1);
        const second = await seedDocument(1);
        const third = await seedDocument(1);
        await store.lqaAnnotations.create(buildAnnotation(first.segments[0], { id: 'lqa-1', createdAt: minutesAfterNow(3) }));
        await store.lqaAnnotations.create(buildAnnotation(second.segments[0], { id: 'lqa-2', createdAt: minutesAfterNow(1) }));
        await store.lqaAnnotations.create(buildAnnotation(third.segments[0], { id: 'lqa-3' }));

        expect((await store.lqaAnnotations.listByDocuments([first.document.id, second.document.id])).map((a) => a.id)).toEqual(['lqa-2', 'lqa-1']);
        expect(await store.lqaAnnotations.listByDocuments([])).toEqual([]);
      });

      it('deletes an annotation once: true, then false', async () => {
        const { segments } = await seedDocument(1);
        await store.lqaAnnotations.create(buildAnnotation(segments[0]));

        expect(await store.lqaAnnotations.delete('lqa-1')).toBe(true);
        expect(await store.lqaAnnotations.delete('lqa-1')).toBe(false);
        expect(await store.lqaAnnotations.listBySegment(segments[0].id)).toEqual([]);
      });

      it('refuses an annotation of a missing segment (NotFound) and a duplicate id (Conflict)', async () => {
        const { segments } = await seedDocument(1);
        await store.lqaAnnotations.create(buildAnnotation(segments[0]));

        expect(await rejectionOf(store.lqaAnnotations.create(buildAnnotation({ ...segments[0], id: 'segment-missing' }, { id: 'lqa-2' })))).toBeInstanceOf(NotFound);
        expect(await rejectionOf(store.lqaAnnotations.create(buildAnnotation(segments[0])))).toBeInstanceOf(Conflict);
      });
    });

    describe('post-edit distances', () => {
      it('stores one record per segment and stage; measuring again replaces it', async () => {
        const { document, segments } = await seedDocument(2);
        const confirmed = buildPostEdit(segments[0]);
        const approved = buildPostEdit(segments[0], { stage: 'approve', actorId: 'reviewer-1', at: minutesAfterNow(5), distance: 6, ratio: 0.15 });
        const tm = buildPostEdit(segments[1], { origin: 'tm', band: '85-94', translatorId: null, distance: 0, ratio: 0, at: minutesAfterNow(1) });
        await store.postEdits.upsert(confirmed);
        await store.postEdits.upsert(approved);
        await store.postEdits.upsert(tm);

        const again = { ...confirmed, distance: 9, ratio: 0.3, at: minutesAfterNow(2) };
        await store.postEdits.upsert(again);

        expect(await store.postEdits.listByDocuments([document.id])).toEqual([tm, again, approved]);
      });

      it('lists the records of the documents asked for only', async () => {
        const first = await seedDocument(1);
        const second = await seedDocument(1);
        await store.postEdits.upsert(buildPostEdit(first.segments[0]));
        await store.postEdits.upsert(buildPostEdit(second.segments[0]));

        expect((await store.postEdits.listByDocuments([second.document.id])).map((r) => r.segmentId)).toEqual([second.segments[0].id]);
        expect(await store.postEdits.listByDocuments([])).toEqual([]);
      });

      it('refuses a record of a missing segment with NotFound', async () => {
        const { segments } = await seedDocument(1);
        expect(await rejectionOf(store.postEdits.upsert(buildPostEdit({ ...segments[0], id: 'segment-missing' })))).toBeInstanceOf(NotFound);
      });
    });
  });
}
