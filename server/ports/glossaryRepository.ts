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
  /** The project's terms, oldest first; terms created at the same time keep the order they were written in. */
  listByProject(projectId: string): Promise<GlossaryTerm[]>;
  /**
   * Makes `terms` (all of `projectId`) the project's whole glossary in one transaction: every other term
   * of the project is removed, these are stored as given, in this order. NotFound (entity `project`)
   * when the project does not exist; on any failure nothing changes.
   */
  replaceAll(projectId: string, terms: readonly GlossaryTerm[]): Promise<void>;
  /** The project's DeepL glossary as last synced, or null when it never was. */
  findDeeplGlossary(projectId: string): Promise<DeeplGlossaryState | null>;
  /** Stores (inserts or replaces) the project's DeepL glossary state. NotFound (entity `project`) without the project. */
  saveDeeplGlossary(state: DeeplGlossaryState): Promise<void>;
}
