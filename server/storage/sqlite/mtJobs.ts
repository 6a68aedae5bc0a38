import { NotFound } from '../../domain/errors';
import type { JobStatus, MtJob, MtJobPhase } from '../../domain/jobs/types';
import type { MtJobRepository } from '../../ports/repositories';
import type { Db } from './database';
import { createJobLeases } from './jobLeases';
import { toDomainError } from './shared';

interface MtJobRow {
  id: string;
  document_id: string;
  project_id: string;
  status: string;
  done: number;
  total: number;
  billed_characters: number;
  sent_characters: number;
  phase: string | null;
  attempt: number;
  waiting_since: string | null;
  retry_at: string | null;
  last_error_code: string | null;
  skipped: number;
  error_code: string | null;
  error_detail: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toJob = (row: MtJobRow): MtJob => ({
  id: row.id,
  documentId: row.document_id,
  projectId: row.project_id,
  status: row.status as JobStatus,
  done: row.done,
  total: row.total,
  billedCharacters: row.billed_characters,
  sentCharacters: row.sent_characters,
  phase: row.phase as MtJobPhase | null,
  attempt: row.attempt,
  waitingSince: row.waiting_since,
  retryAt: row.retry_at,
  lastErrorCode: row.last_error_code,
  skipped: row.skipped,
  errorCode: row.error_code,
  errorDetail: row.error_detail,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createMtJobRepository(db: Db): MtJobRepository {
  const insert = db.prepare(
    `INSERT INTO mt_jobs (id, document_id, project_id, status, done, total, billed_characters, sent_characters,
       phase, attempt, waiting_since, retry_at, last_error_code, skipped, error_code, error_detail, created_by,
       created_at, updated_at)
     VALUES (@id, @documentId, @projectId, @status, @done, @total, @billedCharacters, @sentCharacters, @phase,
       @attempt, @waitingSince, @retryAt, @lastErrorCode, @skipped, @errorCode, @errorDetail, @createdBy,
       @createdAt, @updatedAt)`,
  );
  const replace = db.prepare(
    `UPDATE mt_jobs SET document_id = @documentId, project_id = @projectId, status = @status, done = @done,
       total = @total, billed_characters = @billedCharacters, sent_characters = @sentCharacters, phase = @phase,
       attempt = @attempt, waiting_since = @waitingSince, retry_at = @retryAt, last_error_code = @lastErrorCode,
       skipped = @skipped, error_code = @errorCode, error_detail = @errorDetail,
       created_by = @createdBy, created_at = @createdAt, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const byId = db.prepare<[string], MtJobRow>('SELECT * FROM mt_jobs WHERE id = ?');
  const latest = db.prepare<[string], MtJobRow>(
    'SELECT * FROM mt_jobs WHERE document_id = ? ORDER BY created_at DESC, seq DESC LIMIT 1',
  );
  const unfinished = db.prepare<[], MtJobRow>(
    `SELECT * FROM mt_jobs WHERE status IN ('queued', 'running') ORDER BY created_at, seq`,
  );

  const store = (job: MtJob): number => replace.run(job).changes;

  return {
    ...createJobLeases(db, 'mt_jobs', toJob, store),
    async create(job) {
      try {
        insert.run(job);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('document', job.documentId));
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toJob(row) : null;
    },
    async update(job) {
      try {
        if (store(job) === 0) throw new NotFound('mt job', job.id);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('document', job.documentId));
      }
    },
    async latestForDocument(documentId) {
      const row = latest.get(documentId);
      return row ? toJob(row) : null;
    },
    async listUnfinished() {
      return unfinished.all().map(toJob);
    },
  };
}
