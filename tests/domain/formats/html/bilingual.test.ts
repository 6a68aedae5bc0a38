import { parse, type DefaultTreeAdapterTypes, type ParserError } from 'parse5';
import { writeBilingualHtml, type BilingualTable } from '../../../../server/domain/formats/html';

type Element = DefaultTreeAdapterTypes.Element;

function elements(html: string): { errors: ParserError[]; all: Element[] } {
  const errors: ParserError[] = [];
  const all: Element[] = [];
  // In document order: children pushed last to first.
  const stack: DefaultTreeAdapterTypes.ParentNode[] = [parse(html, { onParseError: (e) => errors.push(e) })];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('tagName' in node) all.push(node);
    for (const child of [...node.childNodes].reverse()) if ('tagName' in child) stack.push(child);
  }
  return { errors, all };
}

const table: BilingualTable = {
  title: 'Smart Integration <Pressemitteilung>',
  sourceLang: 'de',
  targetLang: 'pl',
  rows: [
    { id: 's1', source: 'Das {1}Projekt{/1} & die <b>Partner</b>{2/}', target: 'Projekt {1}Smart{/1} & partnerzy{2/}', state: 'approved' },
    { id: 's"2', source: 'Zweite\nZeile', target: null, state: 'new', notes: 'Bitte <prüfen>' },
  ],
};

describe('html bilingual table', () => {
  it('writes a standalone page with source, target and state, every text escaped', () => {
    const labels = { lang: 'pl', source: 'Źródło', target: 'Tłumaczenie', state: 'Stan', notes: 'Uwagi', states: { approved: 'Zatwierdzony' } };
    const html = writeBilingualHtml({ ...table, labels });
    expect(html.startsWith(
      '<!DOCTYPE html>\n<html lang="pl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
        '<title>Smart Integration &lt;Pressemitteilung&gt;</title>\n<style>\n',
    )).toBe(true);
    expect(html.endsWith(
      '</style>\n</head>\n<body>\n<h1>Smart Integration &lt;Pressemitteilung&gt;</h1>\n<table>\n' +
        '<thead><tr><th scope="col">#</th><th scope="col">Źródło (DE)</th><th scope="col">Tłumaczenie (PL)</th><th scope="col">Stan</th><th scope="col">Uwagi</th></tr></thead>\n<tbody>\n' +
        '<tr id="segment-s1"><td class="number">1</td>' +
        '<td class="text" lang="de">Das <span class="ph">{1}</span>Projekt<span class="ph">{/1}</span> &amp; die &lt;b&gt;Partner&lt;/b&gt;<span class="ph">{2/}</span></td>' +
        '<td class="text" lang="pl">Projekt <span class="ph">{1}</span>Smart<span class="ph">{/1}</span> &amp; partnerzy<span class="ph">{2/}</span></td>' +
        '<td>Zatwierdzony</td><td class="text"></td></tr>\n' +
        '<tr id="segment-s&quot;2"><td class="number">2</td><td class="text" lang="de">Zweite\nZeile</td><td class="text" lang="pl"></td>' +
        '<td>new</td><td class="text">Bitte &lt;prüfen&gt;</td></tr>\n</tbody>\n</table>\n</body>\n</html>\n',
    )).toBe(true);
  });

  it('is valid HTML5 without script, and segment texts never become markup', () => {
    const hostile = { ...table, rows: [{ id: 'x', source: '<script>alert(1)</script><img src=x onerror=alert(2)>', target: '</td></tr></table><p>', state: 'new' }] };
    const { errors, all } = elements(writeBilingualHtml(hostile));
    expect(errors).toEqual([]);
    expect(all.map((e) => e.tagName)).toEqual([
      'html', 'head', 'meta', 'meta', 'title', 'style', 'body', 'h1', 'table', 'thead', 'tr', 'th', 'th', 'th', 'th', 'tbody', 'tr', 'td', 'td', 'td', 'td',
    ]);
  });

  it('puts each cell\'s language on it and English labels when none are given', () => {
    const { all } = elements(writeBilingualHtml(table));
    const langs = all.filter((e) => e.tagName === 'td').map((e) => e.attrs.find((a) => a.name === 'lang')?.value ?? null);
    expect(langs).toEqual([null, 'de', 'pl', null, null, null, 'de', 'pl', null, null]);
    expect(all.filter((e) => e.tagName === 'th').map((e) => (e.childNodes[0] as DefaultTreeAdapterTypes.TextNode).value)).toEqual([
      '#', 'Source (DE)', 'Target (PL)', 'State', 'Notes',
    ]);
  });
});
