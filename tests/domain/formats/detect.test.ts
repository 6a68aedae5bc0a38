import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { detectFormat, extensionFormat } from '../../../server/domain/formats/detect';

const bytes = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes(text)]);
const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, strToU8(content)])));

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

describe('detectFormat: by content', () => {
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Pressemitteilung')] }] })));
  });

  it('recognizes a Word document written by the docx library', () => {
    expect(detectFormat(docx)).toEqual({ format: 'docx' });
  });

  test.each([
    ['an empty file', new Uint8Array(0), { format: 'unknown', reason: 'empty_document' }],
    ['whitespace only', bytes(' \n\t\n'), { format: 'unknown', reason: 'empty_document' }],
    ['a minimal Word package', zip({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' }), { format: 'docx' }],
    ['an Excel package', zip({ '[Content_Types].xml': CONTENT_TYPES, 'xl/workbook.xml': '<workbook/>' }), { format: 'unknown', reason: 'zip_not_docx' }],
    ['an OpenDocument text', zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<office:document-content/>' }), { format: 'unknown', reason: 'zip_not_docx' }],
    ['a truncated ZIP', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), { format: 'unknown', reason: 'zip_unreadable' }],
    ['a legacy .doc or an encrypted .docx (OLE)', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 3, 0]), { format: 'unknown', reason: 'docx_encrypted_or_legacy' }],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), { format: 'unknown', reason: 'pdf_not_supported' }],
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), { format: 'unknown', reason: 'binary_file' }],
    ['an HTML5 page', bytes('<!DOCTYPE html>\n<html lang="de">\n<head><meta charset="utf-8">'), { format: 'html' }],
    ['HTML 4.01 in capitals', bytes('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>'), { format: 'html' }],
    ['a page after a byte order mark and comments', withBom('\n<!-- Kopf -->\n<!-- generiert -->\n<html>\n<body>'), { format: 'html' }],
    ['XHTML with an XML declaration', bytes('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'), { format: 'html' }],
    ['a UTF-16 page', utf16le('<!DOCTYPE html><html><body>'), { format: 'html' }],
    ['XLIFF 1.2', bytes('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n  <file original="a.docx" source-language="de-DE" target-language="pl-PL" datatype="x-docx">'), { format: 'xliff', xliffVersion: '1.2' }],
    ['XLIFF 2.0', bytes('<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="pl">\n<file id="f1">'), { format: 'xliff', xliffVersion: '2.0' }],
    ['an SDLXLIFF file', withBom('<?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0"><file original="x.docx"'), { format: 'xliff', xliffVersion: '1.2' }],
    ['XLIFF after a comment and a DOCTYPE with an internal subset', bytes('<!-- export --><!DOCTYPE xliff [ <!ENTITY x "y"> ]>\n<xliff version="1.1"><file>'), { format: 'xliff', xliffVersion: '1.1' }],
    ['XLIFF without a version', bytes('<xliff><file>'), { format: 'xliff' }],
    ['a TMX memory', bytes('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="de-DE"/>'), { format: 'unknown', reason: 'xml_not_xliff' }],
    ['Markdown', bytes('# Pressemitteilung\n\nDas Projekt [Smart Integration](https://example.org) lädt ein.\n'), { format: 'markdown' }],
    ['plain text with a bulleted list', bytes('Einladung\n\n- Begrüßung\n- Bericht\n\nMit freundlichen Grüßen\n'), { format: 'text' }],
    ['plain text in windows-1250', Uint8Array.from([0x5a, 0x61, 0xbf, 0xf3, 0xb3, 0xe6, 0x20, 0x67, 0xea, 0x9c, 0x6c, 0xb9]), { format: 'text' }],
  ])('%s', (_name, content, expected) => {
    expect(detectFormat(content)).toEqual(expected);
  });
});

describe('detectFormat: against the file name', () => {
  const page = bytes('<!DOCTYPE html><html><body><p>Text</p></body></html>');
  const xliff = bytes('<?xml version="1.0"?><xliff version="1.2"><file>');
  const markdown = bytes('# Titel\n\n*Text*\n');
  const text = bytes('Nur Text.\n');

  test.each([
    ['a page named .html', page, 'seite.html', { format: 'html', extensionFormat: 'html' }],
    ['a page named .HTM', page, 'C:\\Web\\SEITE.HTM', { format: 'html', extensionFormat: 'html' }],
    ['XLIFF named .sdlxliff', xliff, 'export.docx.sdlxliff', { format: 'xliff', xliffVersion: '1.2', extensionFormat: 'xliff' }],
    ['Markdown named .txt: text', markdown, 'notiz.txt', { format: 'text', extensionFormat: 'text' }],
    ['text named .markdown: Markdown', text, 'readme.markdown', { format: 'markdown', extensionFormat: 'markdown' }],
    ['a fragment of markup named .html', bytes('<p>Nur ein <b>Absatz</b>.</p>'), 'absatz.html', { format: 'html', extensionFormat: 'html' }],
    ['a page named .docx', page, 'bericht.docx', { format: 'html', extensionFormat: 'docx', reason: 'format_mismatch' }],
    ['XLIFF named .html', xliff, 'seite.html', { format: 'xliff', xliffVersion: '1.2', extensionFormat: 'html', reason: 'format_mismatch' }],
    ['a page named .md', page, 'seite.md', { format: 'html', extensionFormat: 'markdown', reason: 'format_mismatch' }],
    ['text named .xlf', text, 'daten.xlf', { format: 'text', extensionFormat: 'xliff', reason: 'format_mismatch' }],
    ['an OLE file named .docx', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'geheim.docx', { format: 'unknown', extensionFormat: 'docx', reason: 'docx_encrypted_or_legacy' }],
    ['a page with an unknown extension', page, 'seite.php', { format: 'html' }],
  ])('%s', (_name, content, fileName, expected) => {
    expect(detectFormat(content, fileName)).toEqual(expected);
  });

  test.each([
    ['bericht.DOCX', 'docx'],
    ['a.b/seite.htm', 'html'],
    ['.htaccess', undefined],
    ['ohne', undefined],
    [undefined, undefined],
  ])('reads the extension of %s', (fileName, expected) => {
    expect(extensionFormat(fileName)).toBe(expected);
  });
});
