// Hostile and broken files, uploaded as a submission and as a preview: each is refused with a 4xx and
// a stable, localized code, nothing is stored, and the server keeps answering other requests meanwhile.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { fixtureBytes, postForm } from '../../support/upload';
import { startWorkflow, type WorkflowFixture } from '../../support/workflow';

const DOCTYPE_XXE = '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
const BILLION_LAUGHS = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';

/** The Smart Integration Word file with one part's XML declaration followed by `doctype`. */
function docxWithDoctype(part: string, doctype: string): Uint8Array {
  const entries = unzipSync(fixtureBytes('docx/smart-integration.docx'));
  const xml = new TextDecoder().decode(entries[part]);
  const at = xml.startsWith('<?xml') ? xml.indexOf('?>') + 2 : 0;
  entries[part] = strToU8(`${xml.slice(0, at)}${doctype}${xml.slice(at)}`);
  return zipSync(entries);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** [what, file name, status, code, bytes] */
const BAD_FILES: [string, string, number, string, () => Uint8Array][] = [
  ['a file of 0 bytes', 'leer.docx', 400, 'empty_document', () => new Uint8Array(0)],
  ['a zip bomb (20 MiB of zeros in 22 KiB)', 'bombe.docx', 413, 'zip_too_large', () => fixtureBytes('docx/bad-zip-bomb.docx')],
  ['a zip entry with a ../ path', 'pfad.docx', 422, 'zip_unsafe_path', () => fixtureBytes('docx/bad-path-traversal.docx')],
  ['a DOCX without word/document.xml', 'ohne.docx', 422, 'docx_missing_document', () => fixtureBytes('docx/bad-no-document.docx')],
  ['entity expansion in word/document.xml', 'lachen.docx', 422, 'xml_doctype_refused', () => fixtureBytes('docx/bad-doctype.docx')],
  ...['word/document.xml', 'word/styles.xml', 'word/footnotes.xml', 'docProps/core.xml', '[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels'].map(
    (part): [string, string, number, string, () => Uint8Array] => [`an external entity (XXE) in ${part}`, 'xxe.docx', 422, 'xml_doctype_refused', () => docxWithDoctype(part, DOCTYPE_XXE)],
  ),
  ['entity expansion in docProps/app.xml', 'app.docx', 422, 'xml_doctype_refused', () => docxWithDoctype('docProps/app.xml', BILLION_LAUGHS)],
  ['a legacy .doc (OLE compound file)', 'alt.doc', 415, 'docx_encrypted_or_legacy', () => fixtureBytes('docx/bad-ole.doc')],
  ['a .doc renamed .docx', 'alt.docx', 415, 'docx_encrypted_or_legacy', () => fixtureBytes('docx/bad-ole.doc')],
  ['a ZIP that is no Word file', 'archiv.docx', 415, 'zip_not_docx', () => zipSync({ 'readme.txt': utf8('Hallo') })],
  ['a truncated ZIP', 'kaputt.docx', 422, 'zip_unreadable', () => fixtureBytes('docx/smart-integration.docx').slice(0, 4000)],
  ['a .docx name on HTML content', 'seite.docx', 422, 'format_mismatch', () => fixtureBytes('html/smart-integration.html')],
  ['a .html name on XLIFF content', 'datei.html', 422, 'format_mismatch', () => fixtureBytes('xliff/smart-integration-1.2.xlf')],
  ['a PDF', 'bericht.pdf', 415, 'pdf_not_supported', () => utf8('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')],
  ['an image', 'bild.html', 415, 'binary_file', () => fixtureBytes('html/not-html.html')],
  ['HTML of 5 MB with 10,000 levels of nesting', 'tief.html', 422, 'html_too_deep', () => fixtureBytes('html/deep-nesting.html')],
  ['an HTML file of 0 bytes', 'leer.html', 400, 'empty_document', () => fixtureBytes('html/empty.html')],
  ['XLIFF with an internal subset (entity expansion)', 'lachen.xlf', 422, 'xml_doctype_refused', () => fixtureBytes('xliff/bad-doctype.xlf')],
  [
    'XLIFF with an external entity (XXE)',
    'xxe.xlf',
    422,
    'xml_doctype_refused',
    () => utf8(new TextDecoder().decode(fixtureBytes('xliff/smart-integration-1.2.xlf')).replace('?>', `?>${DOCTYPE_XXE}`)),
  ],
  ['XLIFF with one unit id twice', 'doppelt.xlf', 422, 'xliff_duplicate_id', () => fixtureBytes('xliff/bad-duplicate-ids.xlf')],
  ['XLIFF that is not well-formed', 'kaputt.xlf', 422, 'xliff_invalid', () => fixtureBytes('xliff/bad-not-well-formed.xlf')],
  ['XML that is no XLIFF', 'speicher.xlf', 415, 'xml_not_xliff', () => fixtureBytes('xliff/bad-not-xliff.xlf')],
  [
    'XLIFF from English',
    'englisch.xlf',
    422,
    'xliff_language_mismatch',
    () => utf8(new TextDecoder().decode(fixtureBytes('xliff/smart-integration-1.2.xlf')).replace('source-language="de-DE"', 'source-language="en-GB"')),
  ],
  ['a text file in Windows-1250', 'brief.txt', 415, 'text_not_utf8', () => new Uint8Array([0x47, 0xf6, 0x72, 0x6c, 0x69, 0x74, 0x7a, 0x2e])],
  [
    'XLIFF with a unit of over 1,000,000 characters',
    'riesig.xlf',
    422,
    'xliff_segment_too_long',
    () => utf8(new TextDecoder().decode(fixtureBytes('xliff/smart-integration-1.2.xlf')).replace(/<source>[^<]*<\/source>/, `<source>${'Grenzraum '.repeat(100_001)}</source>`)),
  ],
];

describe('bad files over HTTP', () => {
  let fixture: WorkflowFixture;

  beforeAll(async () => {
    fixture = await startWorkflow();
  });
  afterAll(async () => fixture.app.close());

  const documentCount = async () =>
    (await fixture.app.request('GET', `/api/projects/${fixture.projectId}/documents`, { token: fixture.coordinator.token })).body.items.length;

  test.each(BAD_FILES)('%s (%s) is %i %s, as submission and as preview, and nothing is stored', async (_what, name, status, code, bytes) => {
    const before = await documentCount();
    for (const route of ['documents', 'documents/preview']) {
      const response = await postForm(fixture.app, `/api/projects/${fixture.projectId}/${route}`, fixture.editor.token, { files: [{ name, bytes: bytes() }] }, { 'accept-language': 'de' });
      expect([route, response.status, response.body?.error]).toEqual([route, status, code]);
      // The German message, not the code and not the English fallback.
      expect(response.body.message).not.toBe(code);
      expect(response.headers.get('content-language')).toBe('de');
    }
    expect(await documentCount()).toBe(before);
  });

  test('every refusal has a message in German, Polish and English', async () => {
    const messages = new Map<string, Set<string>>();
    for (const [, name, , code, bytes] of BAD_FILES) {
      for (const lang of ['de', 'pl', 'en']) {
        const response = await postForm(fixture.app, `/api/projects/${fixture.projectId}/documents/preview`, fixture.editor.token, { files: [{ name, bytes: bytes() }] }, { 'accept-language': lang });
        messages.set(code, (messages.get(code) ?? new Set()).add(response.body.message));
      }
    }
    for (const [code, texts] of messages) expect([code, texts.size]).toEqual([code, 3]);
  });

  test('an HTML page declaring an external entity is read as HTML: the entity is text, no file is read', async () => {
    const html = `<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><head><title>Seite</title></head><body><p>Wert: &xxe; Ende.</p></body></html>`;
    const response = await postForm(fixture.app, `/api/projects/${fixture.projectId}/documents/preview`, fixture.editor.token, { files: [{ name: 'seite.html', bytes: utf8(html) }] });
    expect(response.status).toBe(200);
    expect(response.body.segments.map((s: { source: string }) => s.source)).toEqual(['Seite', 'Wert: &xxe; Ende.']);
    expect(response.text).not.toContain('root:');
  });

  test('the server keeps answering other requests while hostile files are refused', async () => {
    const uploads = BAD_FILES.map(([, name, , , bytes]) =>
      postForm(fixture.app, `/api/projects/${fixture.projectId}/documents`, fixture.editor.token, { files: [{ name, bytes: bytes() }] }),
    );
    const health = Array.from({ length: 10 }, () => fixture.app.request('GET', '/health'));
    const [answers, checks] = await Promise.all([Promise.all(uploads), Promise.all(health)]);
    expect(answers.every((answer) => answer.status >= 400 && answer.status < 500)).toBe(true);
    expect(checks.map((check) => check.status)).toEqual(Array(10).fill(200));
    expect(await documentCount()).toBe(0);
  });
});
