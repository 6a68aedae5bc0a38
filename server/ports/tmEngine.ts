// Where the translation memory held in memory (domain/tm/memory.ts) lives. The service that keeps it
// caught up with the store (commands/tm/tmService.ts) talks to it only through this: in the server it
// is a worker thread (server/workers/tmWorkerEngine.ts), so that building it, loading it from disk and
// answering lookups never hold the event loop, and it is saved to disk so that a restart does not build
// it again; in tests and scripts it is the same memory inline (commands/tm/tmEngine.ts), never saved.
// Messages are handled in the order sent: a lookup sent after an apply sees what it applied.
import type { ConcordanceQuery } from '../domain/tm/concordance';
import type { TmLookupOptions } from '../domain/tm/tmIndex';
import type { ConcordanceLanguage, ConcordanceResult, MemoryMatch, MemoryQuery } from '../domain/tm/memory';
import type { TmUnitChange } from '../domain/tm/types';

/** What a saved memory covers: the store it came from and its revision cursor (commands/tm/tmService.ts). */
export interface TmSnapshotMark {
  storeId: string;
  /** Every revision up to the cursor is in the memory. */
  cursor: number;
  /** The highest revision in the memory. */
  maxSeen: number;
}

export interface TmEngine {
  apply(changes: readonly TmUnitChange[]): Promise<void>;
  /** Puts each project into a scope (`shared` or `project:<id>`), moving its units. */
  assign(assignments: readonly (readonly [projectId: string, scope: string])[]): Promise<void>;
  /** Units in a scope's index. */
  scopeSize(scope: string): Promise<number>;
  /** Matches for each query, best first (TranslationMemory.lookupAll). */
  lookup(scope: string, queries: readonly MemoryQuery[], options: TmLookupOptions): Promise<MemoryMatch[][]>;
  search(scope: string, query: ConcordanceQuery, lang: ConcordanceLanguage, offset: number, limit: number): Promise<ConcordanceResult>;
  /**
   * Loads the memory saved last when it was saved from store `storeId` and covers no revision above
   * `revision` (the store's highest): then returns what it covers and the memory is as saved. Otherwise
   * (nothing saved, another or an older store, an unreadable file) returns null and changes nothing.
   */
  restore(storeId: string, revision: number): Promise<TmSnapshotMark | null>;
  /** Saves the memory as it is, marked with what it covers; false where memories are not saved. */
  save(mark: TmSnapshotMark): Promise<boolean>;
  /** Whether save() keeps anything. */
  readonly saves: boolean;
  /** Counts how often the memory was lost (the thread holding it died): the service then starts over. */
  readonly generation: number;
  close(): Promise<void>;
}
