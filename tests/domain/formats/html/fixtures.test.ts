import fs from 'node:fs';
import { cpuMs } from '../../../support/cpuTime';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import iconv from 'iconv-lite';
import { extractHtml, rebuildHtml, rebuildHtmlBytes, MAX_HTML_DEPTH } from '../../../../server/domain/formats/html';
import { deeplyNested, HTML_FIXTURES } from '../../../../scripts/fixtures/html';
import { extract, fakePolish, sources, sourceTexts } from './support';

const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(HTML_FIXTURES, name)));

/** Bad input is refused or handled within this time (generous: test machines are shared). */
const BOUND_MS = 15_000;

describe('html fixtures: the round trip', () => {
  test.each(['constructs.html', 'smart-integration.html', 'windows-1250.html', 'iso-8859-2.html'])(
    'rebuilds %s byte for byte from its source texts',
    (name) => {
      const bytes = read(name);
      const doc = extractHtml(bytes, { lang: 'de' });
      expect(Buffer.from(rebuildHtmlBytes(doc.skeleton, sourceTexts(doc))).equals(Buffer.from(bytes))).toBe(true);
    },
  );
});

describe('html fixtures: the Smart Integration press release', () => {
  const doc = extract(read('smart-integration.html'));

  it('translates the meta description, og tags, the image alt and the link title; not the script, style or the protected name', () => {
    expect(sources(doc).slice(0, 5)).toEqual([
      ['heading', '4. Treffen des Projektteams „Smart Integration“'],
      ['paragraph', 'Am 30. und 31. Januar 2019 fand in Dresden das 4. Treffen des Projektteams statt.'],
      ['paragraph', '4. Treffen des Projektteams'],
      ['paragraph', 'Rückblick und Terminplan für das letzte Projektjahr 2019.'],
      ['paragraph', 'Logo des Kooperationsprogramms INTERREG Polen – Sachsen'],
    ]);
    expect(doc.segments[7]).toEqual({
      source: 'PROJEKT{1/}\n{2/}',
      kind: 'paragraph',
      tags: [
        { id: 1, type: 'standalone', open: '<br>', close: '' },
        { id: 2, type: 'standalone', open: '<span translate="no">Smart Integration</span>', close: '' },
      ],
    });
    expect(sources(doc).slice(17, 19)).toEqual([
      [
        'paragraph',
        'Des Weiteren ist die Fertigstellung der {1}Sächsisch-Niederschlesischen Grenzraumstudie{/1} als wesentlicher Meilenstein von „Smart Integration“ für den Sommer dieses Jahres geplant.',
      ],
      ['paragraph', 'Zur Sächsisch-Niederschlesischen Grenzraumstudie'],
    ]);
    const all = doc.segments.map((s) => s.source).join('\n');
    expect(all).not.toMatch(/dataLayer|font-size|Pressemitteilung/);
    expect(doc.segments).toHaveLength(22);
  });

  it('has the funding notes twice, as in the original', () => {
    const funding = doc.segments.filter((s) => s.source.startsWith('Das Projekt Smart Integration wird'));
    expect(funding).toHaveLength(2);
  });
});

describe('html fixtures: legacy charsets', () => {
  it('reads the windows-1250 page and writes the translation in windows-1250', () => {
    const doc = extract(read('windows-1250.html'));
    expect(sources(doc)).toEqual([
      ['heading', 'Grenzüberschreitende Zusammenarbeit – Współpraca transgraniczna'],
      ['heading', 'Straßenbau in Görlitz und Zgorzelec'],
      ['paragraph', 'Die Brücke über die Neiße wird „schöner“ und kostet 2 Mio. €.'],
      ['paragraph', 'Zażółć gęślą jaźń – Łódź, Śląsk, Źródło, Żółw.'],
      ['paragraph', 'Äpfel, Öfen, Übungen – groß & klein.'],
    ]);
    const texts = ['Współpraca transgraniczna', 'Budowa dróg w Görlitz i Zgorzelcu', 'Most na Nysie będzie „ładniejszy” → 2 mln €.', 'Zażółć gęślą jaźń.', 'Jabłka – duże i małe ✓.'];
    const bytes = rebuildHtmlBytes(doc.skeleton, texts.map((text) => ({ text, tags: [] })), { targetLang: 'pl' });
    expect(iconv.decode(Buffer.from(bytes), 'windows-1250')).toBe(
      '<!DOCTYPE html>\n<html lang="pl">\n<head>\n<meta charset="windows-1250">\n<title>Współpraca transgraniczna</title>\n</head>\n<body>\n' +
        '<h1>Budowa dróg w Görlitz i Zgorzelcu</h1>\n<p>Most na Nysie będzie „ładniejszy” &#8594; 2 mln €.</p>\n' +
        '<p lang="pl">Zażółć gęślą jaźń.</p>\n<p>Jabłka – duże i małe &#10003;.</p>\n</body>\n</html>\n',
    );
  });

  it('reads the ISO-8859-2 page declared by http-equiv', () => {
    expect(sources(extract(read('iso-8859-2.html')))).toEqual([
      ['heading', 'Kooperation – Współpraca'],
      ['paragraph', 'Das Projekt „Grenzraum“ verbindet Sachsen und Niederschlesien.'],
      ['paragraph', 'Województwo dolnośląskie współpracuje z Saksonią.'],
    ]);
  });
});

describe('html fixtures: bad input', () => {
  test.each([
    ['empty.html', 'empty_document'],
    ['not-html.html', 'not_html'],
  ])('refuses %s with %s', (name, code) => {
    expect(() => extract(read(name))).toThrow(expect.objectContaining({ code }));
  });

  test.each([
    ['whitespace only', 'empty_document', ' \n\t '],
    ['plain text without markup', 'not_html', 'Nur ein Satz ohne Markup.'],
    ['markup without text', 'empty_document', '<!DOCTYPE html><html><body><img src="a.png"><p> * </p></body></html>'],
    ['the skeleton\'s reserved characters', 'invalid_characters', '<p>Text \uE004 mehr</p>'],
  ])('refuses %s with %s', (_name, code, content) => {
    expect(() => extract(content)).toThrow(expect.objectContaining({ code }));
  });

  it(`refuses the 5 MB page nested 10,000 levels deep (more than ${MAX_HTML_DEPTH}) quickly`, () => {
    const bytes = read('deep-nesting.html');
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const used = cpuMs(() => {
      expect(() => extract(bytes)).toThrow(expect.objectContaining({ code: 'html_too_deep' }));
    });
    expect(used).toBeLessThan(BOUND_MS);
  });

  it(`handles a page nested ${MAX_HTML_DEPTH - 12} levels deep, and gives it back`, () => {
    const content = deeplyNested(MAX_HTML_DEPTH - 12, 1024 * 1024);
    const doc = extract(content);
    expect(rebuildHtml(doc.skeleton, sourceTexts(doc))).toBe(content);
    expect(doc.segments.length).toBeGreaterThan(MAX_HTML_DEPTH);
    expect(rebuildHtml(doc.skeleton, fakePolish(doc), { targetLang: 'pl' })).toContain('<div><p>PL: 0 Auf dieser Ebene');
  }, 60_000);

  it('refuses formatting elements the parser would re-create in every paragraph, quickly', () => {
    const opened = Array.from({ length: 400 }, (_, i) => `<b id=${i}>`).join('');
    const content = `<p>${opened}x</p>${'<p>y</p>'.repeat(20_000)}`;
    const used = cpuMs(() => {
      expect(() => extract(content)).toThrow(expect.objectContaining({ code: 'html_too_complex' }));
    });
    expect(used).toBeLessThan(BOUND_MS);
  }, 60_000);
});
