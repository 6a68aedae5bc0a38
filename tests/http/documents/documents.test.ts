// Submitting documents, reading their status, and the overview a coordinator starts from.
import { germanText } from '../../../scripts/bench/germanText';
import { draftDocument } from '../../../server/domain/documents/draft';
import { startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

describe('documents over HTTP', () => {
  let fixture: WorkflowFixture;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => {
    await fixture.app.close();
  });

  const post = (body: unknown, token = fixture.editor.token) =>
    fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, { token, body });

  test('an editor submits a text; it is stored as counted segments in order', async () => {
    const response = await post({
      title: '  Einladung  ',
      format: 'text',
      content: 'Die Stadt Görlitz lädt ein. Das Treffen beginnt am 4. Mai um 10 Uhr.\n\nKontakt: info@goerlitz.de\n',
      dueDate: '2027-01-15T12:00:00.000Z',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      projectId: fixture.projectId,
      title: 'Einladung',
      format: 'text',
      segmentCount: 3,
      status: 'in_translation',
      dueDate: '2027-01-15T12:00:00.000Z',
      overdue: false,
      billedCharacters: 0,
      percentApproved: 0,
      total: { segments: 3, words: 18 },
    });
    const segments = await fixture.app.request('GET', `/api/documents/${response.body.id}/segments`, { token: fixture.translator.token });
    expect(
      segments.body.items.map((s: Record<string, unknown>) => [s.index, s.source, s.target, s.state, s.origin, s.mtTarget, s.version]),
    ).toEqual([
      [0, 'Die Stadt Görlitz lädt ein.', null, 'new', null, null, 1],
      [1, 'Das Treffen beginnt am 4. Mai um 10 Uhr.', null, 'new', null, null, 1],
      [2, 'Kontakt: info@goerlitz.de', null, 'new', null, null, 1],
    ]);
    expect(segments.body.items.map((s: Record<string, unknown>) => [s.wordCount, s.charCount])).toEqual([
      [5, 27],
      [9, 40],
      [4, 25],
    ]);
  });

  test('a large document is segmented on a worker thread and stored in slices: the same segments as drafted inline, its preview too', async () => {
    const content = germanText(1_500, 7).content;
    expect(content.length).toBeGreaterThan(fixture.app.config.workerMinChars);
    const drafted = draftDocument({ format: 'text', content, lang: 'de' }).segments;

    const preview = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents/preview`, { token: fixture.editor.token, body: { format: 'text', content } });
    const response = await post({ title: 'Sammelband', format: 'text', content });

    expect(fixture.app.heavyWork.threads).toBe(1);
    expect([preview.status, preview.body.segmentCount]).toEqual([200, 1_500]);
    expect(preview.body.segments.map((s: Record<string, unknown>) => [s.source, s.lang, s.locked])).toEqual(drafted.map((s) => [s.source, s.lang, s.locked]));
    expect([response.status, response.body.segmentCount]).toEqual([201, 1_500]);
    const stored = await fixture.app.store.segments.listByDocument(response.body.id);
    expect(stored.map((s) => [s.index, s.source, s.sourceKey, s.state, s.repetition])).toEqual(
      drafted.map((s, i) => [i, s.source, s.sourceKey, s.locked ? 'locked' : 'new', drafted.findIndex((d) => d.sourceKey === s.sourceKey) < i]),
    );
  }, 60_000); // 1,500 segments drafted three times: on a busy 2-core machine it overran 20 s

  test('a past due date makes an unfinished document overdue', async () => {
    const documentId = await submit(fixture, 'Ein Satz.\n', { dueDate: '2020-01-01T00:00:00.000Z' });
    const status = await fixture.app.request('GET', `/api/documents/${documentId}`, { token: fixture.coordinator.token });
    expect([status.body.overdue, status.body.dueDate]).toEqual([true, '2020-01-01T00:00:00.000Z']);
  });

  test.each([
    ['an empty document', { title: 'Leer', format: 'text', content: '' }, 400, 'empty_document'],
    ['a whitespace-only document', { title: 'Leer', format: 'markdown', content: ' \n\t\n ' }, 400, 'empty_document'],
    ['an unknown format', { title: 'X', format: 'pdf', content: 'Hallo.' }, 400, 'invalid_input'],
    ['a Word document sent as JSON text', { title: 'X', format: 'docx', content: 'Hallo.' }, 400, 'file_required'],
    ['a missing title', { format: 'text', content: 'Hallo.' }, 400, 'invalid_input'],
    ['an empty title', { title: '  ', format: 'text', content: 'Hallo.' }, 400, 'empty_title'],
    ['an unknown field', { title: 'X', format: 'text', content: 'Hallo.', language: 'de' }, 400, 'invalid_input'],
    ['content of the wrong type', { title: 'X', format: 'text', content: 42 }, 400, 'invalid_input'],
    ['a malformed due date', { title: 'X', format: 'text', content: 'Hallo.', dueDate: 'morgen' }, 400, 'invalid_input'],
  ])('rejects %s with a clear 4xx and stores nothing', async (_name, body, status, code) => {
    const response = await post(body);
    expect([response.status, response.body.error]).toEqual([status, code]);
    expect(typeof response.body.message).toBe('string');
    const overview = await fixture.app.request('GET', '/api/overview', { token: fixture.coordinator.token });
    expect(overview.body.items).toEqual([]);
  });

  test('a translator may not submit documents (403), an outsider does not see the project (404)', async () => {
    const body = { title: 'X', format: 'text', content: 'Hallo.' };
    expect((await post(body, fixture.translator.token)).status).toBe(403);
    expect((await post(body, fixture.outsider.token)).status).toBe(404);
  });

  test('an unknown document id is 404 not_found with a localized message', async () => {
    const response = await fixture.app.request('GET', '/api/documents/does-not-exist', {
      token: fixture.coordinator.token,
      headers: { 'accept-language': 'pl-PL,pl;q=0.9' },
    });
    expect([response.status, response.body.error]).toEqual([404, 'not_found']);
    expect(response.body.message).toMatch(/dokument/i);
  });

  test('the overview lists the documents each user may see, with their summary', async () => {
    const first = await submit(fixture, 'Erster Satz.\n', { title: 'Erstes' });
    const second = await submit(fixture, 'Zweiter Satz. Dritter Satz.\n', { title: 'Zweites' });
    const forCoordinator = await fixture.app.request('GET', '/api/overview', { token: fixture.coordinator.token });
    expect(forCoordinator.body.items.map((d: Record<string, unknown>) => [d.id, d.title, d.segmentCount, d.status])).toEqual([
      [first, 'Erstes', 1, 'in_translation'],
      [second, 'Zweites', 2, 'in_translation'],
    ]);
    const forOutsider = await fixture.app.request('GET', '/api/overview', { token: fixture.outsider.token });
    expect(forOutsider.body.items).toEqual([]);
    const project = await fixture.app.request('GET', `/api/projects/${fixture.projectId}`, { token: fixture.coordinator.token });
    expect(project.body.summary).toEqual({
      documents: 2,
      overdueDocuments: 0,
      billedCharacters: 0,
      sentCharacters: 0,
      percentApproved: 0,
      total: { segments: 3, words: 6 },
      repetitions: { segments: 0, words: 0 },
      byState: {
        new: { segments: 3, words: 6 },
        draft: { segments: 0, words: 0 },
        translated: { segments: 0, words: 0 },
        rejected: { segments: 0, words: 0 },
        approved: { segments: 0, words: 0 },
        locked: { segments: 0, words: 0 },
      },
    });
  });

  test('a document over the body limit is refused with 413', async () => {
    const small = await startWorkflow({ config: { bodyLimitBytes: 1024 } });
    try {
      const response = await small.app.request('POST', `/api/projects/${small.projectId}/documents`, {
        token: small.editor.token,
        body: { title: 'Groß', format: 'text', content: 'Ein langer Satz. '.repeat(200) },
      });
      expect([response.status, response.body.error]).toEqual([413, 'payload_too_large']);
    } finally {
      await small.app.close();
    }
  });
});
