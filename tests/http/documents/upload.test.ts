// POST /api/projects/:id/documents and …/documents/preview with multipart/form-data: one `file` whose
// format is detected from its content, an optional title (else the document's own, else the file
// name) and due date; the preview of a file shows exactly what its submission stores.
import fs from 'node:fs';
import path from 'node:path';
import { extractDocx } from '../../../server/domain/formats/docx';
import { extractHtml } from '../../../server/domain/formats/html';
import { fixtureBytes, FIXTURES, postForm } from '../../support/upload';
import { segmentsOf, startWorkflow, type WorkflowFixture } from '../../support/workflow';

describe('documents submitted as files (multipart/form-data)', () => {
  let fixture: WorkflowFixture;

  beforeAll(async () => {
    fixture = await startWorkflow({ config: { uploadLimitBytes: 1024 * 1024 } });
  });
  afterAll(async () => fixture.app.close());

  const submitForm = (form: Parameters<typeof postForm>[3], token = fixture.editor.token) =>
    postForm(fixture.app, `/api/projects/${fixture.projectId}/documents`, token, form);
  const previewForm = (form: Parameters<typeof postForm>[3], token = fixture.editor.token) =>
    postForm(fixture.app, `/api/projects/${fixture.projectId}/documents/preview`, token, form);
  const documentCount = async () =>
    (await fixture.app.request('GET', `/api/projects/${fixture.projectId}/documents`, { token: fixture.coordinator.token })).body.items.length;

  test('a Word file becomes a docx document named by its core title, with the segments of its text', async () => {
    const bytes = fixtureBytes('docx/smart-integration.docx');
    const response = await submitForm({ files: [{ name: 'smart-integration.docx', bytes }] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ format: 'docx', title: '4. Treffen des Projektteams', dueDate: null });
    const expected = extractDocx(bytes, { lang: 'de' }).segments.map((s) => s.source);
    expect(response.body.segmentCount).toBe(expected.length);
    expect((await segmentsOf(fixture, response.body.id)).map((s) => s.source)).toEqual(expected);
  });

  test('a web page is named by its <title>; a given title and due date win', async () => {
    const bytes = fixtureBytes('html/smart-integration.html');
    const own = await submitForm({ files: [{ name: 'pressemitteilung.html', bytes, type: 'text/html' }] });
    expect([own.status, own.body.format, own.body.title]).toEqual([201, 'html', '4. Treffen des Projektteams „Smart Integration“']);
    const named = await submitForm({ files: [{ name: 'pressemitteilung.html', bytes }], fields: { title: '  Pressemitteilung 4/2019 ', dueDate: '2027-03-01T23:59:59Z' } });
    expect([named.status, named.body.title, named.body.dueDate]).toEqual([201, 'Pressemitteilung 4/2019', '2027-03-01T23:59:59Z']);
    expect((await segmentsOf(fixture, named.body.id)).map((s) => s.source)).toEqual(extractHtml(bytes, { lang: 'de' }).segments.map((s) => s.source));
  });

  test('a text file without a title of its own is named after the file, without the extension', async () => {
    const bytes = new TextEncoder().encode('Die Stadt Görlitz lädt ein.\n\nDas Treffen beginnt um 10 Uhr.\n');
    const response = await submitForm({ files: [{ name: 'Einladung Görlitz.txt', bytes }], fields: { title: '', dueDate: '' } });
    expect([response.status, response.body.format, response.body.title, response.body.dueDate]).toEqual([201, 'text', 'Einladung Görlitz', null]);
  });

  test('an XLIFF file keeps its unit ids, and its targets become drafts of origin xliff with a history note', async () => {
    const bytes = fixtureBytes('xliff/trados-like-1.2.xlf');
    const response = await submitForm({ files: [{ name: 'Einladung_Goerlitz.sdlxliff', bytes }] });
    expect([response.status, response.body.format, response.body.title]).toEqual([201, 'xliff', 'Einladung_Goerlitz.docx']);
    const listed = await fixture.app.request('GET', `/api/documents/${response.body.id}/segments?limit=10`, { token: fixture.translator.token });
    const first = listed.body.items[0];
    expect(first).toMatchObject({ source: 'Die Stadt Görlitz lädt ein.', target: 'Miasto Görlitz zaprasza.', state: 'draft', origin: 'xliff', externalId: 'tu-1#1' });
    expect(listed.body.items.filter((s: { state: string }) => s.state === 'new').map((s: { externalId: string }) => s.externalId)).toEqual(['tu-2', 'tu-3', 'tu-4', 'tu-7#5', 'tu-8#7']);
    const history = await fixture.app.request('GET', `/api/segments/${first.id}/history`, { token: fixture.translator.token });
    expect(history.body.items.map((e: { action: string; toState: string; note: string }) => [e.action, e.toState, e.note])).toEqual([['created', 'draft', 'xliff']]);
  });

  test('the preview of a file shows its format, own title and exactly the segments the submission stores', async () => {
    const bytes = fixtureBytes('xliff/trados-like-1.2.xlf');
    const preview = await previewForm({ files: [{ name: 'einladung.xlf', bytes }] });
    expect([preview.status, preview.body.format, preview.body.title]).toEqual([200, 'xliff', 'Einladung_Goerlitz.docx']);
    expect(preview.body.segments[1]).toEqual({
      index: 1,
      source: 'Das Treffen findet im {1}Rathaus{/1} statt.',
      kind: 'paragraph',
      lang: 'de',
      wordCount: 6,
      locked: false,
      target: 'Spotkanie odbędzie się w {1}ratuszu{/1}.',
    });
    const before = await documentCount();
    const submitted = await submitForm({ files: [{ name: 'einladung.xlf', bytes }] });
    const stored = await segmentsOf(fixture, submitted.body.id);
    expect(stored.map((s) => s.source)).toEqual(preview.body.segments.map((s: { source: string }) => s.source));
    expect(await documentCount()).toBe(before + 1);
  });

  test('a preview stores nothing and takes no title', async () => {
    const before = await documentCount();
    const preview = await previewForm({ files: [{ name: 'a.md', bytes: new TextEncoder().encode('# Titel\n\nEin Satz.\n') }] });
    expect([preview.status, preview.body.format, preview.body.title, preview.body.segmentCount]).toEqual([200, 'markdown', null, 2]);
    const titled = await previewForm({ files: [{ name: 'a.md', bytes: new TextEncoder().encode('Ein Satz.') }], fields: { title: 'X' } });
    expect([titled.status, titled.body.error]).toEqual([400, 'invalid_input']);
    expect(await documentCount()).toBe(before);
  });

  test.each([
    ['no file at all', 400, 'file_missing', { fields: { title: 'Titel' } }],
    ['the file in another field', 400, 'unexpected_field', { files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Ein Satz.'), field: 'document' }] }],
    ['two files', 400, 'unexpected_field', { files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Ein Satz.') }, { name: 'b.txt', bytes: new TextEncoder().encode('Zwei.') }] }],
    ['an unknown text field', 400, 'invalid_input', { files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Ein Satz.') }], fields: { format: 'text' } }],
    ['more fields than a form has', 400, 'too_many_fields', { files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Ein Satz.') }], fields: { a: '1', b: '2', c: '3', d: '4', e: '5' } }],
    ['a malformed due date', 400, 'invalid_input', { files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Ein Satz.') }], fields: { dueDate: 'morgen' } }],
    ['a title of 501 characters', 400, 'invalid_input', { files: [{ name: 'a.txt', bytes: new TextEncoder().encode('Ein Satz.') }], fields: { title: 'T'.repeat(501) } }],
    ['a file above UPLOAD_LIMIT_BYTES', 413, 'file_too_large', { files: [{ name: 'gross.txt', bytes: new Uint8Array(1024 * 1024 + 1).fill(0x61) }] }],
] as const)('%s is %i %s and stores nothing', async (_name, status, code, form) => {
    const before = await documentCount();
    const response = await submitForm(form as Parameters<typeof postForm>[3]);
    expect([response.status, response.body.error]).toEqual([status, code]);
    expect(response.body.message).toMatch(/\S/);
    expect(await documentCount()).toBe(before);
  });

  test('file_too_large names the limit in the reader’s language', async () => {
    const response = await postForm(
      fixture.app,
      `/api/projects/${fixture.projectId}/documents`,
      fixture.editor.token,
      { files: [{ name: 'gross.txt', bytes: new Uint8Array(1024 * 1024 + 1).fill(0x61) }] },
      { 'accept-language': 'pl' },
    );
    expect(response.body).toEqual({ error: 'file_too_large', message: 'Plik jest większy niż dozwolone 1 MiB; niczego nie zapisano.', details: { limitBytes: 1024 * 1024 } });
  });

  test('a body that claims to be a form but is none is 400 invalid_multipart', async () => {
    const response = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, {
      token: fixture.editor.token,
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nEin Sa',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect([response.status, response.body.error]).toEqual([400, 'invalid_multipart']);
  });

  test('someone who may not submit gets 404 (unknown project) or 403 before the file is read', async () => {
    const bytes = fixtureBytes('docx/bad-ole.doc');
    const translator = await submitForm({ files: [{ name: 'alt.doc', bytes }] }, fixture.translator.token);
    expect([translator.status, translator.body.error]).toEqual([403, 'forbidden']);
    const outsider = await submitForm({ files: [{ name: 'alt.doc', bytes }] }, fixture.outsider.token);
    expect([outsider.status, outsider.body.error]).toEqual([404, 'not_found']);
  });

  test('JSON submissions of HTML and XLIFF text still work, named as given', async () => {
    const html = fs.readFileSync(path.join(FIXTURES, 'html/smart-integration.html'), 'utf8');
    const response = await fixture.app.request('POST', `/api/projects/${fixture.projectId}/documents`, {
      token: fixture.editor.token,
      body: { title: 'Seite', format: 'html', content: html },
    });
    expect([response.status, response.body.format, response.body.title]).toEqual([201, 'html', 'Seite']);
  });
});
