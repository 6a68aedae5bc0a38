// The page's own title: the text of its first HTML <title> element (an SVG <title> is not one).
import { elementsInOrder, isHtmlElement, isText, type HtmlDocument } from './nodes';

/** The <title> text with its whitespace collapsed; undefined when there is none or it is blank. */
export function pageTitle(document: HtmlDocument): string | undefined {
  for (const element of elementsInOrder(document)) {
    if (!isHtmlElement(element) || element.tagName !== 'title') continue;
    const text = element.childNodes.map((node) => (isText(node) ? node.value : '')).join('');
    return text.replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}
