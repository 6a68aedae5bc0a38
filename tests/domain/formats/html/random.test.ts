// Seeded random pages from a table of pieces: valid, broken and odd markup mixed (stray and crossing
// end tags, text in tables, references without semicolons, literal placeholders, line endings).
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { InvalidInput } from '../../../../server/domain/errors';
import { rebuildHtml } from '../../../../server/domain/formats/html';
import { extract, sourceTexts } from './support';

const PIECES = [
  '<p>', '</p>', '<b>', '</b>', '<i class="x">', '</i>', '<a href="#" title="Titel &amp; mehr">', '</a>', '<br>', '<img alt=Bild>',
  "<img alt='Ein Bild'>", '<div>', '</div>', '<li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '</table>', '<!-- c -->',
  '<code>x</code>', '<span translate="no">Name</span>', 'Satz eins. ', 'Satz zwei! ', 'Wort ', '&amp;', '&auml;', '&nbsp;', '&ampx',
  '&notit;', '&#x3C;', '&#128512;', ' & ', ' < ', '\r\n', '\n  ', '\r', '{1}', '{/2}', '&#123;3/}', '</span>',
  '<script>var a="<p>";</script>', '<pre>\npre</pre>', '<textarea>t</textarea>', '<title>Titel</title>', '<h1>Kopf. Zwei</h1>',
  '<select><option>Opt</option></select>', '<input type=submit value=Senden>', '<input placeholder="Suche hier">', 'ä', 'ß', '"', "'",
  '>', '<form>', '</form>', '<noscript>ns</noscript>', '<svg><text>s</text></svg>', '\t', '<p title=\'a "b"\'>',
];
const PAGES = 300;

function randomPages(seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return Array.from({ length: PAGES }, () => {
    const pieces = Array.from({ length: 1 + Math.floor(next() * 30) }, () => PIECES[Math.floor(next() * PIECES.length)]);
    return `<!DOCTYPE html><html lang=de><body>${pieces.join('')}`;
  });
}

/** The elements as parse5 builds them, with their depth. */
function shape(html: string): string[] {
  const out: string[] = [];
  const stack: [DefaultTreeAdapterTypes.ParentNode, number][] = [[parse(html, { scriptingEnabled: false }), 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if ('tagName' in node) out.push(`${depth} ${node.tagName}`);
    const children = node.childNodes.filter((child): child is DefaultTreeAdapterTypes.Element => 'tagName' in child);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  return out;
}

describe('html: random pages', () => {
  const pages = randomPages(20190130).flatMap((page) => {
    try {
      return [{ page, doc: extract(page) }];
    } catch (error) {
      // A page may have nothing to translate; nothing else may go wrong.
      if (error instanceof InvalidInput && error.code === 'empty_document') return [];
      throw error;
    }
  });

  it(`extracts most of ${PAGES} pages`, () => {
    expect(pages.length).toBeGreaterThan(PAGES * 0.8);
  });

  it('gives every page back byte for byte', () => {
    const differing = pages.filter(({ page, doc }) => rebuildHtml(doc.skeleton, sourceTexts(doc)) !== page);
    expect(differing.map(({ page }) => page)).toEqual([]);
  });

  it('gives every page the same elements when each segment gets a prefix with characters to escape', () => {
    const differing = pages.filter(({ page, doc }) => {
      const texts = doc.segments.map((s) => ({ text: `PL <i>&lt; "'> ${s.source}`, tags: s.tags }));
      return shape(rebuildHtml(doc.skeleton, texts, { targetLang: 'pl' })).join('|') !== shape(page).join('|');
    });
    expect(differing.map(({ page }) => page)).toEqual([]);
  });
});
