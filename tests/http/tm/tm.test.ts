// Translation memory over HTTP: approved segments become units, lookups with match bands, pre-translation
// at submission with its analysis, concordance search, sharing between projects, and request checks.
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const GOERLITZ = 'Der Landkreis Görlitz fördert Vereine.';
const ANTRAEGE = 'Anträge sind bis zum 31.03.2027 einzureichen.';
const FOERDERUNG = 'Die Förderung beträgt höchstens 5.000 Euro.';
const PL: Record<string, string> = {
  [GOERLITZ]: 'Powiat zgorzelecki wspiera stowarzyszenia.',
  [ANTRAEGE]: 'Wnioski należy składać do 31.03.2027.',
  [FOERDERUNG]: 'Dofinansowanie wynosi maksymalnie 5.000 euro.',
};
/** The first document: three sentences, translated and approved into the memory. */
const FIRST = [GOERLITZ, ANTRAEGE, FOERDERUNG];

const BAUTZEN = 'Der Landkreis Bautzen fördert Vereine.'; // 81 against GOERLITZ
const HOECHSTENS = 'Die Förderung beträgt höchstens 3.000 Euro.'; // 92 against FOERDERUNG
const MINDESTENS = 'Die Förderung beträgt mindestens 2.000 Euro pro Jahr.'; // 58 against FOERDERUNG
const RUECKFRAGEN = 'Rückfragen beantwortet das Euroregionsbüro.'; // nothing like it
const POLISH = 'Zapraszamy serdecznie wszystkich mieszkańców regionu do udziału w spotkaniu.';
const LOWER = 'der landkreis görlitz fördert vereine.'; // 95 against GOERLITZ

const text = (sentences: string[]) => sentences.join('\n\n') + '\n';

describe('translation memory over HTTP', () => {
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

  const get = (path: string, token = fixture.translator.token) => fixture.app.request('GET', path, { token });
  const tmPath = (what: string, query: Record<string, string>, projectId = fixture.projectId) =>
    `/api/projects/${projectId}/tm/${what}?${new URLSearchParams(query).toString()}`;
  const lookup = (query: Record<string, string>, projectId = fixture.projectId, token = fixture.translator.token) => get(tmPath('lookup', query, projectId), token);
  const search = (query: Record<string, string>, projectId = fixture.projectId, token = fixture.translator.token) => get(tmPath('search', query, projectId), token);
  const units = async (projectId = fixture.projectId) => (await get(`/api/projects/${projectId}/tm/units`)).body;
  const patchSettings = (tm: Record<string, unknown>, projectId = fixture.projectId) =>
    fixture.app.request('PATCH', `/api/projects/${projectId}/settings`, { token: fixture.coordinator.token, body: { tm } });

  /** The translator writes and confirms each target given (by position); the reviewer then approves the document. */
  async function translateAndApprove(documentId: string, targets: (string | undefined)[]): Promise<void> {
    const segments = await segmentsOf(fixture, documentId);
    for (const [i, segment] of segments.entries()) {
      const target = targets[i];
      if (target === undefined) continue;
      const edited = await fixture.app.request('PATCH', `/api/segments/${segment.id}`, { token: fixture.translator.token, body: { target, version: segment.version } });
      expect(edited.status).toBe(200);
      const confirmed = await fixture.app.request('POST', `/api/segments/${segment.id}/confirm`, { token: fixture.translator.token, body: { version: edited.body.version } });
      expect([confirmed.status, confirmed.body.state]).toEqual([200, 'translated']);
    }
    const approved = await fixture.app.request('POST', `/api/documents/${documentId}/approve`, { token: fixture.reviewer.token, body: {} });
    expect(approved.status).toBe(200);
  }

  /** The first document, approved: three units in the memory. */
  async function seedMemory(): Promise<string> {
    const documentId = await submit(fixture, text(FIRST), { title: 'Förderaufruf' });
    await translateAndApprove(documentId, FIRST.map((s) => PL[s]));
    return documentId;
  }

  async function createProject(name: string, tm?: Record<string, unknown>): Promise<string> {
    const created = await fixture.app.request('POST', '/api/projects', {
      token: fixture.coordinator.token,
      body: { name, sourceLang: 'de', targetLang: 'pl', ...(tm ? { settings: { tm } } : {}) },
    });
    expect(created.status).toBe(201);
    return created.body.id as string;
  }

  describe('approved segments enter the memory', () => {
    test('approving makes one unit per segment, with origin segment and its id', async () => {
      const documentId = await seedMemory();
      const segments = await segmentsOf(fixture, documentId);

      const body = await units();

      expect(body.total).toBe(3);
      expect(body.items.map((u: Record<string, unknown>) => [u.source, u.target, u.origin, u.originId])).toEqual(
        FIRST.map((source, i) => [source, PL[source], 'segment', segments[i]!.id]),
      );
    });

    test('approving again with another target updates the unit instead of adding one', async () => {
      const documentId = await seedMemory();
      const [first] = await segmentsOf(fixture, documentId);
      const before = (await units()).items[0];

      const rejected = await fixture.app.request('POST', `/api/segments/${first!.id}/reject`, { token: fixture.reviewer.token, body: { reason: 'Zgorzelec, nie zgorzelecki' } });
      const edited = await fixture.app.request('PATCH', `/api/segments/${first!.id}`, {
        token: fixture.translator.token,
        body: { target: 'Powiat Zgorzelec wspiera stowarzyszenia.', version: rejected.body.version },
      });
      await fixture.app.request('POST', `/api/segments/${first!.id}/confirm`, { token: fixture.translator.token, body: { version: edited.body.version } });
      const approved = await fixture.app.request('POST', `/api/segments/${first!.id}/approve`, { token: fixture.reviewer.token, body: {} });
      expect(approved.body.state).toBe('approved');

      const after = await units();
      expect(after.total).toBe(3);
      expect(after.items[0]).toEqual({ ...before, target: 'Powiat Zgorzelec wspiera stowarzyszenia.' });
      const found = await lookup({ text: GOERLITZ });
      expect(found.body.items.map((m: Record<string, unknown>) => [m.unitId, m.target])).toEqual([[before.id, 'Powiat Zgorzelec wspiera stowarzyszenia.']]);
    });

    test('a twin approved by propagation gets its own unit', async () => {
      const documentId = await submit(fixture, text([GOERLITZ, ANTRAEGE, GOERLITZ]));
      await translateAndApprove(documentId, [PL[GOERLITZ], PL[ANTRAEGE]]);

      const body = await units();

      expect(body.items.map((u: Record<string, unknown>) => [u.source, u.target])).toEqual([
        [GOERLITZ, PL[GOERLITZ]],
        [ANTRAEGE, PL[ANTRAEGE]],
        [GOERLITZ, PL[GOERLITZ]],
      ]);
      // Listed once in lookups: the same pair.
      expect((await lookup({ text: GOERLITZ })).body.items).toHaveLength(1);
    });
  });

  describe('GET /api/projects/:id/tm/lookup', () => {
    beforeEach(async () => {
      await seedMemory();
    });

    test('an identical sentence is an exact match (100) with an all-equal diff', async () => {
      const response = await lookup({ text: ANTRAEGE });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        items: [
          {
            unitId: expect.any(String),
            source: ANTRAEGE,
            target: PL[ANTRAEGE],
            score: 100,
            band: '100',
            diff: [{ op: 'equal', text: ANTRAEGE }],
            origin: 'segment',
            projectId: fixture.projectId,
          },
        ],
      });
    });

    test('with the same neighbours it is in-context (101); an empty prev means the document starts there', async () => {
      const inContext = await lookup({ text: ANTRAEGE, prev: GOERLITZ, next: FOERDERUNG });
      const otherNext = await lookup({ text: ANTRAEGE, prev: GOERLITZ, next: 'Danke.' });
      const atStart = await lookup({ text: GOERLITZ, prev: '', next: ANTRAEGE });

      expect(inContext.body.items.map((m: Record<string, unknown>) => [m.score, m.band])).toEqual([[100, '101']]);
      expect(otherNext.body.items.map((m: Record<string, unknown>) => [m.score, m.band])).toEqual([[100, '100']]);
      expect(atStart.body.items.map((m: Record<string, unknown>) => [m.score, m.band])).toEqual([[100, '101']]);
    });

    test('fuzzy matches carry their score, band and word diff, best first', async () => {
      const bautzen = await lookup({ text: BAUTZEN });
      const lower = await lookup({ text: LOWER });
      const hoechstens = await lookup({ text: HOECHSTENS });

      expect(bautzen.body.items).toEqual([
        expect.objectContaining({
          source: GOERLITZ,
          target: PL[GOERLITZ],
          score: 81,
          band: '75-84',
          diff: [
            { op: 'equal', text: 'Der Landkreis' },
            { op: 'delete', text: ' Görlitz' },
            { op: 'insert', text: ' Bautzen' },
            { op: 'equal', text: ' fördert Vereine.' },
          ],
        }),
      ]);
      expect(lower.body.items.map((m: Record<string, unknown>) => [m.source, m.score, m.band])).toEqual([[GOERLITZ, 95, '95-99']]);
      expect(hoechstens.body.items.map((m: Record<string, unknown>) => [m.source, m.score, m.band])).toEqual([[FOERDERUNG, 92, '85-94']]);
    });

    test("matches below the project's threshold are left out; lowering it lists them in band 50-74", async () => {
      expect((await lookup({ text: MINDESTENS })).body.items).toEqual([]);

      const settings = await patchSettings({ threshold: 50 });
      expect(settings.body.settings.tm).toEqual({ shareMemory: true, threshold: 50, exactState: 'translated', inContextState: 'translated' });

      expect((await lookup({ text: MINDESTENS })).body.items.map((m: Record<string, unknown>) => [m.source, m.score, m.band])).toEqual([[FOERDERUNG, 58, '50-74']]);
    });

    test('limit caps the matches', async () => {
      const response = await lookup({ text: 'Der Landkreis fördert Vereine.', limit: '1' });
      expect(response.body.items.map((m: Record<string, unknown>) => m.source)).toEqual([GOERLITZ]);
    });

    test.each([
      ['no text', {}],
      ['an empty text', { text: '  ' }],
      ['limit 0', { text: GOERLITZ, limit: '0' }],
      ['limit 21', { text: GOERLITZ, limit: '21' }],
      ['a limit that is no number', { text: GOERLITZ, limit: 'viele' }],
      ['an unknown parameter', { text: GOERLITZ, minScore: '10' }],
    ])('%s is 400 invalid_input', async (_name, query) => {
      const response = await lookup(query as Record<string, string>);
      expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
    });

    test('a non-member gets 404 and nothing of the memory', async () => {
      const response = await lookup({ text: GOERLITZ }, fixture.projectId, fixture.outsider.token);
      expect([response.status, response.body.error]).toEqual([404, 'not_found']);
    });
  });

  describe('pre-translation at submission', () => {
    /** GOERLITZ in its context (101), ANTRAEGE elsewhere (100), fuzzy 81 / 92 / 95, 58, new, Polish, a repetition. */
    const SECOND = [GOERLITZ, ANTRAEGE, BAUTZEN, HOECHSTENS, MINDESTENS, RUECKFRAGEN, POLISH, RUECKFRAGEN, LOWER];

    test('fills exact and in-context matches, proposes good fuzzy ones, leaves the rest new for DeepL', async () => {
      await seedMemory();
      const documentId = await submit(fixture, text(SECOND), { title: 'Zweiter Aufruf' });

      const segments = await segmentsOf(fixture, documentId);
      expect(segments.map((s) => [s.source, s.target, s.state, s.origin])).toEqual([
        [GOERLITZ, PL[GOERLITZ], 'translated', 'tm'],
        [ANTRAEGE, PL[ANTRAEGE], 'translated', 'tm'],
        [BAUTZEN, PL[GOERLITZ], 'draft', 'tm'],
        [HOECHSTENS, PL[FOERDERUNG], 'draft', 'tm'],
        [MINDESTENS, null, 'new', null],
        [RUECKFRAGEN, null, 'new', null],
        [POLISH, POLISH, 'locked', 'source'],
        [RUECKFRAGEN, null, 'new', null],
        [LOWER, PL[GOERLITZ], 'draft', 'tm'],
      ]);
      const notes = await Promise.all(
        segments.map(async (s) => (await get(`/api/segments/${s.id}/history`)).body.items.map((e: Record<string, unknown>) => [e.action, e.toState, e.note])),
      );
      expect(notes[0]).toEqual([
        ['created', 'new', null],
        ['propose', 'translated', 'tm:101'],
      ]);
      expect(notes.slice(1, 4).map((n: unknown[]) => n[1])).toEqual([
        ['propose', 'translated', 'tm:100'],
        ['propose', 'draft', 'tm:81'],
        ['propose', 'draft', 'tm:92'],
      ]);
      expect(notes[8]![1]).toEqual(['propose', 'draft', 'tm:95']);
      expect(notes[4]).toEqual([['created', 'new', null]]);

      // The MT job sends only what the memory could not fill, each distinct sentence once.
      const job = await runMt(fixture, documentId);
      expect(job).toMatchObject({ status: 'done', total: 3, done: 3 });
      expect(deepl.stats.texts).toEqual([MINDESTENS, RUECKFRAGEN]);
      const after = await segmentsOf(fixture, documentId);
      expect(after.map((s) => [s.state, s.origin])).toEqual([
        ['translated', 'tm'],
        ['translated', 'tm'],
        ['draft', 'tm'],
        ['draft', 'tm'],
        ['draft', 'mt'],
        ['draft', 'mt'],
        ['locked', 'source'],
        ['draft', 'mt'],
        ['draft', 'tm'],
      ]);
    });

    test('the analysis counts segments and words per band, and the document status shows it', async () => {
      await seedMemory();
      const documentId = await submit(fixture, text(SECOND), { title: 'Zweiter Aufruf' });

      const status = await get(`/api/documents/${documentId}`, fixture.coordinator.token);

      expect(status.body.analysis).toEqual({
        '101': { segments: 1, words: 5 },
        '100': { segments: 1, words: 6 },
        '95-99': { segments: 1, words: 5 },
        '85-94': { segments: 1, words: 6 },
        '75-84': { segments: 1, words: 5 },
        '50-74': { segments: 1, words: 8 },
        no_match: { segments: 1, words: 4 },
        repetition: { segments: 1, words: 4 },
        locked: { segments: 1, words: 9 },
      });
    });

    test('a new project with an empty memory sends everything to DeepL, and its analysis says no_match', async () => {
      const documentId = await submit(fixture, text([GOERLITZ, ANTRAEGE, GOERLITZ]));

      const status = await get(`/api/documents/${documentId}`, fixture.coordinator.token);

      expect(status.body.analysis).toMatchObject({ '100': { segments: 0, words: 0 }, no_match: { segments: 2, words: 11 }, repetition: { segments: 1, words: 5 } });
      expect(await runMt(fixture, documentId)).toMatchObject({ status: 'done', total: 3 });
      expect(deepl.stats.texts).toEqual([GOERLITZ, ANTRAEGE]);
    });

    test('with exact and in-context states set to approved, matches are approved by nobody and enter the memory themselves', async () => {
      await seedMemory();
      await patchSettings({ exactState: 'approved', inContextState: 'approved' });
      const documentId = await submit(fixture, text([GOERLITZ, ANTRAEGE, RUECKFRAGEN]));

      const segments = await segmentsOf(fixture, documentId);
      const first = (await get(`/api/segments/${segments[0]!.id}`)).body;

      expect(segments.map((s) => [s.state, s.origin])).toEqual([
        ['approved', 'tm'],
        ['approved', 'tm'],
        ['new', null],
      ]);
      expect([first.translatedBy, first.reviewedBy]).toEqual([null, null]);
      const body = await units();
      expect(body.total).toBe(5);
      expect(body.items.slice(3).map((u: Record<string, unknown>) => [u.source, u.originId])).toEqual([
        [GOERLITZ, segments[0]!.id],
        [ANTRAEGE, segments[1]!.id],
      ]);
    });
  });

  describe('segments and their matches', () => {
    test('GET /api/segments/:id carries the top matches; the segment list does not', async () => {
      await seedMemory();
      const documentId = await submit(fixture, text([BAUTZEN, RUECKFRAGEN]));
      const [bautzen, rueckfragen] = await segmentsOf(fixture, documentId);

      const read = await get(`/api/segments/${bautzen!.id}`);
      const none = await get(`/api/segments/${rueckfragen!.id}`);
      const list = await get(`/api/documents/${documentId}/segments`);

      expect(read.body.tmMatches.map((m: Record<string, unknown>) => [m.source, m.target, m.score, m.band, m.origin])).toEqual([
        [GOERLITZ, PL[GOERLITZ], 81, '75-84', 'segment'],
      ]);
      expect(none.body.tmMatches).toEqual([]);
      expect(list.body.items[0]).not.toHaveProperty('tmMatches');
    });

    test("an approved segment's own unit is no match for itself", async () => {
      const documentId = await seedMemory();
      const [first] = await segmentsOf(fixture, documentId);
      expect((await get(`/api/segments/${first!.id}`)).body.tmMatches).toEqual([]);
    });
  });

  describe('GET /api/projects/:id/tm/search (concordance)', () => {
    test('finds German words case- and diacritic-insensitively, with highlights in the source', async () => {
      await seedMemory();

      const response = await search({ q: 'GORLITZ' });

      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        items: [
          {
            unitId: expect.any(String),
            source: GOERLITZ,
            target: PL[GOERLITZ],
            origin: 'segment',
            projectId: fixture.projectId,
            highlights: [{ start: 14, end: 21 }],
            updatedAt: expect.any(String),
          },
        ],
        total: 1,
        offset: 0,
        limit: 20,
      });
    });

    test('finds Polish words and phrases in the targets, highlighted there', async () => {
      await seedMemory();

      const word = await search({ q: 'skladac', lang: 'pl' });
      const phrase = await search({ q: '"maksymalnie 5.000"', lang: 'pl' });
      const wrongOrder = await search({ q: '"5.000 maksymalnie"', lang: 'pl' });
      const prefix = await search({ q: 'stowarzysz*', lang: 'pl' });

      expect(word.body.items.map((i: Record<string, unknown>) => [i.target, i.highlights])).toEqual([[PL[ANTRAEGE], [{ start: 15, end: 22 }]]]);
      expect(phrase.body.items.map((i: Record<string, unknown>) => [i.target, i.highlights])).toEqual([[PL[FOERDERUNG], [{ start: 22, end: 39 }]]]);
      expect(wrongOrder.body).toMatchObject({ items: [], total: 0 });
      expect(prefix.body.items.map((i: Record<string, unknown>) => [i.target, i.highlights])).toEqual([[PL[GOERLITZ], [{ start: 27, end: 41 }]]]);
    });

    test('pages through every unit holding all the words, most recent first, with the total', async () => {
      const sentences = [1, 2, 3, 4, 5].map((n) => `Görlitz lädt zum ${n}. Mal ein.`);
      const documentId = await submit(fixture, text(sentences));
      await translateAndApprove(documentId, [1, 2, 3, 4, 5].map((n) => `Zgorzelec zaprasza po raz ${n}.`));

      const first = await search({ q: 'görlitz lädt', limit: '2' });
      const last = await search({ q: 'görlitz lädt', offset: '4', limit: '2' });

      expect([first.body.total, first.body.offset, first.body.limit]).toEqual([5, 0, 2]);
      expect(first.body.items.map((i: Record<string, unknown>) => i.source)).toEqual([sentences[4], sentences[3]]);
      expect(first.body.items[0].highlights).toEqual([{ start: 0, end: 7 }, { start: 8, end: 12 }]);
      expect([last.body.total, last.body.items.map((i: Record<string, unknown>) => i.source)]).toEqual([5, [sentences[0]]]);
    });

    test.each([
      ['no query', {}],
      ['an empty query', { q: ' ' }],
      ['a query without words', { q: '!?' }],
      ['an unknown language', { q: 'Görlitz', lang: 'en' }],
      ['a negative offset', { q: 'Görlitz', offset: '-1' }],
      ['limit 101', { q: 'Görlitz', limit: '101' }],
      ['an unknown parameter', { q: 'Görlitz', page: '2' }],
    ])('%s is 400 invalid_input', async (_name, query) => {
      const response = await search(query as Record<string, string>);
      expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
    });
  });

  describe('sharing between projects', () => {
    test("sharing projects see each other's units; turning sharing off isolates a project both ways", async () => {
      await seedMemory();
      const partner = await createProject('Partnerprojekt');
      const apart = await createProject('Eigenes Projekt', { shareMemory: false });
      const sources = async (projectId: string) =>
        (await lookup({ text: GOERLITZ }, projectId, fixture.coordinator.token)).body.items.map((m: Record<string, unknown>) => [m.target, m.projectId]);

      expect(await sources(partner)).toEqual([[PL[GOERLITZ], fixture.projectId]]);
      expect(await sources(apart)).toEqual([]);

      const off = await patchSettings({ shareMemory: false });
      expect(off.body.settings.tm).toEqual({ shareMemory: false, threshold: 75, exactState: 'translated', inContextState: 'translated' });

      expect(await sources(partner)).toEqual([]);
      expect(await sources(fixture.projectId)).toEqual([[PL[GOERLITZ], fixture.projectId]]);
      expect((await search({ q: 'görlitz' }, partner, fixture.coordinator.token)).body).toMatchObject({ items: [], total: 0 });
      expect((await search({ q: 'görlitz' })).body.total).toBe(1);
      // Submissions in the partner project find nothing to pre-translate any more.
      const partnerDocument = await fixture.app.request('POST', `/api/projects/${partner}/documents`, {
        token: fixture.coordinator.token,
        body: { title: 'Aufruf', format: 'text', content: text([GOERLITZ]) },
      });
      expect(partnerDocument.body.analysis).toMatchObject({ '100': { segments: 0, words: 0 }, '101': { segments: 0, words: 0 }, no_match: { segments: 1, words: 5 } });
    });

    test('a sharing project pre-translates from the memory of another', async () => {
      await seedMemory();
      const partner = await createProject('Partnerprojekt');

      const created = await fixture.app.request('POST', `/api/projects/${partner}/documents`, {
        token: fixture.coordinator.token,
        body: { title: 'Aufruf', format: 'text', content: text([ANTRAEGE]) },
      });

      // Exact, not in-context: alone in its document, its neighbours differ from those of the unit.
      expect(created.body.analysis).toMatchObject({ '100': { segments: 1, words: 6 }, '101': { segments: 0, words: 0 } });
      const segments = await segmentsOf(fixture, created.body.id as string, fixture.coordinator.token);
      expect(segments.map((s) => [s.target, s.state, s.origin])).toEqual([[PL[ANTRAEGE], 'translated', 'tm']]);
    });
  });

  describe('TM settings', () => {
    test.each([
      ['a threshold below 50', { threshold: 49 }],
      ['a threshold above 100', { threshold: 101 }],
      ['a fractional threshold', { threshold: 80.5 }],
      ['an unknown state', { exactState: 'draft' }],
      ['an unknown field', { fuzzy: true }],
    ])('%s is 400 invalid_input and changes nothing', async (_name, tm) => {
      const response = await patchSettings(tm);
      expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
      expect((await get(`/api/projects/${fixture.projectId}`, fixture.coordinator.token)).body.settings).toEqual({ formality: 'default', allowSelfApproval: false });
    });

    test('a partial change keeps the other TM settings', async () => {
      await patchSettings({ threshold: 85 });
      const response = await patchSettings({ exactState: 'approved' });
      expect(response.body.settings.tm).toEqual({ shareMemory: true, threshold: 85, exactState: 'approved', inContextState: 'translated' });
    });
  });
});
