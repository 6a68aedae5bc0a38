import type { Model } from 'mongoose';
import { NotFound, VersionConflict } from '../../../domain/errors';
import type { Assignment } from '../../../domain/assignments/types';
import type { AssignmentRepository } from '../../../ports/assignmentRepository';
import { guard } from '../errors';
import { fromAssignmentDoc, toAssignmentDoc, type AssignmentDoc } from '../schemas/assignments';
import type { DocumentDoc } from '../schemas/documents';
import { distinct } from './shared';

const OLDEST_FIRST = { createdAt: 1, _id: 1 } as const;

/** The whole-document assignment first, then by first segment, then oldest first. */
function documentOrder(a: Assignment, b: Assignment): number {
  const firstA = a.range === null ? -1 : a.range.first;
  const firstB = b.range === null ? -1 : b.range.first;
  if (firstA !== firstB) return firstA - firstB;
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
}

export class MongoAssignmentRepository implements AssignmentRepository {
  constructor(
    private readonly assignments: Model<AssignmentDoc>,
    private readonly documents: Model<DocumentDoc>,
  ) {}

  async create(assignment: Assignment): Promise<void> {
    await guard('assignment', async () => {
      if (!(await this.documents.exists({ _id: assignment.documentId }).exec())) throw new NotFound('document', assignment.documentId);
      await this.assignments.create(toAssignmentDoc(assignment));
    });
  }

  async findById(id: string): Promise<Assignment | null> {
    const doc = await this.assignments.findById(id).lean<AssignmentDoc>().exec();
    return doc ? fromAssignmentDoc(doc) : null;
  }

  async update(assignment: Assignment, expectedVersion: number): Promise<void> {
    const { _id, projectId: _p, documentId: _d, createdBy: _b, createdAt: _a, ...fields } = toAssignmentDoc(assignment);
    await guard('assignment', async () => {
      const result = await this.assignments.updateOne({ _id, version: expectedVersion }, { $set: fields }, { runValidators: true }).exec();
      if (result.matchedCount > 0) return;
      const stored = await this.assignments.findById(_id, { version: 1 }).lean<Pick<AssignmentDoc, '_id' | 'version'>>().exec();
      if (!stored) throw new NotFound('assignment', _id);
      throw new VersionConflict(_id, expectedVersion, stored.version);
    });
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.assignments.deleteOne({ _id: id }).exec();
    return result.deletedCount > 0;
  }

  async listByDocument(documentId: string): Promise<Assignment[]> {
    const docs = await this.assignments.find({ documentId }).sort(OLDEST_FIRST).lean<AssignmentDoc[]>().exec();
    return docs.map(fromAssignmentDoc).sort(documentOrder);
  }

  async listForUser(userId: string): Promise<Assignment[]> {
    const docs = await this.assignments.find({ $or: [{ translatorId: userId }, { reviewerId: userId }] }).sort(OLDEST_FIRST).lean<AssignmentDoc[]>().exec();
    return docs.map(fromAssignmentDoc);
  }

  async listByDocuments(documentIds: readonly string[]): Promise<Assignment[]> {
    if (documentIds.length === 0) return [];
    const docs = await this.assignments.find({ documentId: { $in: distinct(documentIds) } }).sort(OLDEST_FIRST).lean<AssignmentDoc[]>().exec();
    return docs.map(fromAssignmentDoc);
  }

  async listDueBefore(at: string): Promise<Assignment[]> {
    const before = new Date(at);
    const docs = await this.assignments
      .find({ $or: [{ translationDue: { $lt: before } }, { reviewDue: { $lt: before } }] })
      .sort(OLDEST_FIRST)
      .lean<AssignmentDoc[]>()
      .exec();
    return docs.map(fromAssignmentDoc);
  }
}
