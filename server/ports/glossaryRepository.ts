// What the glossary commands need from storage: a project's terms and the state of its DeepL glossary.
// Both adapters implement it and pass tests/storage/glossaryContract.ts.
import type { DeeplGlossaryState, GlossaryTerm } from '../domain/glossary/types';

export interface GlossaryRepository {
  /** Throws NotFound (entity `project`) when the project does not exist, Conflict when the id is taken. */
  create(term: GlossaryTerm): Promise<void>;
  /**
   * Replaces the stored term (its project and creation stay). With `expectedVersion`, only if the stored
   * version still equals it; otherwise nothing is written and VersionConflict is thrown with the stored
   * version. NotFound (entity `glossary_term`) when it does not exist.
   */
  update(term: GlossaryTerm, expectedVersion?: number): Promise<void>;
  /** Removes the term; false when there was none. */
  delete(id: string): Promise<boolean>;
  findById(id: string): Promise<GlossaryTerm | null>;
  /**
   * The project's terms, oldest first; terms created at the same time keep the order they were written in.
   * A large glossary is read in pages with the event loop turning between them, so a list read while an
   * import writes may hold part of the import (as a read between its batches would).
   */
  listByProject(projectId: string): Promise<GlossaryTerm[]>;
  /**
   * One batch of an import, in one transaction: each of `put` (all of `projectId`) is stored as given,
   * replacing the stored term with its id in place or, when there is none, added after every other term,
   * in order; the project's terms with the ids in `remove` are deleted. NotFound (entity `project`) when
   * the project does not exist; on any failure nothing of the batch changes.
   */
  writeBatch(projectId: string, batch: { put: readonly GlossaryTerm[]; remove: readonly string[] }): Promise<void>;
  /**
   * A number that changes whenever a term of the project is created, changed or deleted (0 while it never
   * had one): what a cache of the project's terms compares before it reads them again.
   */
  revision(projectId: string): Promise<number>;
  /** The project's DeepL glossary as last synced, or null when it never was. */
  findDeeplGlossary(projectId: string): Promise<DeeplGlossaryState | null>;
  /** Stores (inserts or replaces) the project's DeepL glossary state. NotFound (entity `project`) without the project. */
  saveDeeplGlossary(state: DeeplGlossaryState): Promise<void>;
}
