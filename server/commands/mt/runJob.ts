// Runs MT jobs in the background. A job proposes DeepL translations for every segment of a
// document that still has no target. Identical sources are sent once, translations already paid
// for come from the cache, and each batch is cached before it is applied, so a job interrupted by a
// restart resumes without billing the same text again.
import { VersionConflict } from '../../domain/errors';
import { fromDeeplXml, toDeeplXml } from '../../domain/segmentation/placeholders';
import { MT_JOB_IDLE, type MtJob } from '../../domain/jobs/types';
import type { Segment } from '../../domain/segments/types';
import { SegmentState } from '../../domain/workflow/states';
import { DEEPL_MAX_REQUEST_BYTES, MtFailure, type TranslateOptions } from '../../ports/machineTranslator';
import type { SegmentChange } from '../../ports/repositories';
import { inBatches, Slice } from '../../slices';
import { nowIso, type CommandContext, type MtJobScheduler } from '../context';
import { checkSegments } from '../qa/checkSegments';
import { ensureDeeplGlossary } from '../glossary/ensureDeeplGlossary';
import { JobPool, LeaseLost, leaseSettingsOf, type JobControl } from '../jobs/jobPool';
import { buildChange } from '../segments/change';
import { cutBatches } from './batches';
import { mtCacheKey } from './cacheKey';
import { jobErrorCode, sleep as realSleep, translateWithRetry } from './translateWithRetry';
import { emitWebhookEvent } from '../webhooks/emit';
import { appendAll } from '../../domain/arrays';

/** Segments that share one source text (after placeholders become XML), translated once. */
interface SourceGroup {
  key: string;
  xml: string;
  segments: Segment[];
}

/** The background MT jobs of this instance: claimed under a lease, resumed after a restart (commands/jobs/jobPool.ts). */
export class MtJobRunner extends JobPool<MtJob> implements MtJobScheduler {
  constructor(ctx: CommandContext, sleep: (ms: number) => Promise<void> = realSleep) {
    super('MT job', (jobId, control) => runMtJob(ctx, jobId, { ...control, sleep }), ctx.store.mtJobs, ctx.clock, leaseSettingsOf(ctx.config));
  }
}

interface RunControl extends JobControl<MtJob> {
  sleep: (ms: number) => Promise<void>;
  /** The retry jitter's random numbers (tests fix them). */
  random?: () => number;
}

export async function runMtJob(ctx: CommandContext, jobId: string, control: RunControl): Promise<void> {
  const stored = await ctx.store.mtJobs.findById(jobId);
  if (!stored || stored.status === 'done' || stored.status === 'failed') return;
  let job: MtJob = { ...stored, status: 'running', updatedAt: nowIso(ctx) };
  const save = async (patch: Partial<MtJob>) => {
    job = { ...job, ...patch, updatedAt: nowIso(ctx) };
    await control.save(job); // under the lease: LeaseLost once another instance has taken the job over
    if (patch.status === 'done' || patch.status === 'failed') await emitMtFinished(ctx, job);
  };
  try {
    await translateDocument(ctx, () => job, save, control);
  } catch (error) {
    if (error instanceof LeaseLost) throw error; // another instance runs the job now: write nothing more
    // Whatever went wrong, the job must not stay `running` for ever: DeepL's failures with their
    // code, anything else (a store error, a bug) as mt_job_failed with its message.
    if (!(error instanceof MtFailure)) console.error(`MT job ${jobId} failed:`, error);
    const code = error instanceof MtFailure ? jobErrorCode(error) : 'mt_job_failed';
    const detail = error instanceof Error ? error.message : String(error);
    await save({ status: 'failed', ...IDLE, errorCode: code, errorDetail: detail });
  }
}

const IDLE = MT_JOB_IDLE;

const characterCount = (texts: readonly string[]): number => texts.reduce((sum, text) => sum + [...text].length, 0);

async function translateDocument(
  ctx: CommandContext,
  current: () => MtJob,
  save: (patch: Partial<MtJob>) => Promise<void>,
  control: RunControl,
): Promise<void> {
  const job = current();
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

  // A whole large document comes here (45,000 segments: grouping them and looking them up in one go held
  // the server 276 ms, bench:event-loop): a part at a time, the event loop turning between.
  const groups = await groupBySource(pending, options);
  const cached = new Map<string, string>();
  await inBatches(groups, CACHE_KEYS_PER_READ, async (part) => {
    for (const [key, translation] of await ctx.store.mtCache.getMany(part.map((g) => g.key))) cached.set(key, translation);
  });
  const uncached = groups.filter((g) => !cached.has(g.key));
  const fromCache = groups.filter((g) => cached.has(g.key));
  const proposedFromCache: Segment[] = [];
  for (const group of fromCache) appendAll(proposedFromCache, await propose(ctx, group.segments, fromDeeplXml(cached.get(group.key)!)));
  await checkSegments(ctx, project, proposedFromCache); // proposals get their QA results too
  if (fromCache.length > 0) await save({ done: current().done + countSegments(fromCache) });

  const { batches, tooLarge } = cutBatches(uncached, (g) => g.xml, ctx.config.mt.batchSize, ctx.config.mt.maxRequestBytes ?? DEEPL_MAX_REQUEST_BYTES);
  const skip = (skipped: readonly SourceGroup[]) => save({ skipped: current().skipped + countSegments(skipped) });
  if (tooLarge.length > 0) await skip(tooLarge);
  const queue = [...batches];
  while (queue.length > 0) {
    if (control.shouldStop()) return; // stays `running`; resumeUnfinished (here or on another instance) picks it up
    const batch = queue.shift() as SourceGroup[];
    const texts = batch.map((g) => g.xml);
    let translations;
    try {
      translations = await translateWithRetry(ctx.translator, texts, options, {
        maxRetries: ctx.config.mt.maxRetries,
        baseDelayMs: ctx.config.mt.retryBaseMs,
        sleep: control.sleep,
        ...(control.random ? { random: control.random } : {}),
        // Counted before the request leaves: a lost answer (timeout, crash) may be billed all the same.
        onRequest: async (attempt) => {
          const sent = characterCount(texts);
          await ctx.store.documents.addSentCharacters(current().documentId, sent);
          await save({ sentCharacters: current().sentCharacters + sent, phase: 'requesting', attempt, waitingSince: nowIso(ctx), retryAt: null });
        },
        onRetry: (attempt, delayMs, failure) =>
          save({
            phase: 'retrying',
            attempt,
            waitingSince: null,
            retryAt: new Date(ctx.clock.now().getTime() + delayMs).toISOString(),
            lastErrorCode: jobErrorCode(failure),
          }),
      });
    } catch (error) {
      if (!(error instanceof MtFailure) || error.kind !== 'too_large') throw error;
      // DeepL measured the request larger than we did: halve it; a single text that is still too large is skipped.
      if (batch.length === 1) await skip(batch);
      else queue.unshift(batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2)));
      await save(IDLE);
      continue;
    }
    // Paid for now: cache and count before anything else can fail.
    await ctx.store.mtCache.putMany(batch.map((g, i) => ({ key: g.key, translation: translations[i].text })));
    const billed = translations.reduce((sum, t) => sum + t.billedCharacters, 0);
    await ctx.store.documents.addBilledCharacters(current().documentId, billed);
    await save({ billedCharacters: current().billedCharacters + billed, ...IDLE });
    const proposed: Segment[] = [];
    for (let i = 0; i < batch.length; i++) appendAll(proposed, await propose(ctx, batch[i].segments, fromDeeplXml(translations[i].text)));
    await checkSegments(ctx, project, proposed);
    await save({ done: current().done + countSegments(batch) });
  }
  await save({ status: 'done', ...IDLE, done: current().total - current().skipped });
}

/** Cache keys one read of the MT cache looks up. */
const CACHE_KEYS_PER_READ = 1000;

async function groupBySource(segments: readonly Segment[], options: TranslateOptions): Promise<SourceGroup[]> {
  const groups = new Map<string, SourceGroup>();
  const slice = new Slice();
  for (const segment of segments) {
    if (slice.due()) await slice.next();
    const xml = toDeeplXml(segment.source);
    const key = mtCacheKey(xml, options);
    const group = groups.get(key);
    if (group) group.segments.push(segment);
    else groups.set(key, { key, xml, segments: [segment] });
  }
  return [...groups.values()];
}

const countSegments = (groups: readonly SourceGroup[]): number => groups.reduce((n, g) => n + g.segments.length, 0);

/**
 * Makes the translation each segment's draft. A segment someone wrote meanwhile keeps its target and
 * state: the proposal is kept beside it as mtTarget, with its history event. Returns the segments
 * whose target the proposal became.
 */
async function propose(ctx: CommandContext, segments: readonly Segment[], text: string): Promise<Segment[]> {
  const changeFor = (segment: Segment): SegmentChange =>
    buildChange(ctx, segment, {
      action: 'propose',
      actor: { kind: 'system' },
      actorId: null,
      patch: segment.state === SegmentState.New ? { target: text, mtTarget: text, origin: 'mt' } : { mtTarget: text },
      note: segment.state === SegmentState.New ? 'mt' : 'mt_beside_edit',
    });
  try {
    const changes = segments.map(changeFor);
    await ctx.store.segments.applyChanges(changes);
    return changes.map((change) => change.segment);
  } catch (error) {
    if (!(error instanceof VersionConflict)) throw error;
    // Someone saved one of them between our read and our write: propose to each as it is now.
    const proposed: Segment[] = [];
    for (const segment of await ctx.store.segments.findByIds(segments.map((s) => s.id))) {
      if (segment.state === SegmentState.Locked) continue;
      try {
        const change = changeFor(segment);
        await ctx.store.segments.applyChanges([change]);
        if (segment.state === SegmentState.New) proposed.push(change.segment);
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
