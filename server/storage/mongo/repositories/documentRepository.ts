import type { Connection } from 'mongoose';
import { InvalidInput, NotFound } from '../../../domain/errors';
import type { DocumentRecord } from '../../../domain/documents/types';
import type { Segment, SegmentEvent } from '../../../domain/segments/types';
import { SegmentState } from '../../../domain/workflow/states';
import type { DocumentRepository } from '../../../ports/repositories';
import { guard } from '../errors';
import type { MongoModels } from '../models';
import { fromDocumentDoc, toDocumentDoc, type DocumentDoc } from '../schemas/documents';
import { toSegmentDoc } from '../schemas/segments';
import { toSegmentEventDoc } from '../schemas/segmentEvents';
import { mapInSlices } from '../../../slices';
import { raiseApprovedRevisions, reserveSequence } from './shared';

/** Segments or events per insertMany of a large document: the transaction spans them, the event loop turns between them. */
const INSERT_BATCH = 1000;

export const EVENT_SEQUENCE = 'segmentEvents';

export class MongoDocumentRepository implements DocumentRepository {
  constructor(
    private readonly connection: Connection,
    private readonly models: Pick<MongoModels, 'Project' | 'Document' | 'Segment' | 'SegmentEvent' | 'Counter'>,
  ) {}

  async createWithSegments(document: DocumentRecord, segments: Segment[], events: SegmentEvent[]): Promise<void> {
    const { Project, Document, Segment, SegmentEvent, Counter } = this.models;
    const documentDoc = toDocumentDoc(document);
    const segmentDocs = await mapInSlices(segments, toSegmentDoc);
    await guard('document', async () => {
      const firstSeq = events.length > 0 ? await reserveSequence(Counter, EVENT_SEQUENCE, events.length) : 0;
      const eventDocs = await mapInSlices(events, (event, i) => toSegmentEventDoc(event, firstSeq + i));
      await this.connection.transaction(async (session) => {
        // MongoDB has no foreign keys; like the SQLite store, refuse a document of an unknown project.
        if (!(await Project.exists({ _id: document.projectId }).session(session).exec())) {
          throw new NotFound('project', document.projectId);
        }
        await Document.create([documentDoc], { session });
        for (let i = 0; i < segmentDocs.length; i += INSERT_BATCH) await Segment.insertMany(segmentDocs.slice(i, i + INSERT_BATCH), { session });
        for (let i = 0; i < eventDocs.length; i += INSERT_BATCH) await SegmentEvent.insertMany(eventDocs.slice(i, i + INSERT_BATCH), { session });
      });
      if (segments.some((segment) => segment.state === SegmentState.Approved)) await raiseApprovedRevisions(Counter, [document.projectId]);
    });
  }

  async findById(id: string): Promise<DocumentRecord | null> {
    const doc = await this.models.Document.findById(id).lean<DocumentDoc>().exec();
    return doc ? fromDocumentDoc(doc) : null;
  }

  async listByProjects(projectIds: readonly string[]): Promise<DocumentRecord[]> {
    if (projectIds.length === 0) return [];
    const docs = await this.models.Document.find({ projectId: { $in: [...projectIds] } })
      .sort({ createdAt: 1, _id: 1 })
      .lean<DocumentDoc[]>()
      .exec();
    return docs.map(fromDocumentDoc);
  }

  async addBilledCharacters(id: string, characters: number): Promise<void> {
    await this.addCharacters(id, 'billedCharacters', characters);
  }

  async addSentCharacters(id: string, characters: number): Promise<void> {
    await this.addCharacters(id, 'sentCharacters', characters);
  }

  private async addCharacters(id: string, field: 'billedCharacters' | 'sentCharacters', characters: number): Promise<void> {
    if (!Number.isInteger(characters) || characters < 0) {
      throw new InvalidInput(`${field === 'billedCharacters' ? 'billed' : 'sent'} characters must be a non-negative integer`, { characters });
    }
    const result = await guard('document', () => this.models.Document.updateOne({ _id: id }, { $inc: { [field]: characters } }).exec());
    if (result.matchedCount === 0) throw new NotFound('document', id);
  }
}
