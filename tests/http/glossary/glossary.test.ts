// The project glossary over HTTP: terms by role, CSV/TBX export and import, the terms of a segment,
// and the DeepL glossary every MT request of the project uses.
import { mtCacheKey } from '../../../server/commands/mt/cacheKey';
import { parseGlossaryTbx, termFields } from '../../../server/domain/glossary';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { runMt, segmentsOf, startWorkflow, submit, type Person, type WorkflowFixture } from '../../support/workflow';

const CSV = [
  'de,pl,note,partOfSpeech,caseSensitive,forbidden,status,compound',
  'Freistaat Sachsen,Wolne Państwo Saksonia,,proper_noun,false,Kraj Związkowy Saksonia,approved,false',
  'Landkreis Görlitz,powiat zgorzelecki,"Amtlich, seit 2008",proper_noun,false,,approved,false',
  'Grenzraum,pogranicze,,noun,false,obszar przygraniczny|strefa graniczna,approved,true',
  '',
].join('\r\n');

describe('glossary over HTTP', () => {
  let fixture: WorkflowFixture;
  let deepl: FakeDeepl;

  beforeEach(async () => {
    deepl = await startFakeDeepl();
    fixture = await startWorkflow({
      translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }),
      // Files of 4,000 characters and more are read on a worker thread.
      config: { mt: { batchSize: 50, maxRetries: 2, retryBaseMs: 1 }, bodyLimitBytes: 20_000, workerMinChars: 4_000 },
    });
  });
  afterEach(async () => {
    await fixture.app.close();
    await deepl.close();
  });

  const base = () => `/api/projects/${fixture.projectId}/glossary`;
  const add = (who: Person, body: Record<string, unknown>, headers?: Record<string, string>) =>
    fixture.app.request('POST', base(), { token: who.token, body, headers });
  const list = async (who: Person = fixture.translator) => {
    const response = await fixture.app.request('GET', base(), { token: who.token });
    expect(response.status).toBe(200);
    return response.body.items as Record<string, unknown>[];
  };
  const importFile = (content: string, contentType: string, query = '', who: Person = fixture.coordinator, headers: Record<string, string> = {}) =>
    fixture.app.request('POST', `${base()}/import${query}`, { token: who.token, body: content, headers: { 'content-type': contentType, ...headers } });

  describe('terms', () => {
    test('a coordinator adds an approved term that every member reads; others do not see it', async () => {
      const created = await add(fixture.coordinator, { de: ' Grenzraum ', pl: 'pogranicze', forbidden: ['strefa graniczna', ''], compound: true });

      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String),
        projectId: fixture.projectId,
        de: 'Grenzraum',
        pl: 'pogranicze',
        note: null,
        partOfSpeech: null,
        caseSensitive: false,
        forbidden: ['strefa graniczna'],
        status: 'approved',
        compound: true,
        version: 1,
        createdBy: fixture.coordinator.id,
        createdAt: expect.any(String),
        updatedAt: created.body.createdAt,
      });
      for (const member of [fixture.translator, fixture.reviewer, fixture.editor]) expect(await list(member)).toEqual([created.body]);
      const outsider = await fixture.app.request('GET', base(), { token: fixture.outsider.token });
      expect([outsider.status, outsider.body.error]).toEqual([404, 'not_found']);
    });

    test('a translator may only propose: the status is forced to proposed; editors and reviewers may not add', async () => {
      const proposed = await add(fixture.translator, { de: 'Kleinprojektefonds', pl: 'Fundusz Małych Projektów', status: 'approved' });
      expect([proposed.status, proposed.body.status]).toEqual([201, 'proposed']);

      for (const who of [fixture.editor, fixture.reviewer]) {
        const refused = await add(who, { de: 'Stadt', pl: 'miasto' });
        expect([refused.status, refused.body.error]).toEqual([403, 'forbidden']);
      }
    });

    test('a translator changes and withdraws only their own proposal, and cannot approve it; a coordinator approves', async () => {
      const own = (await add(fixture.translator, { de: 'Kleinprojektefonds', pl: 'fundusz' })).body;
      const others = (await add(fixture.secondTranslator, { de: 'Landrat', pl: 'starosta' })).body;
      const approved = (await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' })).body;
      const patch = (who: Person, id: string, body: Record<string, unknown>, headers?: Record<string, string>) =>
        fixture.app.request('PATCH', `${base()}/${id}`, { token: who.token, body, headers });

      const edited = await patch(fixture.translator, own.id, { pl: 'Fundusz Małych Projektów', version: 1 });
      expect([edited.status, edited.body.pl, edited.body.version, edited.body.status]).toEqual([200, 'Fundusz Małych Projektów', 2, 'proposed']);

      const selfApproval = await patch(fixture.translator, own.id, { status: 'approved' }, { 'accept-language': 'de' });
      expect(selfApproval.status).toBe(403);
      expect(selfApproval.body).toEqual({
        error: 'glossary_approval_forbidden',
        message: 'Nur Koordinatoren können Glossareinträge freigeben; Ihr Vorschlag bleibt ein Vorschlag.',
      });
      expect((await patch(fixture.translator, others.id, { pl: 'x' })).status).toBe(403);
      expect((await patch(fixture.translator, approved.id, { pl: 'x' })).status).toBe(403);

      const byCoordinator = await patch(fixture.coordinator, own.id, { status: 'approved', version: 2 });
      expect([byCoordinator.status, byCoordinator.body.status, byCoordinator.body.version]).toEqual([200, 'approved', 3]);
      // Approved, it is no longer the translator's to change or delete.
      expect((await patch(fixture.translator, own.id, { note: 'x' })).status).toBe(403);
      expect((await fixture.app.request('DELETE', `${base()}/${own.id}`, { token: fixture.translator.token })).status).toBe(403);
      expect((await fixture.app.request('DELETE', `${base()}/${others.id}`, { token: fixture.secondTranslator.token })).status).toBe(204);
    });

    test('a change based on a stale version is 409 glossary_term_changed with the current term', async () => {
      const term = (await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' })).body;
      await fixture.app.request('PATCH', `${base()}/${term.id}`, { token: fixture.coordinator.token, body: { note: 'erste Änderung', version: 1 } });

      const stale = await fixture.app.request('PATCH', `${base()}/${term.id}`, {
        token: fixture.coordinator.token,
        body: { pl: 'obszar przygraniczny', version: 1 },
        headers: { 'accept-language': 'pl' },
      });

      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({
        error: 'glossary_term_changed',
        message: 'Ktoś inny zmienił w międzyczasie ten wpis glosariusza. Odśwież go i sprawdź swoją zmianę.',
        details: { termId: term.id, expectedVersion: 1, actualVersion: 2, current: { pl: 'pogranicze', note: 'erste Änderung', version: 2 } },
      });
      const staleDelete = await fixture.app.request('DELETE', `${base()}/${term.id}?version=1`, { token: fixture.coordinator.token });
      expect([staleDelete.status, staleDelete.body.error]).toEqual([409, 'glossary_term_changed']);
    });

    test('the same German–Polish pair twice is 409 glossary_term_exists, whatever the case', async () => {
      await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' });
      const twin = await add(fixture.coordinator, { de: 'GRENZRAUM', pl: 'Pogranicze' });
      expect([twin.status, twin.body.error]).toEqual([409, 'glossary_term_exists']);
      // Another Polish equivalent of the same German term is allowed.
      expect((await add(fixture.coordinator, { de: 'Grenzraum', pl: 'obszar przygraniczny' })).status).toBe(201);
    });

    test('deleting a term removes it; an unknown term, or a term of another project, is 404', async () => {
      const term = (await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' })).body;
      const other = await fixture.app.request('POST', '/api/projects', {
        token: fixture.coordinator.token,
        body: { name: 'Anderes Projekt', sourceLang: 'de', targetLang: 'pl' },
      });

      const wrongProject = await fixture.app.request('DELETE', `/api/projects/${other.body.id}/glossary/${term.id}`, { token: fixture.coordinator.token });
      expect([wrongProject.status, wrongProject.body.error]).toEqual([404, 'not_found']);
      expect((await fixture.app.request('DELETE', `${base()}/${term.id}`, { token: fixture.coordinator.token })).status).toBe(204);
      expect(await list()).toEqual([]);
      const gone = await fixture.app.request('DELETE', `${base()}/${term.id}`, { token: fixture.coordinator.token, headers: { 'accept-language': 'de' } });
      expect(gone.body).toEqual({ error: 'not_found', message: 'Der Glossareintrag wurde nicht gefunden.' });
    });

    test('bad input: unknown fields are 400 invalid_input, control characters 400 invalid_glossary_term', async () => {
      const unknown = await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze', gender: 'n' });
      expect([unknown.status, unknown.body.error, unknown.body.details.issues]).toEqual([400, 'invalid_input', [{ path: 'gender', message: 'unknown field' }]]);

      const control = await add(fixture.coordinator, { de: 'Grenz\u0007raum', pl: 'pogranicze' }, { 'accept-language': 'de' });
      expect(control.status).toBe(400);
      expect(control.body).toEqual({
        error: 'invalid_glossary_term',
        message:
          'Der Glossareintrag ist ungültig: Deutscher und polnischer Begriff dürfen nicht leer sein und keine Steuerzeichen enthalten, verbotene Varianten kein „|“.',
        details: { problems: ['de contains control characters'] },
      });
      const empty = await fixture.app.request('PATCH', `${base()}/whatever`, { token: fixture.coordinator.token, body: { version: 1 } });
      expect([empty.status, empty.body.error]).toEqual([400, 'invalid_input']);
    });
  });

  describe('export and import', () => {
    test('exports CSV with a UTF-8 byte-order mark, the right type and file name', async () => {
      await importFile(CSV, 'text/csv');
      const response = await fetch(`${fixture.app.baseUrl}${base()}?format=csv`, { headers: { authorization: `Bearer ${fixture.translator.token}` } });
      const bytes = Buffer.from(await response.arrayBuffer());

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Grenzraumstudie 2026.glossary.csv"; filename*=UTF-8''Grenzraumstudie%202026.glossary.csv`);
      expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(bytes.subarray(3).toString('utf8')).toBe(CSV);
    });

    test('exports TBX that reads back as the glossary', async () => {
      await importFile(CSV, 'text/csv');
      const response = await fixture.app.request('GET', `${base()}?format=tbx`, { token: fixture.translator.token });

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/x-tbx; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Grenzraumstudie 2026.glossary.tbx"; filename*=UTF-8''Grenzraumstudie%202026.glossary.tbx`);
      expect(parseGlossaryTbx(response.text).terms.map((t) => [t.de, t.pl, t.forbidden])).toEqual([
        ['Freistaat Sachsen', 'Wolne Państwo Saksonia', ['Kraj Związkowy Saksonia']],
        ['Landkreis Görlitz', 'powiat zgorzelecki', []],
        ['Grenzraum', 'pogranicze', ['obszar przygraniczny', 'strefa graniczna']],
      ]);
    });

    test('imports CSV by merging: new terms added, known pairs updated or left, others kept', async () => {
      const kept = (await add(fixture.coordinator, { de: 'Stadt', pl: 'miasto' })).body;
      await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze', note: 'alt' });

      const first = await importFile(CSV, 'text/csv');
      expect([first.status, first.body]).toEqual([200, { mode: 'merge', created: 2, updated: 1, unchanged: 0, removed: 0, skipped: 0, total: 4 }]);
      const again = await importFile(CSV, 'text/csv; charset=utf-8');
      expect(again.body).toEqual({ mode: 'merge', created: 0, updated: 0, unchanged: 3, removed: 0, skipped: 0, total: 4 });

      const items = await list();
      expect(items.map((t) => [t.de, t.pl, t.version])).toEqual([
        ['Stadt', 'miasto', 1],
        ['Grenzraum', 'pogranicze', 2],
        ['Freistaat Sachsen', 'Wolne Państwo Saksonia', 1],
        ['Landkreis Görlitz', 'powiat zgorzelecki', 1],
      ]);
      expect(items[0]).toEqual(kept);
      expect(items[1]).toMatchObject({ note: null, compound: true, forbidden: ['obszar przygraniczny', 'strefa graniczna'] });
    });

    test('imports by replacing: terms the file lacks are removed', async () => {
      await importFile(CSV, 'text/csv');
      const tbx = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX"><text><body>
  <termEntry><langSet xml:lang="de"><tig><term>Grenzraum</term></tig></langSet><langSet xml:lang="pl"><tig><term>pogranicze</term></tig></langSet></termEntry>
  <termEntry><langSet xml:lang="de"><tig><term>Euroregion Neisse</term></tig></langSet><langSet xml:lang="pl"><tig><term>Euroregion Nysa</term></tig></langSet></termEntry>
  <termEntry><langSet xml:lang="de"><tig><term>Landrat</term></tig></langSet><langSet xml:lang="en"><tig><term>district administrator</term></tig></langSet></termEntry>
</body></text></martif>`;

      const replaced = await importFile(tbx, 'application/xml', '?mode=replace');

      expect(replaced.body).toEqual({ mode: 'replace', created: 1, updated: 1, unchanged: 0, removed: 2, skipped: 1, total: 2 });
      expect((await list()).map((t) => [t.de, t.pl, t.forbidden])).toEqual([
        ['Grenzraum', 'pogranicze', []],
        ['Euroregion Neisse', 'Euroregion Nysa', []],
      ]);
    });

    test('a file of 800 terms is read on a worker thread and written in batches: every term, in file order, with exact counts', async () => {
      await importFile(CSV, 'text/csv');
      const rows = Array.from({ length: 800 }, (_, i) => `Begriff ${i},termin ${i}`);
      const csv = ['de,pl', 'Grenzraum,pogranicze', ...rows, ''].join('\n');
      expect(csv.length).toBeGreaterThan(4_000);

      const replaced = await importFile(csv, 'text/csv', '?mode=replace');

      expect([replaced.status, replaced.body]).toEqual([200, { mode: 'replace', created: 800, updated: 1, unchanged: 0, removed: 2, skipped: 0, total: 801 }]);
      expect(fixture.app.heavyWork.threads).toBe(1);
      const items = await list();
      expect(items.map((t) => t.de)).toEqual(['Grenzraum', ...rows.map((row) => row.split(',')[0])]);
      expect(items[0]).toMatchObject({ pl: 'pogranicze', forbidden: [], version: 2 });
    });

    test('accepts TBX as application/x-tbx and text/xml, and any file as JSON { content } with a format', async () => {
      const tbx = (de: string) =>
        `<martif><text><body><termEntry><langSet xml:lang="de"><tig><term>${de}</term></tig></langSet><langSet xml:lang="pl"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>`;
      expect((await importFile(tbx('A'), 'application/x-tbx')).body.created).toBe(1);
      expect((await importFile(tbx('B'), 'text/xml')).body.created).toBe(1);
      const json = await fixture.app.request('POST', `${base()}/import?format=csv`, { token: fixture.coordinator.token, body: { content: 'de,pl\nC,y\n' } });
      expect([json.status, json.body.created, json.body.total]).toEqual([200, 1, 3]);
      const plain = await importFile('de,pl\nD,z\n', 'text/plain', '?format=csv');
      expect(plain.body.total).toBe(4);
    });

    test('a bad file is 400 with its line and nothing changes', async () => {
      await importFile(CSV, 'text/csv');
      const before = await list();

      const csv = await importFile('de,pl\nA,B\nC,"D\n', 'text/csv', '', fixture.coordinator, { 'accept-language': 'pl' });
      expect(csv.status).toBe(400);
      expect(csv.body).toEqual({
        error: 'invalid_csv',
        message: 'Plik CSV zawiera błąd w wierszu 3; nic nie zostało zaimportowane.',
        details: { line: 3, reason: 'a quoted field is not closed' },
      });
      const tbx = await importFile('<martif>\n<text>\n</martif>', 'application/xml', '?mode=replace', fixture.coordinator, { 'accept-language': 'de' });
      expect([tbx.status, tbx.body.error, tbx.body.message, tbx.body.details.line]).toEqual([
        400,
        'invalid_tbx',
        'Die TBX-Datei ist in Zeile 3 kein gültiges TBX; es wurde nichts importiert.',
        3,
      ]);
      const empty = await importFile('de,pl\r\n', 'text/csv', '?mode=replace');
      expect([empty.status, empty.body.error]).toEqual([400, 'glossary_import_empty']);
      expect(await list()).toEqual(before);
    });

    test('an import needs a known format and media type, a body within the limit, and a coordinator', async () => {
      const unknownFormat = await importFile('de,pl\nA,B\n', 'text/plain');
      expect([unknownFormat.status, unknownFormat.body.error]).toEqual([400, 'glossary_format_required']);
      const binary = await importFile('de,pl\nA,B\n', 'application/octet-stream', '?format=csv');
      expect([binary.status, binary.body.error]).toEqual([415, 'unsupported_media_type']);
      const tooBig = await importFile(`de,pl\n${'Grenzraum,pogranicze\n'.repeat(2000)}`, 'text/csv');
      expect([tooBig.status, tooBig.body.error]).toEqual([413, 'payload_too_large']);
      const translator = await importFile(CSV, 'text/csv', '', fixture.translator);
      expect([translator.status, translator.body.error]).toEqual([403, 'forbidden']);
      const badMode = await importFile(CSV, 'text/csv', '?mode=append');
      expect([badMode.status, badMode.body.error]).toEqual([400, 'invalid_input']);
      expect(await list()).toEqual([]);
    });
  });

  describe('GET /api/segments/:id/glossary', () => {
    test('lists the terms of the source with positions, the verdict on the target and forbidden variants used', async () => {
      await importFile(CSV, 'text/csv');
      await add(fixture.translator, { de: 'Kleinprojektefonds', pl: 'Fundusz Małych Projektów' });
      const documentId = await submit(fixture, 'Der Freistaat Sachsen und der Landkreis Görlitz fördern die Grenzraumstudie aus dem Kleinprojektefonds.\n');
      const [segment] = await segmentsOf(fixture, documentId);

      const untranslated = await fixture.app.request('GET', `/api/segments/${segment!.id}/glossary`, { token: fixture.reviewer.token });
      expect(untranslated.status).toBe(200);
      expect(untranslated.body.items.map((hit: { term: { de: string }; positions: unknown; satisfied: unknown }) => [hit.term.de, hit.positions, hit.satisfied])).toEqual([
        ['Freistaat Sachsen', [{ start: 4, end: 21, text: 'Freistaat Sachsen', kind: 'exact' }], null],
        ['Landkreis Görlitz', [{ start: 30, end: 47, text: 'Landkreis Görlitz', kind: 'exact' }], null],
        ['Grenzraum', [{ start: 60, end: 75, text: 'Grenzraumstudie', kind: 'compound' }], null],
        ['Kleinprojektefonds', [{ start: 84, end: 102, text: 'Kleinprojektefonds', kind: 'exact' }], null],
      ]);

      await fixture.app.request('PATCH', `/api/segments/${segment!.id}`, {
        token: fixture.translator.token,
        body: { target: 'Kraj Związkowy Saksonia i powiat zgorzelecki wspierają badanie pogranicza z Funduszu Małych Projektów.', version: segment!.version },
      });
      const translated = await fixture.app.request('GET', `/api/segments/${segment!.id}/glossary`, { token: fixture.translator.token });
      expect(translated.body.items.map((hit: { term: { de: string; status: string }; satisfied: unknown; forbidden: unknown }) => [hit.term.de, hit.term.status, hit.satisfied, hit.forbidden])).toEqual([
        ['Freistaat Sachsen', 'approved', false, [{ variant: 'Kraj Związkowy Saksonia', start: 0, end: 23, text: 'Kraj Związkowy Saksonia' }]],
        ['Landkreis Görlitz', 'approved', true, []],
        ['Grenzraum', 'approved', true, []],
        ['Kleinprojektefonds', 'proposed', true, []],
      ]);
      const outsider = await fixture.app.request('GET', `/api/segments/${segment!.id}/glossary`, { token: fixture.outsider.token });
      expect([outsider.status, outsider.body.error]).toEqual([404, 'not_found']);
    });
  });

  describe('the DeepL glossary', () => {
    const TEXT = 'Der Freistaat Sachsen fördert den Grenzraum.\n\nDer Landkreis Görlitz lädt ein.\n';
    const TEXT_2 = 'Der Freistaat Sachsen fördert den Grenzraum.\n\nDie Stadt wächst.\n';

    test('after approved terms are added, MT creates a DE→PL glossary of exactly those and every request uses it', async () => {
      await importFile(CSV, 'text/csv');
      await add(fixture.translator, { de: 'Kleinprojektefonds', pl: 'Fundusz Małych Projektów' }); // proposed: not sent
      const documentId = await submit(fixture, TEXT);

      const job = await runMt(fixture, documentId);

      expect(job).toMatchObject({ status: 'done', done: 2, total: 2 });
      expect(deepl.glossaryStats.created).toEqual([
        {
          glossary_id: 'fake-glossary-1',
          name: 'Nysa DE-PL',
          creation_time: expect.any(String),
          dictionaries: [
            {
              source_lang: 'de',
              target_lang: 'pl',
              entries: [
                ['Freistaat Sachsen', 'Wolne Państwo Saksonia'],
                ['Landkreis Görlitz', 'powiat zgorzelecki'],
                ['Grenzraum', 'pogranicze'],
              ],
            },
          ],
        },
      ]);
      expect(deepl.stats.translateRequests).toBe(1);
      expect(deepl.stats.params.map((p) => p.glossary_id)).toEqual(['fake-glossary-1']);
    });

    test('an unchanged glossary is not synced again; a changed term re-syncs once, replacing the old glossary', async () => {
      const term = (await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' })).body;
      await runMt(fixture, await submit(fixture, TEXT, { title: 'Eins' }));
      await runMt(fixture, await submit(fixture, 'Die Stadt wächst.\n', { title: 'Zwei' }));
      expect(deepl.glossaryStats.created).toHaveLength(1);
      expect(deepl.glossaryStats.requests).toBe(1);

      await fixture.app.request('PATCH', `${base()}/${term.id}`, { token: fixture.coordinator.token, body: { pl: 'obszar przygraniczny', version: 1 } });
      await runMt(fixture, await submit(fixture, 'Der Landrat spricht.\n', { title: 'Drei' }));
      await runMt(fixture, await submit(fixture, 'Der Bürgermeister spricht.\n', { title: 'Vier' }));

      expect(deepl.glossaryStats.created.map((g) => [g.glossary_id, g.dictionaries[0]!.entries])).toEqual([
        ['fake-glossary-1', [['Grenzraum', 'pogranicze']]],
        ['fake-glossary-2', [['Grenzraum', 'obszar przygraniczny']]],
      ]);
      expect(deepl.glossaryStats.deleted).toEqual(['fake-glossary-1']);
      expect([...deepl.glossaries.keys()]).toEqual(['fake-glossary-2']);
      expect(deepl.stats.params.map((p) => p.glossary_id)).toEqual(['fake-glossary-1', 'fake-glossary-1', 'fake-glossary-2', 'fake-glossary-2']);
      // A proposal changes nothing DeepL sees: no sync.
      await add(fixture.translator, { de: 'Landrat', pl: 'starosta' });
      await runMt(fixture, await submit(fixture, 'Der Landrat lädt ein.\n', { title: 'Fünf' }));
      expect(deepl.glossaryStats.created).toHaveLength(2);
    });

    test('the MT cache key differs with the glossary: a sentence is translated again under a new glossary', async () => {
      const options = { sourceLang: 'de', targetLang: 'pl', formality: 'default', glossaryId: null } as const;
      expect(mtCacheKey('Hallo', options)).not.toBe(mtCacheKey('Hallo', { ...options, glossaryId: 'fake-glossary-1' }));
      expect(mtCacheKey('Hallo', { ...options, glossaryId: 'fake-glossary-1' })).not.toBe(mtCacheKey('Hallo', { ...options, glossaryId: 'fake-glossary-2' }));

      await runMt(fixture, await submit(fixture, TEXT, { title: 'Ohne Glossar' })); // no glossary yet
      const term = (await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' })).body;
      await runMt(fixture, await submit(fixture, TEXT_2, { title: 'Mit Glossar 1' }));
      await runMt(fixture, await submit(fixture, TEXT_2, { title: 'Mit Glossar 1, wieder' })); // all from the cache
      await fixture.app.request('PATCH', `${base()}/${term.id}`, { token: fixture.coordinator.token, body: { pl: 'obszar przygraniczny', version: 1 } });
      await runMt(fixture, await submit(fixture, TEXT_2, { title: 'Mit Glossar 2' }));

      expect(deepl.stats.batches).toEqual([
        ['Der Freistaat Sachsen fördert den Grenzraum.', 'Der Landkreis Görlitz lädt ein.'],
        ['Der Freistaat Sachsen fördert den Grenzraum.', 'Die Stadt wächst.'],
        ['Der Freistaat Sachsen fördert den Grenzraum.', 'Die Stadt wächst.'],
      ]);
      expect(deepl.stats.params.map((p) => p.glossary_id)).toEqual([null, 'fake-glossary-1', 'fake-glossary-2']);
    });

    test('a failed sync does not fail the job: it translates without glossary, and the next job syncs', async () => {
      await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' });
      deepl.failNextGlossary(503);
      const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
      try {
        const job = await runMt(fixture, await submit(fixture, TEXT, { title: 'Eins' }));
        expect(job).toMatchObject({ status: 'done', error: null });
        expect(warn).toHaveBeenCalledTimes(1);
      } finally {
        warn.mockRestore();
      }
      await runMt(fixture, await submit(fixture, 'Die Stadt wächst.\n', { title: 'Zwei' }));

      expect(deepl.stats.params.map((p) => p.glossary_id)).toEqual([null, 'fake-glossary-1']);
      expect(deepl.glossaryStats.created).toHaveLength(1);
    });

    test('when no approved term is left the DeepL glossary is deleted; a project without terms never calls the glossary API', async () => {
      const term = (await add(fixture.coordinator, { de: 'Grenzraum', pl: 'pogranicze' })).body;
      await runMt(fixture, await submit(fixture, TEXT, { title: 'Eins' }));
      await fixture.app.request('DELETE', `${base()}/${term.id}`, { token: fixture.coordinator.token });
      await runMt(fixture, await submit(fixture, 'Die Stadt wächst.\n', { title: 'Zwei' }));

      expect(deepl.glossaryStats.deleted).toEqual(['fake-glossary-1']);
      expect(deepl.glossaries.size).toBe(0);
      expect(deepl.stats.params.map((p) => p.glossary_id)).toEqual(['fake-glossary-1', null]);

      deepl.reset();
      const other = await fixture.app.request('POST', '/api/projects', {
        token: fixture.coordinator.token,
        body: { name: 'Ohne Glossar', sourceLang: 'de', targetLang: 'pl' },
      });
      await fixture.app.request('POST', `/api/projects/${other.body.id}/members`, { token: fixture.coordinator.token, body: { userId: fixture.editor.id, roles: ['editor'] } });
      const submitted = await fixture.app.request('POST', `/api/projects/${other.body.id}/documents`, {
        token: fixture.editor.token,
        body: { title: 'T', format: 'text', content: 'Hallo Welt.\n' },
      });
      await runMt(fixture, submitted.body.id);
      expect(deepl.glossaryStats.requests).toBe(0);
      expect(deepl.stats.params.map((p) => p.glossary_id)).toEqual([null]);
    });
  });

  test('termFields gives what a CSV row without optional columns means', () => {
    expect(termFields('A', 'B')).toEqual({ de: 'A', pl: 'B', note: null, partOfSpeech: null, caseSensitive: false, forbidden: [], status: 'approved', compound: false });
  });
});
