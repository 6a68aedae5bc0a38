// The stored QA results of segments (server/domain/qa/results.ts). Both adapters implement it and pass
// the contract in tests/storage/qaContract.ts.
import type { DocumentQaSummary, QaResult } from '../domain/qa/results';

export interface QaResultRepository {
  /**
   * Stores each result in place of the segment's previous one, unless the stored one checked a newer
   * segment version (a late write of an older check never wins). The segments must exist (NotFound).
   */
  upsertMany(results: readonly QaResult[]): Promise<void>;
  findBySegment(segmentId: string): Promise<QaResult | null>;
  /** In the order of the ids asked for; segments without a result are skipped. */
  findBySegments(segmentIds: readonly string[]): Promise<QaResult[]>;
  /** Issue counts per document, one entry per id asked for, in that order (zeros when nothing is stored). */
  summarizeByDocuments(documentIds: readonly string[]): Promise<DocumentQaSummary[]>;
}
