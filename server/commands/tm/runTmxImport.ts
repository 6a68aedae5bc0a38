// Runs TMX imports in the background. A job reads its file twice, as a stream: first a check that the
// whole file is well-formed TMX (so a file broken at its end stores nothing, and fixing and uploading
// it again gives no duplicates), which also counts the units; then the import, storing units in
// batches and saving progress after each. A job interrupted by a restart is resumed by reading the file
// again and skipping the units already stored; unit ids are derived from the job and the unit's
// position (importedUnitId), so a batch stored just before a crash is not stored twice.
import { TmxError, TmxReader, type TmxReadSummary, type TmxUnit } from '../../domain/formats/tmx';
import type { TmImportJob } from '../../domain/jobs/types';
import type { TmUnit } from '../../domain/tm/types';
import type { ImportFiles } from '../../ports/importFiles';
import { yieldToEventLoop } from '../../slices';
import { nowIso, type CommandContext } from '../context';
import { JobPool, leaseSettingsOf, type JobControl } from '../jobs/jobPool';
import { tmServiceOf } from './tmServiceOf';
import { importedUnitId, type TmxImportScheduler } from './tmxImports';
import { emitWebhookEvent } from '../webhooks/emit';

export interface TmxImportRunnerOptions {
  /** Units stored per transaction; default 1,000. */
  batchSize?: number;
  /** Called after each stored batch with the job as saved (tests stop a job at a known point). */
  afterBatch?: (job: TmImportJob) => Promise<void> | void;
}

export const DEFAULT_TMX_BATCH_SIZE = 1000;
/**
 * Bytes of the file parsed at a time, the event loop turning in between: a chunk of the file as read
 * (256 KiB) parsed at once, with the batches it completed stored after it, held the loop for up to
 * 100 ms on a quiet machine.
 */
const PARSE_SLICE_BYTES = 32 * 1024;
/** How often the check pass saves its progress, in bytes read. */
const CHECK_PROGRESS_BYTES = 8 * 1024 * 1024;

/** The background TMX imports of this instance: claimed under a lease, resumed after a restart (commands/jobs/jobPool.ts). */
export class TmxImportRunner extends JobPool<TmImportJob> implements TmxImportScheduler {
  constructor(
    ctx: CommandContext,
    readonly files: ImportFiles,
    options: TmxImportRunnerOptions = {},
  ) {
    super(
      'TMX import',
      (jobId, control) =>
        runTmxImport(ctx, files, jobId, {
          ...control,
          batchSize: options.batchSize ?? DEFAULT_TMX_BATCH_SIZE,
          afterBatch: options.afterBatch,
        }),
      ctx.store.tmImportJobs,
      ctx.clock,
      leaseSettingsOf(ctx.config),
    );
  }
}

interface RunControl extends JobControl<TmImportJob> {
  batchSize: number;
  afterBatch?: (job: TmImportJob) => Promise<void> | void;
}

/** Reads the job's file once; `afterChunk` returns false to stop early. */
async function readPass(
  files: ImportFiles,
  jobId: string,
  onUnit: (unit: TmxUnit) => void,
  afterChunk: (bytesRead: number) => Promise<boolean>,
): Promise<TmxReadSummary | 'missing' | 'stopped'> {
  const chunks = await files.open(jobId);
  if (!chunks) return 'missing';
  const reader = new TmxReader(onUnit);
  let bytesRead = 0;
  for await (const chunk of chunks) {
    for (let at = 0; at < chunk.length; at += PARSE_SLICE_BYTES) {
      const slice = chunk.subarray(at, at + PARSE_SLICE_BYTES);
      bytesRead += slice.length;
      reader.write(slice);
      if (!(await afterChunk(bytesRead))) return 'stopped';
      await yieldToEventLoop();
    }
  }
  return reader.end();
}

export async function runTmxImport(ctx: CommandContext, files: ImportFiles, jobId: string, control: RunControl): Promise<void> {
  const stored = await ctx.store.tmImportJobs.findById(jobId);
  if (!stored || stored.status === 'done' || stored.status === 'failed') return;
  let job: TmImportJob = stored;
  const save = async (patch: Partial<TmImportJob>) => {
    job = { ...job, ...patch, updatedAt: nowIso(ctx) };
    await control.save(job); // under the lease: LeaseLost once another instance has taken the import over
  };
  const finish = async (patch: Partial<TmImportJob>) => {
    await save(patch);
    await files.remove(job.id);
    await emitWebhookEvent(ctx, {
      event: 'tm.import.finished',
      projectId: job.projectId,
      data: { importId: job.id, status: job.status, units: job.done, skipped: job.skipped, errorCode: job.errorCode },
    });
  };
  const missing = () =>
    finish({ status: 'failed', errorCode: 'tmx_file_missing', errorDetail: 'the uploaded file is no longer on the server' });

  await save({ status: 'running' });
  if (!(await ctx.store.projects.findById(job.projectId))) {
    return finish({ status: 'failed', errorCode: 'not_found', errorDetail: 'the project no longer exists' });
  }

  try {
    if (job.total === null) {
      let savedAt = 0;
      const checked = await readPass(files, job.id, () => {}, async (bytesRead) => {
        if (control.shouldStop()) return false;
        if (bytesRead - savedAt >= CHECK_PROGRESS_BYTES) {
          savedAt = bytesRead;
          await save({ bytesRead });
        }
        return true;
      });
      if (checked === 'stopped') return; // stays `running`: resumeUnfinished checks again
      if (checked === 'missing') return missing();
      await save({ total: checked.units, skipped: checked.skipped, bytesRead: 0 });
    }

    // Imported units are as old as their import: all of a job's units share its time and keep file order.
    const base = { projectId: job.projectId, origin: 'tmx' as const, originId: null, createdBy: job.createdBy, createdAt: job.createdAt, updatedAt: job.createdAt };
    const alreadyStored = job.done;
    let ordinal = 0;
    const pending: TmUnit[] = [];
    const flush = async (count: number, bytesRead: number) => {
      const batch = pending.splice(0, count);
      await ctx.store.tmUnits.insertMany(batch);
      // The memory takes the batch in now, on its own thread, rather than all units at the first lookup.
      tmServiceOf(ctx).follow();
      await save({ done: job.done + batch.length, bytesRead });
      await control.afterBatch?.(job);
      await yieldToEventLoop();
    };
    const imported = await readPass(
      files,
      job.id,
      (unit) => {
        const position = ordinal++;
        if (position < alreadyStored) return;
        pending.push({ ...base, id: importedUnitId(job.id, position), source: unit.source, target: unit.target });
      },
      async (bytesRead) => {
        while (pending.length >= control.batchSize) {
          await flush(control.batchSize, bytesRead);
          if (control.shouldStop()) return false;
        }
        return !control.shouldStop();
      },
    );
    if (imported === 'stopped') return;
    if (imported === 'missing') return missing();
    if (pending.length > 0) await flush(pending.length, job.totalBytes);
    await finish({ status: 'done', total: job.done, skipped: imported.skipped, bytesRead: job.totalBytes });
  } catch (error) {
    if (!(error instanceof TmxError)) throw error;
    return finish({ status: 'failed', errorCode: error.code, errorDetail: error.message, errorLine: error.line, errorColumn: error.column });
  }
}
