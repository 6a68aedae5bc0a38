// The whole path of a German press release to an approved Polish one, through the HTTP API.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

/** What our fake DeepL answers for each German sentence (placeholders arrive as XML tags). */
const POLISH: Record<string, string> = {
  'Grenzüberschreitende Zusammenarbeit': 'Współpraca transgraniczna',
  'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.': 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.',
  'Die Teilnehmer berieten über <g id="1">neue Projekte</g>.': 'Uczestnicy omówili <g id="1">nowe projekty</g>.',
  'Erstes Thema': 'Pierwszy temat',
  'Zweites Thema': 'Drugi temat',
};

const PRESS_RELEASE = [
  '# Grenzüberschreitende Zusammenarbeit',
  '',
  'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Die Teilnehmer berieten über **neue Projekte**.',
  '',
  '- Erstes Thema',
  '- Zweites Thema',
  '',
  'Die Teilnehmer berieten über **neue Projekte**.',
  '',
].join('\n');

describe('document workflow over HTTP', () => {
  let deepl: FakeDeepl;
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    deepl = await startFakeDeepl({ translate: (text) => POLISH[text] ?? `PL: ${text}` });
    fixture = await startWorkflow({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  test('submit → MT → edit → confirm → reject → fix → approve → export gives the Polish document', async () => {
    const { app, translator, reviewer, coordinator } = fixture;
    const documentId = await submit(fixture, PRESS_RELEASE, { format: 'markdown', title: 'Treffen in Dresden' });

    const job = await runMt(fixture, documentId);
    expect(job).toMatchObject({ status: 'done', done: 6, total: 6, error: null });
    // Five distinct sentences: the repeated one was sent once.
    expect(deepl.stats.texts).toEqual(Object.keys(POLISH));
    expect(deepl.stats.batches).toHaveLength(1);

    let segments = await segmentsOf(fixture, documentId);
    expect(segments.map((s) => [s.index, s.source, s.target, s.state, s.origin])).toEqual([
      [0, 'Grenzüberschreitende Zusammenarbeit', 'Współpraca transgraniczna', 'draft', 'mt'],
      [1, 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.', 'draft', 'mt'],
      [2, 'Die Teilnehmer berieten über {1}neue Projekte{/1}.', 'Uczestnicy omówili {1}nowe projekty{/1}.', 'draft', 'mt'],
      [3, 'Erstes Thema', 'Pierwszy temat', 'draft', 'mt'],
      [4, 'Zweites Thema', 'Drugi temat', 'draft', 'mt'],
      [5, 'Die Teilnehmer berieten über {1}neue Projekte{/1}.', 'Uczestnicy omówili {1}nowe projekty{/1}.', 'draft', 'mt'],
    ]);
    expect(segments.every((s) => s.mtTarget === s.target)).toBe(true);

    // The translator post-edits one sentence and confirms everything.
    const edited = await app.request('PATCH', `/api/segments/${segments[1].id}`, {
      token: translator.token,
      body: { target: 'W dniach 30–31 stycznia 2019 r. w Dreźnie odbyło się czwarte spotkanie.', version: segments[1].version },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ state: 'draft', origin: 'human', version: segments[1].version + 1 });
    expect(edited.body.mtTarget).toBe('W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.');
    // Confirming the first of the two identical sentences confirms its twin too (propagation).
    for (const index of [0, 1, 2, 3, 4]) {
      const segment = (await segmentsOf(fixture, documentId))[index];
      const confirmed = await app.request('POST', `/api/segments/${segment.id}/confirm`, { token: translator.token });
      expect([confirmed.status, confirmed.body.state]).toEqual([200, 'translated']);
    }
    const twin = (await segmentsOf(fixture, documentId))[5];
    expect([twin.state, twin.target]).toEqual(['translated', 'Uczestnicy omówili {1}nowe projekty{/1}.']);
    expect((await app.request('GET', `/api/documents/${documentId}`, { token: coordinator.token })).body.status).toBe('in_review');

    // The reviewer sends the heading back with a reason.
    segments = await segmentsOf(fixture, documentId);
    const rejected = await app.request('POST', `/api/segments/${segments[0].id}/reject`, {
      token: reviewer.token,
      body: { reason: 'Tytuł: „Współpraca transgraniczna” wielką literą w całym dokumencie?' },
    });
    expect([rejected.status, rejected.body.state]).toEqual([200, 'rejected']);

    // The translator fixes it and confirms again.
    const fixed = await app.request('PATCH', `/api/segments/${segments[0].id}`, {
      token: translator.token,
      body: { target: 'Współpraca Transgraniczna', version: rejected.body.version },
    });
    expect([fixed.status, fixed.body.state]).toEqual([200, 'draft']);
    const reconfirmed = await app.request('POST', `/api/segments/${segments[0].id}/confirm`, {
      token: translator.token,
      body: { version: fixed.body.version },
    });
    expect([reconfirmed.status, reconfirmed.body.state]).toEqual([200, 'translated']);

    // The reviewer approves everything that is translated in one step.
    const bulk = await app.request('POST', `/api/documents/${documentId}/approve`, { token: reviewer.token, body: {} });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toEqual({ approved: 6, skipped: [] });

    const status = await app.request('GET', `/api/documents/${documentId}`, { token: coordinator.token });
    expect(status.body).toMatchObject({
      status: 'approved',
      percentApproved: 100,
      segmentCount: 6,
      billedCharacters: deepl.stats.billedCharacters,
      translators: [{ id: translator.id, name: expect.any(String) }],
      reviewers: [{ id: reviewer.id, name: expect.any(String) }],
    });
    expect(status.body.byState.approved.segments).toBe(6);

    const exported = await app.request('GET', `/api/documents/${documentId}/export?format=markdown`, { token: coordinator.token });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(exported.text).toBe(
      [
        '# Współpraca Transgraniczna',
        '',
        'W dniach 30–31 stycznia 2019 r. w Dreźnie odbyło się czwarte spotkanie. Uczestnicy omówili **nowe projekty**.',
        '',
        '- Pierwszy temat',
        '- Drugi temat',
        '',
        'Uczestnicy omówili **nowe projekty**.',
        '',
      ].join('\n'),
    );

    // Every change is in the history, with the rejection reason.
    const history = await app.request('GET', `/api/segments/${segments[0].id}/history`, { token: coordinator.token });
    expect(history.body.items.map((e: { action: string; fromState: string; toState: string }) => [e.action, e.fromState, e.toState])).toEqual([
      ['created', 'new', 'new'],
      ['propose', 'new', 'draft'],
      ['confirm', 'draft', 'translated'],
      ['reject', 'translated', 'rejected'],
      ['edit', 'rejected', 'draft'],
      ['confirm', 'draft', 'translated'],
      ['approve', 'translated', 'approved'],
    ]);
    expect(history.body.items[3]).toMatchObject({
      actorId: reviewer.id,
      note: 'Tytuł: „Współpraca transgraniczna” wielką literą w całym dokumencie?',
      fromTarget: 'Współpraca transgraniczna',
    });
  });

  test('a sentence repeated across documents of a project is sent to DeepL once', async () => {
    const first = await submit(fixture, 'Erstes Thema\n\nZweites Thema\n\nErstes Thema\n');
    const second = await submit(fixture, 'Zweites Thema\n\nErstes Thema\n');
    await runMt(fixture, first);
    const job = await runMt(fixture, second);
    expect(job).toMatchObject({ status: 'done', done: 2, total: 2, billedCharacters: 0 });
    expect(deepl.stats.texts).toEqual(['Erstes Thema', 'Zweites Thema']);
    expect(deepl.stats.translateRequests).toBe(1);
    expect((await segmentsOf(fixture, second)).map((s) => s.target)).toEqual(['Drugi temat', 'Pierwszy temat']);
    const firstStatus = await fixture.app.request('GET', `/api/documents/${first}`, { token: fixture.coordinator.token });
    expect(firstStatus.body.billedCharacters).toBe('Erstes Thema'.length + 'Zweites Thema'.length);
  });
});
