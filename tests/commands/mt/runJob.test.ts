// MT jobs as the command runs them (no HTTP): requests cut by size, 413, Retry-After and jitter, what a
// job shows while it waits, the characters sent besides those billed, formality in the cache key, a
// failure that is not DeepL's, and a translator's edit between the job's read and its write.
import { commonPasswords } from '../../../server/integrations/commonPasswords';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../server/config';
import type { CommandContext } from '../../../server/commands/context';
import { cutBatches, encodedTextBytes } from '../../../server/commands/mt/batches';
import { mtCacheKey } from '../../../server/commands/mt/cacheKey';
import { runMtJob } from '../../../server/commands/mt/runJob';
import { retryDelayMs } from '../../../server/commands/mt/translateWithRetry';
import { buildChange } from '../../../server/commands/segments/change';
import type { MtJob } from '../../../server/domain/jobs/types';
import type { Project } from '../../../server/domain/projects/types';
import type { Segment } from '../../../server/domain/segments/types';
import { SegmentState } from '../../../server/domain/workflow/states';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { MtFailure } from '../../../server/ports/machineTranslator';
import type { Store } from '../../../server/ports/repositories';
import { uuidGenerator } from '../../../server/ports/ids';
import { systemClock } from '../../../server/ports/system';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildDocument, buildJob, buildProject, buildSegments, resetBuilderIds } from '../../support/builders';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { racingStore } from '../../support/racingStore';

const noSleep = async () => undefined;

describe('runMtJob', () => {
  let dir: string;
  let store: Store;
  let deepl: FakeDeepl;

  beforeEach(async () => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-mt-'));
    store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    deepl = await startFakeDeepl();
  });
  afterEach(async () => {
    await store.close();
    await deepl.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The job's writes, as the job pool makes them under a lease that nobody contests here. */
  const saveJob = (job: MtJob) => store.mtJobs.update(job);

  function contextWith(over: { store?: Store; mt?: Partial<CommandContext['config']['mt']>; timeoutMs?: number } = {}): CommandContext {
    const config = loadConfig({});
    return {
      config: { ...config, mt: { ...config.mt, maxRetries: 3, retryBaseMs: 10, ...over.mt } },
      store: over.store ?? store,
      translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url, ...(over.timeoutMs ? { timeoutMs: over.timeoutMs } : {}) }),
      clock: systemClock,
      ids: uuidGenerator,
      commonPasswords: commonPasswords(),
    };
  }

  /** A project with one document of the given German sentences and a queued job for it. */
  async function seed(sources: string[], project: Project = buildProject()): Promise<{ project: Project; job: MtJob; segments: Segment[] }> {
    if (!(await store.projects.findById(project.id))) await store.projects.create(project);
    const document = buildDocument({ projectId: project.id, segmentCount: sources.length });
    const segments = buildSegments(document, sources.length, (i) => ({ source: sources[i] as string, sourceKey: sources[i] as string }));
    await store.documents.createWithSegments(document, segments, []);
    const job = buildJob({ documentId: document.id, projectId: project.id, total: sources.length });
    await store.mtJobs.create(job);
    return { project, job, segments };
  }

  const jobOf = async (id: string) => (await store.mtJobs.findById(id)) as MtJob;

  describe('requests by size', () => {
    const paragraph = (n: number) => `Absatz ${n}: ${'Die Förderung grenzüberschreitender Begegnungen wird fortgesetzt. '.repeat(1300)}`;

    it('cuts a document of long paragraphs into requests under 128 KiB: no 413, every paragraph translated', async () => {
      const sources = [1, 2, 3, 4].map(paragraph); // each about 87 KB, over 64 KiB encoded: one per request
      const { job, segments } = await seed(sources);

      await runMtJob(contextWith(), job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });

      expect(sources.map(encodedTextBytes).every((bytes) => bytes > 64 * 1024 && bytes < 128 * 1024)).toBe(true);
      expect(deepl.stats.failedTranslateRequests).toBe(0);
      expect(deepl.stats.batches.map((batch) => batch.length)).toEqual([1, 1, 1, 1]);
      expect((await jobOf(job.id)).status).toBe('done');
      expect((await store.segments.findByIds(segments.map((s) => s.id))).map((s) => s.target)).toEqual(sources.map((s) => `PL: ${s}`));
    });

    it('leaves a text larger than a request may be untranslated and counts it, and translates the rest', async () => {
      const huge = `Anlage: ${'Verzeichnis der förderfähigen Ausgaben und Nachweise. '.repeat(2600)}`;
      const { job, segments } = await seed(['Der Landkreis Görlitz fördert Vereine.', huge, 'Rückfragen beantwortet das Büro.']);

      await runMtJob(contextWith(), job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });

      expect(encodedTextBytes(huge)).toBeGreaterThan(128 * 1024);
      expect(deepl.stats.translateRequests).toBe(1);
      expect(await jobOf(job.id)).toMatchObject({ status: 'done', skipped: 1, done: 2, total: 3, errorCode: null });
      expect((await store.segments.findByIds(segments.map((s) => s.id))).map((s) => s.state)).toEqual([SegmentState.Draft, SegmentState.New, SegmentState.Draft]);
    });

    it('halves a batch DeepL answers with 413 and sends the halves', async () => {
      const limited = await startFakeDeepl({ maxRequestBytes: 2_000 });
      await deepl.close();
      deepl = limited;
      const sources = Array.from({ length: 8 }, (_, i) => `Satz ${i + 1}: ${'Begegnungen von Kindern. '.repeat(20)}`);
      const { job } = await seed(sources);

      await runMtJob(contextWith(), job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });

      expect(deepl.stats.failedTranslateRequests).toBeGreaterThan(0);
      expect(deepl.stats.texts.sort()).toEqual([...sources].sort());
      expect(await jobOf(job.id)).toMatchObject({ status: 'done', done: 8, skipped: 0 });
    });

    it('cutBatches keeps both limits', () => {
      const { batches, tooLarge } = cutBatches(['a', 'b', 'c', 'x'.repeat(300)], (t) => t, 2, 512 + 20);
      expect([batches, tooLarge]).toEqual([[['a', 'b'], ['c']], ['x'.repeat(300)]]);
    });
  });

  describe('retries', () => {
    it("waits at least as long as DeepL's Retry-After asks, with jitter otherwise", async () => {
      const { job } = await seed(['Der Landkreis Görlitz fördert Vereine.']);
      deepl.failNext(429, 1, '7');
      deepl.failNext(503, 1);
      const waits: number[] = [];

      await runMtJob(contextWith(), job.id, { shouldStop: () => false, save: saveJob, sleep: async (ms) => void waits.push(ms), random: () => 0.5 });

      // 7 s from Retry-After; then base 10 ms · 2 = 20 ms, of which half plus a random half (0.5): 15 ms
      expect(waits).toEqual([7_000, 15]);
      expect((await jobOf(job.id)).status).toBe('done');
    });

    it('retryDelayMs: base·2^attempt with equal jitter, never below Retry-After', () => {
      const unavailable = new MtFailure('unavailable', 'DeepL: Service unavailable');
      expect([0, 0.999999].map((r) => retryDelayMs(3, unavailable, { baseDelayMs: 100, random: () => r }))).toEqual([400, 800]);
      expect(retryDelayMs(0, new MtFailure('rate_limited', 'x', 2_000), { baseDelayMs: 100, random: () => 0 })).toBe(2_000);
    });

    it('shows that it is waiting to retry, with the attempt, the time and the reason', async () => {
      const { job } = await seed(['Der Landkreis Görlitz fördert Vereine.']);
      deepl.failNext(503, 2);
      const seen: Partial<MtJob>[] = [];
      const sleep = async () => {
        const { phase, attempt, lastErrorCode, retryAt, status } = await jobOf(job.id);
        seen.push({ status, phase, attempt, lastErrorCode, retryAt: retryAt === null ? null : 'set' });
      };

      await runMtJob(contextWith(), job.id, { shouldStop: () => false, save: saveJob, sleep });

      expect(seen).toEqual([
        { status: 'running', phase: 'retrying', attempt: 1, lastErrorCode: 'mt_unavailable', retryAt: 'set' },
        { status: 'running', phase: 'retrying', attempt: 2, lastErrorCode: 'mt_unavailable', retryAt: 'set' },
      ]);
      expect(await jobOf(job.id)).toMatchObject({ status: 'done', phase: null, attempt: 0, retryAt: null, lastErrorCode: null });
    });
  });

  describe('accounting', () => {
    it('counts a request whose answer came too late as sent: sent − billed is what DeepL may have billed besides', async () => {
      const source = 'Der Landkreis Görlitz fördert Vereine.';
      const { job } = await seed([source]);
      deepl.delay(1_500); // the first answer comes after the 1 s timeout; DeepL bills it all the same
      let first = true;
      const sleep = async () => {
        if (first) deepl.delay(0);
        first = false;
      };

      await runMtJob(contextWith({ timeoutMs: 1_000 }), job.id, { shouldStop: () => false, save: saveJob, sleep });

      const finished = await jobOf(job.id);
      const document = await store.documents.findById(finished.documentId);
      expect(deepl.stats.billedCharacters).toBe(2 * source.length);
      expect([finished.status, finished.billedCharacters, finished.sentCharacters]).toEqual(['done', source.length, 2 * source.length]);
      expect([document?.billedCharacters, document?.sentCharacters]).toEqual([source.length, 2 * source.length]);
    });
  });

  describe('the MT cache key', () => {
    it('differs by formality, so a formality change never reuses the other form of address', () => {
      const options = { sourceLang: 'de', targetLang: 'pl', glossaryId: null } as const;
      expect(mtCacheKey('<x>Sie</x>', { ...options, formality: 'more' })).not.toBe(mtCacheKey('<x>Sie</x>', { ...options, formality: 'less' }));
      expect(mtCacheKey('<x>Sie</x>', { ...options, formality: 'default' })).not.toBe(mtCacheKey('<x>Sie</x>', { ...options, formality: 'prefer_less' }));
    });

    it('two projects with different formality each get DeepL text in their own formality', async () => {
      const source = 'Bitte senden Sie uns Ihren Antrag.';
      const formal = await seed([source], buildProject({ settings: { formality: 'more', allowSelfApproval: false } }));
      const informal = await seed([source], buildProject({ settings: { formality: 'less', allowSelfApproval: false } }));

      await runMtJob(contextWith(), formal.job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });
      await runMtJob(contextWith(), informal.job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });

      expect(deepl.stats.params.map((p) => p.formality)).toEqual(['more', 'less']);
    });
  });

  describe('failures that are not DeepL’s', () => {
    it('fail the job with mt_job_failed and the reason instead of leaving it running', async () => {
      const { job } = await seed(['Der Landkreis Görlitz fördert Vereine.']);
      const broken = racingStore(store, {
        repository: 'mtCache',
        method: 'putMany',
        before: async () => {
          throw new Error('disk full');
        },
      });
      const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);

      await runMtJob(contextWith({ store: broken }), job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });

      expect(await jobOf(job.id)).toMatchObject({ status: 'failed', errorCode: 'mt_job_failed', errorDetail: 'disk full', phase: null });
      expect(error).toHaveBeenCalledTimes(1);
      error.mockRestore();
    });
  });

  describe('a translator saving between the job’s read and its write', () => {
    it("keeps the translator's text and state, with the MT proposal beside it as mtTarget and in the history", async () => {
      const { job, segments } = await seed(['Der Landkreis Görlitz fördert Vereine.', 'Rückfragen beantwortet das Büro.']);
      const [edited] = segments as [Segment, Segment];
      const ctx = contextWith();
      const racing = racingStore(store, {
        repository: 'segments',
        method: 'applyChanges',
        before: async () => {
          const [fresh] = await store.segments.findByIds([edited.id]);
          const change = buildChange(ctx, fresh as Segment, {
            action: 'edit',
            actor: { kind: 'user', roles: ['translator'] },
            actorId: 'user-translator',
            patch: { target: 'Powiat zgorzelecki wspiera stowarzyszenia.', origin: 'human', translatedBy: 'user-translator' },
          });
          await store.segments.applyChanges([change]);
        },
      });

      await runMtJob({ ...ctx, store: racing }, job.id, { shouldStop: () => false, save: saveJob, sleep: noSleep });

      expect(racing.interleaved()).toBe(1);
      const [mine, other] = await store.segments.findByIds(segments.map((s) => s.id));
      expect([mine?.target, mine?.state, mine?.mtTarget]).toEqual([
        'Powiat zgorzelecki wspiera stowarzyszenia.',
        SegmentState.Draft,
        'PL: Der Landkreis Görlitz fördert Vereine.',
      ]);
      expect([other?.target, other?.state]).toEqual(['PL: Rückfragen beantwortet das Büro.', SegmentState.Draft]);
      const history = await store.segments.history(edited.id);
      expect(history.map((event) => [event.action, event.toTarget, event.note])).toEqual([
        ['edit', 'Powiat zgorzelecki wspiera stowarzyszenia.', null],
        ['propose', 'Powiat zgorzelecki wspiera stowarzyszenia.', 'mt_beside_edit'],
      ]);
      expect((await jobOf(job.id)).status).toBe('done');
    });
  });
});
