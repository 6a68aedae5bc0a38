// Documents as files, as the client decides: which picked file is read into the text field and which is
// uploaded as it is, what a document offers to download in each state, who may bring back an XLIFF
// file, and how the import summary counts refusals (the server decides all of it again).
import { canImportXliffIn, exportLinks, MAX_FILE_BYTES, pickDocumentFile, refusalCounts } from '../../client/src/lib/documentFiles';
import { MAX_UPLOAD_BYTES } from '../../client/src/lib/dashboardStats';

describe('pickDocumentFile', () => {
  test.each([
    ['Pressemitteilung.docx', 'file', 'docx'],
    ['seite.HTML', 'file', 'html'],
    ['seite.htm', 'file', 'html'],
    ['auftrag.xlf', 'file', 'xliff'],
    ['auftrag.sdlxliff', 'file', 'xliff'],
    ['notiz.txt', 'text', 'text'],
    ['notiz.md', 'text', 'markdown'],
  ])('%s is sent as %s, format %s', (name, send, format) => {
    expect(pickDocumentFile({ name, size: 1000 })).toEqual({ ok: true, send, format });
  });

  test('a legacy .doc, a PDF or a name without extension is refused for its type, with the text limit', () => {
    for (const name of ['alt.doc', 'bericht.pdf', 'README']) expect(pickDocumentFile({ name, size: 10 })).toEqual({ ok: false, reason: 'type', max: MAX_UPLOAD_BYTES });
  });

  test('an uploaded file may be up to 50 MiB, a text file up to 5 MiB', () => {
    expect(pickDocumentFile({ name: 'a.docx', size: MAX_FILE_BYTES })).toEqual({ ok: true, send: 'file', format: 'docx' });
    expect(pickDocumentFile({ name: 'a.docx', size: MAX_FILE_BYTES + 1 })).toEqual({ ok: false, reason: 'size', max: MAX_FILE_BYTES });
    expect(pickDocumentFile({ name: 'a.md', size: MAX_UPLOAD_BYTES + 1 })).toEqual({ ok: false, reason: 'size', max: MAX_UPLOAD_BYTES });
  });
});

describe('exportLinks', () => {
  const base = '/api/documents/d%201/export';

  test('before approval: the two XLIFF versions and the review table as Word and web page', () => {
    expect(exportLinks({ id: 'd 1', status: 'in_review' })).toEqual([
      { kind: 'xliff12', href: `${base}?format=xliff12` },
      { kind: 'xliff20', href: `${base}?format=xliff20` },
      { kind: 'bilingual', href: `${base}?format=bilingual` },
      { kind: 'bilingual-html', href: `${base}?format=bilingual&as=html` },
    ]);
  });

  test('once approved: the Polish document first and its TMX last', () => {
    expect(exportLinks({ id: 'd 1', status: 'approved' }).map((link) => link.href)).toEqual([
      base,
      `${base}?format=xliff12`,
      `${base}?format=xliff20`,
      `${base}?format=bilingual`,
      `${base}?format=bilingual&as=html`,
      `${base}?format=tmx`,
    ]);
  });
});

describe('canImportXliffIn', () => {
  const project = { members: [{ userId: 't', roles: ['translator' as const] }, { userId: 'r', roles: ['reviewer' as const] }, { userId: 'e', roles: ['editor' as const] }] };

  test('translators of the project, coordinators and admins may import; reviewers, editors and outsiders not', () => {
    expect(canImportXliffIn({ id: 't', roles: [] }, project)).toBe(true);
    expect(canImportXliffIn({ id: 'c', roles: ['coordinator'] }, project)).toBe(true);
    expect(canImportXliffIn({ id: 'a', roles: ['admin'] }, project)).toBe(true);
    expect(canImportXliffIn({ id: 'r', roles: [] }, project)).toBe(false);
    expect(canImportXliffIn({ id: 'e', roles: [] }, project)).toBe(false);
    expect(canImportXliffIn({ id: 'x', roles: [] }, project)).toBe(false);
  });

  test('without the project at hand, the global roles decide', () => {
    expect(canImportXliffIn({ id: 'x', roles: ['translator'] }, undefined)).toBe(true);
    expect(canImportXliffIn({ id: 'x', roles: ['reviewer'] }, undefined)).toBe(false);
  });
});

describe('refusalCounts', () => {
  test('counts refusals by reason, most frequent first, ties by reason', () => {
    const refused = [
      { unitId: 'u1', reason: 'source_mismatch' },
      { unitId: 'u2', reason: 'unknown_unit' },
      { unitId: 'u3', reason: 'source_mismatch' },
      { unitId: 'u4', reason: 'segment_locked' },
    ];
    expect(refusalCounts({ refused })).toEqual([
      { reason: 'source_mismatch', count: 2 },
      { reason: 'segment_locked', count: 1 },
      { reason: 'unknown_unit', count: 1 },
    ]);
  });
});
