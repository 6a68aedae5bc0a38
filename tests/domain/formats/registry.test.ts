// The format registry (server/domain/formats/index.ts): every document format is found there with its
// content kind, extraction, rebuild, media type and extension, so submission and export never branch
// on the format.
import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { DOCUMENT_FORMATS } from '../../../server/domain/documents/types';
import { DOCUMENT_FORMAT_ENTRIES, parseDocument, rebuildDocument, type RebuildSegment } from '../../../server/domain/formats';
import type { ParsedDocument } from '../../../server/domain/formats';
import { DOCX_MEDIA_TYPE } from '../../../server/domain/formats/docx';
import { SegmentState } from '../../../server/domain/workflow/states';
import { refusal } from './docx/support';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

/** Every segment as the export sees it: untranslated (its source stands in) or with `target`. */
const asSegments = (doc: ParsedDocument, target: (source: string) => string | null): RebuildSegment[] =>
  doc.segments.map((segment) => ({ source: segment.source, target: target(segment.source), tags: segment.tags, state: SegmentState.Draft }));

describe('the format registry', () => {
  test('has an entry for every document format, binary only for Word files', () => {
    expect(Object.keys(DOCUMENT_FORMAT_ENTRIES).sort()).toEqual([...DOCUMENT_FORMATS].sort());
    expect(Object.fromEntries(DOCUMENT_FORMATS.map((format) => [format, [DOCUMENT_FORMAT_ENTRIES[format].content, DOCUMENT_FORMAT_ENTRIES[format].extension]]))).toEqual({
      text: ['text', 'txt'],
      markdown: ['text', 'md'],
      docx: ['binary', 'docx'],
      html: ['text', 'html'],
      xliff: ['text', 'xlf'],
    });
  });

  test.each([
    ['text', 'Erster Satz. Zweiter Satz.\n', 'text/plain; charset=utf-8'],
    ['markdown', '# Titel\n\nEin **Satz**.\n', 'text/markdown; charset=utf-8'],
  ] as const)('%s: bytes read as UTF-8 give the same document as the text, rebuilt byte for byte', (format, text, mediaType) => {
    const fromText = parseDocument(format, text, 'de');
    expect(parseDocument(format, new TextEncoder().encode(text), 'de')).toEqual(fromText);
    expect(rebuildDocument(format, fromText.skeleton, asSegments(fromText, () => null))).toEqual({ content: text, mediaType });
  });

  test('text: bytes that are not UTF-8 are refused with text_not_utf8', () => {
    expect(refusal(() => parseDocument('text', new Uint8Array([0x47, 0xf6, 0x72, 0x6c, 0x69, 0x74, 0x7a]), 'de')).code).toBe('text_not_utf8');
  });

  test('docx: a Word file as text is refused with file_required; as bytes it keeps its core title', () => {
    expect(refusal(() => parseDocument('docx', 'PK…', 'de')).code).toBe('file_required');
    const doc = parseDocument('docx', bytes('docx/smart-integration.docx'), 'de');
    expect(doc.title).toBe('4. Treffen des Projektteams');
    const rebuilt = rebuildDocument('docx', doc.skeleton, asSegments(doc, (source) => `PL: ${source}`));
    expect(rebuilt.mediaType).toBe(DOCX_MEDIA_TYPE);
    expect(strFromU8(unzipSync(rebuilt.content as Uint8Array)['word/document.xml'] as Uint8Array)).toContain('PL: ');
  });

  test('html: the page title is the document title; the rebuild is in the page charset, lang="pl"', () => {
    const doc = parseDocument('html', bytes('html/windows-1250.html'), 'de');
    expect(doc.title).toMatch(/^Grenz/);
    const rebuilt = rebuildDocument('html', doc.skeleton, asSegments(doc, () => null), 'pl');
    expect(rebuilt.mediaType).toBe('text/html; charset=windows-1250');
    expect(rebuilt.content).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder('windows-1250').decode(rebuilt.content as Uint8Array)).toContain('lang="pl"');
  });

  test('xliff: the title is the file’s original; a segment without target keeps its place as the file had it', () => {
    const content = fs.readFileSync(path.join(FIXTURES, 'xliff/trados-like-1.2.xlf'), 'utf8');
    const doc = parseDocument('xliff', content, 'de');
    expect(doc.title).toBe('Einladung_Goerlitz.docx');
    expect(doc.segments[0]).toMatchObject({ externalId: 'tu-1#1', target: 'Miasto Görlitz zaprasza.' });
    const untouched = rebuildDocument('xliff', doc.skeleton, asSegments(doc, () => null));
    expect(untouched.mediaType).toBe('application/xliff+xml; charset=utf-8');
    expect(untouched.content).toBe(content);
  });

  test('xliff: a UTF-8 byte order mark is dropped, another encoding is refused with xliff_invalid', () => {
    const content = fs.readFileSync(path.join(FIXTURES, 'xliff/smart-integration-1.2.xlf'));
    const withBom = new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), content]));
    expect(parseDocument('xliff', withBom, 'de')).toEqual(parseDocument('xliff', content.toString('utf8'), 'de'));
    const latin2 = new Uint8Array(Buffer.from(content.toString('utf8').replace('encoding="UTF-8"', 'encoding="ISO-8859-2"'), 'latin1'));
    expect(refusal(() => parseDocument('xliff', latin2, 'de')).code).toBe('xliff_invalid');
  });
});
