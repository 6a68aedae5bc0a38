import type { InlineTag } from '../../../server/domain/segments/types';
import {
  fromDeeplXml,
  placeholderIssues,
  renderPlaceholders,
  renumberPlaceholders,
  stripPlaceholders,
  toDeeplXml,
} from '../../../server/domain/segmentation/placeholders';

describe('toDeeplXml', () => {
  const cases: [string, string, string][] = [
    ['a paired tag becomes <g>', 'Ein {1}wichtiger{/1} Termin.', 'Ein <g id="1">wichtiger</g> Termin.'],
    ['a standalone tag becomes <x/>', 'Siehe {2/} unten.', 'Siehe <x id="2"/> unten.'],
    ['nested pairs', '{1}Der {2}Kreistag{/2} tagt.{/1}', '<g id="1">Der <g id="2">Kreistag</g> tagt.</g>'],
    ['&, < and > are escaped', 'Müller & Söhne: 3 < 5 > 2', 'Müller &amp; Söhne: 3 &lt; 5 &gt; 2'],
    ['an entity-looking text is escaped', 'A &amp; B', 'A &amp;amp; B'],
    ['quotes stay as they are', 'Er sagte "ja" und \'nein\'.', 'Er sagte "ja" und \'nein\'.'],
    ['literal braces are text', 'Die Variable {Name} und {1x} und { 1 }', 'Die Variable {Name} und {1x} und { 1 }'],
    ['an unclosed open placeholder stays text', '{1}offen', '{1}offen'],
    ['a close without open stays text', 'zu{/1} hier', 'zu{/1} hier'],
    ['crossing pairs keep the well-nested one', '{1}a{2}b{/1}c{/2}', '{1}a<g id="2">b{/1}c</g>'],
    ['two digit ids', '{12}x{/12}{13/}', '<g id="12">x</g><x id="13"/>'],
  ];
  test.each(cases)('%s', (_name, text, xml) => {
    expect(toDeeplXml(text)).toBe(xml);
  });

  test.each(cases)('fromDeeplXml inverts it exactly: %s', (_name, text) => {
    expect(fromDeeplXml(toDeeplXml(text))).toBe(text);
  });
  test('writes a carriage return as a reference and a character XML cannot hold as U+FFFD', () => {
    expect(toDeeplXml('a\r\nb\u0001{1/}')).toBe('a&#13;\nb\uFFFD<x id="1"/>');
    expect(fromDeeplXml(toDeeplXml('a\r\nb\u0001{1/}'))).toBe('a\r\nb\uFFFD{1/}');
  });
});

describe('fromDeeplXml', () => {
  const cases: [string, string, string][] = [
    ['double quotes', '<g id="1">a</g>', '{1}a{/1}'],
    ['single quotes', "<g id='1'>a</g>", '{1}a{/1}'],
    ['spaces around =', '<g  id = "1" >a</g>', '{1}a{/1}'],
    ['other attributes first', '<g ctype="bold" id="3">a</g>', '{3}a{/3}'],
    ['a self-closing x with a space', '<x id="2" />', '{2/}'],
    ['an unquoted id', '<x id=2/>', '{2/}'],
    ['an x written as a pair', '<x id="2"></x>', '{2/}'],
    ['an empty g', 'a<g id="1"/>b', 'a{1}{/1}b'],
    ['closing tags follow nesting', '<g id="1">a <g id="2">b</g> c</g>', '{1}a {2}b{/2} c{/1}'],
    ['named entities', '&lt;b&gt; &quot;x&quot; &apos;y&apos; &amp;amp;', '<b> "x" \'y\' &amp;'],
    ['numeric entities', '&#228;&#xE4;', 'ää'],
    ['a stray closing tag is dropped', 'a</g>b', 'ab'],
    ['a moved tag', 'Powiat <g id="2">wspiera</g> <x id="1"/> stowarzyszenia.', 'Powiat {2}wspiera{/2} {1/} stowarzyszenia.'],
  ];
  test.each(cases)('%s', (_name, xml, text) => {
    expect(fromDeeplXml(xml)).toBe(text);
  });
});

describe('stripPlaceholders', () => {
  it('removes placeholders and keeps literal braces', () => {
    expect(stripPlaceholders('{1}Der{/1} {2/}Kreis {Name} {1x}')).toBe('Der Kreis {Name} {1x}');
  });
});

describe('renderPlaceholders', () => {
  const tags: InlineTag[] = [
    { id: 1, type: 'paired', open: '**', close: '**' },
    { id: 2, type: 'standalone', open: '`npm`', close: '' },
    { id: 3, type: 'paired', open: '[', close: '](https://kreis-goerlitz.de "Landkreis")' },
  ];
  const cases: [string, string, string][] = [
    ['paired and standalone tags', '{1}Achtung:{/1} {2/} starten', '**Achtung:** `npm` starten'],
    ['a link', 'Siehe {3}Webseite{/3}.', 'Siehe [Webseite](https://kreis-goerlitz.de "Landkreis").'],
    ['tags in a new order', '{3}Strona{/3} {1}uwaga{/1}', '[Strona](https://kreis-goerlitz.de "Landkreis") **uwaga**'],
    ['unknown ids stay', '{9}x{/9} {8/}', '{9}x{/9} {8/}'],
    ['a shape that does not fit its tag stays', '{1/} {2}x{/2}', '{1/} {2}x{/2}'],
  ];
  test.each(cases)('%s', (_name, text, rendered) => {
    expect(renderPlaceholders(text, tags)).toBe(rendered);
  });
});

describe('placeholderIssues', () => {
  const source = 'Der {1}Landkreis{/1} fördert {2/} Vereine.';
  const cases: [string, string, { kind: string; id: number }[]][] = [
    ['none when all are kept', 'Powiat {1}wspiera{/1} {2/} stowarzyszenia.', []],
    ['none when they moved', '{2/} Stowarzyszenia wspiera {1}powiat{/1}.', []],
    ['a dropped standalone tag', 'Powiat {1}wspiera{/1} stowarzyszenia.', [{ kind: 'missing', id: 2 }]],
    ['a dropped pair', 'Powiat wspiera {2/} stowarzyszenia.', [{ kind: 'missing', id: 1 }]],
    ['a dropped closing placeholder', 'Powiat {1}wspiera {2/} stowarzyszenia.', [{ kind: 'missing', id: 1 }]],
    ['a repeated placeholder', '{2/} Powiat {1}wspiera{/1} {2/}.', [{ kind: 'duplicated', id: 2 }]],
    ['closed before opened', 'Powiat {/1}wspiera{1} {2/}.', [{ kind: 'unbalanced', id: 1 }]],
    ['an invented placeholder', 'Powiat {1}wspiera{/1} {2/} {3/}.', [{ kind: 'unknown', id: 3 }]],
    ['a pair turned standalone', 'Powiat {1/} wspiera {2/}.', [{ kind: 'missing', id: 1 }, { kind: 'unknown', id: 1 }]],
  ];
  test.each(cases)('%s', (_name, target, issues) => {
    expect(placeholderIssues(source, target)).toEqual(issues);
  });

  it('reports crossing pairs as unbalanced', () => {
    expect(placeholderIssues('{1}a {2}b{/2}{/1}', '{1}a {2}b{/1}{/2}')).toEqual([{ kind: 'unbalanced', id: 1 }]);
  });
});

describe('renumberPlaceholders', () => {
  it('numbers placeholders 1, 2, … in order of appearance and keeps only their tags', () => {
    const tags: InlineTag[] = [
      { id: 3, type: 'paired', open: '*', close: '*' },
      { id: 4, type: 'standalone', open: '`x`', close: '' },
      { id: 5, type: 'standalone', open: '![a](b.png)', close: '' },
    ];
    expect(renumberPlaceholders('{4/} und {3}so{/3}.', tags)).toEqual({
      text: '{1/} und {2}so{/2}.',
      tags: [
        { id: 1, type: 'standalone', open: '`x`', close: '' },
        { id: 2, type: 'paired', open: '*', close: '*' },
      ],
    });
  });
});
