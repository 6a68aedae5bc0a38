import { SaxesParser } from 'saxes';
import { escapeXmlAttribute, escapeXmlText, unescapeXml, XML_REPLACEMENT_CHARACTER } from '../../../server/domain/xml/escape';

/** What an XML parser reads back from `<e a="…">…</e>`. */
function readBack(attribute: string, text: string): { attribute: string; text: string } {
  const parser = new SaxesParser();
  const read = { attribute: '', text: '' };
  parser.on('opentag', (tag) => (read.attribute = tag.attributes.a as string));
  parser.on('text', (chunk) => (read.text += chunk));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(`<e a="${attribute}">${text}</e>`).close();
  return read;
}

describe('escapeXmlText', () => {
  test.each([
    ['markup characters', 'Görlitz & Zgorzelec <3> "x" \'y\'', 'Görlitz &amp; Zgorzelec &lt;3&gt; "x" \'y\''],
    ['an entity-looking text', 'A &amp; B', 'A &amp;amp; B'],
    ['the end of a CDATA section', ']]>', ']]&gt;'],
    ['tab and line feed stay, a carriage return becomes a reference', 'a\tb\nc\r\nd', 'a\tb\nc&#13;\nd'],
    ['C0 controls other than tab, LF, CR', 'a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFFc', 'a\uFFFDb\uFFFDc'],
    ['a lone high and a lone low surrogate', 'a\uD800b\uDC00c', 'a\uFFFDb\uFFFDc'],
    ['a surrogate pair stays one character', 'a😀b\uD835\uDC9C', 'a😀b\uD835\uDC9C'],
    ['DEL and C1 controls are allowed in XML 1.0', 'a\u007Fb\u0085c', 'a\u007Fb\u0085c'],
  ])('%s', (_what, text, xml) => {
    expect(escapeXmlText(text)).toBe(xml);
  });
});

describe('escapeXmlAttribute', () => {
  test.each([
    ['markup characters and double quotes', 'a & b < c > d "e" \'f\'', 'a &amp; b &lt; c &gt; d &quot;e&quot; \'f\''],
    ['tab, line feed and carriage return as references', 'a\tb\nc\rd', 'a&#9;b&#10;c&#13;d'],
    ['characters XML cannot hold', '\u0001\uDFFF', '\uFFFD\uFFFD'],
  ])('%s', (_what, text, xml) => {
    expect(escapeXmlAttribute(text)).toBe(xml);
  });
});

describe('escaped text read back by an XML parser', () => {
  test.each([
    ['plain text', 'Zgorzelec'],
    ['markup characters', '<a href="x">&amp;</a> \'q\''],
    ['white space of every kind', ' a\tb\nc\r\nd\re '],
    ['non-ASCII and astral characters', 'Łódź 😀 𝒜'],
  ])('gives %s back exactly, as text and as an attribute', (_what, text) => {
    expect(readBack(escapeXmlAttribute(text), escapeXmlText(text))).toEqual({ attribute: text, text });
  });

  test('gives characters XML cannot hold back as U+FFFD', () => {
    const text = 'a\u0002b\uD800';
    const expected = `a${XML_REPLACEMENT_CHARACTER}b${XML_REPLACEMENT_CHARACTER}`;
    expect(readBack(escapeXmlAttribute(text), escapeXmlText(text))).toEqual({ attribute: expected, text: expected });
  });
});

describe('unescapeXml', () => {
  test.each([
    ['the five named references', '&lt;b&gt; &quot;x&quot; &apos;y&apos; &amp;amp;', '<b> "x" \'y\' &amp;'],
    ['decimal and hexadecimal references', '&#228;&#xE4;&#13;&#x1F600;', 'ää\r😀'],
    ['an unknown name stays', '&nbsp; &xxe;', '&nbsp; &xxe;'],
    ['a code point past U+10FFFF stays', '&#x110000;', '&#x110000;'],
    ['a lone ampersand stays', 'A & B', 'A & B'],
  ])('%s', (_what, xml, text) => {
    expect(unescapeXml(xml)).toBe(text);
  });

  test('inverts escapeXmlText', () => {
    const text = 'a & b <c> \r\n "d"';
    expect(unescapeXml(escapeXmlText(text))).toBe(text);
  });
});
