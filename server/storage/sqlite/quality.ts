// LQA annotations and post-edit distances (tables lqa_annotations and post_edits, migration 015).
import { NotFound } from '../../domain/errors';
import type { LqaAnnotation, LqaSeverity, PostEditRecord, PostEditStage, ProposalOrigin } from '../../domain/quality/types';
import type { TmBand } from '../../domain/tm/score';
import type { LqaAnnotationRepository, PostEditRepository } from '../../ports/qualityRepository';
import type { Db } from './database';
import { jsonList, toDomainError } from './shared';

interface AnnotationRow {
  id: string;
  segment_id: string;
  document_id: string;
  project_id: string;
  category: string;
  severity: LqaSeverity;
  comment: string | null;
  span_start: number | null;
  span_end: number | null;
  segment_version: number;
  target: string | null;
  author_id: string;
  created_at: string;
}

interface PostEditRow {
  segment_id: string;
  stage: PostEditStage;
  document_id: string;
  project_id: string;
  origin: ProposalOrigin;
  band: TmBand | null;
  translator_id: string | null;
  actor_id: string;
  distance: number;
  ratio: number;
  words: number;
  at: string;
}

const toAnnotation = (row: AnnotationRow): LqaAnnotation => ({
  id: row.id,
  segmentId: row.segment_id,
  documentId: row.document_id,
  projectId: row.project_id,
  category: row.category,
  severity: row.severity,
  comment: row.comment,
  span: row.span_start === null || row.span_end === null ? null : { start: row.span_start, end: row.span_end },
  segmentVersion: row.segment_version,
  target: row.target,
  authorId: row.author_id,
  createdAt: row.created_at,
});

const toPostEdit = (row: PostEditRow): PostEditRecord => ({
  segmentId: row.segment_id,
  documentId: row.document_id,
  projectId: row.project_id,
  stage: row.stage,
  origin: row.origin,
  band: row.band,
  translatorId: row.translator_id,
  actorId: row.actor_id,
  distance: row.distance,
  ratio: row.ratio,
  words: row.words,
  at: row.at,
});

export function createLqaAnnotationRepository(db: Db): LqaAnnotationRepository {
  const insert = db.prepare(
    `INSERT INTO lqa_annotations (id, segment_id, document_id, project_id, category, severity, comment, span_start, span_end, segment_version, target, author_id, created_at)
     VALUES (@id, @segmentId, @documentId, @projectId, @category, @severity, @comment, @spanStart, @spanEnd, @segmentVersion, @target, @authorId, @createdAt)`,
  );
  const byId = db.prepare<[string], AnnotationRow>('SELECT * FROM lqa_annotations WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM lqa_annotations WHERE id = ?');
  const bySegment = db.prepare<[string], AnnotationRow>('SELECT * FROM lqa_annotations WHERE segment_id = ? ORDER BY created_at, id');
  const byDocuments = db.prepare<[string], AnnotationRow>(
    'SELECT * FROM lqa_annotations WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id',
  );
  return {
    async create(annotation) {
      try {
        insert.run({ ...annotation, spanStart: annotation.span?.start ?? null, spanEnd: annotation.span?.end ?? null });
      } catch (error) {
        throw toDomainError(error, () => new NotFound('segment'));
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toAnnotation(row) : null;
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async listBySegment(segmentId) {
      return bySegment.all(segmentId).map(toAnnotation);
    },
    async listByDocuments(documentIds) {
      if (documentIds.length === 0) return [];
      return byDocuments.all(jsonList(documentIds)).map(toAnnotation);
    },
  };
}

export function createPostEditRepository(db: Db): PostEditRepository {
  const upsert = db.prepare(
    `INSERT INTO post_edits (segment_id, stage, document_id, project_id, origin, band, translator_id, actor_id, distance, ratio, words, at)
     VALUES (@segmentId, @stage, @documentId, @projectId, @origin, @band, @translatorId, @actorId, @distance, @ratio, @words, @at)
     ON CONFLICT (segment_id, stage) DO UPDATE SET
       document_id = excluded.document_id, project_id = excluded.project_id, origin = excluded.origin, band = excluded.band,
       translator_id = excluded.translator_id, actor_id = excluded.actor_id, distance = excluded.distance,
       ratio = excluded.ratio, words = excluded.words, at = excluded.at`,
  );
  const byDocuments = db.prepare<[string], PostEditRow>(
    'SELECT * FROM post_edits WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY at, segment_id, stage',
  );
  return {
    async upsert(record) {
      try {
        upsert.run(record);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('segment'));
      }
    },
    async listByDocuments(documentIds) {
      if (documentIds.length === 0) return [];
      return byDocuments.all(jsonList(documentIds)).map(toPostEdit);
    },
  };
}
