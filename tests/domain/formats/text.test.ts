import { InvalidInput } from '../../../server/domain/errors';
import { parseDocument, renderDocument, type ParsedDocument } from '../../../server/domain/formats';

/** The skeleton marker of segment i (see server/domain/formats/skeleton.ts). */
const m = (i: number, ...breaks: string[]) => `\uE000${i}${breaks.map((b) => `\uE002${b}`).join('')}\uE001`;

const parse = (content: string, lang: 'de' | 'pl' = 'de') => parseDocument('text', content, lang);
const sources = (doc: ParsedDocument) => doc.segments.map((s) => [s.kind, s.source]);
const roundTrip = (content: string) => {
  const doc = parse(content);
  return renderDocument('text', doc.skeleton, doc.segments.map((s) => ({ text: s.source, tags: s.tags })));
};

describe('plain text: parseDocument', () => {
  it('splits a paragraph into sentences and keeps the spaces between them in the skeleton', () => {
    const doc = parse('Erster Satz. Zweiter Satz.\n');
    expect(doc.segments).toEqual([
      { source: 'Erster Satz.', kind: 'paragraph', tags: [] },
      { source: 'Zweiter Satz.', kind: 'paragraph', tags: [] },
    ]);
    expect(doc.skeleton).toBe(`${m(0)} ${m(1)}\n`);
  });

  it('separates paragraphs at blank lines', () => {
    const doc = parse('Pressemitteilung\n\nDer Kreistag tagt am 3. Mai. Gäste sind willkommen.\n\n\nEnde');
    expect(sources(doc)).toEqual([
      ['paragraph', 'Pressemitteilung'],
      ['paragraph', 'Der Kreistag tagt am 3. Mai.'],
      ['paragraph', 'Gäste sind willkommen.'],
      ['paragraph', 'Ende'],
    ]);
    expect(doc.skeleton).toBe(`${m(0)}\n\n${m(1)} ${m(2)}\n\n\n${m(3)}`);
  });

  it('makes every line of a multi-line paragraph its own segment of kind line', () => {
    const doc = parse('Landratsamt Görlitz\nBahnhofstraße 24\n02826 Görlitz\n');
    expect(sources(doc)).toEqual([
      ['line', 'Landratsamt Görlitz'],
      ['line', 'Bahnhofstraße 24'],
      ['line', '02826 Görlitz'],
    ]);
    expect(doc.skeleton).toBe(`${m(0)}\n${m(1)}\n${m(2)}\n`);
  });

  it('still splits a line into sentences', () => {
    expect(sources(parse('Ort: Görlitz. Zeit: 10 Uhr.\nEintritt frei.'))).toEqual([
      ['line', 'Ort: Görlitz.'],
      ['line', 'Zeit: 10 Uhr.'],
      ['line', 'Eintritt frei.'],
    ]);
  });

  it('recognises list items and keeps their bullets in the skeleton', () => {
    const doc = parse('Themen:\n- Verkehr\n* Umwelt\n• Bildung\n– Kultur\n1. Sport\n2) Tourismus\n');
    expect(sources(doc)).toEqual([
      ['line', 'Themen:'],
      ['list_item', 'Verkehr'],
      ['list_item', 'Umwelt'],
      ['list_item', 'Bildung'],
      ['list_item', 'Kultur'],
      ['list_item', 'Sport'],
      ['list_item', 'Tourismus'],
    ]);
    expect(doc.skeleton).toBe(`${m(0)}\n- ${m(1)}\n* ${m(2)}\n• ${m(3)}\n– ${m(4)}\n1. ${m(5)}\n2) ${m(6)}\n`);
  });

  it('keeps the indentation of a list item in the skeleton', () => {
    const doc = parse('  - Erster Punkt. Mit zwei Sätzen.');
    expect(sources(doc)).toEqual([
      ['list_item', 'Erster Punkt.'],
      ['list_item', 'Mit zwei Sätzen.'],
    ]);
    expect(doc.skeleton).toBe(`  - ${m(0)} ${m(1)}`);
  });

  it('does not take a line starting with a date for a numbered item', () => {
    expect(sources(parse('3. Mai 2019 – Eröffnung der Brücke'))).toEqual([
      ['paragraph', '3. Mai 2019 – Eröffnung der Brücke'],
    ]);
  });

  it('keeps leading and trailing whitespace of lines in the skeleton', () => {
    const doc = parse('\t  Eingerückter Text.   \n');
    expect(sources(doc)).toEqual([['paragraph', 'Eingerückter Text.']]);
    expect(doc.skeleton).toBe(`\t  ${m(0)}   \n`);
  });

  it('keeps lines without letters or digits in the skeleton', () => {
    const doc = parse('Bericht\n=======\n\n* * *\n\nText.');
    expect(sources(doc)).toEqual([
      ['line', 'Bericht'],
      ['paragraph', 'Text.'],
    ]);
    expect(doc.skeleton).toBe(`${m(0)}\n=======\n\n* * *\n\n${m(1)}`);
  });

  it('keeps CRLF line endings in the skeleton', () => {
    const doc = parse('Satz eins.\r\n\r\nSatz zwei.\r\n');
    expect(sources(doc)).toEqual([
      ['paragraph', 'Satz eins.'],
      ['paragraph', 'Satz zwei.'],
    ]);
    expect(doc.skeleton).toBe(`${m(0)}\r\n\r\n${m(1)}\r\n`);
  });

  it('turns a placeholder-shaped literal into a standalone tag', () => {
    const doc = parse('Das Feld {1} wird ersetzt, {Name} bleibt.');
    expect(doc.segments).toEqual([
      {
        source: 'Das Feld {1/} wird ersetzt, {Name} bleibt.',
        kind: 'paragraph',
        tags: [{ id: 1, type: 'standalone', open: '{1}', close: '' }],
      },
    ]);
  });

  it('splits Polish text with Polish rules', () => {
    expect(sources(parse('Biuro mieści się przy ul. Daszyńskiego 12. Zapraszamy!', 'pl'))).toEqual([
      ['paragraph', 'Biuro mieści się przy ul. Daszyńskiego 12.'],
      ['paragraph', 'Zapraszamy!'],
    ]);
  });
});

describe('plain text: errors', () => {
  const empty = ['', '   ', '\n\n', ' \t\r\n \n', '----\n* * *\n', '…'];
  test.each(empty)('refuses %j as an empty document', (content) => {
    expect(() => parse(content)).toThrow(InvalidInput);
    try {
      parse(content);
    } catch (error) {
      expect((error as InvalidInput).code).toBe('empty_document');
      expect((error as InvalidInput).message).toBe('the document has no text to translate');
    }
  });

  it('refuses the private-use characters the skeleton uses', () => {
    expect(() => parse('Text \uE000 mit Marker')).toThrow(expect.objectContaining({ code: 'invalid_characters' }));
    expect(() => parse('Text \uE001')).toThrow(expect.objectContaining({ code: 'invalid_characters' }));
  });
});

describe('plain text: renderDocument', () => {
  const documents = [
    'Pressemitteilung\n\nAm 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Es kamen 120 Gäste.\n',
    'Landratsamt Görlitz\r\nBahnhofstraße 24\r\n02826 Görlitz\r\n\r\nSehr geehrte Damen und Herren,\r\nwir laden Sie ein.',
    '  Eingerückt.  \n\n\n\tMit Tab.\t\n   \n',
    'Keine abschließende Zeile',
    '\n\nLeerzeilen vorne und hinten.\n\n\n',
    'Tagesordnung:\n1. Begrüßung\n2. Bericht des Landrats\n3. Verschiedenes\n',
    '- Verkehr\n  - Unterpunkt\n* Umwelt\n• Bildung\n',
    'Platzhalter {1}, {/2} und {3/} bleiben erhalten. {Name} auch.',
    'Alte Mac-Zeilen\rmit CR\rEnde.',
    'Informationen unter www.kreis-goerlitz.de. Fragen an info@kreis-goerlitz.de.\n',
    'Gemischte\nZeilenenden\r\nhier\rund da.\r\n',
    'Zażółć gęślą jaźń. Emoji 😀 bleiben.\n',
  ];
  test.each(documents)('renders %j back byte for byte', (content) => {
    expect(roundTrip(content)).toBe(content);
  });

  it('fills the skeleton with Polish texts', () => {
    const doc = parse('Pressemitteilung\n\nDer Kreistag tagt am 3. Mai. Gäste sind willkommen.\n\n- Verkehr\n- Umwelt\n');
    const polish = ['Komunikat prasowy', 'Sejmik obraduje 3 maja.', 'Goście są mile widziani.', 'Transport', 'Środowisko'];
    expect(renderDocument('text', doc.skeleton, polish.map((text) => ({ text, tags: [] })))).toBe(
      'Komunikat prasowy\n\nSejmik obraduje 3 maja. Goście są mile widziani.\n\n- Transport\n- Środowisko\n',
    );
  });

  it('renders a placeholder of a literal back to the literal, wherever the translator moved it', () => {
    const doc = parse('Das Feld {1} wird ersetzt.');
    expect(renderDocument('text', doc.skeleton, [{ text: '{1/} zostanie zastąpione.', tags: doc.segments[0]!.tags }])).toBe(
      '{1} zostanie zastąpione.',
    );
  });

  it("writes a translator's line break with the document's line ending", () => {
    const doc = parse('Ein langer Satz.\r\n');
    expect(renderDocument('text', doc.skeleton, [{ text: 'Długie\nzdanie.', tags: [] }])).toBe('Długie\r\nzdanie.\r\n');
  });

  it('refuses a number of texts that does not fit the skeleton', () => {
    const doc = parse('Eins. Zwei.');
    expect(() => renderDocument('text', doc.skeleton, [{ text: 'Jeden.', tags: [] }])).toThrow(
      expect.objectContaining({ code: 'skeleton_mismatch' }),
    );
  });
});

describe('parseText, a Polish paragraph in a German document', () => {
  it('splits it with the Polish rules and marks its segments as Polish', () => {
    const content =
      'Die Feuerwehr war schnell vor Ort. Verletzt wurde niemand.\n\n' +
      'Akcją dowodził kpt. Marek Wilk. Biuro mieści się przy ul. Daszyńskiego 12 w Zgorzelcu.\n';
    expect(parseDocument('text', content, 'de').segments).toEqual([
      { source: 'Die Feuerwehr war schnell vor Ort.', kind: 'paragraph', tags: [] },
      { source: 'Verletzt wurde niemand.', kind: 'paragraph', tags: [] },
      { source: 'Akcją dowodził kpt. Marek Wilk.', kind: 'paragraph', tags: [], blockLanguage: 'pl' },
      { source: 'Biuro mieści się przy ul. Daszyńskiego 12 w Zgorzelcu.', kind: 'paragraph', tags: [], blockLanguage: 'pl' },
    ]);
  });
});
