// What TMX imports share: the scheduler the HTTP layer starts jobs with, and the ids of imported units.
import { createHash } from 'node:crypto';
import type { ImportFiles } from '../../ports/importFiles';

/** Runs TMX imports in the background (runTmxImport.ts). The HTTP layer only starts jobs and reads them. */
export interface TmxImportScheduler {
  /** Where uploaded files wait until their job has read them. */
  readonly files: ImportFiles;
  /** Starts (or resumes) a job without waiting for it. */
  start(jobId: string): void;
  /** Resolves when no job is running (tests and shutdown). */
  idle(): Promise<void>;
  /** Lets running jobs finish their current batch, then leaves them `running` for the next start. */
  stop(): Promise<void>;
}

/**
 * The id of the `ordinal`-th unit (0-based) of an import, in UUID form: the first 80 bits come from a
 * SHA-1 of the job id (version 5 layout), the last 48 are that hash's plus the position. The same unit
 * always gets the same id, so a batch stored again after a restart is recognised and not stored twice;
 * one hash per job keeps a million ids cheap.
 */
export function importedUnitId(jobId: string, ordinal: number): string {
  const base = jobBase(jobId);
  const node = ((base.node + ordinal) % NODE_RANGE).toString(16).padStart(12, '0');
  return `${base.prefix}${node}`;
}

const NODE_RANGE = 2 ** 48;
let cached: { jobId: string; prefix: string; node: number } | null = null;

function jobBase(jobId: string): { prefix: string; node: number } {
  if (cached?.jobId === jobId) return cached;
  const hash = createHash('sha1').update(`nysa-tmx:${jobId}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  cached = { jobId, prefix: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-`, node: parseInt(hex.slice(20, 32), 16) };
  return cached;
}
