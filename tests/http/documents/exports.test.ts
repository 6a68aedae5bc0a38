// GET /api/documents/:id/export?format=original|xliff12|xliff20|tmx|bilingual[&as=docx|html]: every
// export is an attachment with a safe name, its media type, nosniff and a sandbox CSP; the bilingual
// working files leave in any state for every member, the original and TMX only once approved.
import { strFromU8, unzipSync } from 'fflate';
import { readXliff } from '../../../server/domain/formats/xliff';
import { readTmx } from '../../../server/domain/formats/tmx';
import { DOCX_MEDIA_TYPE } from '../../../server/domain/formats/docx';
import { download, fixtureBytes, postForm } from '../../support/upload';
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../../support/workflow';

const MARKDOWN = [
  '# Treffen in Görlitz',
  '',
  'Am 30. Januar 2019 fand das Treffen statt. Die Stadt lädt **alle** ein.',
  '',
  'Projekt Smart Integration jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu.',
  '',
].join('\n');

describe('document exports over HTTP', () => {
  let fixture: WorkflowFixture;
  let documentId: string;
  let ids: string[];

  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const response = await fixture.app.request(method, path, { token, body });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${response.text}`);
    return response.body;
  };
  const exported = (query: string, token = fixture.translator.token, lang = 'en') =>
    fetch(`${fixture.app.baseUrl}/api/documents/${documentId}/export?${query}`, { headers: { authorization: `Bearer ${token}`, 'accept-language': lang } });

  beforeAll(async () => {
    fixture = await startWorkflow();
    documentId = await submit(fixture, MARKDOWN, { format: 'markdown', title: 'Pressemitteilung Görlitz' });
    ids = (await segmentsOf(fixture, documentId)).map((s) => s.id);
    // 0 approved, 1 a draft whose number is missing (a QA warning), 2 new, 3 locked (Polish).
    await call('PATCH', `/api/segments/${ids[0]}`, fixture.translator.token, { target: 'Spotkanie w Görlitz', version: 1 });
    await call('POST', `/api/segments/${ids[0]}/confirm`, fixture.translator.token);
    await call('POST', `/api/segments/${ids[0]}/approve`, fixture.reviewer.token);
    await call('PATCH', `/api/segments/${ids[1]}`, fixture.translator.token, { target: 'W styczniu 2019 r. odbyło się spotkanie.', version: 1 });
  });
  afterAll(async () => fixture.app.close());

  test('XLIFF 1.2 before approval, for a translator: every segment with its id, version, state, QA notes; locked ones translate="no"', async () => {
    const response = await exported('format=xliff12');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Pressemitteilung Gorlitz.de-pl.xlf"; filename*=UTF-8''Pressemitteilung%20G%C3%B6rlitz.de-pl.xlf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const xliff = await response.text();
    const read = readXliff(xliff);
    expect(read.documentId).toBe(documentId);
    expect(read.units.map((u) => [u.id, u.target, u.state, u.nysaVersion, u.translate])).toEqual([
      [ids[0], 'Spotkanie w Görlitz', 'signed-off', 4, true],
      [ids[1], 'W styczniu 2019 r. odbyło się spotkanie.', 'needs-review-translation', 2, true],
      [ids[2], '', 'needs-translation', 1, true],
      [ids[3], 'Projekt Smart Integration jest współfinansowany przez Unię Europejską ze środków Europejskiego Funduszu.', 'final', 1, false],
    ]);
    expect(xliff).toContain('<note from="nysa-qa" priority="1">[numbers] Number 30. Januar 2019 is missing in the translation.</note>');
  });

  test('XLIFF 2.0, its QA notes in the reader’s language', async () => {
    const response = await exported('format=xliff20', fixture.reviewer.token, 'de');
    const xliff = await response.text();
    expect([response.status, response.headers.get('content-disposition')]).toEqual([200, `attachment; filename="Pressemitteilung Gorlitz.de-pl.xliff"; filename*=UTF-8''Pressemitteilung%20G%C3%B6rlitz.de-pl.xliff`]);
    expect(readXliff(xliff).units.map((u) => u.id)).toEqual(ids);
    expect(xliff).toContain('[numbers] Die Zahl 30. Januar 2019 fehlt in der Übersetzung.');
  });

  test('the bilingual table is a Word file by default: source, target, the state in the reader’s language, the QA notes', async () => {
    const response = await exported('format=bilingual', fixture.editor.token, 'pl');
    expect([response.status, response.headers.get('content-type')]).toEqual([200, DOCX_MEDIA_TYPE]);
    expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''Pressemitteilung%20G%C3%B6rlitz\.bilingual\.docx$/);
    const documentXml = strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))['word/document.xml'] as Uint8Array);
    const text = documentXml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Treffen in Görlitz');
    expect(text).toContain('Spotkanie w Görlitz');
    expect(text).toContain('zatwierdzony');
    expect(text).toContain('wersja robocza — W tłumaczeniu brakuje liczby 30. Januar 2019.');
    expect(text).toContain('{1}alle{/1}');
  });

  test('the bilingual table as a web page is a download that never renders on Nysa’s origin, labelled in German', async () => {
    const response = await exported('format=bilingual&as=html', fixture.translator.token, 'de');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<th scope="col">Ausgangstext (DE)</th>');
    expect(html).toContain('<td>Entwurf</td>');
    expect(html).toContain('<span class="ph">{1}</span>alle<span class="ph">{/1}</span>');
  });

  test('original and TMX wait for approval (409), unless a coordinator asks for a preview', async () => {
    for (const format of ['original', 'markdown', 'tmx']) {
      const refused = await exported(`format=${format}`);
      expect([format, refused.status, ((await refused.json()) as { error: string }).error]).toEqual([format, 409, 'export_not_ready']);
    }
    const forbidden = await exported('format=tmx&allowUnapproved=true');
    expect(forbidden.status).toBe(403);
    const preview = await exported('format=tmx&allowUnapproved=true', fixture.coordinator.token);
    expect([preview.status, preview.headers.get('x-nysa-unapproved-segments'), preview.headers.get('content-type')]).toEqual([200, '1,2', 'application/x-tmx+xml; charset=utf-8']);
    const units = readTmx(await preview.text()).items.map((unit) => ({ source: unit.source, target: unit.target }));
    // Only the approved pair: drafts are no translation memory, locked Polish text neither.
    expect(units).toEqual([{ source: 'Treffen in Görlitz', target: 'Spotkanie w Görlitz' }]);
  });

  test('a preview of a large document counts its unapproved segments but lists them only up to 4,096 characters', async () => {
    const sentences = Array.from({ length: 1200 }, (_, i) => `Satz Nummer ${i + 1} steht hier.`).join('\n\n');
    const large = await submit(fixture, sentences, { title: 'Lang' });
    const preview = await fetch(`${fixture.app.baseUrl}/api/documents/${large}/export?allowUnapproved=true`, { headers: { authorization: `Bearer ${fixture.coordinator.token}` } });
    // "0,1,…,1199" is 4,690 characters long.
    expect([preview.status, preview.headers.get('x-nysa-unapproved-count'), preview.headers.get('x-nysa-unapproved-segments')]).toEqual([200, '1200', null]);
  });

  test('the original in its own format, also named by today’s ?format=markdown; another format is refused', async () => {
    const original = await exported('allowUnapproved=true', fixture.coordinator.token);
    const alias = await exported('format=markdown&allowUnapproved=true', fixture.coordinator.token);
    const text = await original.text();
    expect([original.status, original.headers.get('content-type')]).toEqual([200, 'text/markdown; charset=utf-8']);
    expect(original.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''Pressemitteilung%20G%C3%B6rlitz\.pl\.md$/);
    expect(text.split('\n')[0]).toBe('# Spotkanie w Görlitz');
    expect(await alias.text()).toBe(text);
    for (const [query, code] of [['format=docx', 'unsupported_export_format'], ['format=original&as=html', 'invalid_input'], ['format=bilingual&as=pdf', 'invalid_input']]) {
      const response = await exported(query, fixture.coordinator.token);
      expect([query, response.status, ((await response.json()) as { error: string }).error]).toEqual([query, 400, code]);
    }
  });

  test('an outsider sees no export of any kind (404)', async () => {
    for (const format of ['original', 'xliff12', 'xliff20', 'tmx', 'bilingual']) {
      const response = await exported(`format=${format}`, fixture.outsider.token);
      expect([format, response.status]).toEqual([format, 404]);
    }
  });

  test('an HTML document exports as a download in its own charset, with a sandbox CSP', async () => {
    const submitted = await postForm(fixture.app, `/api/projects/${fixture.projectId}/documents`, fixture.editor.token, { files: [{ name: 'seite.html', bytes: fixtureBytes('html/windows-1250.html') }] });
    const response = await download(fixture.app, `/api/documents/${submitted.body.id}/export?allowUnapproved=true`, fixture.coordinator.token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=windows-1250');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.pl\.html"; filename\*=UTF-8''.*\.pl\.html$/);
    expect(response.headers.get('content-security-policy')).toBe("sandbox; default-src 'none'");
    expect(new TextDecoder('windows-1250').decode(response.bytes)).toContain('lang="pl"');
  });
});
