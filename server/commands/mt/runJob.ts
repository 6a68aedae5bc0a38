// Runs MT jobs in the background. A job proposes DeepL translations for every segment of a
// document that still has no target. Identical sources are sent once, translations already paid
// for come from the cache, and each batch is cached before it is applied, so a job interrupted by a
// restart resumes without billing the same text again.
import { VersionConflict } from '../../domain/errors';
import { fromDeeplXml, toDeeplXml } from '../../domain/segmentation/placeholders';
import type { MtJob } from '../../domain/jobs/types';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import { MtFailure, type TranslateOptions } from '../../ports/machineTranslator';
import type { SegmentChange } from '../../ports/repositories';
import { nowIso, type CommandContext, type MtJobScheduler } from '../context';
import { checkSegments } from '../qa/checkSegments';
import { ensureDeeplGlossary } from '../glossary/ensureDeeplGlossary';
import { JobPool } from '../jobs/jobPool';
import { buildChange } from '../segments/change';
import { mtCacheKey } from './cacheKey';
import { jobErrorCode, sleep as realSleep, translateWithRetry } from './translateWithRetry';
import { emitWebhookEvent } from '../webhooks/emit';

/** Segments that share one source text (after placeholders become XML), translated once. */
interface SourceGroup {
  key: string;
  xml: string;
  segments: Segment[];
}

export class MtJobRunner implements MtJobScheduler {
  private readonly pool: JobPool;

  constructor(ctx: CommandContext, sleep: (ms: number) => Promise<void> = realSleep) {
    this.pool = new JobPool(
      'MT job',
      (jobId, shouldStop) => runMtJob(ctx, jobId, { shouldStop, sleep }),
      () => ctx.store.mtJobs.listUnfinished(),
    );
  }

  start(jobId: string): void {
    this.pool.start(jobId);
  }

  idle(): Promise<void> {
    return this.pool.idle();
  }

  /** Lets running jobs finish their current batch and leaves them `running`, to resume on the next start. */
  stop(): Promise<void> {
    return this.pool.stop();
  }

  /** After a restart: picks up every job that was queued or running. */
  resumeUnfinished(): Promise<number> {
    return this.pool.resumeUnfinished();
  }
}

interface RunControl {
  shouldStop: () => boolean;
  sleep: (ms: number) => Promise<void>;
}

export async function runMtJob(ctx: CommandContext, jobId: string, control: RunControl): Promise<void> {
  const stored = await ctx.store.mtJobs.findById(jobId);
  if (!stored || stored.status === 'done' || stored.status === 'failed') return;
  let job: MtJob = { ...stored, status: 'running', updatedAt: nowIso(ctx) };
  const save = async (patch: Partial<MtJob>) => {
    job = { ...job, ...patch, updatedAt: nowIso(ctx) };
    await ctx.store.mtJobs.update(job);
    if (patch.status === 'done' || patch.status === 'failed') await emitMtFinished(ctx, job);
  };

  const project = await ctx.store.projects.findById(job.projectId);
  if (!project) return save({ status: 'failed', errorCode: 'not_found', errorDetail: 'project no longer exists' });
  const options: TranslateOptions = {
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    formality: project.settings.formality,
    glossaryId: await ensureDeeplGlossary(ctx, project), // the project's DeepL glossary, synced when its terms changed
  };
  const pending = await ctx.store.segments.listByDocument(job.documentId, [SegmentState.New]);
  await save({ done: Math.max(0, job.total - pending.length) });

  const groups = groupBySource(pending, options);
  const cached = await ctx.store.mtCache.getMany(groups.map((g) => g.key));
  const uncached = groups.filter((g) => !cached.has(g.key));
  const fromCache = groups.filter((g) => cached.has(g.key));
  const proposedFromCache: Segment[] = [];
  for (const group of fromCache) proposedFromCache.push(...(await propose(ctx, group.segments, fromDeeplXml(cached.get(group.key)!))));
  await checkSegments(ctx, project, proposedFromCache); // proposals get their QA results too
  if (fromCache.length > 0) await save({ done: job.done + countSegments(fromCache) });

  try {
    for (let start = 0; start < uncached.length; start += ctx.config.mt.batchSize) {
      if (control.shouldStop()) return; // stays `running`; resumeUnfinished picks it up
      const batch = uncached.slice(start, start + ctx.config.mt.batchSize);
      const translations = await translateWithRetry(ctx.translator, batch.map((g) => g.xml), options, {
        maxRetries: ctx.config.mt.maxRetries,
        baseDelayMs: ctx.config.mt.retryBaseMs,
        sleep: control.sleep,
      });
      // Paid for now: cache and count before anything else can fail.
      await ctx.store.mtCache.putMany(batch.map((g, i) => ({ key: g.key, translation: translations[i].text })));
      const billed = translations.reduce((sum, t) => sum + t.billedCharacters, 0);
      await ctx.store.documents.addBilledCharacters(job.documentId, billed);
      await save({ billedCharacters: job.billedCharacters + billed });
      const proposed: Segment[] = [];
      for (let i = 0; i < batch.length; i++) proposed.push(...(await propose(ctx, batch[i].segments, fromDeeplXml(translations[i].text))));
      await checkSegments(ctx, project, proposed);
      await save({ done: job.done + countSegments(batch) });
    }
  } catch (error) {
    if (!(error instanceof MtFailure)) throw error;
    return save({ status: 'failed', errorCode: jobErrorCode(error), errorDetail: error.message });
  }
  await save({ status: 'done', done: job.total });
}

function groupBySource(segments: readonly Segment[], options: TranslateOptions): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const segment of segments) {
    const xml = toDeeplXml(segment.source);
    const key = mtCacheKey(xml, options);
    const group = groups.get(key);
    if (group) group.segments.push(segment);
    else groups.set(key, { key, xml, segments: [segment] });
  }
  return [...groups.values()];
}

const countSegments = (groups: readonly SourceGroup[]): number => groups.reduce((n, g) => n + g.segments.length, 0);

/** Makes the translation each segment's draft; a segment someone edited meanwhile keeps its text. Returns the segments proposed to. */
async function propose(ctx: CommandContext, segments: readonly Segment[], text: string): Promise<Segment[]> {
  const changeFor = (segment: Segment): SegmentChange =>
    buildChange(ctx, segment, {
      action: 'propose',
      actor: { kind: 'system' },
      actorId: null,
      patch: { target: text, mtTarget: text, origin: 'mt' },
      note: 'mt',
    });
  try {
    const changes = segments.map(changeFor);
    await ctx.store.segments.applyChanges(changes);
    return changes.map((change) => change.segment);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    // Someone saved one of them meanwhile: propose only to those still untouched.
    const fresh = await ctx.store.segments.findByIds(segments.map((s) => s.id));
    const untouched = fresh.filter((s) => s.state === SegmentState.New);
    const proposed: Segment[] = [];
    for (const segment of untouched) {
      try {
        const change = changeFor(segment);
        await ctx.store.segments.applyChanges([change]);
        proposed.push(change.segment);
      } catch (raceError) {
        if (!(raceError instanceof VersionConflict)) throw raceError;
      }
    }
    return proposed;
  }
}

/** mt.finished or mt.failed, with the job's figures. */
function emitMtFinished(ctx: CommandContext, job: MtJob): Promise<void> {
  return emitWebhookEvent(ctx, {
    event: job.status === 'done' ? 'mt.finished' : 'mt.failed',
    projectId: job.projectId,
    documentId: job.documentId,
    data: { jobId: job.id, segments: job.total, billedCharacters: job.billedCharacters, errorCode: job.errorCode },
  });
}
