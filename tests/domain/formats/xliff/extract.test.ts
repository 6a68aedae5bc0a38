// XLIFF from other tools as a new document: its segments (with existing targets and unit ids), the
// skeleton, and the rebuilt file with Polish targets — exactly what changes, what stays byte for byte,
// and well-formed XML whatever the translator did to the placeholders.
import { SaxesParser } from 'saxes';
import { extractXliff, readXliff, rebuildXliff } from '../../../../server/domain/formats/xliff';
import { MAX_XLIFF_SEGMENT_CHARS } from '../../../../server/domain/formats/xliff/extract';
import { MAX_DEPTH } from '../../../../server/domain/formats/xliff/scan';
import type { ParsedDocument } from '../../../../server/domain/formats';
import type { SegmentState } from '../../../../server/domain/workflow/states';
import { failureOf, fixture } from './support';

const extract = (content: string) => extractXliff(content, { lang: 'de' });
const rows = (doc: ParsedDocument) => doc.segments.map((s) => [s.externalId, s.source, s.target]);
const rebuild = (doc: ParsedDocument, texts: (string | null)[], state?: SegmentState) =>
  rebuildXliff(
    doc.skeleton,
    texts.map((text, i) => (text === null ? null : { text, tags: doc.segments[i]!.tags, ...(state ? { state } : {}) })),
  );
const wellFormed = (xml: string): boolean => {
  new SaxesParser({ xmlns: true }).write(xml).close();
  return true;
};

const x12 = (units: string, fileAttributes = ' target-language="pl-PL"') =>
  `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n <file original="x" source-language="de-DE"${fileAttributes} datatype="plaintext">\n  <body>\n${units}\n  </body>\n </file>\n</xliff>\n`;
const x20 = (units: string, rootAttributes = ' trgLang="pl"') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de"${rootAttributes}>\n <file id="f">\n${units}\n </file>\n</xliff>\n`;

const EXTRACTABLE = [
  'trados-like-1.2.xlf',
  'foreign-2.0.xlf',
  'smart-integration-1.2.xlf',
  'smart-integration-2.0.xlf',
  'smart-integration-returned-1.2.xlf',
  'smart-integration-returned-2.0.xlf',
];

describe('extractXliff: segments', () => {
  it('reads a Trados-like 1.2 file: one segment per seg-source mrk, translate="no" units and groups skipped, existing targets kept', () => {
    expect(rows(extract(fixture('trados-like-1.2.xlf')))).toEqual([
      ['tu-1#1', 'Die Stadt Görlitz lädt ein.', 'Miasto Görlitz zaprasza.'],
      ['tu-1#2', 'Das Treffen findet im {1}Rathaus{/1} statt.', 'Spotkanie odbędzie się w {1}ratuszu{/1}.'],
      ['tu-2', 'Anmeldung bis 15. März 2019{1/}Telefon: {2/}+49 3581 67-0', null],
      ['tu-3', 'Der Eintritt ist {1}frei{/1} & ohne Voranmeldung möglich.', null],
      ['tu-4', '{1}Grenzraumstudie{/1} (Entwurf)', null],
      ['tu-7#4', '{1}Programm: Begrüßung.', '{1}Program: powitanie.'],
      ['tu-7#5', 'Vortrag zur {1}Raumordnung{/1}.', null],
      // mid 6 ("–") has nothing to translate
      ['tu-8#7', 'Fragen & Antworten', null],
    ]);
  });

  it('keeps each code’s original XML in its tag', () => {
    const segments = extract(fixture('trados-like-1.2.xlf')).segments;
    expect(segments.map((s) => s.tags)).toEqual([
      [],
      [{ id: 1, type: 'paired', open: '<g id="1" ctype="bold">', close: '</g>' }],
      [
        { id: 1, type: 'standalone', open: '<x id="2" ctype="lb"/>', close: '' },
        { id: 2, type: 'standalone', open: '<ph id="3" ctype="x-tab">&lt;w:tab/&gt;</ph>', close: '' },
      ],
      [{ id: 1, type: 'paired', open: '<bpt id="4">&lt;b&gt;</bpt>', close: '<ept id="4">&lt;/b&gt;</ept>' }],
      [{ id: 1, type: 'paired', open: '<bx id="5" ctype="italic"/>', close: '<ex id="6" rid="5"/>' }],
      [{ id: 1, type: 'paired', open: '<it id="8" pos="open">&lt;i&gt;</it>', close: '' }],
      [{ id: 1, type: 'paired', open: '<mrk mtype="protected">', close: '</mrk>' }],
      [],
    ]);
  });

  it('reads a 2.0 file: one segment per <segment>, ignorables and translate="no" units left out', () => {
    const doc = extract(fixture('foreign-2.0.xlf'));
    expect(rows(doc)).toEqual([
      ['u1', 'Willkommen in der {1}Grenzregion{/1}!{2/}', 'Witamy w {1}regionie przygranicznym{/1}!{2/}'],
      ['u2#s2', 'Das Projekt läuft seit 2016. {1}Es endet', null],
      ['u2#s3', 'im Dezember 2019.{/1}', null],
      ['u4', 'Der {1}Leadpartner{/1} lädt zur {2}Konferenz{/2} ein.', null],
    ]);
    expect(doc.segments[3]!.tags).toEqual([
      { id: 1, type: 'paired', open: '<mrk id="m1" type="term" ref="#t1">', close: '</mrk>' },
      { id: 2, type: 'paired', open: '<sm id="m2" type="comment" value="prüfen"/>', close: '<em startRef="m2"/>' },
    ]);
  });

  it('reads Nysa’s own export like any other file: locked units are not segments again', () => {
    const doc = extract(fixture('smart-integration-1.2.xlf'));
    expect(doc.segments.map((s) => s.externalId)).toEqual(['si-01', 'si-03', 'si-04', 'si-05', 'si-06', 'si-07', 'si-08', 'si-09', 'si-11', 'si-12', 'si-13', 'si-14', 'si-15']);
    expect(doc.segments[1]).toEqual({ source: 'PROJEKT\nSmart Integration', kind: 'paragraph', tags: [], target: null, externalId: 'si-03' });
  });

  it('keeps placeholder-shaped text as a standalone tag and maps it in the target too', () => {
    const doc = extract(x12('<trans-unit id="u"><source>Wert {1} bleibt</source><target>Wartość {1} zostaje</target></trans-unit>'));
    expect(doc.segments).toEqual([
      { source: 'Wert {1/} bleibt', kind: 'paragraph', tags: [{ id: 1, type: 'standalone', open: '{1}', close: '' }], target: 'Wartość {1/} zostaje', externalId: 'u' },
    ]);
    expect(rebuild(doc, ['Wartość {1/} inna'])).toContain('<target>Wartość {1} inna</target>');
  });
});

describe('rebuildXliff', () => {
  it.each(EXTRACTABLE)('gives back %s byte for byte when every text is null', (name) => {
    const content = fixture(name);
    const doc = extract(content);
    expect(rebuild(doc, doc.segments.map(() => null))).toBe(content);
  });

  it.each(EXTRACTABLE)('writes the Polish targets into %s so that they read back, sources untouched', (name) => {
    const content = fixture(name);
    const doc = extract(content);
    const texts = doc.segments.map((s, i) => `PL${i} ${s.source} & <ok>`);
    const rebuilt = rebuild(doc, texts, 'translated');
    expect(extract(rebuilt).segments.map((s) => s.target)).toEqual(texts);
    expect(readXliff(rebuilt).units.map((u) => [u.id, u.source])).toEqual(readXliff(content).units.map((u) => [u.id, u.source]));
  });

  it('replaces an existing 1.2 target’s content and state, escaping the text', () => {
    const doc = extract(x12('   <trans-unit id="u1">\n    <source>Das <g id="1">Rathaus</g>.</source>\n    <target state="needs-translation" xml:lang="pl-PL">alt</target>\n   </trans-unit>'));
    expect(rebuildXliff(doc.skeleton, [{ text: '{1}Ratusz{/1} & co.\r', tags: doc.segments[0]!.tags, state: 'translated' }])).toBe(
      x12('   <trans-unit id="u1">\n    <source>Das <g id="1">Rathaus</g>.</source>\n    <target state="translated" xml:lang="pl-PL"><g id="1">Ratusz</g> &amp; co.&#13;</target>\n   </trans-unit>'),
    );
  });

  it('inserts a 1.2 target after </source>, indented like it, and the file’s missing target-language', () => {
    const doc = extract(x12('   <trans-unit id="u1">\n    <source>Das Rathaus.</source>\n    <note>n</note>\n   </trans-unit>', ''));
    expect(rebuild(doc, ['Ratusz.'], 'draft')).toBe(
      x12('   <trans-unit id="u1">\n    <source>Das Rathaus.</source>\n    <target xml:lang="pl-PL" state="needs-review-translation">Ratusz.</target>\n    <note>n</note>\n   </trans-unit>', '').replace(
        'datatype="plaintext"',
        'datatype="plaintext" target-language="pl-PL"',
      ),
    );
  });

  it('opens an empty <target/> and leaves its state alone when no state is given', () => {
    const doc = extract(x12('<trans-unit id="u1"><source>Das Rathaus.</source><target state="new"/></trans-unit>'));
    expect(rebuild(doc, ['Ratusz.'])).toBe(x12('<trans-unit id="u1"><source>Das Rathaus.</source><target state="new">Ratusz.</target></trans-unit>'));
  });

  it('mirrors the seg-source mrks in an inserted 1.2 target and gives it the least advanced state of its segments', () => {
    const doc = extract(x12('<trans-unit id="u1">\n<source>A. B.</source>\n<seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>\n</trans-unit>'));
    expect(
      rebuildXliff(doc.skeleton, [
        { text: 'A-pl.', tags: [], state: 'approved' },
        { text: 'B-pl.', tags: [], state: 'draft' },
      ]),
    ).toBe(
      x12(
        '<trans-unit id="u1">\n<source>A. B.</source>\n<seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source>\n' +
          '<target xml:lang="pl-PL" state="needs-review-translation"><mrk mtype="seg" mid="1">A-pl.</mrk> <mrk mtype="seg" mid="2">B-pl.</mrk></target>\n</trans-unit>',
      ),
    );
  });

  it('fills the mrks of an existing Trados target, and only the segments given a text', () => {
    const doc = extract(
      x12('<trans-unit id="u1"><source>A. B.</source><seg-source><mrk mtype="seg" mid="1">A.</mrk> <mrk mtype="seg" mid="2">B.</mrk></seg-source><target><mrk mtype="seg" mid="1">a</mrk> <mrk mtype="seg" mid="2">b</mrk></target></trans-unit>'),
    );
    expect(rebuild(doc, ['A-pl.', null])).toContain('<target><mrk mtype="seg" mid="1">A-pl.</mrk> <mrk mtype="seg" mid="2"></mrk></target>');
  });

  it('inserts a 2.0 target after </source>, sets state and subState, and the missing trgLang', () => {
    const doc = extract(x20('  <unit id="u1">\n   <segment subState="cms:todo">\n    <source>Das Rathaus.</source>\n   </segment>\n  </unit>', ''));
    expect(rebuild(doc, ['Ratusz.'], 'rejected')).toBe(
      // A missing state attribute goes after the last one.
      x20('  <unit id="u1">\n   <segment subState="nysa:rejected" state="translated">\n    <source>Das Rathaus.</source>\n    <target>Ratusz.</target>\n   </segment>\n  </unit>', ' trgLang="pl-PL"'),
    );
  });

  it('drops a 2.0 subState that Nysa’s state does not need, and replaces the target', () => {
    const doc = extract(x20('<unit id="u1"><segment state="initial" subState="cms:todo"><source>Das Rathaus.</source><target>x</target></segment></unit>'));
    expect(rebuild(doc, ['Ratusz.'], 'approved')).toContain('<segment state="final"><source>Das Rathaus.</source><target>Ratusz.</target></segment>');
  });

  it('uses the prefix the file gives XLIFF elements for an inserted target', () => {
    const doc = extract('<x:xliff xmlns:x="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><x:file original="o" source-language="de" target-language="pl" datatype="plaintext"><x:body><x:trans-unit id="u"><x:source>Hallo.</x:source></x:trans-unit></x:body></x:file></x:xliff>');
    expect(rebuild(doc, ['Cześć.'])).toContain('<x:source>Hallo.</x:source><x:target xml:lang="pl">Cześć.</x:target>');
  });

  describe('placeholders a translator moved, dropped or duplicated', () => {
    const g = extract(x12('<trans-unit id="u"><source>Das <g id="7">Rathaus</g> ist <x id="8"/>offen.</source></trans-unit>'));
    const pc = extract(x20('<unit id="u"><segment><source>Das <pc id="p">Rathaus</pc> und <pc id="q">Markt</pc>.</source></segment></unit>'));
    const bpt = extract(x12('<trans-unit id="u"><source>Der <bpt id="4">&lt;b&gt;</bpt>Eintritt<ept id="4">&lt;/b&gt;</ept> ist frei.</source></trans-unit>'));

    it.each([
      ['a dropped closing <g> (1.2)', g, '{1}Ratusz jest otwarty.', '<bx id="7" rid="7"/>Ratusz jest otwarty.'],
      ['a <g> closed before it opens (1.2)', g, '{/1}Ratusz {1}jest{2/} otwarty.', '<ex id="7" rid="7"/>Ratusz <bx id="7" rid="7"/>jest<x id="8"/> otwarty.'],
      ['a duplicated pair (1.2)', g, '{1}Ratusz{/1} {1}i{/1}', '<g id="7">Ratusz</g> <g id="7">i</g>'],
      ['a placeholder the source does not have', g, 'Ratusz{9/} {2}', 'Ratusz{9/} {2}'],
      ['crossed <pc> pairs (2.0)', pc, '{1}Ratusz {2}i{/1} rynek{/2}.', '<sc id="p"/>Ratusz <pc id="q">i<ec startRef="p"/> rynek</pc>.'],
      ['a dropped opening <pc> (2.0)', pc, 'Ratusz{/1} i {2}rynek{/2}.', 'Ratusz<ec id="p" isolated="yes"/> i <pc id="q">rynek</pc>.'],
      ['a dropped <ept> (its <bpt> is a whole element)', bpt, 'Wstęp {1}jest wolny.', 'Wstęp <bpt id="4">&lt;b&gt;</bpt>jest wolny.'],
    ])('keeps the XML well-formed for %s', (_what, doc, text, expected) => {
      const rebuilt = rebuild(doc, [text]);
      expect(wellFormed(rebuilt)).toBe(true);
      expect(rebuilt).toContain(`>${expected}</target>`);
    });
  });

  it('refuses a number of texts that is not the number of segments', () => {
    const doc = extract(fixture('trados-like-1.2.xlf'));
    expect(failureOf(() => rebuild(doc, ['a']))).toEqual({ code: 'skeleton_mismatch' });
  });
});

describe('extractXliff: large and deep input', () => {
  const nested = (depth: number) =>
    x12(`<trans-unit id="a"><source>${Array.from({ length: depth }, (_, i) => `<g id="g${i}">`).join('')}Tief${'</g>'.repeat(depth)}</source></trans-unit>`);

  it('reads codes nested up to the depth limit and rebuilds them byte for byte', () => {
    // <xliff>, <file>, <body>, <trans-unit>, <source> come first.
    const content = nested(MAX_DEPTH - 5);
    const doc = extract(content);
    expect(doc.segments[0]!.tags).toHaveLength(MAX_DEPTH - 5);
    expect(doc.segments[0]!.source).toContain('{94}{95}Tief{/95}{/94}');
    expect(rebuild(doc, [null])).toBe(content);
  });

  it('refuses elements nested deeper than the limit', () => {
    expect(failureOf(() => extract(nested(MAX_DEPTH - 4)))).toEqual({ code: 'xliff_invalid', line: 4, column: 1169 });
  });

  it('pairs 20,000 opening and 20,000 closing codes that share one id in order', () => {
    const count = 20_000;
    const content = x12(`<trans-unit id="b"><source>${'<bx id="1"/>'.repeat(count)}Breit${'<ex id="1"/>'.repeat(count)}</source></trans-unit>`);
    const [segment] = extract(content).segments;
    expect(segment!.tags).toHaveLength(count);
    expect(segment!.source.startsWith('{1}{2}{3}')).toBe(true);
    expect(segment!.source).toContain(`{${count}}Breit{/1}{/2}`);
    expect(readXliff(content).units[0]!.source).toBe(segment!.source);
  });
});

describe('extractXliff: refused input', () => {
  it.each([
    ['bad-doctype.xlf', 'xml_doctype_refused'],
    ['bad-not-xliff.xlf', 'xliff_invalid'],
    ['bad-duplicate-ids.xlf', 'xliff_duplicate_id'],
    ['bad-not-well-formed.xlf', 'xliff_invalid'],
    ['bad-empty.xlf', 'empty_document'],
  ])('refuses %s with %s', (name, code) => {
    expect(failureOf(() => extract(fixture(name))).code).toBe(code);
  });

  it.each([
    ['a source language other than the project’s', x12('<trans-unit id="u"><source>Hello.</source></trans-unit>').replace('de-DE', 'en-US'), { code: 'xliff_language_mismatch', line: 2, column: 2 }],
    ['a target language other than Polish', x20('<unit id="u"><segment><source>Hallo.</source></segment></unit>', ' trgLang="cs"'), { code: 'xliff_language_mismatch', line: 1, column: 1 }],
    ['nothing to translate', x12('<trans-unit id="u" translate="no"><source>Hallo.</source></trans-unit><trans-unit id="v"><source>– 1 –</source></trans-unit>'.replace('– 1 –', '– –')), { code: 'empty_document' }],
    ['the skeleton’s reserved characters', x12('<trans-unit id="u"><source>Hallo \uE000.</source></trans-unit>'), { code: 'invalid_characters' }],
  ])('refuses %s', (_what, content, expected) => {
    expect(failureOf(() => extract(content))).toEqual(expected);
  });

  it('accepts the same unit id in two files (ids are unique per file)', () => {
    const content = x12('<trans-unit id="u"><source>Eins.</source></trans-unit>').replace(
      '</file>',
      '</file>\n <file original="y" source-language="de" datatype="plaintext"><body><trans-unit id="u"><source>Zwei.</source></trans-unit></body></file>',
    );
    expect(rows(extract(content))).toEqual([
      ['u', 'Eins.', null],
      ['u', 'Zwei.', null],
    ]);
  });
});

describe('extractXliff: a segment longer than MAX_XLIFF_SEGMENT_CHARS', () => {
  // Units stay whole, as the file has them: one of megabytes would be a segment of megabytes.
  const words = (chars: number) => 'Grenzraum '.repeat(chars / 10).trim() + '.';

  it('refuses the file with xliff_segment_too_long at the unit, in 1.2 and 2.0', () => {
    expect(MAX_XLIFF_SEGMENT_CHARS).toBe(1_000_000);
    const v12 = x12(`   <trans-unit id="kurz"><source>Kurz.</source></trans-unit>\n   <trans-unit id="lang"><source>${words(1_000_010)}</source></trans-unit>`);
    const v20 = x20(`  <unit id="lang"><segment><source>${words(1_000_010)}</source></segment></unit>`);

    expect(failureOf(() => extract(v12))).toMatchObject({ code: 'xliff_segment_too_long', line: 5, column: 4 });
    expect(failureOf(() => extract(v20))).toMatchObject({ code: 'xliff_segment_too_long', line: 3, column: 3 });
  });

  it('takes a segment of exactly the limit', () => {
    const source = words(999_990).padEnd(1_000_000, 'x');
    const parsed = extract(x12(`   <trans-unit id="lang"><source>${source}</source></trans-unit>`));

    expect(parsed.segments.map((segment) => segment.source.length)).toEqual([1_000_000]);
  });
});
