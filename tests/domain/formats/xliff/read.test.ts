// Reading back XLIFF: units of Nysa's own exports, inline codes of other tools as placeholders,
// 2.x units of several segments, and every way a file is refused.
import { readXliff } from '../../../../server/domain/formats/xliff';
import { smartIntegrationDocument, SMART_INTEGRATION_DOCUMENT_ID } from '../../../../scripts/fixtures/xliff';
import { failureOf, fixture } from './support';

const xliff12 = (units: string, fileAttributes = '') =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="x" source-language="de" datatype="plaintext"${fileAttributes}><body>\n${units}\n</body></file>\n</xliff>\n`;
const xliff20 = (units: string, rootAttributes = ' srcLang="de" trgLang="pl"') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"${rootAttributes}><file id="f">\n${units}\n</file></xliff>`;

describe('readXliff: Nysa exports', () => {
  it.each([['smart-integration-1.2.xlf', '1.2'], ['smart-integration-2.0.xlf', '2.0']] as const)(
    'reads %s back: version, document id, and per segment its id, source, target, version and lock',
    (name, version) => {
      const doc = smartIntegrationDocument();
      const read = readXliff(fixture(name));
      expect(read.version).toBe(version);
      expect(read.documentId).toBe(SMART_INTEGRATION_DOCUMENT_ID);
      expect(read.units.map(({ id, source, target, nysaVersion, translate }) => ({ id, source, target, nysaVersion, translate }))).toEqual(
        doc.segments.map((s) => ({
          id: s.id,
          source: s.source,
          // 2.0 has no target for a new segment; 1.2 an empty one
          target: s.target ?? (version === '1.2' ? '' : null),
          nysaVersion: s.version,
          translate: !s.locked,
        })),
      );
    },
  );
});

describe('readXliff: inline codes of other tools', () => {
  it.each([
    ['g and x keep their numeric ids', '<g id="1">Rat</g>haus<x id="2"/>', '{1}Rat{/1}haus{2/}'],
    ['bx/ex pair through rid', '<bx id="3"/>Rat<ex id="4" rid="3"/>haus', '{3}Rat{/3}haus'],
    ['ph and bpt/ept drop their native code', 'a<ph id="5">&lt;br/&gt;</ph>b<bpt id="6">&lt;b&gt;</bpt>c<ept id="6">&lt;/b&gt;</ept>', 'a{5/}b{6}c{/6}'],
    ['it is an open or close code alone', '<it id="7" pos="close">&lt;/i&gt;</it>Ende', '{/7}Ende'],
    ['mrk is text only', 'Der <mrk mtype="x-sdl-comment" comment="?">Leadpartner</mrk>', 'Der Leadpartner'],
    ['non-numeric ids are numbered in order', '<g id="a">x</g><x id="b"/>', '{1}x{/1}{2/}'],
  ])('1.2: %s', (_what, inline, expected) => {
    expect(readXliff(xliff12(`<trans-unit id="u"><source>${inline}</source></trans-unit>`)).units[0]!.source).toBe(expected);
  });

  it.each([
    ['pc and ph', '<pc id="1">Rat</pc>haus<ph id="2"/>', '{1}Rat{/1}haus{2/}'],
    ['sc/ec through startRef', '<sc id="3"/>Rat<ec startRef="3"/>haus', '{3}Rat{/3}haus'],
    ['isolated sc and ec', '<ec id="1" isolated="yes"/>a<sc id="2" isolated="yes"/>', '{/1}a{2}'],
    ['mrk and sm/em are text only', 'Der <mrk id="m" type="term">Partner</mrk> <sm id="s"/>lädt<em startRef="s"/> ein', 'Der Partner lädt ein'],
  ])('2.0: %s', (_what, inline, expected) => {
    expect(readXliff(xliff20(`<unit id="u"><segment><source>${inline}</source></segment></unit>`)).units[0]!.source).toBe(expected);
  });

  it('numbers a target’s codes like the source’s, by id; a code only the target has gets the next number', () => {
    const units = readXliff(
      xliff12('<trans-unit id="u"><source><g id="a">x</g><x id="b"/></source><target><x id="b"/><g id="a">y</g><x id="c"/></target></trans-unit>'),
    ).units;
    expect(units[0]).toMatchObject({ source: '{1}x{/1}{2/}', target: '{2/}{1}y{/1}{3/}' });
  });

  it('reads a Trados target written as <mrk mtype="seg"> segments as one text', () => {
    const unit = readXliff(
      xliff12(
        '<trans-unit id="u"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>' +
          '<target state="signed-off"><mrk mtype="seg" mid="1">A-pl.</mrk> <mrk mtype="seg" mid="2">B-pl.</mrk></target></trans-unit>',
      ),
    ).units[0];
    expect(unit).toEqual({ id: 'u', source: 'A. B.', target: 'A-pl. B-pl.', state: 'signed-off', translate: true });
  });

  it('reads a 2.x unit of several segments and ignorables as one text, its least advanced state, a target only where a segment has one', () => {
    const units = readXliff(
      xliff20(
        '<unit id="u1"><segment state="final"><source>A.</source><target>A-pl.</target></segment><ignorable><source> </source></ignorable>' +
          '<segment state="translated"><source>B.</source><target>B-pl.</target></segment></unit>' +
          '<unit id="u2"><segment><source>C.</source></segment></unit>',
      ),
    ).units;
    expect(units).toEqual([
      { id: 'u1', source: 'A. B.', target: 'A-pl. B-pl.', state: 'translated', translate: true },
      { id: 'u2', source: 'C.', target: null, state: 'initial', translate: true },
    ]);
  });

  it('inherits translate="no" from a group and a 2.x file', () => {
    expect(readXliff(xliff12('<group translate="no"><trans-unit id="u"><source>a</source></trans-unit></group>')).units[0]!.translate).toBe(false);
    expect(readXliff(xliff20('<unit id="u"><segment><source>a</source></segment></unit>').replace('<file id="f">', '<file id="f" translate="no">')).units[0]!.translate).toBe(false);
  });

  it('accepts 1.2 without its namespace (older tools), 2.1 as 2.x, a byte order mark, CDATA and a nysa:version that is not a number (ignored)', () => {
    const noNamespace = '<xliff version="1.2"><file original="x" source-language="de" datatype="plaintext"><body><trans-unit id="u" xmlns:n="urn:nysa:xliff" n:version="x"><source><![CDATA[a & b]]></source></trans-unit></body></file></xliff>';
    expect(readXliff(`\uFEFF${noNamespace}`)).toEqual({ version: '1.2', units: [{ id: 'u', source: 'a & b', target: null, translate: true }] });
    expect(readXliff(xliff20('<unit id="u"><segment><source>a</source></segment></unit>').replace('version="2.0"', 'version="2.1"')).version).toBe('2.0');
  });
});

describe('readXliff: refused input', () => {
  it.each([
    ['bad-doctype.xlf', { code: 'xml_doctype_refused', line: 6, column: 2 }],
    ['bad-not-xliff.xlf', { code: 'xliff_invalid', line: 2, column: 19 }],
    ['bad-duplicate-ids.xlf', { code: 'xliff_duplicate_id', line: 6, column: 25 }],
    ['bad-not-well-formed.xlf', { code: 'xliff_invalid', line: 9, column: 0 }],
    ['bad-empty.xlf', { code: 'empty_document' }],
  ])('refuses %s with %j', (name, expected) => {
    expect(failureOf(() => readXliff(fixture(name)))).toEqual(expected);
  });

  it('names where the last markup ends when an error is found far from it', () => {
    expect(() => readXliff(fixture('bad-not-well-formed.xlf'))).toThrow('line 9, column 0: unclosed tag: source (the last markup read before it ends at line 5, column 33)');
  });

  it.each([
    ['an XLIFF 1.1 namespace', '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"/>', 'xliff_invalid'],
    ['2.0 without srcLang', xliff20('<unit id="u"><segment><source>a</source></segment></unit>', ''), 'xliff_invalid'],
    ['a file without source-language', xliff12('<trans-unit id="u"><source>a</source></trans-unit>').replace(' source-language="de"', ''), 'xliff_invalid'],
    ['a trans-unit without id', xliff12('<trans-unit><source>a</source></trans-unit>'), 'xliff_invalid'],
    ['a trans-unit without source', xliff12('<trans-unit id="u"><target>a</target></trans-unit>'), 'xliff_invalid'],
    ['two sources', xliff12('<trans-unit id="u"><source>a</source><source>b</source></trans-unit>'), 'xliff_invalid'],
    ['a unit without segment', xliff20('<unit id="u"><ignorable><source> </source></ignorable></unit>'), 'xliff_invalid'],
    ['a segment without source', xliff20('<unit id="u"><segment><target>a</target></segment></unit>'), 'xliff_invalid'],
    ['no file', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>', 'xliff_invalid'],
    ['an entity XML does not define', xliff12('<trans-unit id="u"><source>a&nbsp;b</source></trans-unit>'), 'xliff_invalid'],
    ['whitespace only', '  \n', 'xliff_invalid'],
    ['the same unit id in two files', xliff12('<trans-unit id="u"><source>a</source></trans-unit>').replace('</file>', '</file><file original="y" source-language="de" datatype="plaintext"><body><trans-unit id="u"><source>b</source></trans-unit></body></file>'), 'xliff_duplicate_id'],
  ])('refuses %s', (_what, content, code) => {
    expect(failureOf(() => readXliff(content)).code).toBe(code);
  });
});
