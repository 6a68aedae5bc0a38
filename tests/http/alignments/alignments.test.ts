// Aligning published German/Polish pairs: the aligner pairs the sentences, people fix the pairs, and a
// confirmed alignment becomes translation units.
import { startWorkflow, type WorkflowFixture } from '../../support/workflow';

// A press release of the Euroregion and its published Polish version, in which the translator merged
// the two sentences on the railway (2-1) and left out the application deadline (1-0).
const GERMAN = `# Grenzüberschreitende Zusammenarbeit in der Euroregion Neisse

Am 30. und 31. Januar 2019 fand in Görlitz das 4. **Treffen der Partnerstädte** statt. Rund 120 Gäste aus Sachsen und Niederschlesien nahmen daran teil. Die Bürgermeister unterzeichneten eine gemeinsame Erklärung zum Ausbau der Bahnverbindung nach Wrocław. Sie soll bis 2025 elektrifiziert werden.

Für Schulen beider Länder stehen 2,5 Millionen Euro aus dem Kleinprojektefonds bereit. Anträge können bis zum 15. März gestellt werden. Weitere Informationen erhalten Sie im Internet unter www.euroregion-neisse.de.
`;

const POLISH = `# Współpraca transgraniczna w Euroregionie Nysa

W dniach 30 i 31 stycznia 2019 r. w Görlitz odbyło się 4. **spotkanie miast partnerskich**. Wzięło w nim udział około 120 gości z Saksonii i Dolnego Śląska. Burmistrzowie podpisali wspólną deklarację w sprawie rozbudowy połączenia kolejowego do Wrocławia, które ma zostać zelektryfikowane do 2025 r.

Dla szkół z obu krajów przeznaczono 2,5 mln euro z Funduszu Małych Projektów. Więcej informacji można znaleźć w internecie pod adresem www.euroregion-neisse.de.
`;

const DE = [
  'Grenzüberschreitende Zusammenarbeit in der Euroregion Neisse',
  'Am 30. und 31. Januar 2019 fand in Görlitz das 4. **Treffen der Partnerstädte** statt.',
  'Rund 120 Gäste aus Sachsen und Niederschlesien nahmen daran teil.',
  'Die Bürgermeister unterzeichneten eine gemeinsame Erklärung zum Ausbau der Bahnverbindung nach Wrocław.',
  'Sie soll bis 2025 elektrifiziert werden.',
  'Für Schulen beider Länder stehen 2,5 Millionen Euro aus dem Kleinprojektefonds bereit.',
  'Anträge können bis zum 15. März gestellt werden.',
  'Weitere Informationen erhalten Sie im Internet unter www.euroregion-neisse.de.',
];

const PL = [
  'Współpraca transgraniczna w Euroregionie Nysa',
  'W dniach 30 i 31 stycznia 2019 r. w Görlitz odbyło się 4. **spotkanie miast partnerskich**.',
  'Wzięło w nim udział około 120 gości z Saksonii i Dolnego Śląska.',
  'Burmistrzowie podpisali wspólną deklarację w sprawie rozbudowy połączenia kolejowego do Wrocławia, które ma zostać zelektryfikowane do 2025 r.',
  'Dla szkół z obu krajów przeznaczono 2,5 mln euro z Funduszu Małych Projektów.',
  'Więcej informacji można znaleźć w internecie pod adresem www.euroregion-neisse.de.',
];

/** The bead as the API shows it, from sentence indexes. */
const bead = (de: number[], pl: number[], confidence: number) => ({
  de: de.map((i) => DE[i]),
  pl: pl.map((j) => PL[j]),
  deIndexes: de,
  plIndexes: pl,
  confidence,
});

/** What the aligner makes of the press release: the omission and its neighbours are capped for review. */
const ALIGNED = [
  bead([0], [0], 1),
  bead([1], [1], 1),
  bead([2], [2], 1),
  bead([3, 4], [3], 1),
  bead([5], [4], 0.75),
  bead([6], [], 0.45),
  bead([7], [5], 0.75),
];

/** "de-pl" sentence counts of each bead, e.g. '2-1'. */
const shapes = (beads: { deIndexes: number[]; plIndexes: number[] }[]) => beads.map((b) => `${b.deIndexes.length}-${b.plIndexes.length}`);

describe('alignments over HTTP', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const request = (method: string, path: string, body?: unknown, token = fixture.translator.token, headers?: Record<string, string>) =>
    fixture.app.request(method, path, { token, body, headers });

  const pressRelease = { title: 'Pressemitteilung: 4. Treffen der Partnerstädte', format: 'markdown', de: GERMAN, pl: POLISH };

  /** Creates the press release alignment as the translator and returns its id. */
  async function align(): Promise<string> {
    const response = await request('POST', `/api/projects/${fixture.projectId}/alignments`, pressRelease);
    if (response.status !== 201) throw new Error(`alignment not created: ${JSON.stringify(response.body)}`);
    return response.body.id as string;
  }

  const get = async (id: string) => (await request('GET', `/api/alignments/${id}`)).body;

  describe('POST /api/projects/:id/alignments', () => {
    test('pairs the German press release with its shorter Polish version, bead by bead', async () => {
      const response = await request('POST', `/api/projects/${fixture.projectId}/alignments`, pressRelease);

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        projectId: fixture.projectId,
        title: 'Pressemitteilung: 4. Treffen der Partnerstädte',
        format: 'markdown',
        status: 'draft',
        version: 1,
        sentences: { de: 8, pl: 6 },
        createdBy: fixture.translator.id,
        createdAt: expect.any(String),
        updatedAt: response.body.createdAt,
        beads: ALIGNED,
      });
      expect(shapes(response.body.beads)).toEqual(['1-1', '1-1', '1-1', '2-1', '1-1', '1-0', '1-1']);
    });

    test('takes plain text by default and titles the alignment with its first German sentence', async () => {
      const response = await request('POST', `/api/projects/${fixture.projectId}/alignments`, {
        de: 'Die Stadt Görlitz lädt ein. Das Treffen beginnt am 4. Mai um 10 Uhr.',
        pl: 'Miasto Görlitz zaprasza. Spotkanie rozpocznie się 4 maja o godz. 10.',
      });

      expect(response.status).toBe(201);
      expect([response.body.title, response.body.format, shapes(response.body.beads)]).toEqual(['Die Stadt Görlitz lädt ein.', 'text', ['1-1', '1-1']]);
      expect(response.body.beads.map((b: { de: string[]; pl: string[] }) => [b.de, b.pl])).toEqual([
        [['Die Stadt Görlitz lädt ein.'], ['Miasto Görlitz zaprasza.']],
        [['Das Treffen beginnt am 4. Mai um 10 Uhr.'], ['Spotkanie rozpocznie się 4 maja o godz. 10.']],
      ]);
    });

    test('editors, reviewers and coordinators may align as well as translators', async () => {
      for (const person of [fixture.editor, fixture.reviewer, fixture.coordinator]) {
        const response = await request('POST', `/api/projects/${fixture.projectId}/alignments`, pressRelease, person.token);
        expect([response.status, response.body.createdBy]).toEqual([201, person.id]);
      }
    });

    test.each([
      ['an empty German text', { de: '  \n ', pl: POLISH }, 'empty_document'],
      ['an empty Polish text', { de: GERMAN, pl: '' }, 'empty_document'],
      ['a blank title', { title: '  ', de: GERMAN, pl: POLISH }, 'empty_title'],
      ['a missing Polish text', { de: GERMAN }, 'invalid_input'],
      ['a text that is not a string', { de: GERMAN, pl: 42 }, 'invalid_input'],
      ['an unknown format', { format: 'docx', de: GERMAN, pl: POLISH }, 'invalid_input'],
      ['an unknown field', { de: GERMAN, pl: POLISH, language: 'pl' }, 'invalid_input'],
    ])('refuses %s with 400 and stores nothing', async (_name, body, code) => {
      const response = await request('POST', `/api/projects/${fixture.projectId}/alignments`, body);

      expect([response.status, response.body.error]).toEqual([400, code]);
      expect((await request('GET', `/api/projects/${fixture.projectId}/alignments`)).body).toEqual({ items: [] });
    });
  });

  describe('reading', () => {
    test('GET /api/alignments/:id returns the alignment with its beads', async () => {
      const id = await align();

      const response = await request('GET', `/api/alignments/${id}`, undefined, fixture.reviewer.token);

      expect(response.status).toBe(200);
      expect([response.body.id, response.body.version, response.body.beads]).toEqual([id, 1, ALIGNED]);
    });

    test("GET /api/projects/:id/alignments lists the project's alignments oldest first, without beads", async () => {
      const first = await align();
      const second = await align();

      const response = await request('GET', `/api/projects/${fixture.projectId}/alignments`);

      expect(response.status).toBe(200);
      expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([first, second]);
      expect(response.body.items[0]).toEqual({
        id: first,
        projectId: fixture.projectId,
        title: 'Pressemitteilung: 4. Treffen der Partnerstädte',
        format: 'markdown',
        status: 'draft',
        version: 1,
        sentences: { de: 8, pl: 6 },
        createdBy: fixture.translator.id,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    test('an unknown alignment is 404 not_found, in the reader’s language', async () => {
      const response = await request('GET', '/api/alignments/alignment-unknown', undefined, fixture.translator.token, { 'accept-language': 'de' });

      expect([response.status, response.body]).toEqual([404, { error: 'not_found', message: 'Die Satzzuordnung wurde nicht gefunden.' }]);
    });
  });

  describe('fixing the pairs', () => {
    test('merge joins a bead with the next one, with confidence 1, and bumps the version', async () => {
      const id = await align();

      const response = await request('POST', `/api/alignments/${id}/merge`, { bead: 4, version: 1 });

      expect(response.status).toBe(200);
      expect([response.body.status, response.body.version]).toEqual(['draft', 2]);
      expect(response.body.beads).toEqual([...ALIGNED.slice(0, 4), bead([5, 6], [4], 1), ALIGNED[6]]);
      expect(await get(id)).toEqual(response.body);
    });

    test('split divides a bead after the given numbers of German and Polish sentences', async () => {
      const id = await align();

      const response = await request('POST', `/api/alignments/${id}/split`, { bead: 3, de: 1, pl: 1, version: 1 });

      expect(response.status).toBe(200);
      expect(response.body.version).toBe(2);
      expect(response.body.beads).toEqual([...ALIGNED.slice(0, 3), bead([3], [3], 1), bead([4], [], 1), ...ALIGNED.slice(4)]);
      expect(shapes(response.body.beads)).toEqual(['1-1', '1-1', '1-1', '1-1', '1-0', '1-1', '1-0', '1-1']);
    });

    test('PUT beads re-pairs everything; unchanged beads keep their confidence', async () => {
      const id = await align();
      const beads = [
        { de: [0], pl: [0] },
        { de: [1, 2], pl: [1, 2] },
        { de: [3, 4], pl: [3] },
        { de: [5, 6], pl: [4] },
        { de: [7], pl: [5] },
      ];

      const response = await request('PUT', `/api/alignments/${id}/beads`, { beads, version: 1 });

      expect(response.status).toBe(200);
      expect(response.body.version).toBe(2);
      expect(response.body.beads).toEqual([ALIGNED[0], bead([1, 2], [1, 2], 1), ALIGNED[3], bead([5, 6], [4], 1), ALIGNED[6]]);
    });

    test('an edit based on a stale version is 409 version_conflict and changes nothing', async () => {
      const id = await align();
      const merged = await request('POST', `/api/alignments/${id}/merge`, { bead: 4, version: 1 }, fixture.reviewer.token);

      const response = await request('POST', `/api/alignments/${id}/split`, { bead: 3, de: 1, pl: 1, version: 1 });

      expect(response.status).toBe(409);
      expect(response.body.error).toBe('version_conflict');
      expect(response.body.details).toEqual({
        alignmentId: id,
        expectedVersion: 1,
        actualVersion: 2,
        current: { status: 'draft', version: 2, updatedAt: merged.body.updatedAt },
      });
      expect(await get(id)).toEqual(merged.body);
    });

    test.each([
      ['merging the last bead, which has no next one', 'POST', 'merge', { bead: 6, version: 1 }, { reason: 'no_such_bead', bead: 6 }],
      ['splitting off an empty part', 'POST', 'split', { bead: 3, de: 2, pl: 1, version: 1 }, { reason: 'invalid_split', bead: 3, de: 2, pl: 1 }],
      ['splitting a bead that does not exist', 'POST', 'split', { bead: 7, de: 1, pl: 0, version: 1 }, { reason: 'no_such_bead', bead: 7 }],
      [
        'pairs that leave a Polish sentence out',
        'PUT',
        'beads',
        { beads: [{ de: [0, 1, 2, 3, 4, 5, 6, 7], pl: [0, 1, 2, 3, 4] }], version: 1 },
        { reason: 'missing_sentence', bead: 1, side: 'pl', sentence: 5 },
      ],
      [
        'pairs that repeat a German sentence',
        'PUT',
        'beads',
        { beads: [{ de: [0, 1], pl: [0] }, { de: [1, 2, 3, 4, 5, 6, 7], pl: [1, 2, 3, 4, 5] }], version: 1 },
        { reason: 'out_of_order', bead: 1, side: 'de', sentence: 1 },
      ],
      [
        'an empty pair',
        'PUT',
        'beads',
        { beads: [{ de: [], pl: [] }, { de: [0, 1, 2, 3, 4, 5, 6, 7], pl: [0, 1, 2, 3, 4, 5] }], version: 1 },
        { reason: 'empty_bead', bead: 0 },
      ],
      [
        'a sentence the text does not have',
        'PUT',
        'beads',
        { beads: [{ de: [0, 1, 2, 3, 4, 5, 6, 7], pl: [0, 1, 2, 3, 4, 5, 6] }], version: 1 },
        { reason: 'unknown_sentence', bead: 0, side: 'pl', sentence: 6 },
      ],
    ])('refuses %s with 400 invalid_beads and the reason, changing nothing', async (_name, method, action, body, details) => {
      const id = await align();

      const response = await request(method, `/api/alignments/${id}/${action}`, body, fixture.translator.token, { 'accept-language': 'pl' });

      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        error: 'invalid_beads',
        message: 'Pary zdań są nieprawidłowe: każde zdanie musi należeć do dokładnie jednej pary, w kolejności tekstu, i żadna para nie może być pusta.',
        details,
      });
      expect((await get(id)).version).toBe(1);
    });

    test.each([
      ['merge', { bead: 1 }, 'POST', 'merge'],
      ['merge', { bead: -1, version: 1 }, 'POST', 'merge'],
      ['merge', { bead: 1, version: 0 }, 'POST', 'merge'],
      ['merge', { bead: '1', version: 1 }, 'POST', 'merge'],
      ['split', { bead: 3, de: 1, version: 1 }, 'POST', 'split'],
      ['split', { bead: 3, de: 1.5, pl: 1, version: 1 }, 'POST', 'split'],
      ['re-pair', { beads: [{ de: ['0'], pl: [0] }], version: 1 }, 'PUT', 'beads'],
      ['re-pair', { beads: [{ de: [0], pl: [0], confidence: 1 }], version: 1 }, 'PUT', 'beads'],
      ['confirm', {}, 'POST', 'confirm'],
      ['confirm', { version: 1, force: true }, 'POST', 'confirm'],
    ])('a bad %s body %j is 400 invalid_input', async (_name, body, method, action) => {
      const id = await align();

      const response = await request(method, `/api/alignments/${id}/${action}`, body);

      expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
      expect((await get(id)).version).toBe(1);
    });
  });

  describe('confirming', () => {
    test('turns every bead with sentences on both sides into a translation unit', async () => {
      const id = await align();

      const response = await request('POST', `/api/alignments/${id}/confirm`, { version: 1 });

      expect(response.status).toBe(200);
      expect(response.body.units).toBe(6);
      expect([response.body.alignment.status, response.body.alignment.version, response.body.alignment.beads]).toEqual(['confirmed', 2, ALIGNED]);
      const units = await request('GET', `/api/projects/${fixture.projectId}/tm/units`);
      expect(units.status).toBe(200);
      expect([units.body.total, units.body.offset, units.body.limit]).toEqual([6, 0, 100]);
      expect(units.body.items.map((unit: { source: string; target: string }) => [unit.source, unit.target])).toEqual([
        [DE[0], PL[0]],
        [DE[1], PL[1]],
        [DE[2], PL[2]],
        [`${DE[3]} ${DE[4]}`, PL[3]],
        [DE[5], PL[4]],
        [DE[7], PL[5]],
      ]);
      expect(units.body.items[3]).toEqual({
        id: expect.any(String),
        source: 'Die Bürgermeister unterzeichneten eine gemeinsame Erklärung zum Ausbau der Bahnverbindung nach Wrocław. Sie soll bis 2025 elektrifiziert werden.',
        target: 'Burmistrzowie podpisali wspólną deklarację w sprawie rozbudowy połączenia kolejowego do Wrocławia, które ma zostać zelektryfikowane do 2025 r.',
        origin: 'alignment',
        originId: id,
        createdAt: response.body.alignment.updatedAt,
      });
    });

    test('the units follow the pairs people fixed, and page in order', async () => {
      const id = await align();
      await request('POST', `/api/alignments/${id}/split`, { bead: 3, de: 1, pl: 1, version: 1 });
      await request('POST', `/api/alignments/${id}/confirm`, { version: 2 });

      const page = await request('GET', `/api/projects/${fixture.projectId}/tm/units?offset=2&limit=2`, undefined, fixture.editor.token);

      expect([page.status, page.body.total, page.body.offset, page.body.limit]).toEqual([200, 6, 2, 2]);
      expect(page.body.items.map((unit: { source: string; target: string }) => [unit.source, unit.target])).toEqual([
        [DE[2], PL[2]],
        [DE[3], PL[3]],
      ]);
    });

    test('confirming twice is 409 alignment_confirmed and adds no unit', async () => {
      const id = await align();
      await request('POST', `/api/alignments/${id}/confirm`, { version: 1 });

      const again = await request('POST', `/api/alignments/${id}/confirm`, { version: 2 });

      expect([again.status, again.body.error]).toEqual([409, 'alignment_confirmed']);
      expect((await request('GET', `/api/projects/${fixture.projectId}/tm/units`)).body.total).toBe(6);
    });

    test('a confirmation based on a stale version is 409 version_conflict and adds no unit', async () => {
      const id = await align();
      await request('POST', `/api/alignments/${id}/merge`, { bead: 4, version: 1 });

      const response = await request('POST', `/api/alignments/${id}/confirm`, { version: 1 });

      expect([response.status, response.body.error]).toEqual([409, 'version_conflict']);
      expect((await get(id)).status).toBe('draft');
      expect((await request('GET', `/api/projects/${fixture.projectId}/tm/units`)).body).toEqual({ items: [], total: 0, offset: 0, limit: 100 });
    });

    test('of two people confirming at once, the second gets 409 alignment_confirmed and adds no unit', async () => {
      const id = await align();
      const draft = await fixture.app.store.alignments.findById(id);
      await request('POST', `/api/alignments/${id}/confirm`, { version: 1 });
      // The second request read the alignment before the first one was stored.
      const { alignments } = fixture.app.store;
      const findById = alignments.findById;
      alignments.findById = async () => ((alignments.findById = findById), draft);

      const late = await request('POST', `/api/alignments/${id}/confirm`, { version: 1 }, fixture.reviewer.token);

      expect([late.status, late.body.error]).toEqual([409, 'alignment_confirmed']);
      expect((await request('GET', `/api/projects/${fixture.projectId}/tm/units`)).body.total).toBe(6);
    });

    test.each([
      ['merge', 'POST', 'merge', { bead: 0, version: 2 }],
      ['split', 'POST', 'split', { bead: 3, de: 1, pl: 1, version: 2 }],
      ['re-pair', 'PUT', 'beads', { beads: [{ de: [0, 1, 2, 3, 4, 5, 6, 7], pl: [0, 1, 2, 3, 4, 5] }], version: 2 }],
    ])('a confirmed alignment can no longer be edited: %s is 409 alignment_confirmed', async (_name, method, action, body) => {
      const id = await align();
      const confirmed = await request('POST', `/api/alignments/${id}/confirm`, { version: 1 });

      const response = await request(method, `/api/alignments/${id}/${action}`, body, fixture.translator.token, { 'accept-language': 'de' });

      expect([response.status, response.body.error, response.body.message]).toEqual([
        409,
        'alignment_confirmed',
        'Diese Satzzuordnung wurde bereits bestätigt; ihre Paare stehen im Translation Memory und können nicht mehr geändert werden.',
      ]);
      expect(await get(id)).toEqual(confirmed.body.alignment);
    });
  });

  describe('access', () => {
    test('someone outside the project sees none of it (404)', async () => {
      const id = await align();
      const outsider = fixture.outsider.token;
      const attempts = [
        await request('POST', `/api/projects/${fixture.projectId}/alignments`, pressRelease, outsider),
        await request('GET', `/api/projects/${fixture.projectId}/alignments`, undefined, outsider),
        await request('GET', `/api/alignments/${id}`, undefined, outsider),
        await request('POST', `/api/alignments/${id}/merge`, { bead: 0, version: 1 }, outsider),
        await request('POST', `/api/alignments/${id}/split`, { bead: 3, de: 1, pl: 1, version: 1 }, outsider),
        await request('PUT', `/api/alignments/${id}/beads`, { beads: [], version: 1 }, outsider),
        await request('POST', `/api/alignments/${id}/confirm`, { version: 1 }, outsider),
        await request('GET', `/api/projects/${fixture.projectId}/tm/units`, undefined, outsider),
      ];

      expect(attempts.map((response) => [response.status, response.body.error])).toEqual(Array(8).fill([404, 'not_found']));
      expect(await get(id)).toMatchObject({ status: 'draft', version: 1 });
    });

    test('a translator of the project may align, fix and confirm', async () => {
      const id = await align();
      const merged = await request('POST', `/api/alignments/${id}/merge`, { bead: 4, version: 1 }, fixture.secondTranslator.token);
      const confirmed = await request('POST', `/api/alignments/${id}/confirm`, { version: 2 }, fixture.secondTranslator.token);

      expect([merged.status, confirmed.status, confirmed.body.units]).toEqual([200, 200, 6]);
    });

    test('requests without a user are 401', async () => {
      const response = await fixture.app.request('GET', `/api/projects/${fixture.projectId}/alignments`);
      expect([response.status, response.body.error]).toEqual([401, 'unauthenticated']);
    });

    test.each([['limit=0'], ['limit=501'], ['offset=-1'], ['page=2']])('GET tm/units?%s is 400 invalid_input', async (query) => {
      const response = await request('GET', `/api/projects/${fixture.projectId}/tm/units?${query}`);
      expect([response.status, response.body.error]).toEqual([400, 'invalid_input']);
    });
  });
});
