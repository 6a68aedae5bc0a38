// What the assignment commands need from storage: who translates and reviews which segments of a
// document, by when. Both adapters implement it and pass tests/storage/collaborationContract.ts.
import type { Assignment } from '../domain/assignments/types';

export interface AssignmentRepository {
  /** Throws NotFound (entity `document`) when the document does not exist, Conflict when the id is taken. */
  create(assignment: Assignment): Promise<void>;
  findById(id: string): Promise<Assignment | null>;
  /**
   * Replaces the stored assignment (its project, document and creation stay) if its version still equals
   * `expectedVersion`; otherwise writes nothing and throws VersionConflict with the stored version.
   * NotFound (entity `assignment`) when it does not exist.
   */
  update(assignment: Assignment, expectedVersion: number): Promise<void>;
  /** Removes the assignment; false when there was none. */
  delete(id: string): Promise<boolean>;
  /** The document's assignments: the whole-document one first, then by first segment, then oldest first. */
  listByDocument(documentId: string): Promise<Assignment[]>;
  /** Assignments in which the user translates or reviews, oldest first (ties by id). */
  listForUser(userId: string): Promise<Assignment[]>;
  /** Assignments of these documents, oldest first (ties by id). */
  listByDocuments(documentIds: readonly string[]): Promise<Assignment[]>;
  /** Assignments with a step due before `at` (ISO), oldest first (ties by id): what the overdue check looks at. */
  listDueBefore(at: string): Promise<Assignment[]>;
}
