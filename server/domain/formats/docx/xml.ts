// XML parts of the package, read with saxes into a light element tree that remembers where every
// element starts and ends in the part's text, so untouched markup can be copied byte for byte and only
// the inline content of translated paragraphs is rewritten. A DOCTYPE is refused (no entity can be
// declared, so none is ever expanded), nesting is bounded, and text is kept only where it is content
// (w:t and friends) to keep the tree small.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { InvalidInput } from '../../errors';
import { sniffEncoding, XML_HEAD_BYTES } from '../../xml/encoding';

/** WordprocessingML's main namespace, transitional and strict. */
export const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Deepest element nesting accepted in a part (Word's own documents stay below 40). */
export { MAX_XML_DEPTH } from '../../xml/depth';
import { MAX_XML_DEPTH } from '../../xml/depth';

export interface XmlElement {
  /** The qualified name as written ("w:p"), its prefix ("w") and local name ("p"). */
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: Record<string, SaxesAttributeNS>;
  /** Offsets in the part: "<" of the start tag, after its ">", "<" of the end tag, after its ">". */
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  children: XmlElement[];
  /** The character content, for w:t, w:delText, w:instrText and w:delInstrText only. */
  text: string;
  /** Whether a text box (w:txbxContent) lies somewhere inside. */
  holdsTextBox: boolean;
}

const TEXT_ELEMENTS = new Set(['t', 'delText', 'instrText', 'delInstrText']);

export const isW = (element: XmlElement, local: string): boolean => element.local === local && W_NAMESPACES.has(element.uri);

/** The value of a WordprocessingML attribute (w:val …) of an element. */
export function wAttribute(element: XmlElement, local: string): string | undefined {
  for (const name in element.attributes) {
    const attribute = element.attributes[name] as SaxesAttributeNS;
    if (attribute.local === local && W_NAMESPACES.has(attribute.uri)) return attribute.value;
  }
  return undefined;
}

/** A part of a text with non-overlapping ranges (sorted) replaced. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export function replaceRanges(text: string, start: number, end: number, replacements: Replacement[]): string {
  let out = '';
  let last = start;
  for (const replacement of replacements) {
    out += text.slice(last, replacement.start) + replacement.text;
    last = replacement.end;
  }
  return out + text.slice(last, end);
}

export const firstChild = (element: XmlElement, local: string): XmlElement | undefined =>
  element.children.find((child) => isW(child, local));

function invalidXml(part: string, message: string): InvalidInput {
  return new InvalidInput(`${part} is not well-formed XML: ${message}`, { part, reason: message }, 'docx_invalid_xml');
}

function doctypeRefused(part: string): InvalidInput {
  return new InvalidInput(`${part} declares a DOCTYPE, which DOCX parts never do`, { part }, 'xml_doctype_refused');
}

function tooDeep(part: string): InvalidInput {
  return new InvalidInput(`${part} nests elements deeper than ${MAX_XML_DEPTH}`, { part, limit: MAX_XML_DEPTH }, 'xml_too_deep');
}

function run(part: string, parse: () => void): void {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidInput) throw error;
    throw invalidXml(part, error instanceof Error ? error.message : String(error));
  }
}

/** Decodes a part meant to be UTF-8 (as Word writes them); a byte order mark stays in the text. */
export function decodeUtf8Part(part: string, data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    throw invalidXml(part, 'the part is not UTF-8');
  }
}

/**
 * Called as each element closes, with its open ancestors (innermost last; do not keep the array).
 * Returning true drops the element from its parent's children: a caller that is done with it keeps
 * memory to what it still needs (one paragraph at a time, say) instead of the whole part.
 */
export type CloseHandler = (element: XmlElement, ancestors: readonly XmlElement[]) => boolean;

/** Parses a part into its root element. Throws InvalidInput 'docx_invalid_xml', 'xml_doctype_refused', 'xml_too_deep'. */
export function parseXmlTree(part: string, xml: string, onClose?: CloseHandler): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('doctype', () => {
    throw doctypeRefused(part);
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const openEnd = parser.position;
    const element: XmlElement = {
      name: tag.name,
      prefix: tag.prefix,
      local: tag.local,
      uri: tag.uri,
      attributes: tag.attributes as Record<string, SaxesAttributeNS>,
      start: xml.lastIndexOf('<', openEnd - 1),
      openEnd,
      closeStart: openEnd,
      end: openEnd,
      children: [],
      text: '',
      holdsTextBox: false,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
    if (stack.length > MAX_XML_DEPTH) throw tooDeep(part);
    if (element.local === 'txbxContent' && W_NAMESPACES.has(element.uri)) {
      for (const ancestor of stack) ancestor.holdsTextBox = true;
    }
  });
  parser.on('closetag', (tag: SaxesTagNS) => {
    const element = stack.pop() as XmlElement;
    element.end = parser.position;
    element.closeStart = tag.isSelfClosing ? element.end : xml.lastIndexOf('<', element.end - 1);
    const parent = stack[stack.length - 1];
    if (onClose?.(element, stack) && parent) parent.children.pop();
  });
  const addText = (text: string) => {
    const element = stack[stack.length - 1];
    if (element && TEXT_ELEMENTS.has(element.local) && W_NAMESPACES.has(element.uri)) element.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  run(part, () => parser.write(xml).close());
  if (!root) throw invalidXml(part, 'no root element');
  return root;
}

/** Only for DOCTYPE: reads a part up to its root element's start tag, whatever its encoding. */
export function assertNoDoctype(part: string, data: Uint8Array): void {
  const encoding = sniffEncoding(data.subarray(0, XML_HEAD_BYTES));
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(data.subarray(0, Math.min(data.length, 64 * 1024)));
  } catch {
    throw invalidXml(part, `unknown encoding ${encoding}`);
  }
  // A DOCTYPE comes before the root element: the first 64 KiB hold it, or hold the root's start tag.
  const parser = new SaxesParser({ position: false });
  const done = new Error('root element reached');
  parser.on('doctype', () => {
    throw doctypeRefused(part);
  });
  parser.on('opentagstart', () => {
    throw done;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error === done) return;
    if (error instanceof InvalidInput) throw error;
    throw invalidXml(part, error instanceof Error ? error.message : String(error));
  }
  // No root start tag in the first 64 KiB: a prolog that long is no Word part.
  if (data.length > 64 * 1024) throw invalidXml(part, 'no root element in the first 64 KiB');
}
