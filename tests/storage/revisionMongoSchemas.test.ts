// The MongoDB side of source revisions, checked without a server: the schemas and mappers on models
// compiled on a connection that never opens, and the order of the repository's writes over fake models.
import type { Connection } from 'mongoose';
import { Conflict, VersionConflict } from '../../server/domain/errors';
import type { DocumentRevision } from '../../server/domain/revisions/types';
import { SegmentState } from '../../server/domain/workflow/states';
import type { RevisionWrite } from '../../server/ports/revisionRepository';
import {
  fromDocumentDoc,
  fromDocumentRevisionDoc,
  fromSegmentEventDoc,
  toDocumentDoc,
  toDocumentRevisionDoc,
  toSegmentDoc,
  toSegmentEventDoc,
  type MongoModels,
} from '../../server/storage/mongo';
import { MongoRevisionRepository } from '../../server/storage/mongo/repositories/revisionRepository';
import { buildDocument, buildEvent, buildSegment, FIXED_NOW } from '../support/builders';
import { withOfflineModels, validationErrorsOf as errorsOf } from '../support/offlineMongo';

let models: MongoModels;
withOfflineModels((defined) => (models = defined));

const revision = (overrides: Partial<DocumentRevision> = {}): DocumentRevision => ({
  id: 'revision-1',
  documentId: 'document-1',
  projectId: 'project-1',
  number: 2,
  format: 'markdown',
  createdBy: 'user-editor',
  createdAt: FIXED_NOW,
  counts: { unchanged: 10, changed: 1, new: 1, removed: 1 },
  wordsToReview: 12,
  newWords: 7,
  removedWords: 9,
  segmentCount: 12,
  changed: [{ segmentId: 's1', index: 1, previousSource: 'Am 30. Januar.', source: 'Am 31. Januar.', previousState: SegmentState.Approved }],
  added: ['s9'],
  removed: [{ segmentId: 's2', index: 2, source: 'Weg.', target: null, state: SegmentState.New }],
  analysis: { '101': { segments: 0, words: 0 }, '100': { segments: 1, words: 7 } } as DocumentRevision['analysis'],
  ...overrides,
});

describe('mongo revision schemas', () => {
  test('a revision maps to its document and back unchanged, a null target included', () => {
    const doc = toDocumentRevisionDoc(revision());

    expect(fromDocumentRevisionDoc(doc)).toEqual(revision());
    expect(errorsOf(new models.DocumentRevision(doc))).toBeNull();
    expect(fromDocumentRevisionDoc(new models.DocumentRevision(doc).toObject())).toEqual(revision());
  });

  test('the schema refuses revision number 1 (the submission is not stored), an unknown state and format', () => {
    const doc = toDocumentRevisionDoc(revision({ number: 1, format: 'pdf' as never }));
    (doc.removed[0] as { state: string }).state = 'gone';

    expect(errorsOf(new models.DocumentRevision(doc))).toEqual(['format', 'number', 'removed.0.state']);
  });

  test('revisions are unique per document and number', () => {
    expect(models.DocumentRevision.schema.indexes()).toEqual([[{ documentId: 1, number: 1 }, { unique: true, background: true }]]);
    expect(models.DocumentRevision.collection.collectionName).toBe('documentRevisions');
  });

  test('a document keeps its revision above 1, and one stored without it reads as revision 1', () => {
    const revised = buildDocument({ revision: 3 });
    expect(fromDocumentDoc(toDocumentDoc(revised))).toEqual(revised);
    expect(toDocumentDoc(buildDocument()).revision).toBe(1);
    const { revision: _missing, ...legacy } = toDocumentDoc(buildDocument());
    expect(fromDocumentDoc(legacy)).toEqual(buildDocument({ id: legacy._id }));
  });

  test('a source_revised event keeps its old and new source; other events have none', () => {
    const revisedEvent = buildEvent({ action: 'source_revised', fromSource: 'Alt.', toSource: 'Neu.' });
    const plain = buildEvent();

    expect(fromSegmentEventDoc(toSegmentEventDoc(revisedEvent, 5))).toEqual(revisedEvent);
    expect(fromSegmentEventDoc(new models.SegmentEvent(toSegmentEventDoc(plain, 6)).toObject())).toStrictEqual(plain);
  });
});

describe('MongoRevisionRepository.apply over fake models (no server)', () => {
  interface Call {
    method: string;
    args: unknown[];
  }

  function setup(options: { documentMatched?: number; storedRevision?: number; segmentMatched?: Record<string, number> } = {}) {
    const calls: Call[] = [];
    const query = (method: string, args: unknown[], result: unknown) => {
      calls.push({ method, args });
      const chain = { session: () => chain, sort: () => chain, lean: () => chain, exec: () => Promise.resolve(result) };
      return chain;
    };
    const record = (method: string) => (...args: unknown[]) => {
      calls.push({ method, args });
      return Promise.resolve(args[0]);
    };
    const fake = {
      Counter: { findOneAndUpdate: (filter: unknown) => query('Counter.findOneAndUpdate', [filter], { _id: 'segmentEvents', seq: 103 }) },
      Document: {
        findById: (id: string) => query('Document.findById', [id], { _id: id, revision: options.storedRevision, segmentCount: 3 }),
        updateOne: (filter: unknown, update: unknown) => query('Document.updateOne', [filter, update], { matchedCount: options.documentMatched ?? 1 }),
      },
      Segment: {
        updateOne: (filter: { _id: string }, update: unknown) =>
          query('Segment.updateOne', [filter, update], { matchedCount: options.segmentMatched?.[filter._id] ?? 1 }),
        findById: (id: string) => query('Segment.findById', [id], { _id: id, version: 9 }),
        bulkWrite: record('Segment.bulkWrite'),
        insertMany: record('Segment.insertMany'),
      },
      SegmentEvent: { insertMany: record('SegmentEvent.insertMany') },
      SegmentQa: { deleteMany: (filter: unknown) => query('SegmentQa.deleteMany', [filter], { deletedCount: 1 }) },
      DocumentRevision: { create: record('DocumentRevision.create') },
    };
    const transaction = { transaction: async (fn: (session: unknown) => Promise<unknown>) => fn('SESSION') };
    return { calls, repository: new MongoRevisionRepository(transaction as unknown as Connection, fake as unknown as MongoModels) };
  }

  const write = (): RevisionWrite => {
    const document = buildDocument({ id: 'd1', segmentCount: 3, revision: 2 });
    const kept = buildSegment({ id: 's1', documentId: 'd1', index: 1, version: 4, source: 'Neu.' });
    const gone = buildSegment({ id: 's2', documentId: 'd1', index: 2, version: 2 });
    const added = buildSegment({ id: 's9', documentId: 'd1', index: 2 });
    return {
      document,
      expectedRevision: 1,
      revision: revision({ documentId: 'd1' }),
      moves: [{ segmentId: 's0', index: 0 }],
      changes: [{ segment: kept, expectedVersion: 3, event: buildEvent({ id: 'e1', segmentId: 's1' }) }],
      removals: [{ segment: gone, expectedVersion: 1, event: buildEvent({ id: 'e2', segmentId: 's2' }) }],
      created: [added],
      createdEvents: [buildEvent({ id: 'e3', segmentId: 's9' })],
    };
  };

  test('compares the document revision (a missing one is 1), removes, revises, places in two steps, inserts, drops QA, records', async () => {
    const { calls, repository } = setup();
    const revisionWrite = write();

    await repository.apply(revisionWrite);

    const { _id, index: _index, ...revisedFields } = toSegmentDoc(revisionWrite.changes[0].segment);
    const offset = 3 + 3 + 1;
    expect(calls.map((call) => call.method)).toEqual([
      'Counter.findOneAndUpdate',
      'Document.findById',
      'Document.updateOne',
      'Segment.updateOne',
      'Segment.updateOne',
      'Segment.bulkWrite',
      'Segment.bulkWrite',
      'Segment.insertMany',
      'SegmentEvent.insertMany',
      'SegmentQa.deleteMany',
      'DocumentRevision.create',
      'Counter.findOneAndUpdate',
    ]);
    expect(calls[0].args).toEqual([{ _id: 'segmentEvents' }]);
    expect(calls[2].args).toEqual([{ _id: 'd1', revision: { $in: [1, null] } }, { $set: { skeleton: '', segmentCount: 3, revision: 2 } }]);
    expect(calls[3].args).toEqual([
      { _id: 's2', version: 1, removedInRevision: null },
      { $set: { removedInRevision: 2, version: 2, updatedAt: new Date(FIXED_NOW) } },
    ]);
    expect(calls[4].args).toEqual([{ _id: 's1', version: 3, removedInRevision: null }, { $set: revisedFields }]);
    const placed = (shift: number) => [
      { updateOne: { filter: { _id: 's0', removedInRevision: null }, update: { $set: { index: 0 + shift } } } },
      { updateOne: { filter: { _id: 's1', removedInRevision: null }, update: { $set: { index: 1 + shift } } } },
    ];
    expect(calls[5].args[0]).toEqual(placed(offset));
    expect(calls[6].args[0]).toEqual(placed(0));
    // Events in one sequence: removals, changes, then the new segments' events (seq 101–103).
    expect((calls[8].args[0] as { _id: string; seq: number }[]).map((doc) => [doc._id, doc.seq])).toEqual([
      ['e2', 101],
      ['e1', 102],
      ['e3', 103],
    ]);
    expect(calls[9].args).toEqual([{ _id: { $in: ['s2'] } }]);
    expect(calls[10].args[0]).toEqual([toDocumentRevisionDoc(revision({ documentId: 'd1' }))]);
    // After the transaction: the project's approved twins are looked up again (SegmentRepository.approvedRevision).
    expect(calls[11].args).toEqual([{ _id: 'approvedRevision:project-1' }]);
  });

  test('a document at another revision is Conflict revision_conflict before any segment is touched', async () => {
    const { calls, repository } = setup({ documentMatched: 0, storedRevision: 2 });

    const error = await repository.apply(write()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Conflict);
    expect(error).toMatchObject({ code: 'revision_conflict', details: { revision: 2 } });
    expect(calls.some((call) => call.method.startsWith('Segment.'))).toBe(false);
  });

  test('a changed segment at another version is VersionConflict with the stored version', async () => {
    const { repository } = setup({ segmentMatched: { s1: 0 } });

    const error = await repository.apply(write()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(VersionConflict);
    expect(error).toMatchObject({ segmentId: 's1', expectedVersion: 3, actualVersion: 9 });
  });

  test('expects a stored revision number exactly once the document was revised', async () => {
    const { calls, repository } = setup();

    await repository.apply({ ...write(), expectedRevision: 2, revision: revision({ number: 3 }) });

    expect(calls[2].args[0]).toEqual({ _id: 'd1', revision: 2 });
  });
});
