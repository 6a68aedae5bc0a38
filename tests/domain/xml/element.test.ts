import {
  XML_DECLARATION,
  xmlAttributes,
  xmlElement,
  xmlEmptyElement,
  xmlEndTag,
  xmlStartTag,
  xmlTextElement,
} from '../../../server/domain/xml/element';

describe('xmlAttributes', () => {
  test('writes each attribute with a value, in order, escaped', () => {
    expect(xmlAttributes({ id: 't&1', 'xml:lang': 'de', i: 3, ok: true, gone: null, absent: undefined, note: 'a "b"\n' })).toBe(
      ' id="t&amp;1" xml:lang="de" i="3" ok="true" note="a &quot;b&quot;&#10;"',
    );
  });

  test('writes nothing without attributes', () => {
    expect(xmlAttributes({})).toBe('');
    expect(xmlAttributes()).toBe('');
  });

  test.each([['a b'], ['1a'], ['a"'], ['a>'], ['']])('refuses the attribute name %j', (name) => {
    expect(() => xmlAttributes({ [name]: 'x' })).toThrow(`not an XML name: ${JSON.stringify(name)}`);
  });
});

describe('element helpers', () => {
  test('build start, end and empty tags and whole elements', () => {
    expect(XML_DECLARATION).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(xmlStartTag('tu', { tuid: 'u1', creationdate: null })).toBe('<tu tuid="u1">');
    expect(xmlEndTag('tu')).toBe('</tu>');
    expect(xmlEmptyElement('ph', { x: 2 })).toBe('<ph x="2"/>');
    expect(xmlEmptyElement('body')).toBe('<body/>');
    expect(xmlElement('seg', {}, '<ph x="1"/>a')).toBe('<seg><ph x="1"/>a</seg>');
    expect(xmlTextElement('term', 'A & <B>')).toBe('<term>A &amp; &lt;B&gt;</term>');
    expect(xmlTextElement('note', 'x', { type: 'y' })).toBe('<note type="y">x</note>');
  });

  test.each([['tu id'], ['<tu'], ['tu/']])('refuse the element name %j', (name) => {
    expect(() => xmlStartTag(name)).toThrow('not an XML name');
    expect(() => xmlEndTag(name)).toThrow('not an XML name');
    expect(() => xmlEmptyElement(name)).toThrow('not an XML name');
  });
});
