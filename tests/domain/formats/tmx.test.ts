// TMX reading and writing: exact units from small documents, inline tags as placeholders, language
// variants, skipped units, errors with their line and column, entities never resolved.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sniffEncoding } from '../../../server/domain/xml/encoding';
import {
  MAX_DEPTH,
  MAX_RUN_CHARS,
  MAX_SEGMENT_CHARS,
  readTmx,
  TMX_DOCUMENT_END,
  tmxDate,
  tmxDocumentStart,
  TmxError,
  tmxLanguage,
  TmxReader,
  tmxSegmentContent,
  tmxUnitElement,
  type TmxUnit,
} from '../../../server/domain/formats/tmx';
import { escapeXmlText } from '../../../server/domain/xml/escape';

/** A TMX 1.4 document around the given <tu> elements. */
const tmx = (body: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>\n') =>
  `${prolog}<tmx version="1.4">\n<header creationtool="Test" segtype="sentence" srclang="de" adminlang="en" datatype="plaintext" o-tmf="x" creationtoolversion="1"/>\n<body>\n${body}\n</body>\n</tmx>\n`;

const tu = (de: string | null, pl: string | null, attributes = '') =>
  `<tu${attributes}>${de === null ? '' : `<tuv xml:lang="de"><seg>${de}</seg></tuv>`}${pl === null ? '' : `<tuv xml:lang="pl"><seg>${pl}</seg></tuv>`}</tu>`;

/** The error readTmx throws, with its code, line, column and message. */
function failureOf(content: string | Uint8Array): { code: string; line: number; column: number; message: string } {
  try {
    readTmx(content);
  } catch (error) {
    if (!(error instanceof TmxError)) throw error;
    return { code: error.code, line: error.line, column: error.column, message: error.message };
  }
  throw new Error('expected invalid_tmx');
}

describe('readTmx', () => {
  it('reads German–Polish units in file order, with their tuid', () => {
    const content = tmx(
      [
        tu('Die Stadt Görlitz lädt ein.', 'Miasto Görlitz zaprasza.', ' tuid="a-1" creationdate="20190130T100000Z"'),
        tu('Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.'),
      ].join('\n'),
    );

    expect(readTmx(content)).toEqual({
      units: 2,
      skipped: 0,
      items: [
        { source: 'Die Stadt Görlitz lädt ein.', target: 'Miasto Görlitz zaprasza.', tuid: 'a-1' },
        {
          source: 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.',
          target: 'W dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.',
          tuid: null,
        },
      ],
    });
  });

  it('turns bpt/ept, ph, hi, it and ut into placeholders, dropping their native code', () => {
    const content = tmx(
      '<tu><tuv xml:lang="de-DE"><seg>Das ist <bpt i="1" x="1">&lt;b&gt;</bpt>fett<ept i="1">&lt;/b&gt;</ept>, ' +
        'hier<ph x="2" type="lb">&lt;br/&gt;</ph>ein <hi type="em">Wort</hi> und <it pos="begin" x="3">&lt;i&gt;</it>kursiv<ut>{\\x}</ut>.</seg></tuv>' +
        '<tuv xml:lang="pl-PL"><seg><bpt i="7" x="1">&lt;b&gt;</bpt>Pogrubione<ept i="7">&lt;/b&gt;</ept> to jest,' +
        '<ph x="2"/> tu <hi>słowo</hi> i <it pos="begin" x="3"/>kursywa<ut/>.</seg></tuv></tu>',
    );

    expect(readTmx(content).items).toEqual([
      {
        source: 'Das ist {1}fett{/1}, hier{2/}ein {3}Wort{/3} und {4}kursiv{5/}.',
        target: '{1}Pogrubione{/1} to jest,{2/} tu {3}słowo{/3} i {4}kursywa{5/}.',
        tuid: null,
      },
    ]);
  });

  it.each([
    ['the same x attribute', 'A<ph x="9"/>B<ph x="4"/>C', 'a<ph x="4"/>b<ph x="9"/>c', 'A{1/}B{2/}C', 'a{2/}b{1/}c'],
    ['the same position without x', 'A<ph/>B<bpt i="1"/>C<ept i="1"/>', '<bpt i="5"/>c<ept i="5"/>a<ph/>b', 'A{1/}B{2}C{/2}', '{2}c{/2}a{1/}b'],
    ['a Polish tag the German lacks: the next free id', 'A<ph x="1"/>', 'a<ph x="1"/><ph x="8"/>', 'A{1/}', 'a{1/}{2/}'],
    ['an isolated end tag', 'A<it pos="end" x="2"/>B', '<it pos="end" x="2"/>b', 'A{/1}B', '{/1}b'],
    ['an ept without its bpt', 'A<ept i="3"/>', 'a<ept i="3"/>', 'A{/1}', 'a{/1}'],
    ['a bpt never closed', '<bpt i="1"/>A', '<bpt i="1"/>a', '{1}A', '{1}a'],
  ])('numbers Polish tags after their German counterpart: %s', (_name, de, pl, source, target) => {
    expect(readTmx(tmx(tu(de, pl))).items).toEqual([{ source, target, tuid: null }]);
  });

  it('reads the Polish variant when it comes before the German one', () => {
    const content = tmx('<tu><tuv xml:lang="pl"><seg>b<ph x="1"/></seg></tuv><tuv xml:lang="de"><seg>a<ph x="1"/></seg></tuv></tu>');

    expect(readTmx(content).items).toEqual([{ source: 'a{1/}', target: 'b{1/}', tuid: null }]);
  });

  it('accepts German and Polish language variants in xml:lang and in TMX 1.1 lang, in any case', () => {
    const content = tmx(
      [
        '<tu><tuv xml:lang="DE-at"><seg>Eins.</seg></tuv><tuv xml:lang="PL"><seg>Jeden.</seg></tuv></tu>',
        '<tu><tuv lang="de_CH"><seg>Zwei.</seg></tuv><tuv lang="pl-pl"><seg>Dwa.</seg></tuv></tu>',
        '<tu><tuv xml:lang="en-GB"><seg>Three.</seg></tuv><tuv xml:lang="de"><seg>Drei.</seg></tuv><tuv xml:lang="cs"><seg>Tři.</seg></tuv><tuv xml:lang="pl-PL"><seg>Trzy.</seg></tuv></tu>',
      ].join('\n'),
    );

    expect(readTmx(content).items.map((u) => [u.source, u.target])).toEqual([
      ['Eins.', 'Jeden.'],
      ['Zwei.', 'Dwa.'],
      ['Drei.', 'Trzy.'],
    ]);
  });

  it.each([
    ['de', 'de'],
    ['de-DE', 'de'],
    ['DE_at', 'de'],
    [' de-CH ', 'de'],
    ['pl', 'pl'],
    ['PL-pl', 'pl'],
    ['en', null],
    ['deu', null],
    ['plx', null],
    ['d', null],
    ['', null],
    [undefined, null],
  ])('tmxLanguage(%p) is %p', (code, language) => {
    expect(tmxLanguage(code)).toBe(language);
  });

  it('skips and counts units without both languages or with an empty segment', () => {
    const content = tmx(
      [
        tu('Nur Deutsch.', null),
        tu(null, 'Tylko po polsku.'),
        '<tu><tuv xml:lang="en"><seg>English.</seg></tuv><tuv xml:lang="de"><seg>Deutsch.</seg></tuv></tu>',
        tu('Leer.', ''),
        tu('  \n ', 'Puste.'),
        tu('Gut.', 'Dobrze.'),
        '<tu/>',
        '<tu><tuv xml:lang="de"><seg>Ohne Segment.</seg></tuv><tuv xml:lang="pl"/></tu>',
      ].join('\n'),
    );

    expect(readTmx(content)).toEqual({ units: 1, skipped: 7, items: [{ source: 'Gut.', target: 'Dobrze.', tuid: null }] });
  });

  it('keeps the first of two variants of the same language', () => {
    const content = tmx('<tu><tuv xml:lang="de-DE"><seg>Erste.</seg></tuv><tuv xml:lang="de-AT"><seg>Zweite.</seg></tuv><tuv xml:lang="pl"><seg>Pierwsza.</seg></tuv></tu>');

    expect(readTmx(content).items).toEqual([{ source: 'Erste.', target: 'Pierwsza.', tuid: null }]);
  });

  it('decodes character references, the five XML entities and CDATA; keeps whitespace inside a segment', () => {
    const content = tmx(tu('A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos; &#x41;&#66; <![CDATA[<b>&amp;</b>]]>', ' zwei  Leer\nzeichen '));

    expect(readTmx(content).items).toEqual([{ source: 'A & B <C> "D" \'E\' AB <b>&amp;</b>', target: ' zwei  Leer\nzeichen ', tuid: null }]);
  });

  it('ignores notes, properties and text outside segments, and units outside <body>', () => {
    const content =
      '<tmx version="1.4"><header srclang="de"><note>Kopf</note></header><tu><tuv xml:lang="de"><seg>Draußen.</seg></tuv><tuv xml:lang="pl"><seg>Na zewnątrz.</seg></tuv></tu><body>' +
      '<tu><note>Notiz</note><prop type="x-domain">Recht</prop><tuv xml:lang="de"><prop type="x">p</prop><seg>Drinnen.</seg><note>n</note></tuv>' +
      '<tuv xml:lang="pl"><seg>W środku.</seg></tuv></tu></body></tmx>';

    expect(readTmx(content)).toEqual({ units: 1, skipped: 0, items: [{ source: 'Drinnen.', target: 'W środku.', tuid: null }] });
  });

  it('reads a DOCTYPE past without using it', () => {
    const content = tmx(tu('Hallo.', 'Cześć.'), '<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n');

    expect(readTmx(content).items).toEqual([{ source: 'Hallo.', target: 'Cześć.', tuid: null }]);
  });

  it('reads the same units whatever the chunks: byte by byte, across multi-byte characters', () => {
    const content = tmx([tu('Grüße aus Görlitz – 🌉.', 'Pozdrowienia ze Zgorzelca – 🌉.'), tu('Straße <ph x="1"/>', 'Ulica <ph x="1"/>')].join('\n'));
    const bytes = new TextEncoder().encode(content);
    const units: TmxUnit[] = [];
    const reader = new TmxReader((unit) => units.push(unit));

    for (let i = 0; i < bytes.length; i++) reader.write(bytes.subarray(i, i + 1));

    expect(reader.end()).toEqual({ units: 2, skipped: 0 });
    expect(units).toEqual(readTmx(content).items);
    expect(units[0]).toEqual({ source: 'Grüße aus Görlitz – 🌉.', target: 'Pozdrowienia ze Zgorzelca – 🌉.', tuid: null });
  });

  it('reads UTF-8 with a byte order mark, UTF-16 with one, and an encoding the declaration names', () => {
    const content = tmx(tu('Öl für Łódź.', 'Olej dla Łodzi.'));
    const expected = [{ source: 'Öl für Łódź.', target: 'Olej dla Łodzi.', tuid: null }];
    const latin2 = tmx(tu('Ol.', 'Łódź'), '<?xml version="1.0" encoding="ISO-8859-2"?>\n');

    expect(readTmx(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(content)])).items).toEqual(expected);
    expect(readTmx(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content.replace('UTF-8', 'UTF-16'), 'utf16le')])).items).toEqual(expected);
    expect(readTmx(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(content, 'utf16le').swap16()])).items).toEqual(expected);
    const latin2Bytes = Buffer.from(latin2.split('Łódź')[0], 'latin1');
    expect(readTmx(Buffer.concat([latin2Bytes, Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from(latin2.split('Łódź')[1], 'latin1')])).items).toEqual([
      { source: 'Ol.', target: 'Łódź', tuid: null },
    ]);
  });

  it.each([
    [[0xef, 0xbb, 0xbf, 0x3c], 'utf-8'],
    [[0xff, 0xfe, 0x3c, 0x00], 'utf-16le'],
    [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
    [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
    [[...Buffer.from('<?xml version="1.0" encoding="windows-1250"?>')], 'windows-1250'],
    [[...Buffer.from("<?xml version='1.0' encoding='UTF-16'?>")], 'utf-8'],
    [[...Buffer.from('<tmx>')], 'utf-8'],
  ])('sniffEncoding(%p) is %s', (bytes, encoding) => {
    expect(sniffEncoding(Uint8Array.from(bytes))).toBe(encoding);
  });
});

describe('readTmx errors (invalid_tmx with line and column)', () => {
  it('reports malformed XML where the parser found it', () => {
    const content = '<?xml version="1.0"?>\n<tmx version="1.4">\n<body>\n<tu><tuv xml:lang="de"><seg>a</tuv></tu>\n</body>\n</tmx>\n';

    expect(failureOf(content)).toEqual({ code: 'invalid_tmx', line: 4, column: 35, message: 'line 4, column 35: unexpected close tag.' });
  });

  it('reports an unescaped < in a segment', () => {
    expect(failureOf(tmx(tu('a < b', 'a < b')))).toMatchObject({ line: 5, column: 32, message: 'line 5, column 32: disallowed character in tag name' });
  });

  it('names where the last markup ends when the error is far from it (an & not written as &amp;)', () => {
    const content = tmx([tu('Görlitz & Zgorzelec', 'Zgorzelec'), tu('Zwei', 'Dwa &amp; trzy')].join('\n'));

    expect(failureOf(content)).toEqual({
      code: 'invalid_tmx',
      line: 6,
      column: 77,
      message: 'line 6, column 77: disallowed character in entity name. (the last markup read before it ends at line 5, column 28)',
    });
  });

  it('reports a document that ends too early', () => {
    expect(failureOf('<tmx version="1.4">\n<body>\n<tu>')).toEqual({ code: 'invalid_tmx', line: 3, column: 4, message: 'line 3, column 4: unclosed tag: tu' });
  });

  it.each([
    ['an empty file', '', 'line 1, column 0: document must contain a root element.'],
    ['only whitespace', ' \n\n', 'line 3, column 0: document must contain a root element.'],
    ['an XLIFF file', '<?xml version="1.0"?>\n<xliff version="1.2"><file/></xliff>', 'line 2, column 21: the root element is <xliff>, not <tmx>'],
    ['an HTML page', '<html><body>x</body></html>', 'line 1, column 6: the root element is <html>, not <tmx>'],
    ['text outside the root', '<tmx/>\nhello', 'line 2, column 5: text data outside of root node.'],
    ['a control character', '<tmx><body>\u0001</body></tmx>', 'line 1, column 12: disallowed character.'],
  ])('rejects %s', (_name, content, message) => {
    expect(failureOf(content)).toMatchObject({ code: 'invalid_tmx', message });
  });

  it('reports bytes that are not UTF-8 at their place', () => {
    // Past the first 512 bytes (read to find the encoding), in the middle of a later chunk.
    const head = Buffer.from(`<tmx version="1.4"><body>\n<!-- ${'x'.repeat(600)} -->\n`);
    const bytes = Buffer.concat([head, Buffer.from('<tu>Gr'), Buffer.from([0xfc]), Buffer.from('ße</tu></body></tmx>')]);

    expect(failureOf(bytes)).toMatchObject({ line: 3, column: 6, message: 'line 3, column 6: the file is not valid utf-8' });
  });

  it('rejects an encoding it cannot decode', () => {
    expect(failureOf(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><tmx/>'))).toMatchObject({ message: 'line 1, column 0: unsupported encoding "x-klingon"' });
  });

  it('never resolves an external entity: no file is opened and its text never appears (XXE)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-xxe-'));
    const secret = path.join(dir, 'secret.txt');
    fs.writeFileSync(secret, 'GEHEIMNIS-4711');
    const opened: string[] = [];
    const spies = (['openSync', 'readFileSync', 'open', 'readFile', 'createReadStream'] as const).map((name) =>
      jest.spyOn(fs, name).mockImplementation(((file: unknown) => {
        opened.push(String(file));
        throw new Error('no file may be read');
      }) as never),
    );
    const content =
      `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n  <!ENTITY xxe SYSTEM "file://${secret}">\n]>\n` +
      `<tmx version="1.4"><body>\n<tu><tuv xml:lang="de"><seg>&xxe;</seg></tuv><tuv xml:lang="pl"><seg>x</seg></tuv></tu>\n</body></tmx>`;
    let failure: ReturnType<typeof failureOf>;
    try {
      failure = failureOf(content);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
      fs.rmSync(dir, { recursive: true, force: true });
    }

    expect(failure).toEqual({ code: 'invalid_tmx', line: 6, column: 33, message: 'line 6, column 33: undefined entity.' });
    expect(failure.message).not.toContain('GEHEIMNIS');
    expect(opened).toEqual([]);
  });

  it('never expands an internal entity either (no billion laughs)', () => {
    const content =
      '<!DOCTYPE tmx [<!ENTITY lol "GEHEIM"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>\n' +
      '<tmx><body><tu><tuv xml:lang="de"><seg>&lol2;</seg></tuv><tuv xml:lang="pl"><seg>x</seg></tuv></tu></body></tmx>';
    const units: TmxUnit[] = [];
    const reader = new TmxReader((unit) => units.push(unit));

    expect(() => reader.write(content)).toThrow(new TmxError('undefined entity.', 2, 45));
    expect(units).toEqual([]);
  });

  it('stays failed: later writes and end() throw the same error', () => {
    const reader = new TmxReader(() => {});
    let first: unknown;
    try {
      reader.write('<foo/>');
    } catch (error) {
      first = error;
    }

    expect(first).toBeInstanceOf(TmxError);
    expect(() => reader.write('<tmx/>')).toThrow(first as Error);
    expect(() => reader.end()).toThrow(first as Error);
  });

  it('refuses a segment longer than the limit, elements nested too deep, and a run without markup', () => {
    expect(failureOf(tmx(tu('a'.repeat(MAX_SEGMENT_CHARS + 1), 'b'))).message).toBe(`line 5, column ${28 + MAX_SEGMENT_CHARS + 1 + 1}: a segment longer than ${MAX_SEGMENT_CHARS} characters`);
    expect(failureOf(`<tmx>${'<x>'.repeat(MAX_DEPTH)}`).message).toBe(`line 1, column ${5 + 3 * MAX_DEPTH}: elements nested deeper than ${MAX_DEPTH}`);
    const reader = new TmxReader(() => {});
    reader.write('<tmx><!--');
    expect(() => {
      for (let i = 0; i < 5; i++) reader.write('-x'.repeat(MAX_RUN_CHARS / 8));
    }).toThrow(`more than ${MAX_RUN_CHARS} characters without markup`);
  });
});

describe('TMX writing', () => {
  it.each([
    ['plain text', 'Görlitz & Zgorzelec <3', 'Görlitz &amp; Zgorzelec &lt;3'],
    ['a pair and a standalone tag', '{1}fett{/1} und {2/}', '<bpt i="1" x="1"/>fett<ept i="1"/> und <ph x="2"/>'],
    ['nested pairs', '{1}a {2}b{/2}{/1}', '<bpt i="1" x="1"/>a <bpt i="2" x="2"/>b<ept i="2"/><ept i="1"/>'],
    ['the same pair twice', '{1}a{/1}{1}b{/1}', '<bpt i="1" x="1"/>a<ept i="1"/><bpt i="2" x="1"/>b<ept i="2"/>'],
    ['placeholders without a partner', '{/2}a{3}', '<it pos="end" x="2"/>a<it pos="begin" x="3"/>'],
    ['crossed pairs: the inner one stays a pair', '{1}a{2}b{/1}c{/2}', '<it pos="begin" x="1"/>a<bpt i="1" x="2"/>b<it pos="end" x="1"/>c<ept i="1"/>'],
    ['a carriage return and characters XML forbids', 'a\r\nb\u0001\uD800c', 'a&#13;\nb\uFFFD\uFFFDc'],
  ])('tmxSegmentContent: %s', (_name, text, xml) => {
    expect(tmxSegmentContent(text)).toBe(xml);
  });

  it('writes a unit with its tuid and dates, and a header naming Nysa', () => {
    const unit = { id: 'tm-1', source: 'Die {1}Stadt{/1} lädt ein.', target: 'Miasto {1}zaprasza{/1}.', createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-25T08:30:05.123Z' };

    expect(tmxDocumentStart({ creationDate: '2026-11-26T12:00:00.000Z', toolVersion: '0.1.0' })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n' +
        '  <header creationtool="Nysa" creationtoolversion="0.1.0" datatype="plaintext" segtype="sentence" adminlang="en" srclang="de" o-tmf="Nysa" creationdate="20261126T120000Z"/>\n' +
        '  <body>\n',
    );
    expect(tmxUnitElement(unit)).toBe(
      '    <tu tuid="tm-1" creationdate="20261124T100000Z" changedate="20261125T083005Z">\n' +
        '      <tuv xml:lang="de"><seg>Die <bpt i="1" x="1"/>Stadt<ept i="1"/> lädt ein.</seg></tuv>\n' +
        '      <tuv xml:lang="pl"><seg>Miasto <bpt i="1" x="1"/>zaprasza<ept i="1"/>.</seg></tuv>\n' +
        '    </tu>\n',
    );
    expect(TMX_DOCUMENT_END).toBe('  </body>\n</tmx>\n');
    expect(tmxDate('2026-01-02T03:04:05Z')).toBe('20260102T030405Z');
    expect(tmxDate('gestern')).toBeNull();
    expect(escapeXmlText('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('reads back exactly what it wrote', () => {
    const pairs = [
      ['Einfacher Satz.', 'Proste zdanie.'],
      ['{1}Fett{/1}, {2/} und {3}kursiv {4}fett{/4}{/3}.', '{3}Kursywa {4}pogrubiona{/4}{/3}, {2/} i {1}pogrubienie{/1}.'],
      ['Ein {1} ohne Ende', 'Bez {/2} początku {1}'],
      ['A & B < C > D "E" \'F\'', 'A & B < C > D „E” ‚F’'],
      ['  Leerzeichen\nund\tTab\r\n', '  Spacje\ni\ttab\r\n'],
    ];
    const body = pairs
      .map(([source, target], i) => tmxUnitElement({ id: `u${i}`, source, target, createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' }))
      .join('');
    const document = tmxDocumentStart({ creationDate: '2026-11-24T10:00:00.000Z', toolVersion: '0.1.0' }) + body + TMX_DOCUMENT_END;

    expect(readTmx(document).items).toEqual(pairs.map(([source, target], i) => ({ source, target, tuid: `u${i}` })));
  });
});
