// parse5's tree as the HTML format sees it. Every walk over it is iterative: a document nested
// hundreds of levels deep must not use the call stack.
import { html, type DefaultTreeAdapterTypes } from 'parse5';

export type HtmlDocument = DefaultTreeAdapterTypes.Document;
export type HtmlParent = DefaultTreeAdapterTypes.ParentNode;
export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlText = DefaultTreeAdapterTypes.TextNode;

export function isElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is HtmlText {
  return node.nodeName === '#text';
}

export function isHtmlElement(node: HtmlNode | HtmlParent): node is HtmlElement {
  return isElement(node) && node.namespaceURI === html.NS.HTML;
}

/** An attribute's value, null when the element does not have it (names are lower case). */
export function attribute(element: HtmlElement, name: string): string | null {
  const found = element.attrs.find((a) => a.name === name && !a.prefix);
  return found ? found.value : null;
}

function childrenOf(node: HtmlParent | HtmlNode): HtmlNode[] {
  return 'childNodes' in node ? (node.childNodes as HtmlNode[]) : [];
}

/** Every node under `root` (not `root` itself) in document order; template contents are not entered. */
export function* nodesInOrder(root: HtmlParent): Generator<HtmlNode> {
  const stack: HtmlNode[] = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as HtmlNode);
  }
}

export function* elementsInOrder(root: HtmlParent): Generator<HtmlElement> {
  for (const node of nodesInOrder(root)) if (isElement(node)) yield node;
}
