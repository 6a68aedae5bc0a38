import { body, extract, m, notes, paired, roundTrip, sources, standalone } from './support';

const page = (inner: string) => `<!DOCTYPE html><html lang="de"><body>${inner}</body></html>`;
const pageBody = (inner: string) => `<!DOCTYPE html><html lang="\uE005vde\uE006"><body>${inner}</body></html>`;

describe('html extract: blocks', () => {
  it('splits a paragraph into sentences and keeps its tags in the skeleton', () => {
    const doc = extract(page('<p class="lead">Am 30. Januar 2019 fand in Dresden das 4. Treffen statt. Es kamen 120 Gäste.</p>'));
    expect(doc.segments).toEqual([
      { source: 'Am 30. Januar 2019 fand in Dresden das 4. Treffen statt.', kind: 'paragraph', tags: [] },
      { source: 'Es kamen 120 Gäste.', kind: 'paragraph', tags: [] },
    ]);
    expect(body(doc)).toBe(pageBody(`<p class="lead">${m(0)} ${m(1)}</p>`));
  });

  it('keeps headings and the title whole, as Markdown keeps headings', () => {
    const doc = extract('<html><head><title>Rathaus. Öffnungszeiten</title></head><body><h2>Einladung. Bitte antworten!</h2></body></html>');
    expect(sources(doc)).toEqual([
      ['heading', 'Rathaus. Öffnungszeiten'],
      ['heading', 'Einladung. Bitte antworten!'],
    ]);
  });

  test.each([
    ['list items', '<ul><li>Umwelt. Klima.</li><li>Verkehr</li></ul>', [['list_item', 'Umwelt.'], ['list_item', 'Klima.'], ['list_item', 'Verkehr']]],
    ['a paragraph in a list item', '<ol><li><p>Erster Punkt</p></li></ol>', [['list_item', 'Erster Punkt']]],
    ['header and data cells', '<table><tr><th>Ort</th><td>Dresden. Breslau.</td></tr></table>', [['table_cell', 'Ort'], ['table_cell', 'Dresden.'], ['table_cell', 'Breslau.']]],
    ['a table caption', '<table><caption>Termine 2019</caption><tr><td>Mai</td></tr></table>', [['paragraph', 'Termine 2019'], ['table_cell', 'Mai']]],
    ['a blockquote and its paragraphs', '<blockquote>Direkt. <p>Im Absatz</p></blockquote>', [['blockquote', 'Direkt.'], ['blockquote', 'Im Absatz']]],
    ['terms and descriptions', '<dl><dt>Begriff</dt><dd>Erklärung</dd></dl>', [['paragraph', 'Begriff'], ['paragraph', 'Erklärung']]],
    ['a figure caption', '<figure><figcaption>Karte der Region</figcaption></figure>', [['paragraph', 'Karte der Region']]],
    ['form texts', '<label>Name</label><button>Senden</button><select><option>Dresden</option></select>', [['paragraph', 'Name'], ['paragraph', 'Senden'], ['paragraph', 'Dresden']]],
    ['summary and legend', '<details><summary>Mehr</summary></details><fieldset><legend>Kontakt</legend></fieldset>', [['paragraph', 'Mehr'], ['paragraph', 'Kontakt']]],
    ['a heading in a list item', '<ul><li><h3>Titel. Zwei</h3></li></ul>', [['heading', 'Titel. Zwei']]],
  ])('reads %s', (_name, inner, expected) => {
    expect(sources(extract(page(inner)))).toEqual(expected);
  });

  it('makes the text of a div around child blocks segments of their own', () => {
    const doc = extract(page('<div>Einleitung <p>Absatz.</p> Schluss</div>'));
    expect(sources(doc)).toEqual([
      ['paragraph', 'Einleitung'],
      ['paragraph', 'Absatz.'],
      ['paragraph', 'Schluss'],
    ]);
    expect(body(doc)).toBe(pageBody(`<div>${m(0)} <p>${m(1)}</p> ${m(2)}</div>`));
  });

  it('turns whitespace holding a line break into "\\n" and keeps the original in the marker', () => {
    const doc = extract(page('<p>Der Kreistag hat\r\n    entschieden. Nun\n\tfolgt die Umsetzung.</p>'));
    expect(sources(doc)).toEqual([
      ['paragraph', 'Der Kreistag hat\nentschieden.'],
      ['paragraph', 'Nun\nfolgt die Umsetzung.'],
    ]);
    expect(body(doc)).toBe(pageBody(`<p>${m(0, '\r\n    ')} ${m(1, '\n\t')}</p>`));
  });

  it('leaves text without a letter or digit in the skeleton', () => {
    const doc = extract(page('<p>* * *</p><p>—</p><p>Text</p>'));
    expect(sources(doc)).toEqual([['paragraph', 'Text']]);
    expect(body(doc)).toBe(pageBody(`<p>* * *</p><p>—</p><p>${m(0)}</p>`));
  });
});

describe('html extract: inline markup', () => {
  it('makes inline elements paired placeholders holding their exact markup', () => {
    const doc = extract(page('<p>Das <EM class = "x">Ministerium</EM> lädt <a href="/a?b=1&amp;c=2">alle</a> ein.</p>'));
    expect(doc.segments).toEqual([
      {
        source: 'Das {1}Ministerium{/1} lädt {2}alle{/2} ein.',
        kind: 'paragraph',
        tags: [paired(1, '<EM class = "x">', '</EM>'), paired(2, '<a href="/a?b=1&amp;c=2">', '</a>')],
      },
    ]);
  });

  it('makes void elements and code standalone placeholders; code is never translated', () => {
    const doc = extract(page('<p>Zeile<br/>zwei mit <img src="a.png"> Bild, Trenn<wbr>stelle und <code>npm &lt;run&gt;</code>.</p>'));
    expect(doc.segments).toEqual([
      {
        source: 'Zeile{1/}zwei mit {2/} Bild, Trenn{3/}stelle und {4/}.',
        kind: 'paragraph',
        tags: [standalone(1, '<br/>'), standalone(2, '<img src="a.png">'), standalone(3, '<wbr>'), standalone(4, '<code>npm &lt;run&gt;</code>')],
      },
    ]);
  });

  it('keeps a comment inside a sentence as a standalone placeholder', () => {
    expect(extract(page('<p>Ende <!-- Notiz --> des Satzes.</p>')).segments[0]).toEqual({
      source: 'Ende {1/} des Satzes.',
      kind: 'paragraph',
      tags: [standalone(1, '<!-- Notiz -->')],
    });
  });

  it('leaves an element wrapping a whole paragraph in the skeleton, so that its sentences still split', () => {
    const doc = extract(page('<p> <span style="font-size:12pt"><b>Erster Satz. Zweiter Satz.</b></span></p>'));
    expect(sources(doc)).toEqual([
      ['paragraph', 'Erster Satz.'],
      ['paragraph', 'Zweiter Satz.'],
    ]);
    expect(body(doc)).toBe(pageBody(`<p> <span style="font-size:12pt"><b>${m(0)} ${m(1)}</b></span></p>`));
  });

  it('does not split sentences inside paired markup', () => {
    expect(sources(extract(page('<p>Ein <em>Satz. Noch</em> einer. Dritter.</p>')))).toEqual([
      ['paragraph', 'Ein {1}Satz. Noch{/1} einer.'],
      ['paragraph', 'Dritter.'],
    ]);
  });

  it('keeps markup the parser dropped or repaired as standalone placeholders, so nothing is lost', () => {
    const doc = extract(page('<p>Hallo</span> Welt, <b>fett</p><p>weiter</b> so.</p>'));
    expect(doc.segments).toEqual([
      { source: 'Hallo{1/} Welt, {2/}fett', kind: 'paragraph', tags: [standalone(1, '</span>'), standalone(2, '<b>')] },
      { source: 'weiter{1/} so.', kind: 'paragraph', tags: [standalone(1, '</b>')] },
    ]);
  });

  it('makes placeholder-shaped text standalone tags holding the literal', () => {
    expect(extract(page('<p>Feld {1} und &#123;/2} bleiben.</p>')).segments[0]).toEqual({
      source: 'Feld {1/} und {2/} bleiben.',
      kind: 'paragraph',
      tags: [standalone(1, '{1}'), standalone(2, '&#123;/2}')],
    });
  });
});

describe('html extract: attributes', () => {
  it('makes translatable attribute values segments of their own and leaves other attributes alone', () => {
    const doc = extract(
      '<html><head><meta name="description" content="Die Seite. Zwei Sätze."><meta property="og:title" content="Titel">' +
        '<meta property="og:description" content="Beschreibung"><meta name="twitter:title" content="Kurz">' +
        '<meta name="twitter:description" content="Kürzer"><meta name="keywords" content="nicht, übersetzt">' +
        '<meta property="og:image" content="bild.png"></head><body>' +
        '<img src="karte.png" alt="Karte"><input placeholder="Suche" aria-label="Suchfeld" value="Vorgabe">' +
        '<input type="submit" value="Senden"><input type="reset" value="Leeren"><input type="hidden" value="geheim">' +
        '<div title="Hinweis" data-text="bleibt"></div></body></html>',
    );
    expect(sources(doc)).toEqual([
      ['paragraph', 'Die Seite. Zwei Sätze.'],
      ['paragraph', 'Titel'],
      ['paragraph', 'Beschreibung'],
      ['paragraph', 'Kurz'],
      ['paragraph', 'Kürzer'],
      ['paragraph', 'Karte'],
      ['paragraph', 'Suche'],
      ['paragraph', 'Suchfeld'],
      ['paragraph', 'Senden'],
      ['paragraph', 'Leeren'],
      ['paragraph', 'Hinweis'],
    ]);
  });

  it('keeps each value\'s quoting in the skeleton and notes it', () => {
    const doc = extract(page(`<img alt="Doppelt" src=x><img alt='Einfach'><img alt=Ohne>`));
    expect(body(doc)).toBe(pageBody(`<img alt="${m(0)}" src=x><img alt='${m(1)}'><img alt=${m(2)}>`));
    expect(notes(doc)).toEqual({ 0: { quote: '"' }, 1: { quote: "'" }, 2: { quote: '' } });
  });

  it('gives a value inside inline markup no marker: the export writes it into its host tag', () => {
    const doc = extract(page('<p>Die <a href="#" title="Zur Studie">Studie</a> ist da. Mit <img alt="Logo">.</p>'));
    expect(sources(doc)).toEqual([
      ['paragraph', 'Die {1}Studie{/1} ist da.'],
      ['paragraph', 'Zur Studie'],
      ['paragraph', 'Mit {1/}.'],
      ['paragraph', 'Logo'],
    ]);
    expect(body(doc)).toBe(pageBody(`<p>${m(0)} ${m(2)}</p>`));
    expect(notes(doc)).toEqual({
      1: { quote: '"', nested: { host: 0, tag: 1, start: 19, end: 29, breaks: [] } },
      3: { quote: '"', nested: { host: 2, tag: 1, start: 10, end: 14, breaks: [] } },
    });
  });

  it('puts the value of an element wrapping a whole block in the skeleton, before the block\'s text', () => {
    const doc = extract(page('<ul><li><a href="/a" title="Mehr lesen">Ganz verlinkt</a></li></ul>'));
    expect(sources(doc)).toEqual([
      ['paragraph', 'Mehr lesen'],
      ['list_item', 'Ganz verlinkt'],
    ]);
    expect(body(doc)).toBe(pageBody(`<ul><li><a href="/a" title="${m(0)}">${m(1)}</a></li></ul>`));
  });

  it('decodes references in values and keeps a value whole', () => {
    const doc = extract(page('<img alt="Karte des &quot;Grenzraums&quot;. &Uuml;bersicht &amp; mehr">'));
    expect(sources(doc)).toEqual([['paragraph', 'Karte des "Grenzraums". Übersicht & mehr']]);
    expect(notes(doc)).toEqual({ 0: { quote: '"', spellings: { Ü: ['&Uuml;'] } } });
  });
});

describe('html extract: what is never translated', () => {
  test.each([
    ['script and style', '<script>var s = "Text";</script><style>p { content: "Text" }</style>'],
    ['preformatted text', '<pre>Vorformatiert bleibt.</pre>'],
    ['a code block', '<div><code>Quelltext bleibt</code></div>'],
    ['a template', '<template><p>Vorlage</p></template>'],
    ['a textarea\'s content', '<textarea>Vorgabe bleibt</textarea>'],
    ['SVG and MathML content', '<svg><title>Grafik</title><text>Beschriftung</text></svg><math><mi>Wert</mi></math>'],
    ['translate="no"', '<p translate="no">Eigenname GmbH</p><div translate=NO><p>Auch nicht</p></div>'],
  ])('%s', (_name, inner) => {
    const content = page(`${inner}<p>Nur dies.</p>`);
    expect(sources(extract(content))).toEqual([['paragraph', 'Nur dies.']]);
  });

  it('translates what says translate="yes" inside translate="no", block or inline', () => {
    const doc = extract(page('<div translate="no"><p>Nein</p><p translate="yes">Ja, block</p><p>Nein <span translate="yes">Ja, inline</span></p></div>'));
    expect(sources(doc)).toEqual([
      ['paragraph', 'Ja, block'],
      ['paragraph', 'Ja, inline'],
    ]);
  });

  it('makes an inline translate="no" element one standalone placeholder', () => {
    expect(extract(page('<p>Die Firma <span translate="no">Smart Integration</span> lädt ein.</p>')).segments[0]).toEqual({
      source: 'Die Firma {1/} lädt ein.',
      kind: 'paragraph',
      tags: [standalone(1, '<span translate="no">Smart Integration</span>')],
    });
  });

  it('translates noscript content (it is markup when scripting is off)', () => {
    expect(sources(extract(page('<noscript><p>Bitte JavaScript aktivieren.</p></noscript>')))).toEqual([
      ['paragraph', 'Bitte JavaScript aktivieren.'],
    ]);
  });
});

describe('html extract: character references', () => {
  it('gives segments the decoded characters and notes the spellings that are not the default', () => {
    const doc = extract(page('<p>Gr&ouml;&szlig;e &bdquo;A&ldquo; 5&nbsp;% &lt;b&gt; A & B &amp; C &#x3C; D.</p>'));
    expect(sources(doc)).toEqual([['paragraph', 'Größe „A“ 5\u00a0% <b> A & B & C < D.']]);
    expect(notes(doc)).toEqual({
      0: {
        spellings: {
          ö: ['&ouml;'],
          ß: ['&szlig;'],
          '„': ['&bdquo;'],
          '“': ['&ldquo;'],
          '\u00a0': ['&nbsp;'],
          '&': ['&', '&amp;'],
          '<': ['&lt;', '&#x3C;'],
        },
      },
    });
  });

  it('reads references without a semicolon as the parser does', () => {
    expect(sources(extract(page('<p>a &notit; b &ampx c &copy2019</p>')))).toEqual([['paragraph', 'a ¬it; b &x c ©2019']]);
  });
});

describe('html extract: the page language', () => {
  test.each([
    ['the lang value', '<html lang="de-DE"><body><p>Text</p></body></html>', `<html lang="\uE005vde-DE\uE006"><body><p>${m(0)}</p></body></html>`],
    ['lang and xml:lang', "<html xml:lang='de' LANG=de><p>Text</p></html>", `<html xml:lang='\uE005vde\uE006' LANG=\uE005vde\uE006><p>${m(0)}</p></html>`],
    ['a missing lang', '<HTML class="x"><p>Text</p></HTML>', `<HTML\uE005a\uE006 class="x"><p>${m(0)}</p></HTML>`],
    ['an implied html element', '<!DOCTYPE html>\n<!-- c -->\n<p>Text</p>', `<!DOCTYPE html>\n<!-- c -->\n\uE005t\uE006<p>${m(0)}</p>`],
  ])('marks %s in the skeleton', (_name, content, expected) => {
    expect(body(extract(content))).toBe(expected);
  });
});

describe('html extract: the round trip', () => {
  test.each([
    ['a page with a byte order mark', '\uFEFF<!DOCTYPE html><p>Text</p>'],
    ['misnested formatting', '<p><b>eins <i>zwei</b> drei</i> vier</p><p>fünf</p>'],
    ['text foster-parented out of a table', '<table>Davor<tr><td>Zelle</td></tr>Danach</table>'],
    ['an unclosed paragraph and list', '<p>Eins<p>Zwei<ul><li>Drei<li>Vier</ul>'],
    ['attributes with line breaks and references', '<img alt="Erste Zeile\r\n  zweite &amp; dritte">'],
    ['the newline right after <pre>', '<pre>\nText</pre><p>Text</p>'],
    ['a duplicated attribute', '<img alt="Erstes" alt="Zweites">'],
  ])('gives back %s byte for byte', (_name, content) => {
    expect(roundTrip(content)).toBe(content);
  });
});

describe('html: a heading or title longer than a segment may be', () => {
  it('is cut into segments of at most 5,000 characters at spaces, and renders back exactly', () => {
    const long = 'Grenzüberschreitende Zusammenarbeit der Landkreise '.repeat(240).trim(); // 12,239 characters
    const content = `<!DOCTYPE html><html><head><title>${long}</title></head><body><h1>${long}</h1><p>Ein Satz.</p></body></html>`;
    const doc = extract(content);

    expect(doc.segments.map((s) => [s.kind, s.source.length])).toEqual([
      ['heading', 4_997],
      ['heading', 4_997],
      ['heading', 2_243],
      ['heading', 4_997],
      ['heading', 4_997],
      ['heading', 2_243],
      ['paragraph', 9],
    ]);
    expect(roundTrip(content)).toBe(content);
  });
});
