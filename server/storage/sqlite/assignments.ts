// Assignments of documents and segment ranges (table assignments, migration 010).
import { Conflict, NotFound, VersionConflict } from '../../domain/errors';
import type { Assignment } from '../../domain/assignments/types';
import type { AssignmentRepository } from '../../ports/assignmentRepository';
import type { Db } from './database';
import { isForeignKeyViolation, isUniqueViolation, jsonList } from './shared';

interface AssignmentRow {
  id: string;
  project_id: string;
  document_id: string;
  first_index: number | null;
  last_index: number | null;
  translator_id: string | null;
  reviewer_id: string | null;
  translation_due: string | null;
  review_due: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: number;
}

const toAssignment = (row: AssignmentRow): Assignment => ({
  id: row.id,
  projectId: row.project_id,
  documentId: row.document_id,
  range: row.first_index === null || row.last_index === null ? null : { first: row.first_index, last: row.last_index },
  translatorId: row.translator_id,
  reviewerId: row.reviewer_id,
  translationDue: row.translation_due,
  reviewDue: row.review_due,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

const assignmentParams = ({ range, ...assignment }: Assignment) => ({
  ...assignment,
  firstIndex: range?.first ?? null,
  lastIndex: range?.last ?? null,
});

const OLDEST_FIRST = 'ORDER BY created_at, id';

export function createAssignmentRepository(db: Db): AssignmentRepository {
  const insert = db.prepare(
    `INSERT INTO assignments (id, project_id, document_id, first_index, last_index, translator_id, reviewer_id, translation_due,
       review_due, created_by, created_at, updated_at, version)
     VALUES (@id, @projectId, @documentId, @firstIndex, @lastIndex, @translatorId, @reviewerId, @translationDue,
       @reviewDue, @createdBy, @createdAt, @updatedAt, @version)`,
  );
  const replace = db.prepare(
    `UPDATE assignments SET first_index = @firstIndex, last_index = @lastIndex, translator_id = @translatorId, reviewer_id = @reviewerId,
       translation_due = @translationDue, review_due = @reviewDue, updated_at = @updatedAt, version = @version
     WHERE id = @id AND version = @expectedVersion`,
  );
  const byId = db.prepare<[string], AssignmentRow>('SELECT * FROM assignments WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM assignments WHERE id = ?');
  // A whole-document assignment (NULL first index) sorts before the ranges.
  const byDocument = db.prepare<[string], AssignmentRow>(
    'SELECT * FROM assignments WHERE document_id = ? ORDER BY first_index IS NOT NULL, first_index, created_at, seq',
  );
  const byDocuments = db.prepare<[string], AssignmentRow>(`SELECT * FROM assignments WHERE document_id IN (SELECT value FROM json_each(?)) ${OLDEST_FIRST}`);
  const forUser = db.prepare<[string, string], AssignmentRow>(`SELECT * FROM assignments WHERE translator_id = ? OR reviewer_id = ? ${OLDEST_FIRST}`);
  const dueBefore = db.prepare<[string, string], AssignmentRow>(`SELECT * FROM assignments WHERE translation_due < ? OR review_due < ? ${OLDEST_FIRST}`);

  return {
    async create(assignment) {
      try {
        insert.run(assignmentParams(assignment));
      } catch (error) {
        if (isForeignKeyViolation(error)) throw new NotFound('document', assignment.documentId);
        if (isUniqueViolation(error)) throw new Conflict('assignment already exists', { entity: 'assignment' });
        throw error;
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toAssignment(row) : null;
    },
    async update(assignment, expectedVersion) {
      if (replace.run({ ...assignmentParams(assignment), expectedVersion }).changes > 0) return;
      const stored = byId.get(assignment.id);
      if (!stored) throw new NotFound('assignment', assignment.id);
      throw new VersionConflict(assignment.id, expectedVersion, stored.version);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async listByDocument(documentId) {
      return byDocument.all(documentId).map(toAssignment);
    },
    async listForUser(userId) {
      return forUser.all(userId, userId).map(toAssignment);
    },
    async listByDocuments(documentIds) {
      if (documentIds.length === 0) return [];
      return byDocuments.all(jsonList(documentIds)).map(toAssignment);
    },
    async listDueBefore(at) {
      return dueBefore.all(at, at).map(toAssignment);
    },
  };
}
