// Where the export sets the page's language: the value of lang (and xml:lang) on <html>, a lang
// attribute added to an <html> start tag without one, or a start tag of its own before the content of
// a page whose <html> element is implied.
import { attributeValueRange } from './collect';
import { langValueSlot, LANG_ATTRIBUTE_SLOT, LANG_TAG_SLOT } from './layout';
import { isElement, isText, nodesInOrder, type HtmlDocument, type HtmlElement } from './nodes';

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Whether the source has any markup parse5 located (a file of plain text has none). */
export function hasMarkup(document: HtmlDocument): boolean {
  for (const node of nodesInOrder(document)) {
    if (isElement(node) ? node.sourceCodeLocation?.startTag : !isText(node) && node.sourceCodeLocation) return true;
  }
  return false;
}

export function langSlots(document: HtmlDocument, source: string): Replacement[] {
  const html = document.childNodes.find((node): node is HtmlElement => isElement(node) && node.tagName === 'html');
  if (!html) return [];
  const location = html.sourceCodeLocation;
  if (location?.startTag) {
    const replacements: Replacement[] = [];
    for (const name of ['lang', 'xml:lang']) {
      const at = location.attrs?.[name];
      const range = at && attributeValueRange(source, at.startOffset, at.endOffset, name);
      if (range) replacements.push({ start: range.start, end: range.end, text: langValueSlot(source.slice(range.start, range.end)) });
    }
    if (!location.attrs?.lang) {
      const at = location.startTag.startOffset + '<html'.length;
      replacements.push({ start: at, end: at, text: LANG_ATTRIBUTE_SLOT });
    }
    return replacements;
  }
  let first = Infinity;
  for (const node of nodesInOrder(html)) first = Math.min(first, node.sourceCodeLocation?.startOffset ?? Infinity);
  return first === Infinity ? [] : [{ start: first, end: first, text: LANG_TAG_SLOT }];
}
