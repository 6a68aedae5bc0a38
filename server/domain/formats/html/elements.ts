// What each element is to translation. Elements not named here are blocks: their text is segmented on
// its own and their tags stay in the skeleton (unknown custom elements included, except Office's
// "o:p"-style names, which Word puts inside paragraphs).
import type { BlockKind } from '../../segments/types';
import { attribute, isHtmlElement, type HtmlElement } from './nodes';

/** Inline elements: paired placeholders around their text. */
const PAIRED_INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'blink', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'ins', 'kbd', 'mark', 'meter', 'nobr', 'output', 'picture', 'progress', 'q', 'rb', 'rp', 'rt', 'rtc', 'ruby',
  's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var',
]);

/** Void inline elements: a standalone placeholder each. */
const VOID_INLINE = new Set(['area', 'br', 'embed', 'img', 'input', 'param', 'source', 'track', 'wbr']);

/** Never translated, and inside a paragraph one standalone placeholder holding the whole element. */
const OPAQUE_INLINE = new Set([
  'audio', 'canvas', 'code', 'iframe', 'noembed', 'noframes', 'object', 'script', 'style', 'template', 'textarea',
  'video',
]);

/** Never translated, and a block of their own (preformatted text keeps its every space). */
const OPAQUE_BLOCK = new Set(['listing', 'plaintext', 'pre', 'xmp']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title']);

/** The block whose text a container's text belongs to, and whether it is one segment or split into sentences. */
export interface BlockContext {
  kind: BlockKind;
  whole: boolean;
  translate: boolean;
}

export const DOCUMENT_CONTEXT: BlockContext = { kind: 'paragraph', whole: false, translate: true };

export type ElementRole = 'paired' | 'void' | 'opaque' | 'opaque-block' | 'block';

export function roleOf(element: HtmlElement): ElementRole {
  // SVG and MathML (and anything else outside the HTML namespace) are objects, not text.
  if (!isHtmlElement(element)) return 'opaque';
  const name = element.tagName;
  if (PAIRED_INLINE.has(name) || name.includes(':')) return 'paired';
  if (VOID_INLINE.has(name)) return 'void';
  if (OPAQUE_INLINE.has(name)) return 'opaque';
  if (OPAQUE_BLOCK.has(name)) return 'opaque-block';
  return 'block';
}

/** Whether the element is translated, from its translate attribute or else its parent's. */
export function translates(element: HtmlElement, parent: boolean): boolean {
  const value = attribute(element, 'translate')?.trim().toLowerCase();
  if (value === 'no') return false;
  if (value === 'yes' || value === '') return true;
  return parent;
}

/** The context of a block element's own text. */
export function blockContext(element: HtmlElement, parent: BlockContext, translate: boolean): BlockContext {
  const name = element.tagName;
  if (HEADINGS.has(name)) return { kind: 'heading', whole: true, translate };
  if (name === 'li') return { kind: 'list_item', whole: false, translate };
  if (name === 'td' || name === 'th') return { kind: 'table_cell', whole: false, translate };
  if (name === 'blockquote') return { kind: 'blockquote', whole: false, translate };
  return { ...parent, translate };
}

const META_CONTENT = new Set(['description', 'og:title', 'og:description', 'twitter:title', 'twitter:description']);
const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);

/** The names of the element's attributes whose values are text to translate, in source order. */
export function translatableAttributes(element: HtmlElement): string[] {
  const name = element.tagName;
  const html = isHtmlElement(element);
  const inputType = name === 'input' ? (attribute(element, 'type') ?? '').trim().toLowerCase() : null;
  const metaName = name === 'meta' ? (attribute(element, 'name') ?? attribute(element, 'property') ?? '').trim().toLowerCase() : null;
  return element.attrs
    .filter((a) => {
      if (a.prefix) return false;
      switch (a.name) {
        case 'title':
        case 'aria-label':
          return true;
        case 'alt':
          return html && (name === 'img' || name === 'area' || inputType === 'image');
        case 'placeholder':
          return html && (name === 'input' || name === 'textarea');
        case 'value':
          return inputType !== null && BUTTON_INPUTS.has(inputType);
        case 'label':
          return html && (name === 'option' || name === 'optgroup' || name === 'track');
        case 'content':
          return metaName !== null && META_CONTENT.has(metaName);
        default:
          return false;
      }
    })
    .map((a) => a.name);
}
