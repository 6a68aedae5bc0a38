// The exported document says it is Polish where the German one said German: every w:lang whose w:val
// (or w:eastAsia, w:bidi) is de or de-* gets pl-PL. This is done in the translated parts and in
// word/styles.xml (document defaults and styles), the one part that is not translated but still
// changes on export, and only in those attributes. Other languages stay: a quotation marked English
// keeps its mark where its run has a look of its own (runs of the same look are merged whatever their
// language, and the merged run has the first one's: see ./items.ts).
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { escapeXmlAttribute } from '../../xml/escape';
import { replaceRanges, W_NAMESPACES, type Replacement } from './xml';

const LANGUAGE_ATTRIBUTES = new Set(['val', 'eastAsia', 'bidi']);
const GERMAN = /^de(?:-|$)/i;

/** `xml` with German w:lang values set to `tag` (e.g. "pl-PL"); each changed start tag is written anew. */
export function replaceGermanLanguage(xml: string, tag: string): string {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const edits: Replacement[] = [];
  parser.on('opentag', (element: SaxesTagNS) => {
    if (element.local !== 'lang' || !W_NAMESPACES.has(element.uri)) return;
    const attributes = Object.values(element.attributes as Record<string, SaxesAttributeNS>);
    const german = (a: SaxesAttributeNS) => LANGUAGE_ATTRIBUTES.has(a.local) && W_NAMESPACES.has(a.uri) && GERMAN.test(a.value);
    if (!attributes.some(german)) return;
    const end = parser.position;
    const written = attributes.map((a) => ` ${a.name}="${escapeXmlAttribute(german(a) ? tag : a.value)}"`).join('');
    edits.push({ start: xml.lastIndexOf('<', end - 1), end, text: `<${element.name}${written}${element.isSelfClosing ? '/>' : '>'}` });
  });
  parser.write(xml).close();
  return replaceRanges(xml, 0, xml.length, edits);
}
