// Machine translation jobs: progress, failures that leave the document usable, retries, restarts.
import { MtJobRunner } from '../../../server/commands/mt/runJob';
import { createDeeplTranslator, createDisabledTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

/** Eight different sentences, and the first one again. */
const SENTENCES = [
  'Der Landkreis Görlitz fördert Vereine.',
  'Anträge sind bis zum 31.03.2027 einzureichen.',
  'Die Förderung beträgt höchstens 5.000 Euro.',
  'Gefördert werden Begegnungen von Kindern.',
  'Die Sprache der Begegnung ist frei wählbar.',
  'Ein Eigenanteil von 10 % ist erforderlich.',
  'Die Auszahlung erfolgt nach Vorlage der Belege.',
  'Rückfragen beantwortet das Euroregionsbüro.',
  'Der Landkreis Görlitz fördert Vereine.',
];
const TEXT = SENTENCES.join('\n\n') + '\n';
const DISTINCT = [...new Set(SENTENCES)];

describe('MT jobs over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl();
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const start = (config: Record<string, unknown> = {}) =>
    startWorkflow({
      translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }),
      config: { mt: { batchSize: 50, maxRetries: 3, retryBaseMs: 1, ...config } },
    });

  test('a quota error (456) ends the job failed with a clear reason; the document stays editable', async () => {
    fixture = await start();
    const documentId = await submit(fixture, TEXT);
    deepl.failNext(456);
    const job = await runMt(fixture, documentId);
    expect(job).toMatchObject({
      status: 'failed',
      done: 0,
      total: 9,
      billedCharacters: 0,
      error: { code: 'mt_quota_exceeded', message: expect.stringContaining('quota') },
    });
    expect(deepl.stats.translateRequests).toBe(1); // a quota error is not retried
    const [segment] = await segmentsOf(fixture, documentId);
    const edit = await fixture.app.request('PATCH', `/api/segments/${segment.id}`, {
      token: fixture.translator.token,
      body: { target: 'Powiat zgorzelecki wspiera stowarzyszenia.', version: segment.version },
    });
    expect([edit.status, edit.body.state]).toEqual([200, 'draft']);
  });

  test('an auth error (403) ends the job failed with mt_auth_failed', async () => {
    fixture = await start();
    const documentId = await submit(fixture, TEXT);
    deepl.failNext(403);
    expect(await runMt(fixture, documentId)).toMatchObject({ status: 'failed', error: { code: 'mt_auth_failed' } });
  });

  test('429 and 500 answers are retried with backoff and the job completes', async () => {
    fixture = await start();
    const documentId = await submit(fixture, TEXT);
    deepl.failNext(429, 2);
    deepl.failNext(500, 1);
    const job = await runMt(fixture, documentId);
    expect(job).toMatchObject({ status: 'done', done: 9, total: 9, error: null });
    expect([deepl.stats.translateRequests, deepl.stats.failedTranslateRequests]).toEqual([4, 3]);
    expect(deepl.stats.texts).toEqual(DISTINCT);
  });

  test('when retries run out the job fails with mt_unavailable', async () => {
    fixture = await start({ maxRetries: 2 });
    const documentId = await submit(fixture, TEXT);
    deepl.failNext(503, 3);
    expect(await runMt(fixture, documentId)).toMatchObject({ status: 'failed', error: { code: 'mt_unavailable' } });
    expect(deepl.stats.translateRequests).toBe(3);
  });

  test('batches hold at most the configured number of texts and progress counts segments', async () => {
    fixture = await start({ batchSize: 3 });
    const documentId = await submit(fixture, TEXT);
    const job = await runMt(fixture, documentId);
    expect(deepl.stats.batches.map((batch) => batch.length)).toEqual([3, 3, 2]);
    expect(job).toMatchObject({ status: 'done', done: 9, total: 9, billedCharacters: DISTINCT.join('').length });
  });

  test('after a restart in the middle of a job it resumes without billing any text twice', async () => {
    fixture = await start({ batchSize: 3 });
    const documentId = await submit(fixture, TEXT);
    deepl.delay(150);
    const started = await fixture.app.request('POST', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
    expect(started.status).toBe(202);
    // Wait until the first batch has reached DeepL, then shut the job runner down as a restart would.
    for (let i = 0; i < 100 && deepl.stats.batches.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await fixture.app.deps.mtJobs.stop();
    const interrupted = await fixture.app.request('GET', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
    // The first batch held three texts; the first of them stands for two segments.
    expect(interrupted.body).toMatchObject({ status: 'running', done: 4, total: 9 });

    // A new runner on the same store, as main.ts starts one after a restart.
    deepl.delay(0);
    const restarted = new MtJobRunner(fixture.app.deps);
    expect(await restarted.resumeUnfinished()).toBe(1);
    await restarted.idle();
    const finished = await fixture.app.request('GET', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
    expect(finished.body).toMatchObject({ status: 'done', done: 9, total: 9, billedCharacters: DISTINCT.join('').length });
    expect(deepl.stats.texts).toEqual(DISTINCT);
    expect((await segmentsOf(fixture, documentId)).map((s) => s.target)).toEqual(SENTENCES.map((s) => `PL: ${s}`));
  });

  test('starting MT while a job runs returns the running job instead of starting another', async () => {
    fixture = await start();
    const documentId = await submit(fixture, TEXT);
    deepl.delay(100);
    const first = await fixture.app.request('POST', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
    const second = await fixture.app.request('POST', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
    expect([first.status, second.status, second.body.id]).toEqual([202, 200, first.body.id]);
    await fixture.app.deps.mtJobs.idle();
    expect(deepl.stats.translateRequests).toBe(1);
  });

  test('segments a translator edited before the proposal arrived keep the human text', async () => {
    fixture = await start();
    const documentId = await submit(fixture, TEXT);
    const [first] = await segmentsOf(fixture, documentId);
    await fixture.app.request('PATCH', `/api/segments/${first.id}`, {
      token: fixture.translator.token,
      body: { target: 'Powiat zgorzelecki wspiera stowarzyszenia.', version: first.version },
    });
    const job = await runMt(fixture, documentId);
    expect(job).toMatchObject({ status: 'done', total: 8 });
    const segments = await segmentsOf(fixture, documentId);
    expect([segments[0].target, segments[0].origin, segments[8].target]).toEqual([
      'Powiat zgorzelecki wspiera stowarzyszenia.',
      'human',
      'PL: Der Landkreis Görlitz fördert Vereine.',
    ]);
  });

  test('without DEEPL_AUTH_KEY, MT is off and says so', async () => {
    fixture = await startWorkflow({ translator: createDisabledTranslator() });
    const documentId = await submit(fixture, TEXT);
    const response = await fixture.app.request('POST', `/api/documents/${documentId}/mt`, { token: fixture.editor.token });
    expect([response.status, response.body.error]).toEqual([503, 'mt_not_configured']);
    const health = await fixture.app.request('GET', '/health', {});
    expect(health.body).toEqual({ status: 'ok', store: 'sqlite', mt: { configured: false } });
  });
});
