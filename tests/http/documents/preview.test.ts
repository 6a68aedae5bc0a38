// POST /api/projects/:id/documents/preview: the segmentation a submission would store, nothing stored.
import { segmentsOf, startWorkflow, type WorkflowFixture } from '../../support/workflow';

const MARKDOWN = [
  '# Grenzüberschreitende Zusammenarbeit',
  '',
  'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Die Teilnehmer berieten über **neue Projekte**.',
  '',
  '> Współpraca przygraniczna jest dla nas bardzo ważna i przynosi wiele korzyści.',
  '',
  '- Erstes Thema',
  '- 12.000',
  '',
].join('\n');

describe('POST /api/projects/:id/documents/preview', () => {
  let fixture: WorkflowFixture;

  const preview = (token: string | undefined, body: unknown, projectId = fixture.projectId) =>
    fixture.app.request('POST', `/api/projects/${projectId}/documents/preview`, { ...(token === undefined ? {} : { token }), body });
  const documentsOf = async () => (await fixture.app.request('GET', `/api/projects/${fixture.projectId}/documents`, { token: fixture.coordinator.token })).body.items;

  beforeEach(async () => {
    fixture = await startWorkflow();
  });
  afterEach(async () => fixture.app.close());

  test('gives the segments with kind, language, words and whether they are locked, and stores nothing', async () => {
    const response = await preview(fixture.editor.token, { format: 'markdown', content: MARKDOWN });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      format: 'markdown',
      title: null,
      segments: [
        { index: 0, source: 'Grenzüberschreitende Zusammenarbeit', kind: 'heading', lang: 'de', wordCount: 2, locked: false },
        { index: 1, source: 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', kind: 'paragraph', lang: 'de', wordCount: 13, locked: false },
        { index: 2, source: 'Die Teilnehmer berieten über {1}neue Projekte{/1}.', kind: 'paragraph', lang: 'de', wordCount: 6, locked: false },
        { index: 3, source: 'Współpraca przygraniczna jest dla nas bardzo ważna i przynosi wiele korzyści.', kind: 'blockquote', lang: 'pl', wordCount: 11, locked: true },
        { index: 4, source: 'Erstes Thema', kind: 'list_item', lang: 'de', wordCount: 2, locked: false },
        { index: 5, source: '12.000', kind: 'list_item', lang: 'neutral', wordCount: 1, locked: true },
      ],
      segmentCount: 6,
      wordCount: 35,
    });
    expect(await documentsOf()).toEqual([]);
    expect(await fixture.app.store.segments.existingSourceKeys(fixture.projectId, ['grenzüberschreitende zusammenarbeit'])).toEqual(new Set());
  });

  test('shows exactly the segments the submission then stores', async () => {
    const previewed = (await preview(fixture.editor.token, { format: 'markdown', content: MARKDOWN })).body.segments;
    const submitted = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, {
      token: fixture.editor.token,
      body: { title: 'Treffen', format: 'markdown', content: MARKDOWN },
    });
    expect(submitted.status).toBe(201);
    const stored = await fixture.app.request('GET', `/api/documents/${submitted.body.id}/segments`, { token: fixture.editor.token });
    expect(
      stored.body.items.map((s: { index: number; source: string; kind: string; lang: string; wordCount: number; state: string }) => ({
        index: s.index,
        source: s.source,
        kind: s.kind,
        lang: s.lang,
        wordCount: s.wordCount,
        locked: s.state === 'locked',
      })),
    ).toEqual(previewed);
    expect((await segmentsOf(fixture, submitted.body.id)).length).toBe(6);
  });

  test('plain text: paragraphs split into sentences, a German ordinal is no sentence end', async () => {
    const response = await preview(fixture.coordinator.token, { format: 'text', content: 'Am 4. Mai beginnt es. Dann folgt mehr.\n\nEnde.' });
    expect(response.body).toEqual({
      format: 'text',
      title: null,
      segments: [
        { index: 0, source: 'Am 4. Mai beginnt es.', kind: 'paragraph', lang: 'de', wordCount: 5, locked: false },
        { index: 1, source: 'Dann folgt mehr.', kind: 'paragraph', lang: 'de', wordCount: 3, locked: false },
        { index: 2, source: 'Ende.', kind: 'paragraph', lang: 'de', wordCount: 1, locked: false },
      ],
      segmentCount: 3,
      wordCount: 9,
    });
  });

  test.each([
    ['a translator (who may not submit)', 403, 'forbidden', 'translator', { format: 'text', content: 'Ein Satz.' }],
    ['a reviewer (who may not submit)', 403, 'forbidden', 'reviewer', { format: 'text', content: 'Ein Satz.' }],
    ['a translator of another project', 404, 'not_found', 'outsider', { format: 'text', content: 'Ein Satz.' }],
    ['an empty document', 400, 'empty_document', 'editor', { format: 'text', content: ' \n\n ' }],
    ['a skeleton marker (U+E000) in the text', 400, 'invalid_characters', 'editor', { format: 'markdown', content: 'Ein \uE000 Satz.' }],
    ['a lone surrogate in the text', 400, 'invalid_characters', 'editor', { format: 'text', content: 'Ein \ud800 Satz.' }],
    ['an unknown format', 400, 'invalid_input', 'editor', { format: 'pdf', content: 'Ein Satz.' }],
    ['a title (only the text is previewed)', 400, 'invalid_input', 'editor', { title: 'Titel', format: 'text', content: 'Ein Satz.' }],
    ['no content', 400, 'invalid_input', 'editor', { format: 'text' }],
  ] as const)('by %s is %i %s', async (_name, status, code, who, body) => {
    const response = await preview(fixture[who].token, body);
    expect([response.status, response.body.error]).toEqual([status, code]);
    expect(response.body.message).toMatch(/\S/);
    expect(await documentsOf()).toEqual([]);
  });

  test('an unknown project is 404 not_found; without credentials 401 unauthenticated', async () => {
    const unknown = await preview(fixture.editor.token, { format: 'text', content: 'Ein Satz.' }, 'does-not-exist');
    expect([unknown.status, unknown.body.error]).toEqual([404, 'not_found']);
    const anonymous = await preview(undefined, { format: 'text', content: 'Ein Satz.' });
    expect([anonymous.status, anonymous.body.error]).toEqual([401, 'unauthenticated']);
  });
  test('a preview longer than one slice of the answer (4,500 segments) is the same JSON, every segment once and in order', async () => {
    const paragraphs = Array.from({ length: 4500 }, (_, i) => `Absatz ${i + 1} beschreibt das Projekt.`);
    const response = await preview(fixture.editor.token, { format: 'text', content: paragraphs.join('\n\n') });
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/json; charset=utf-8']);
    expect(Object.keys(response.body)).toEqual(['format', 'title', 'segmentCount', 'wordCount', 'segments']);
    expect([response.body.segmentCount, response.body.wordCount]).toEqual([4500, 4500 * 5]);
    expect(response.body.segments.map((segment: { index: number; source: string }) => [segment.index, segment.source])).toEqual(paragraphs.map((text, i) => [i, text]));
  });
});
