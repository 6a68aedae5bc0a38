import { InvalidInput } from '../../../server/domain/errors';
import { parseDocument, renderDocument, type ParsedDocument } from '../../../server/domain/formats';
import type { InlineTag } from '../../../server/domain/segments/types';

/** The skeleton marker of segment i, with the original text of its line breaks. */
const m = (i: number, ...breaks: string[]) => `\uE000${i}${breaks.map((b) => `\uE002${b}`).join('')}\uE001`;

const parse = (content: string, lang: 'de' | 'pl' = 'de') => parseDocument('markdown', content, lang);
const sources = (doc: ParsedDocument) => doc.segments.map((s) => [s.kind, s.source]);
const render = (doc: ParsedDocument, texts: string[]) =>
  renderDocument('markdown', doc.skeleton, texts.map((text, i) => ({ text, tags: doc.segments[i]!.tags })));
const roundTrip = (content: string) => {
  const doc = parse(content);
  return render(doc, doc.segments.map((s) => s.source));
};
const paired = (id: number, open: string, close: string): InlineTag => ({ id, type: 'paired', open, close });
const standalone = (id: number, open: string): InlineTag => ({ id, type: 'standalone', open, close: '' });

describe('markdown: blocks', () => {
  it('makes an ATX heading one segment and keeps its markers in the skeleton', () => {
    const doc = parse('## Einladung zur Sitzung. Bitte antworten! ##\n');
    expect(doc.segments).toEqual([{ source: 'Einladung zur Sitzung. Bitte antworten!', kind: 'heading', tags: [] }]);
    expect(doc.skeleton).toBe(`## ${m(0)} ##\n`);
  });

  it('reads a setext heading', () => {
    const doc = parse('Pressemitteilung\n================\n');
    expect(sources(doc)).toEqual([['heading', 'Pressemitteilung']]);
    expect(doc.skeleton).toBe(`${m(0)}\n================\n`);
  });

  it('splits a paragraph into sentences', () => {
    const doc = parse('Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt. Es kamen 120 Gäste.');
    expect(doc.segments).toEqual([
      { source: 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen statt.', kind: 'paragraph', tags: [] },
      { source: 'Es kamen 120 Gäste.', kind: 'paragraph', tags: [] },
    ]);
    expect(doc.skeleton).toBe(`${m(0)} ${m(1)}`);
  });

  it('keeps a soft line break in the text and its original in the marker', () => {
    const doc = parse('Der Kreistag hat\nentschieden. Nun folgt\r\n  die Umsetzung.\n');
    expect(sources(doc)).toEqual([
      ['paragraph', 'Der Kreistag hat\nentschieden.'],
      ['paragraph', 'Nun folgt\ndie Umsetzung.'],
    ]);
    expect(doc.skeleton).toBe(`${m(0, '\n')} ${m(1, '\r\n  ')}\n`);
  });

  it('takes list items without their bullets or numbers', () => {
    const doc = parse('- Verkehr und Mobilität\n- Umwelt. Klima.\n\n1. Begrüßung\n2) Bericht\n');
    expect(sources(doc)).toEqual([
      ['list_item', 'Verkehr und Mobilität'],
      ['list_item', 'Umwelt.'],
      ['list_item', 'Klima.'],
      ['list_item', 'Begrüßung'],
      ['list_item', 'Bericht'],
    ]);
    expect(doc.skeleton).toBe(`- ${m(0)}\n- ${m(1)} ${m(2)}\n\n1. ${m(3)}\n2) ${m(4)}\n`);
  });

  it('reads nested lists and continuation lines', () => {
    const doc = parse('* Erster Punkt,\n  weiter geht es.\n  * Unterpunkt\n');
    expect(sources(doc)).toEqual([
      ['list_item', 'Erster Punkt,\nweiter geht es.'],
      ['list_item', 'Unterpunkt'],
    ]);
    expect(doc.skeleton).toBe(`* ${m(0, '\n  ')}\n  * ${m(1)}\n`);
  });

  it('keeps the box of a task list item in the skeleton', () => {
    const doc = parse('- [ ] Antrag stellen\n- [x] Unterlagen prüfen\n');
    expect(sources(doc)).toEqual([
      ['list_item', 'Antrag stellen'],
      ['list_item', 'Unterlagen prüfen'],
    ]);
    expect(doc.skeleton).toBe(`- [ ] ${m(0)}\n- [x] ${m(1)}\n`);
  });

  it('reads blockquotes, and renders their line prefixes back', () => {
    const doc = parse('> Die Landrätin sagte,\n> das sei ein guter Tag. Alle stimmten zu.\n');
    expect(sources(doc)).toEqual([
      ['blockquote', 'Die Landrätin sagte,\ndas sei ein guter Tag.'],
      ['blockquote', 'Alle stimmten zu.'],
    ]);
    expect(doc.skeleton).toBe(`> ${m(0, '\n> ')} ${m(1)}\n`);
    expect(render(doc, ['Starosta powiedziała,\nże to dobry dzień.', 'Wszyscy się zgodzili.'])).toBe(
      '> Starosta powiedziała,\n> że to dobry dzień. Wszyscy się zgodzili.\n',
    );
  });

  it('treats a list item inside a blockquote as a list item', () => {
    expect(sources(parse('> - Punkt eins\n> - Punkt zwei\n'))).toEqual([
      ['list_item', 'Punkt eins'],
      ['list_item', 'Punkt zwei'],
    ]);
  });

  it('takes table cells one by one', () => {
    const doc = parse('| Maßnahme | Kosten |\n|---|---:|\n| Brücke | 1.000,50 € |\n| Radweg \\| Ausbau | |\n');
    expect(sources(doc)).toEqual([
      ['table_cell', 'Maßnahme'],
      ['table_cell', 'Kosten'],
      ['table_cell', 'Brücke'],
      ['table_cell', '1.000,50 €'],
      ['table_cell', 'Radweg \\| Ausbau'],
    ]);
    expect(doc.skeleton).toBe(`| ${m(0)} | ${m(1)} |\n|---|---:|\n| ${m(2)} | ${m(3)} |\n| ${m(4)} | |\n`);
  });

  it('reads tables without outer pipes and inside blockquotes', () => {
    expect(sources(parse('Ort | Zeit\n--- | ---\nGörlitz | 10 Uhr\n'))).toEqual([
      ['table_cell', 'Ort'],
      ['table_cell', 'Zeit'],
      ['table_cell', 'Görlitz'],
      ['table_cell', '10 Uhr'],
    ]);
    const quoted = parse('> | Ort | Zeit |\n> |---|---|\n> | Zittau | 9 Uhr |\n');
    expect(quoted.skeleton).toBe(`> | ${m(0)} | ${m(1)} |\n> |---|---|\n> | ${m(2)} | ${m(3)} |\n`);
  });

  it('leaves code, HTML blocks, thematic breaks, definitions and front matter untouched', () => {
    const content = [
      '---',
      'title: Pressemitteilung',
      'date: 2019-01-31',
      '---',
      '',
      'Text.',
      '',
      '```js',
      'const satz = "Nicht übersetzen.";',
      '```',
      '',
      '    eingerückter Code. Auch nicht.',
      '',
      '<div class="hinweis">',
      'HTML bleibt.',
      '</div>',
      '',
      '***',
      '',
      '[kreis]: https://kreis-goerlitz.de "Landkreis"',
      '',
    ].join('\n');
    const doc = parse(content);
    expect(sources(doc)).toEqual([['paragraph', 'Text.']]);
    expect(doc.skeleton).toBe(content.replace('Text.', m(0)));
  });
});

describe('markdown: inline markup as placeholders', () => {
  const cases: [string, string, string, InlineTag[]][] = [
    ['strong with asterisks', 'Das ist **wichtig**.', 'Das ist {1}wichtig{/1}.', [paired(1, '**', '**')]],
    ['strong with underscores', 'Das ist __wichtig__.', 'Das ist {1}wichtig{/1}.', [paired(1, '__', '__')]],
    ['emphasis with asterisks', 'Das ist *neu*.', 'Das ist {1}neu{/1}.', [paired(1, '*', '*')]],
    ['emphasis with underscores', 'Das ist _neu_.', 'Das ist {1}neu{/1}.', [paired(1, '_', '_')]],
    ['strikethrough', 'Der Termin ist ~~abgesagt~~ verschoben.', 'Der Termin ist {1}abgesagt{/1} verschoben.',
      [paired(1, '~~', '~~')]],
    ['nested emphasis', '***Achtung:*** bitte lesen.', '{1}{2}Achtung:{/2}{/1} bitte lesen.',
      [paired(1, '*', '*'), paired(2, '**', '**')]],
    ['a link with a title', 'Siehe [Webseite](https://kreis-goerlitz.de "Landkreis Görlitz").',
      'Siehe {1}Webseite{/1}.', [paired(1, '[', '](https://kreis-goerlitz.de "Landkreis Görlitz")')]],
    ['a link with formatted text', 'Zum [**Antrag**](/antrag.pdf).', 'Zum {1}{2}Antrag{/2}{/1}.',
      [paired(1, '[', '](/antrag.pdf)'), paired(2, '**', '**')]],
    ['a reference link', 'Siehe [Landkreis][kreis].\n\n[kreis]: https://kreis-goerlitz.de',
      'Siehe {1}Landkreis{/1}.', [paired(1, '[', '][kreis]')]],
    ['an autolink', 'Infos: <https://kreis-goerlitz.de>.', 'Infos: {1/}.', [standalone(1, '<https://kreis-goerlitz.de>')]],
    ['inline code', 'Feld `antrag_id` ausfüllen.', 'Feld {1/} ausfüllen.', [standalone(1, '`antrag_id`')]],
    ['an image', 'Logo ![Wappen](wappen.png "Wappen") oben.', 'Logo {1/} oben.',
      [standalone(1, '![Wappen](wappen.png "Wappen")')]],
    ['a hard break with spaces', 'Landratsamt Görlitz  \nBahnhofstraße 24', 'Landratsamt Görlitz{1/}Bahnhofstraße 24',
      [standalone(1, '  \n')]],
    ['a hard break with a backslash', 'Landratsamt\\\nGörlitz', 'Landratsamt{1/}Görlitz', [standalone(1, '\\\n')]],
    ['inline HTML', 'Ein <abbr title="Europäische Union">EU</abbr>-Projekt.', 'Ein {1/}EU{2/}-Projekt.',
      [standalone(1, '<abbr title="Europäische Union">'), standalone(2, '</abbr>')]],
    ['escapes and entities stay as written', 'Preis: 5 \\* 3 &amp; mehr.', 'Preis: 5 \\* 3 &amp; mehr.', []],
    ['a literal placeholder', 'Feld {1} bleibt.', 'Feld {1/} bleibt.', [standalone(1, '{1}')]],
    ['unmatched delimiters are text', 'Ein * Stern und 2 * 3.', 'Ein * Stern und 2 * 3.', []],
  ];
  test.each(cases)('%s', (_name, content, source, tags) => {
    expect(parse(content).segments[0]).toEqual({ source, kind: 'paragraph', tags });
  });

  it('numbers the tags of each sentence from 1', () => {
    const doc = parse('Der **Kreistag** tagt. Der *Ausschuss* auch.');
    expect(doc.segments).toEqual([
      { source: 'Der {1}Kreistag{/1} tagt.', kind: 'paragraph', tags: [paired(1, '**', '**')] },
      { source: 'Der {1}Ausschuss{/1} auch.', kind: 'paragraph', tags: [paired(1, '*', '*')] },
    ]);
  });

  it('never splits inside formatting', () => {
    expect(sources(parse('**Erster Satz. Zweiter Satz.** Dritter Satz.'))).toEqual([
      ['paragraph', '{1}Erster Satz. Zweiter Satz.{/1}'],
      ['paragraph', 'Dritter Satz.'],
    ]);
  });

  it('keeps a multi-line link title with its line prefix in the tag', () => {
    const doc = parse('> Siehe [Bericht](bericht.pdf\n> "Jahresbericht") hier.\n');
    expect(doc.segments).toEqual([
      { source: 'Siehe {1}Bericht{/1} hier.', kind: 'blockquote', tags: [paired(1, '[', '](bericht.pdf\n> "Jahresbericht")')] },
    ]);
  });

  it('leaves image-only paragraphs in the skeleton', () => {
    const doc = parse('![Logo](logo.png)\n\nText.\n');
    expect(sources(doc)).toEqual([['paragraph', 'Text.']]);
    expect(doc.skeleton).toBe(`![Logo](logo.png)\n\n${m(0)}\n`);
  });
});

describe('markdown: errors', () => {
  const empty = [
    '',
    '  \n\n',
    '```\nconst x = 1;\n```\n',
    '---\n',
    '![Logo](logo.png)',
    '<div>\nNur HTML.\n</div>\n',
    '---\ntitle: Nur Front Matter\n---\n',
    '| --- |\n',
  ];
  test.each(empty)('refuses %j as an empty document', (content) => {
    expect(() => parse(content)).toThrow(InvalidInput);
    expect(() => parse(content)).toThrow(
      expect.objectContaining({ code: 'empty_document', message: 'the document has no text to translate' }),
    );
  });

  it('refuses the private-use characters the skeleton uses', () => {
    expect(() => parse('# Titel\uE001')).toThrow(expect.objectContaining({ code: 'invalid_characters' }));
  });
});

describe('markdown: renderDocument', () => {
  const documents: [string, string][] = [
    ['a press release', [
      '# Pressemitteilung',
      '',
      '**Görlitz, 31. Januar 2019.** Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen der',
      'Arbeitsgruppe statt. Die Teilnehmer diskutierten u. a. über den Ausbau der Radwege.',
      '',
      'Weitere Informationen unter [www.kreis-goerlitz.de](https://www.kreis-goerlitz.de).',
      '',
    ].join('\n')],
    ['a funding notice with CRLF', [
      'Förderaufruf 2024',
      '=================',
      '',
      'Gefördert werden z. B.:',
      '',
      '- Begegnungen von Schulklassen,',
      '- Sprachkurse *Deutsch–Polnisch* und',
      '- Kulturprojekte (max. 5.000 €).',
      '',
      'Anträge bis **31.03.2024** an <foerderung@euroregion-neisse.de>.',
      '',
    ].join('\r\n')],
    ['meeting minutes with a table', [
      '## Protokoll der 12. Sitzung',
      '',
      '| TOP | Thema | Ergebnis |',
      '|:---:|-------|----------|',
      '| 1 | Begrüßung | erledigt |',
      '| 2 | Haushalt 2020 \\| Entwurf | vertagt |',
      '',
      '> Hinweis: Die nächste Sitzung findet am 3. Mai statt.',
      '> Gäste sind willkommen.',
    ].join('\n')],
    ['trailing spaces and blank lines', '# Titel   \n\n\n   Text mit Leerzeichen.   \n\n\n\n'],
    ['no final newline', 'Nur ein Satz ohne Zeilenende'],
    ['tabs and nested lists', '-\tPunkt eins\n\tweiter.\n  - Unterpunkt\n\n1. Eins\n   Zwei. Drei.\n'],
    ['code and HTML between paragraphs', 'Vorher.\n\n```\ncode. Code.\n```\n\n<!-- Kommentar -->\n\nNachher.\n'],
    ['hard breaks in an address', 'Landratsamt Görlitz  \nBahnhofstraße 24\\\n02826 Görlitz\n'],
    ['front matter', '---\ntitle: "Bericht"\n---\n\n# Bericht\n\nText.\n'],
    ['escapes, entities and literal braces', 'Sterne \\*\\*nicht fett\\*\\* &nbsp; {1} {/2} {3/} {Name}.\n'],
    ['old Mac line endings', '# Titel\r\rAbsatz eins.\rNoch eine Zeile.\r'],
    ['Polish text with quotes', '„Dziękujemy wszystkim.” Następne spotkanie odbędzie się w Zgorzelcu.\n'],
    ['a blockquote with lazy continuation', '> Zitat beginnt\nund geht weiter. Ende.\n'],
    ['a setext heading over two lines', 'Bericht des\nLandrats\n---\n\nText.'],
  ];
  test.each(documents)('renders %s back byte for byte', (_name, content) => {
    expect(roundTrip(content)).toBe(content);
  });

  it('renders Polish texts whose placeholders moved', () => {
    const doc = parse('Der **Landkreis** fördert [Vereine](https://kreis-goerlitz.de/vereine).\n');
    expect(doc.segments).toEqual([
      {
        source: 'Der {1}Landkreis{/1} fördert {2}Vereine{/2}.',
        kind: 'paragraph',
        tags: [paired(1, '**', '**'), paired(2, '[', '](https://kreis-goerlitz.de/vereine)')],
      },
    ]);
    expect(render(doc, ['{2}Stowarzyszenia{/2} wspiera {1}powiat{/1}.'])).toBe(
      '[Stowarzyszenia](https://kreis-goerlitz.de/vereine) wspiera **powiat**.\n',
    );
  });

  it('renders a whole document in Polish', () => {
    const doc = parse('# Einladung\n\n- Ort: **Rathaus**\n- Zeit: 10 Uhr\n\n| Tag | Thema |\n|---|---|\n| Montag | Verkehr |\n');
    expect(sources(doc)).toEqual([
      ['heading', 'Einladung'],
      ['list_item', 'Ort: {1}Rathaus{/1}'],
      ['list_item', 'Zeit: 10 Uhr'],
      ['table_cell', 'Tag'],
      ['table_cell', 'Thema'],
      ['table_cell', 'Montag'],
      ['table_cell', 'Verkehr'],
    ]);
    const polish = ['Zaproszenie', 'Miejsce: {1}ratusz{/1}', 'Godzina: 10:00', 'Dzień', 'Temat', 'Poniedziałek', 'Transport'];
    expect(render(doc, polish)).toBe(
      '# Zaproszenie\n\n- Miejsce: **ratusz**\n- Godzina: 10:00\n\n| Dzień | Temat |\n|---|---|\n| Poniedziałek | Transport |\n',
    );
  });

  it('uses the recorded line breaks for a multi-line translation, a space when there was none', () => {
    const doc = parse('> Eins\n> zwei drei.\n\n# Titel\n');
    expect(render(doc, ['Jeden\ndwa\ntrzy.', 'Tytuł\nnowy'])).toBe('> Jeden\n> dwa\n> trzy.\n\n# Tytuł nowy\n');
  });
});

describe('parseMarkdown, a paragraph with a German and a Polish line', () => {
  it('splits each line run with the rules of its language', () => {
    const content = 'Die Sitzung leitete der Bürgermeister.\nNa miejscu był mł. insp. Adam Kruk. Akcja trwała 3 godz. Następnie wrócono do bazy.\n';
    expect(parseDocument('markdown', content, 'de').segments).toEqual([
      { source: 'Die Sitzung leitete der Bürgermeister.', kind: 'paragraph', tags: [] },
      { source: 'Na miejscu był mł. insp. Adam Kruk.', kind: 'paragraph', tags: [], blockLanguage: 'pl' },
      { source: 'Akcja trwała 3 godz.', kind: 'paragraph', tags: [], blockLanguage: 'pl' },
      { source: 'Następnie wrócono do bazy.', kind: 'paragraph', tags: [], blockLanguage: 'pl' },
    ]);
  });
});

describe('markdown: a heading longer than a segment may be', () => {
  it('is cut into segments of at most 5,000 characters at spaces, and renders back exactly', () => {
    const long = 'Grenzüberschreitende Zusammenarbeit der Landkreise '.repeat(240).trim(); // 12,239 characters
    const content = `# ${long}\n\nEin Satz.\n`;
    const doc = parse(content);

    expect(doc.segments.map((s) => [s.kind, s.source.length])).toEqual([
      ['heading', 4_997],
      ['heading', 4_997],
      ['heading', 2_243],
      ['paragraph', 9],
    ]);
    expect(doc.segments.slice(0, 3).map((s) => s.source).join(' ')).toBe(long);
    expect(roundTrip(content)).toBe(content);
  });
});
