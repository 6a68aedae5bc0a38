import { InvalidInput } from '../../../../server/domain/errors';
import { parseDocument } from '../../../../server/domain/formats';
import { rebuildHtml, rebuildHtmlBytes } from '../../../../server/domain/formats/html';
import { extract, rebuild, sourceTexts } from './support';

const page = (inner: string, lang = 'lang="de"') => `<!DOCTYPE html><html ${lang}><body>${inner}</body></html>`;
const polishPage = (inner: string) => page(inner, 'lang="pl"');

describe('html rebuild: text', () => {
  it('escapes what must be escaped in element content', () => {
    const doc = extract(page('<p>Text</p>'));
    expect(rebuild(doc, ['Kot & pies <b> "tak" \'nie\' > 3'], 'pl')).toBe(polishPage('<p>Kot &amp; pies &lt;b&gt; "tak" \'nie\' &gt; 3</p>'));
  });

  test.each([
    ['double quotes', '<img alt="Bild">', '<img alt="A &amp; &quot;B&quot; \'C\' <D>">'],
    ['single quotes', "<img alt='Bild'>", '<img alt=\'A &amp; "B" &#39;C&#39; <D>\'>'],
    ['no quotes: quoted when the value needs it', '<img alt=Bild>', '<img alt="A &amp; &quot;B&quot; \'C\' <D>">'],
  ])('escapes an attribute value in %s', (_name, inner, expected) => {
    expect(rebuild(extract(page(inner)), ['A & "B" \'C\' <D>'], 'pl')).toBe(polishPage(expected));
  });

  it('leaves an unquoted value unquoted when it can stay so', () => {
    expect(rebuild(extract(page('<img alt=Bild>')), ['Zdjęcie'], 'pl')).toBe(polishPage('<img alt=Zdjęcie>'));
  });

  it('writes a character the source wrote as a reference that way again, the n-th occurrence as the n-th', () => {
    const doc = extract(page('<p>&bdquo;Gr&uuml;n&ldquo; und „rot“ &amp; blau, A & B.</p>'));
    expect(rebuild(doc, ['„Zielony“ i „czerwony“ & niebieski, A & B, C & D.'], 'pl')).toBe(
      polishPage('<p>&bdquo;Zielony&ldquo; i „czerwony“ &amp; niebieski, A & B, C & D.</p>'),
    );
  });

  it('does not reuse a raw "&" where it would start a reference', () => {
    const doc = extract(page('<p>A & B</p>'));
    expect(rebuild(doc, ['A &amp B &copy C & D'], 'pl')).toBe(polishPage('<p>A &amp;amp B &amp;copy C & D</p>'));
  });

  it('puts the original line breaks back and reuses the last one for added ones', () => {
    const doc = extract(page('<p>Erste Zeile\r\n    zweite Zeile.</p>'));
    expect(rebuild(doc, ['Pierwsza\ndruga\ntrzecia.'], 'pl')).toBe(polishPage('<p>Pierwsza\r\n    druga\r\n    trzecia.</p>'));
  });
});

describe('html rebuild: placeholders the translator changed', () => {
  const doc = extract(page('<p>Die <a href="/s" title="Studie lesen">Studie</a> zu <b>Grenzen</b> und <img src="k.png" alt="Karte">.</p>'));
  // Segments: 0 the sentence (tags a, b, img), 1 the link title, 2 the image's alt.
  const texts = (sentence: string) => [sentence, 'Przeczytaj studium', 'Mapa'];
  const link = '<a href="/s" title="Przeczytaj studium">';
  const image = '<img src="k.png" alt="Mapa">';

  test.each([
    ['in their places', '{1}Studium{/1} o {2}granicach{/2} i {3/}.', `${link}Studium</a> o <b>granicach</b> i ${image}.`],
    ['moved', 'O {2}granicach{/2} {3/} {1}studium{/1}.', `O <b>granicach</b> ${image} ${link}studium</a>.`],
    ['with a closing one dropped: that pair is left out', '{1}Studium o {2}granicach{/2} i {3/}.', `Studium o <b>granicach</b> i ${image}.`],
    ['crossed: the pair closed out of turn is left out', '{1}Studium {2}o{/1} granicach{/2}.', 'Studium <b>o granicach</b>.'],
    ['duplicated', '{1}Studium{/1} {1}znowu{/1}{/1} i {3/}{3/}.', `${link}Studium</a> ${link}znowu</a> i ${image}${image}.`],
    ['unknown or of the wrong shape: shown as text', '{7}Studium{/7} {1/} {3}.', '{7}Studium{/7} {1/} {3}.'],
    ['dropped with the value they hold', 'Studium.', 'Studium.'],
  ])('renders placeholders %s', (_name, sentence, expected) => {
    expect(rebuild(doc, texts(sentence), 'pl')).toBe(polishPage(`<p>${expected}</p>`));
  });
});

describe('html rebuild: the page', () => {
  const source = '<!DOCTYPE html>\n<html lang="de-DE" xml:lang="de"><head><title>Titel</title></head><body><p>Text</p></body></html>';

  it('sets the page language to the target language, and keeps it without one', () => {
    const doc = extract(source);
    expect(rebuild(doc, ['Tytuł', 'Tekst'], 'pl')).toBe(
      '<!DOCTYPE html>\n<html lang="pl" xml:lang="pl"><head><title>Tytuł</title></head><body><p>Tekst</p></body></html>',
    );
    expect(rebuildHtml(doc.skeleton, sourceTexts(doc))).toBe(source);
  });

  test.each([
    ['adds a lang attribute', '<html><body><p>Text</p></body></html>', '<html lang="pl"><body><p>Tekst</p></body></html>'],
    ['adds an html start tag to a page without one', '<!DOCTYPE html>\n<p>Text</p>', '<!DOCTYPE html>\n<html lang="pl"><p>Tekst</p>'],
  ])('%s', (_name, content, expected) => {
    expect(rebuild(extract(content), ['Tekst'], 'pl')).toBe(expected);
  });

  it('writes the page in its declared charset, unrepresentable characters as numeric references', () => {
    const bytes = Uint8Array.from(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Gr\xfc\xdfe</p></body></html>', 'latin1'));
    const doc = extract(bytes);
    expect(Buffer.from(rebuildHtmlBytes(doc.skeleton, [{ text: 'Pozdrowienia – część €', tags: [] }], { targetLang: 'pl' })).toString('latin1')).toBe(
      '<html lang="pl"><head><meta charset="iso-8859-1"></head><body><p>Pozdrowienia \x96 cz&#281;&#347;&#263; \x80</p></body></html>',
    );
  });

  test.each([
    ['too few texts', (texts: { text: string; tags: [] }[]) => texts.slice(1), 'skeleton_mismatch'],
    ['too many texts', (texts: { text: string; tags: [] }[]) => [...texts, { text: 'x', tags: [] }], 'skeleton_mismatch'],
  ])('refuses %s', (_name, change, code) => {
    const doc = extract(source);
    expect(() => rebuildHtml(doc.skeleton, change(doc.segments.map((s) => ({ text: s.source, tags: [] as [] }))))).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('refuses a skeleton that is not an HTML skeleton', () => {
    const markdown = parseDocument('markdown', '# Titel\n');
    expect(() => rebuildHtml(markdown.skeleton, [{ text: 'Tytuł', tags: [] }])).toThrow(InvalidInput);
    expect(() => rebuildHtml(markdown.skeleton, [{ text: 'Tytuł', tags: [] }])).toThrow(
      expect.objectContaining({ code: 'html_skeleton_invalid' }),
    );
  });
});
