import type { ClientSession, Connection } from 'mongoose';
import { Conflict, NotFound, VersionConflict } from '../../../domain/errors';
import type { DocumentRevision } from '../../../domain/revisions/types';
import type { RemovedSegmentRecord, RevisionRepository, RevisionWrite, SegmentMove } from '../../../ports/revisionRepository';
import { guard } from '../errors';
import type { MongoModels } from '../models';
import type { DocumentDoc } from '../schemas/documents';
import { fromDocumentRevisionDoc, toDocumentRevisionDoc, type DocumentRevisionDoc } from '../schemas/documentRevisions';
import { toDate } from '../schemas/common';
import { toSegmentEventDoc } from '../schemas/segmentEvents';
import { fromSegmentDoc, toSegmentDoc, type SegmentDoc } from '../schemas/segments';
import { EVENT_SEQUENCE } from './documentRepository';
import { raiseApprovedRevisions, reserveSequence } from './shared';

export class MongoRevisionRepository implements RevisionRepository {
  constructor(
    private readonly connection: Connection,
    private readonly models: Pick<MongoModels, 'Document' | 'Segment' | 'SegmentEvent' | 'SegmentQa' | 'DocumentRevision' | 'Counter'>,
  ) {}

  async apply(write: RevisionWrite): Promise<void> {
    const { Document, Segment, SegmentEvent, SegmentQa, DocumentRevision, Counter } = this.models;
    const { document, revision } = write;
    const events = [...write.removals.map((change) => change.event), ...write.changes.map((change) => change.event), ...write.createdEvents];
    await guard('document revision', async () => {
      const firstSeq = events.length > 0 ? await reserveSequence(Counter, EVENT_SEQUENCE, events.length) : 0;
      const eventDocs = events.map((event, i) => toSegmentEventDoc(event, firstSeq + i));
      await this.connection.transaction(async (session) => {
        const stored = await Document.findById(document.id, { revision: 1, segmentCount: 1 })
          .session(session)
          .lean<Pick<DocumentDoc, '_id' | 'revision' | 'segmentCount'>>()
          .exec();
        if (!stored) throw new NotFound('document', document.id);
        // Documents stored before revisions existed have no `revision`: they are at 1 (null matches a missing field).
        const atExpected = write.expectedRevision === 1 ? { $in: [1, null] } : write.expectedRevision;
        const updated = await Document.updateOne(
          { _id: document.id, revision: atExpected },
          { $set: { skeleton: document.skeleton, segmentCount: document.segmentCount, revision: revision.number } },
          { session, runValidators: true },
        ).exec();
        if (updated.matchedCount === 0) {
          const at = stored.revision ?? 1;
          throw new Conflict(`document ${document.id} is at revision ${at}, not ${write.expectedRevision}`, { revision: at }, 'revision_conflict');
        }
        for (const { segment, expectedVersion } of write.removals) {
          const result = await Segment.updateOne(
            { _id: segment.id, version: expectedVersion, removedInRevision: null },
            { $set: { removedInRevision: revision.number, version: segment.version, updatedAt: toDate(segment.updatedAt) } },
            { session },
          ).exec();
          if (result.matchedCount === 0) await this.throwLostUpdate(session, segment.id, expectedVersion);
        }
        for (const { segment, expectedVersion } of write.changes) {
          const { _id, index: _index, ...fields } = toSegmentDoc(segment);
          const result = await Segment.updateOne({ _id, version: expectedVersion, removedInRevision: null }, { $set: fields }, { session, runValidators: true }).exec();
          if (result.matchedCount === 0) await this.throwLostUpdate(session, _id, expectedVersion);
        }
        const offset = (stored.segmentCount ?? 0) + document.segmentCount + 1;
        await this.place(session, [...write.moves, ...write.changes.map((change) => ({ segmentId: change.segment.id, index: change.segment.index }))], offset);
        if (write.created.length > 0) await Segment.insertMany(write.created.map(toSegmentDoc), { session });
        if (eventDocs.length > 0) await SegmentEvent.insertMany(eventDocs, { session });
        if (write.removals.length > 0) await SegmentQa.deleteMany({ _id: { $in: write.removals.map((change) => change.segment.id) } }, { session }).exec();
        await DocumentRevision.create([toDocumentRevisionDoc(revision)], { session });
      });
      // A revision may remove, change or add approved segments: their twins are looked up again.
      await raiseApprovedRevisions(Counter, [document.projectId]);
    });
  }

  /**
   * Puts kept segments at their new indexes. The unique index on (document, index) is checked write by
   * write, so they first move above every index in use (`offset`), then down to where they belong.
   */
  private async place(session: ClientSession, moves: readonly SegmentMove[], offset: number): Promise<void> {
    if (moves.length === 0) return;
    const to = (shift: number) =>
      moves.map(({ segmentId, index }) => ({
        updateOne: { filter: { _id: segmentId, removedInRevision: null }, update: { $set: { index: index + shift } } },
      }));
    await this.models.Segment.bulkWrite(to(offset), { session, ordered: true });
    await this.models.Segment.bulkWrite(to(0), { session, ordered: true });
  }

  /** Explains why a compare-and-set matched nothing. Throwing aborts the transaction. */
  private async throwLostUpdate(session: ClientSession, id: string, expectedVersion: number): Promise<never> {
    const stored = await this.models.Segment.findById(id, { version: 1 }).session(session).lean<Pick<SegmentDoc, '_id' | 'version'>>().exec();
    if (!stored) throw new NotFound('segment', id);
    throw new VersionConflict(id, expectedVersion, stored.version);
  }

  async listByDocument(documentId: string): Promise<DocumentRevision[]> {
    const docs = await this.models.DocumentRevision.find({ documentId }).sort({ number: 1 }).lean<DocumentRevisionDoc[]>().exec();
    return docs.map(fromDocumentRevisionDoc);
  }

  async latest(documentId: string): Promise<DocumentRevision | null> {
    const doc = await this.models.DocumentRevision.findOne({ documentId }).sort({ number: -1 }).lean<DocumentRevisionDoc>().exec();
    return doc ? fromDocumentRevisionDoc(doc) : null;
  }

  async findRemovedSegment(segmentId: string): Promise<RemovedSegmentRecord | null> {
    const doc = await this.models.Segment.findOne({ _id: segmentId, removedInRevision: { $ne: null } }).lean<SegmentDoc>().exec();
    return doc && typeof doc.removedInRevision === 'number' ? { segment: fromSegmentDoc(doc), removedIn: doc.removedInRevision } : null;
  }
}
