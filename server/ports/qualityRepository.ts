// Measured quality: LQA annotations and post-edit distances (server/domain/quality/types.ts). Both
// adapters implement these and pass the contract in tests/storage/qualityContract.ts.
import type { LqaAnnotation, PostEditRecord } from '../domain/quality/types';

export interface LqaAnnotationRepository {
  /** The segment must exist (NotFound `segment`); a duplicate id is Conflict. */
  create(annotation: LqaAnnotation): Promise<void>;
  findById(id: string): Promise<LqaAnnotation | null>;
  /** Returns whether it was there. */
  delete(id: string): Promise<boolean>;
  /** A segment's annotations, oldest first (ties by id). */
  listBySegment(segmentId: string): Promise<LqaAnnotation[]>;
  /** The annotations of these documents, oldest first (ties by id). */
  listByDocuments(documentIds: readonly string[]): Promise<LqaAnnotation[]>;
}

export interface PostEditRepository {
  /** Stores the record in place of the segment's record of the same stage. The segment must exist (NotFound `segment`). */
  upsert(record: PostEditRecord): Promise<void>;
  /** The records of these documents, oldest first (ties by segment id, then stage). */
  listByDocuments(documentIds: readonly string[]): Promise<PostEditRecord[]>;
}
