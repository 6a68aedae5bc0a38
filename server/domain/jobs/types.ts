// Background jobs: machine translation of a document, TMX imports. Plain data: no methods, no driver
// types. Both stores return exactly these.
import type { Timestamp } from '../common';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * What a running MT job is doing: `requesting` — a request is out and unanswered since `waitingSince`;
 * `retrying` — the last request failed (`lastErrorCode`) and the job waits until `retryAt` to send it
 * again (attempt `attempt`). Null when the job is not running.
 */
export const MT_JOB_PHASES = ['requesting', 'retrying'] as const;
export type MtJobPhase = (typeof MT_JOB_PHASES)[number];

/** A job with no request out and nothing to wait for (between batches, and once it ended). */
export const MT_JOB_IDLE = { phase: null, attempt: 0, waitingSince: null, retryAt: null, lastErrorCode: null } as const;

export interface MtJob {
  id: string;
  documentId: string;
  projectId: string;
  status: JobStatus;
  done: number;
  total: number;
  /** DeepL characters of the answered requests (what DeepL reported as billed). */
  billedCharacters: number;
  /**
   * Characters of every text sent to DeepL, answered or not, counted before each request. A request
   * whose answer was lost (a timeout, a crash) may still be billed by DeepL: sent − billed is the
   * possible extra cost.
   */
  sentCharacters: number;
  phase: MtJobPhase | null;
  /** Failed attempts at the current request (0 while the first one is out). */
  attempt: number;
  waitingSince: Timestamp | null;
  retryAt: Timestamp | null;
  /** Why the last attempt failed (mt_unavailable, mt_rate_limited, mt_timeout …), while retrying. */
  lastErrorCode: string | null;
  /** Segments left untranslated because their text alone is larger than a DeepL request may be. */
  skipped: number;
  /** Why the job failed: a stable code (mt_quota_exceeded, mt_auth_failed, mt_unavailable) and a detail. */
  errorCode: string | null;
  errorDetail: string | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/**
 * A TMX file being imported into a project's translation memory, in the background. The file is read
 * twice: a check (nothing is stored from a file that is not valid TMX), then the import in batches.
 * `done` counts the units stored, so a job resumed after a restart skips that many units.
 */
export interface TmImportJob {
  id: string;
  projectId: string;
  status: JobStatus;
  /** Units stored so far. */
  done: number;
  /** Units the file holds (German and Polish), known once the check has read the whole file; null before. */
  total: number | null;
  /** Translation units left out: no German or no Polish variant, or an empty segment. */
  skipped: number;
  /** Bytes of the file read by the current pass (check, then import), and the file's size. */
  bytesRead: number;
  totalBytes: number;
  /** Why the job failed: a stable code (invalid_tmx, tmx_file_missing) and a detail. */
  errorCode: string | null;
  errorDetail: string | null;
  /** Where an invalid_tmx error is: 1-based line, column as the XML parser counts it. */
  errorLine: number | null;
  errorColumn: number | null;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
