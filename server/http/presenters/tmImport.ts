// The JSON shape of a TMX import job.
import type { TmImportJob } from '../../domain/jobs/types';
import type { Translate } from './translate';

/** Where the job is: waiting, checking the whole file, storing units, or finished. */
const stageOf = (job: TmImportJob): 'queued' | 'checking' | 'importing' | 'done' | 'failed' =>
  job.status === 'running' ? (job.total === null ? 'checking' : 'importing') : job.status;

export const presentTmImportJob = (job: TmImportJob, t: Translate) => {
  const at = job.errorLine !== null && job.errorColumn !== null ? { line: job.errorLine, column: job.errorColumn } : null;
  return {
    id: job.id,
    projectId: job.projectId,
    status: job.status,
    stage: stageOf(job),
    /** Units stored so far; `total` is the number of units in the file, once it has been checked. */
    done: job.done,
    total: job.total,
    skipped: job.skipped,
    bytesRead: job.bytesRead,
    totalBytes: job.totalBytes,
    errorCode: job.errorCode,
    error: job.errorCode
      ? { code: job.errorCode, message: t(job.errorCode, at ?? {}), detail: job.errorDetail, line: at?.line ?? null, column: at?.column ?? null }
      : null,
    createdBy: job.createdBy,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
};
