// Reading a DOCX package defensively: what is refused, with which code, before anything is inflated;
// and writing one deterministically.
import { zipSync, type Zippable } from 'fflate';
import { PACKAGE_LIMITS, readPackage, unsafeEntryName, writePackage } from '../../../../server/domain/formats/docx/package';
import { assertNoDoctype, parseXmlTree, MAX_XML_DEPTH } from '../../../../server/domain/formats/docx/xml';
import { refusal } from './support';

const bytes = (text: string) => new TextEncoder().encode(text);
const zip = (files: Record<string, Uint8Array | string>, level = 6): Uint8Array => {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [typeof data === 'string' ? bytes(data) : data, { level: level as 6, mtime: new Date(1980, 0, 1) }];
  return zipSync(zippable);
};


/** Overwrites the declared uncompressed size of the only entry, in its local header and the central directory. */
function declareSize(archive: Uint8Array, size: number): Uint8Array {
  const patched = archive.slice();
  const view = new DataView(patched.buffer);
  view.setUint32(22, size, true);
  for (let at = patched.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      return patched;
    }
  }
  throw new Error('no central directory header');
}

describe('docx package: readPackage', () => {
  it('gives the entries in archive order with their data and compression method', () => {
    const entries = readPackage(zip({ 'a.xml': '<a/>', 'media/b.bin': new Uint8Array([1, 2, 3]) }));
    expect(entries.map((e) => [e.name, [...e.data], e.compression])).toEqual([
      ['a.xml', [...bytes('<a/>')], 8],
      ['media/b.bin', [1, 2, 3], 8],
    ]);
    expect(readPackage(zip({ 'c.txt': 'stored' }, 0))[0]?.compression).toBe(0);
  });

  it.each([
    ['0 bytes', new Uint8Array(0), 'empty_document'],
    ['an OLE compound file (legacy .doc or password-protected .docx)', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'docx_encrypted_or_legacy'],
    ['plain text', bytes('Das ist kein Word-Dokument.'), 'unreadable_file'],
    ['a ZIP cut in half', zip({ 'word/document.xml': '<w:document/>'.repeat(50) }).slice(0, 60), 'unreadable_file'],
  ])('refuses %s', (_name, data, code) => {
    expect(refusal(() => readPackage(data)).code).toBe(code);
  });

  it.each([
    ['../evil.xml'],
    ['word/../../evil.xml'],
    ['/etc/passwd'],
    ['word\\document.xml'],
    ['C:/evil.xml'],
    ['word/./document.xml'],
    ['bad\u0000name'],
  ])('refuses the unsafe entry name %j before inflating anything', (name) => {
    expect(unsafeEntryName(name)).toBe(true);
    expect(refusal(() => readPackage(zip({ '[Content_Types].xml': '<Types/>', [name]: '<x/>' })))).toEqual({
      code: 'zip_unsafe_path',
      details: { entry: name },
    });
  });

  it('accepts ordinary part names, including ones with brackets and dots inside', () => {
    expect(['[Content_Types].xml', 'word/_rels/document.xml.rels', 'customXml/item1.xml', 'word/media/image1.png', 'a..b.xml'].map(unsafeEntryName)).toEqual([
      false, false, false, false, false,
    ]);
  });

  it('refuses an entry whose declared size compresses beyond the ratio limit (a zip bomb), before inflating it', () => {
    const bomb = zip({ 'word/document.xml': new Uint8Array(20 * 1024 * 1024) });
    expect(refusal(() => readPackage(bomb))).toEqual({
      code: 'zip_too_large',
      details: expect.objectContaining({ entry: 'word/document.xml', limit: PACKAGE_LIMITS.maxRatio }),
    });
  });

  it('refuses an entry that inflates beyond its declared size, and stops inflating there', () => {
    const honest = zip({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024).fill(65) });
    expect(refusal(() => readPackage(declareSize(honest, 1000)))).toEqual({
      code: 'zip_too_large',
      details: { reason: expect.stringContaining('beyond its declared 1000 bytes'), entry: 'word/document.xml' },
    });
  });

  it('refuses an entry shorter than its declared size as damaged', () => {
    const honest = zip({ 'word/document.xml': 'kurz' });
    expect(refusal(() => readPackage(declareSize(honest, 10))).code).toBe('unreadable_file');
  });

  it('refuses a package whose entries declare more than the total limit', () => {
    // Three tiny entries, each declared as large as one entry may be (compressed at a ratio of 100).
    const declared = PACKAGE_LIMITS.maxEntryBytes;
    const archive = zip({ 'a.bin': 'a', 'b.bin': 'b', 'c.bin': 'c' }, 0);
    const view = new DataView(archive.buffer);
    let patched = 0;
    for (let at = 0; at < archive.length - 4; at++) {
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, declared, true);
        view.setUint32(at + 20, Math.ceil(declared / 100), true);
        patched++;
      }
    }
    expect(patched).toBe(3);
    expect(refusal(() => readPackage(archive))).toEqual({
      code: 'zip_too_large',
      details: expect.objectContaining({ limit: PACKAGE_LIMITS.maxTotalBytes }),
    });
  });
});

describe('docx package: writePackage', () => {
  it('writes the same bytes for the same entries, which read back as they were', () => {
    const entries = [
      { name: '[Content_Types].xml', data: bytes('<Types/>'), compression: 8 },
      { name: 'word/media/image1.png', data: new Uint8Array([137, 80, 78, 71]), compression: 0 },
    ];
    const first = writePackage(entries);
    expect(writePackage(entries)).toEqual(first);
    expect(readPackage(first)).toEqual(entries);
  });
});

describe('docx XML parts', () => {
  it('refuses a DOCTYPE with entity declarations, in a translated and in any other part', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w>&b;</w>';
    expect(refusal(() => parseXmlTree('word/document.xml', laughs))).toEqual({ code: 'xml_doctype_refused', details: { part: 'word/document.xml' } });
    expect(refusal(() => assertNoDoctype('word/settings.xml', bytes(laughs)))).toEqual({ code: 'xml_doctype_refused', details: { part: 'word/settings.xml' } });
    expect(() => assertNoDoctype('word/settings.xml', bytes('<?xml version="1.0"?>\n<w:settings xmlns:w="urn:x"/>'))).not.toThrow();
  });

  it('refuses an undeclared entity and malformed XML as docx_invalid_xml', () => {
    expect(refusal(() => parseXmlTree('word/document.xml', '<w>&xxe;</w>')).code).toBe('docx_invalid_xml');
    expect(refusal(() => parseXmlTree('word/document.xml', '<w><p></w>')).code).toBe('docx_invalid_xml');
  });

  it(`refuses elements nested deeper than ${MAX_XML_DEPTH}, without overflowing the stack`, () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expect(refusal(() => parseXmlTree('word/document.xml', deep))).toEqual({
      code: 'xml_too_deep',
      details: { part: 'word/document.xml', limit: MAX_XML_DEPTH },
    });
  });

  it('calls a close handler with each element and its ancestors, and forgets the elements it is done with', () => {
    const closed: string[] = [];
    const root = parseXmlTree('word/document.xml', '<a><b><c/></b><d/></a>', (element, ancestors) => {
      closed.push(`${ancestors.map((a) => a.name).join('/')}/${element.name}`);
      return element.name !== 'd';
    });
    expect(closed).toEqual(['a/b/c', 'a/b', 'a/d', '/a']);
    expect(root.children.map((child) => child.name)).toEqual(['d']);
  });

  it('remembers where each element starts and ends, and keeps the text of w:t only', () => {
    const xml = '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:t>A &amp; B</w:t><w:x>nicht</w:x></w:r><w:r/></w:p>';
    const root = parseXmlTree('word/document.xml', xml);
    const run = root.children[0]!;
    expect(xml.slice(run.start, run.end)).toBe('<w:r><w:t>A &amp; B</w:t><w:x>nicht</w:x></w:r>');
    expect(xml.slice(run.openEnd, run.closeStart)).toBe('<w:t>A &amp; B</w:t><w:x>nicht</w:x>');
    expect(run.children.map((c) => [c.local, c.text])).toEqual([['t', 'A & B'], ['x', '']]);
    const empty = root.children[1]!;
    expect([xml.slice(empty.start, empty.end), empty.openEnd, empty.closeStart]).toEqual(['<w:r/>', empty.end, empty.end]);
  });
});
