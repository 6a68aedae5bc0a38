import {
  isPlaceholder,
  markRanges,
  missingPlaceholders,
  nextMissingPlaceholder,
  placeholdersOf,
  serializeNode,
  serializeTokens,
  tokenize,
  validatePlaceholders,
  type NodeLike,
} from '../../client/src/lib/placeholders';

// Minimal DOM-shaped nodes for the serializer.
const text = (value: string): NodeLike => ({ nodeType: 3, nodeName: '#text', nodeValue: value, childNodes: [] });
const element = (name: string, children: NodeLike[] = [], attributes: Record<string, string> = {}): NodeLike => ({
  nodeType: 1,
  nodeName: name,
  nodeValue: null,
  childNodes: children,
  getAttribute: (attribute) => attributes[attribute] ?? null,
});
const chip = (placeholder: string) => element('SPAN', [text(placeholder)], { 'data-placeholder': placeholder, contenteditable: 'false' });
const root = (...children: NodeLike[]) => element('DIV', children);

describe('tokenize', () => {
  it('splits a text into text runs and the three placeholder shapes', () => {
    expect(tokenize('Das {1}neue{/1} Programm{2/}.')).toEqual([
      { type: 'text', text: 'Das ' },
      { type: 'placeholder', kind: 'open', id: 1, text: '{1}' },
      { type: 'text', text: 'neue' },
      { type: 'placeholder', kind: 'close', id: 1, text: '{/1}' },
      { type: 'text', text: ' Programm' },
      { type: 'placeholder', kind: 'standalone', id: 2, text: '{2/}' },
      { type: 'text', text: '.' },
    ]);
  });

  it('keeps other braces as plain text', () => {
    expect(tokenize('{a} {} {/} {1 } {12}')).toEqual([
      { type: 'text', text: '{a} {} {/} {1 } ' },
      { type: 'placeholder', kind: 'open', id: 12, text: '{12}' },
    ]);
  });

  it('gives no tokens for an empty text and the text back when serialized', () => {
    expect(tokenize('')).toEqual([]);
    const sample = '{1}{2/}x{/1}<script>alert(1)</script>';
    expect(serializeTokens(tokenize(sample))).toBe(sample);
  });

  it('recognizes a whole placeholder only', () => {
    expect(isPlaceholder('{3}')).toBe(true);
    expect(isPlaceholder('{/3}')).toBe(true);
    expect(isPlaceholder('{3/}')).toBe(true);
    expect(isPlaceholder('{3} ')).toBe(false);
    expect(isPlaceholder('{x}')).toBe(false);
  });
});

describe('missingPlaceholders', () => {
  it('lists the source placeholders the target lacks, in source order', () => {
    expect(missingPlaceholders('{1}Hallo{/1} {2/}Welt', 'Witaj {2/}')).toEqual(['{1}', '{/1}']);
    expect(nextMissingPlaceholder('{1}Hallo{/1} {2/}Welt', 'Witaj {2/}')).toBe('{1}');
  });

  it('counts duplicates', () => {
    expect(missingPlaceholders('{1/} und {1/}', 'i {1/}')).toEqual(['{1/}']);
  });

  it('finds nothing missing when all are there, in any order', () => {
    expect(missingPlaceholders('{1}a{/1}{2/}', '{2/}{1}b{/1}')).toEqual([]);
    expect(nextMissingPlaceholder('{1}a{/1}', '{1}b{/1}')).toBeNull();
    expect(placeholdersOf('{2/}{1}b{/1}')).toEqual(['{2/}', '{1}', '{/1}']);
  });
});

describe('validatePlaceholders', () => {
  it('accepts a target with the same placeholders well nested', () => {
    expect(validatePlaceholders('Ein {1}fetter{/1} Satz {2/}', '{2/} Zdanie {1}pogrubione{/1}')).toEqual([]);
  });

  it('reports missing, extra and unbalanced placeholders', () => {
    expect(validatePlaceholders('{1}a{/1} {2/}', '{/1}b{1} {3/}')).toEqual([
      { code: 'missing', placeholder: '{2/}' },
      { code: 'extra', placeholder: '{3/}' },
      { code: 'unbalanced', placeholder: '{/1}' },
      { code: 'unbalanced', placeholder: '{1}' },
    ]);
  });
});

describe('serializeNode', () => {
  it('turns chips into their placeholder text and keeps text as it is', () => {
    expect(serializeNode(root(text('Ten '), chip('{1}'), text('nowy'), chip('{/1}'), text(' program <b>'), chip('{2/}')))).toBe(
      'Ten {1}nowy{/1} program <b>{2/}',
    );
  });

  it('reads a chip by its data-placeholder, whatever its displayed text', () => {
    expect(serializeNode(root(element('SPAN', [text('1')], { 'data-placeholder': '{1/}' })))).toBe('{1/}');
  });

  it('counts stray inline elements by their children and <br> as a line break', () => {
    expect(serializeNode(root(element('B', [text('a')]), element('BR'), text('b')))).toBe('a\nb');
  });

  it('drops the trailing <br> a browser keeps in a contentEditable', () => {
    expect(serializeNode(root(text('abc'), element('BR')))).toBe('abc');
    expect(serializeNode(root(element('BR')))).toBe('');
    expect(serializeNode(root())).toBe('');
  });

  it('starts a new line for block elements after content', () => {
    expect(serializeNode(root(text('a'), element('DIV', [text('b')])))).toBe('a\nb');
    expect(serializeNode(root(element('DIV', [text('a')]), element('DIV', [text('b')])))).toBe('a\nb');
  });
});

describe('markRanges', () => {
  it('cuts text at range boundaries and marks the pieces with the range index', () => {
    expect(markRanges('Die Euroregion Nysa fördert', [{ start: 4, end: 14 }, { start: 20, end: 27 }])).toEqual([
      { type: 'text', text: 'Die ', mark: null },
      { type: 'text', text: 'Euroregion', mark: 0 },
      { type: 'text', text: ' Nysa ', mark: null },
      { type: 'text', text: 'fördert', mark: 1 },
    ]);
  });

  it('never cuts a placeholder and marks text on both sides of it', () => {
    expect(markRanges('{1}Grenze{/1} und', [{ start: 0, end: 13 }])).toEqual([
      { type: 'placeholder', kind: 'open', id: 1, text: '{1}', mark: null },
      { type: 'text', text: 'Grenze', mark: 0 },
      { type: 'placeholder', kind: 'close', id: 1, text: '{/1}', mark: null },
      { type: 'text', text: ' und', mark: null },
    ]);
  });

  it('gives the plain tokens without ranges', () => {
    expect(markRanges('a{1/}b', [])).toEqual([
      { type: 'text', text: 'a', mark: null },
      { type: 'placeholder', kind: 'standalone', id: 1, text: '{1/}', mark: null },
      { type: 'text', text: 'b', mark: null },
    ]);
  });
});
