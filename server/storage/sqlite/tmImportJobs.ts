import { NotFound } from '../../domain/errors';
import type { JobStatus, TmImportJob } from '../../domain/jobs/types';
import type { TmImportJobRepository } from '../../ports/tmImportJobRepository';
import type { Db } from './database';
import { createJobLeases } from './jobLeases';
import { toDomainError } from './shared';

interface TmImportJobRow {
  id: string;
  project_id: string;
  status: string;
  done: number;
  total: number | null;
  skipped: number;
  bytes_read: number;
  total_bytes: number;
  error_code: string | null;
  error_detail: string | null;
  error_line: number | null;
  error_column: number | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toJob = (row: TmImportJobRow): TmImportJob => ({
  id: row.id,
  projectId: row.project_id,
  status: row.status as JobStatus,
  done: row.done,
  total: row.total,
  skipped: row.skipped,
  bytesRead: row.bytes_read,
  totalBytes: row.total_bytes,
  errorCode: row.error_code,
  errorDetail: row.error_detail,
  errorLine: row.error_line,
  errorColumn: row.error_column,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Named parameters: exactly the job's fields, whatever else the object carries. */
const params = (job: TmImportJob) => ({
  id: job.id,
  projectId: job.projectId,
  status: job.status,
  done: job.done,
  total: job.total,
  skipped: job.skipped,
  bytesRead: job.bytesRead,
  totalBytes: job.totalBytes,
  errorCode: job.errorCode,
  errorDetail: job.errorDetail,
  errorLine: job.errorLine,
  errorColumn: job.errorColumn,
  createdBy: job.createdBy,
  createdAt: job.createdAt,
  updatedAt: job.updatedAt,
});

export function createTmImportJobRepository(db: Db): TmImportJobRepository {
  const insert = db.prepare(
    `INSERT INTO tm_import_jobs (id, project_id, status, done, total, skipped, bytes_read, total_bytes, error_code,
       error_detail, error_line, error_column, created_by, created_at, updated_at)
     VALUES (@id, @projectId, @status, @done, @total, @skipped, @bytesRead, @totalBytes, @errorCode,
       @errorDetail, @errorLine, @errorColumn, @createdBy, @createdAt, @updatedAt)`,
  );
  const replace = db.prepare(
    `UPDATE tm_import_jobs SET project_id = @projectId, status = @status, done = @done, total = @total, skipped = @skipped,
       bytes_read = @bytesRead, total_bytes = @totalBytes, error_code = @errorCode, error_detail = @errorDetail,
       error_line = @errorLine, error_column = @errorColumn, created_by = @createdBy, created_at = @createdAt,
       updated_at = @updatedAt
     WHERE id = @id`,
  );
  const byId = db.prepare<[string], TmImportJobRow>('SELECT * FROM tm_import_jobs WHERE id = ?');
  const unfinished = db.prepare<[], TmImportJobRow>(
    `SELECT * FROM tm_import_jobs WHERE status IN ('queued', 'running') ORDER BY created_at, seq`,
  );

  const store = (job: TmImportJob): number => replace.run(params(job)).changes;

  return {
    ...createJobLeases(db, 'tm_import_jobs', toJob, store),
    async create(job) {
      try {
        insert.run(params(job));
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', job.projectId));
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toJob(row) : null;
    },
    async update(job) {
      try {
        if (store(job) === 0) throw new NotFound('tm_import', job.id);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', job.projectId));
      }
    },
    async listUnfinished() {
      return unfinished.all().map(toJob);
    },
  };
}
