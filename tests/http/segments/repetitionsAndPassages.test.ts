// Polish passages inside German documents stay untranslated; repeated sentences are translated once.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type SegmentJson, type WorkflowFixture } from '../../support/workflow';

const MIXED = [
  'Die Euroregion Neisse fördert kleine Projekte.',
  '',
  'Euroregion Nysa wspiera małe projekty w ramach funduszu.',
  '',
  'https://www.euroregion-neisse.de',
  '',
  'Die Euroregion Neisse fördert kleine Projekte.',
  '',
].join('\n');

type Row = SegmentJson & { lang: string; repetition: boolean; contextSpecific: boolean };

describe('Polish passages and repetitions over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const rows = async (documentId: string) => (await segmentsOf(fixture, documentId)) as Row[];

  test('a Polish paragraph and a URL are locked with target = source and never sent to DeepL', async () => {
    const documentId = await submit(fixture, MIXED);
    expect((await rows(documentId)).map((s) => [s.lang, s.state, s.origin, s.target === s.source, s.repetition])).toEqual([
      ['de', 'new', null, false, false],
      ['pl', 'locked', 'source', true, false],
      ['neutral', 'locked', 'source', true, false],
      ['de', 'new', null, false, true],
    ]);
    await runMt(fixture, documentId);
    expect(deepl.stats.texts).toEqual(['Die Euroregion Neisse fördert kleine Projekte.']);

    const status = await fixture.app.request('GET', `/api/documents/${documentId}`, { token: fixture.coordinator.token });
    expect([status.body.byState.locked, status.body.repetitions]).toEqual([
      { segments: 2, words: 12 },
      { segments: 1, words: 6 },
    ]);
  });

  test('a coordinator can unlock a Polish passage for translation', async () => {
    const documentId = await submit(fixture, MIXED);
    const polish = (await rows(documentId))[1];
    const unlocked = await fixture.app.request('POST', `/api/segments/${polish.id}/unlock`, { token: fixture.coordinator.token });
    expect([unlocked.status, unlocked.body.state, unlocked.body.target]).toEqual([200, 'draft', polish.source]);
  });

  test('confirming a sentence propagates it to its untouched twins, across documents, with a propagated event', async () => {
    const first = await submit(fixture, MIXED);
    const second = await submit(fixture, 'Die Euroregion Neisse fördert kleine Projekte.\n');
    const [original, , , twin] = await rows(first);
    const [otherTwin] = await rows(second);
    expect(otherTwin.repetition).toBe(true);

    await fixture.app.request('PATCH', `/api/segments/${original.id}`, {
      token: fixture.translator.token,
      body: { target: 'Euroregion Nysa wspiera małe projekty.', version: original.version },
    });
    const confirmed = await fixture.app.request('POST', `/api/segments/${original.id}/confirm`, { token: fixture.translator.token });
    expect(confirmed.status).toBe(200);

    for (const segment of [(await rows(first))[3], (await rows(second))[0]]) {
      expect([segment.state, segment.target]).toEqual(['translated', 'Euroregion Nysa wspiera małe projekty.']);
    }
    const history = await fixture.app.request('GET', `/api/segments/${twin.id}/history`, { token: fixture.translator.token });
    expect(history.body.items.map((e: Record<string, unknown>) => [e.action, e.fromState, e.toState, e.actorId, e.note])).toEqual([
      ['created', 'new', 'new', fixture.editor.id, null],
      ['propagated', 'new', 'translated', fixture.translator.id, `from segment ${original.id}`],
    ]);

    // Approving one approves the twins that carry the same words.
    await fixture.app.request('POST', `/api/segments/${original.id}/approve`, { token: fixture.reviewer.token });
    expect((await rows(second))[0].state).toBe('approved');
  });

  test('a twin marked context-specific keeps its own translation', async () => {
    const documentId = await submit(fixture, MIXED);
    const [original, , , twin] = await rows(documentId);
    const marked = await fixture.app.request('POST', `/api/segments/${twin.id}/context-specific`, {
      token: fixture.translator.token,
      body: { contextSpecific: true },
    });
    expect([marked.status, marked.body.contextSpecific, marked.body.version]).toEqual([200, true, 2]);
    await fixture.app.request('PATCH', `/api/segments/${original.id}`, {
      token: fixture.translator.token,
      body: { target: 'Euroregion Nysa wspiera małe projekty.', version: original.version },
    });
    await fixture.app.request('POST', `/api/segments/${original.id}/confirm`, { token: fixture.translator.token });
    const after = (await rows(documentId))[3];
    expect([after.state, after.target]).toEqual(['new', null]);
  });

  test('a human draft of a twin is never overwritten by propagation', async () => {
    const documentId = await submit(fixture, MIXED);
    const [original, , , twin] = await rows(documentId);
    await fixture.app.request('PATCH', `/api/segments/${twin.id}`, {
      token: fixture.secondTranslator.token,
      body: { target: 'Euroregion Nysa wspiera drobne projekty.', version: twin.version },
    });
    await fixture.app.request('PATCH', `/api/segments/${original.id}`, {
      token: fixture.translator.token,
      body: { target: 'Euroregion Nysa wspiera małe projekty.', version: original.version },
    });
    await fixture.app.request('POST', `/api/segments/${original.id}/confirm`, { token: fixture.translator.token });
    const after = (await rows(documentId))[3];
    expect([after.state, after.target]).toEqual(['draft', 'Euroregion Nysa wspiera drobne projekty.']);
  });
});
