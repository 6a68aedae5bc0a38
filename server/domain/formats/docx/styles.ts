// What a paragraph is, for the segment's kind: a heading (its style is a heading or title, or it has an
// outline level), a list item (numbering in its properties or its style), a table cell, or a paragraph.
// Styles inherit through w:basedOn, read from word/styles.xml (which is never changed here, except for
// its languages on export: see ./language.ts).
import type { BlockKind } from '../../segments/types';
import { firstChild, isW, wAttribute, type XmlElement } from './xml';

export interface ParagraphStyles {
  headings: Set<string>;
  lists: Set<string>;
}

export const NO_STYLES: ParagraphStyles = { headings: new Set(), lists: new Set() };

const HEADING_NAME = /^(heading \d|title)$/i;
const MAX_BASED_ON = 32;

interface StyleFacts {
  basedOn?: string;
  heading?: boolean;
  list?: boolean;
}

/** Whether paragraph properties say heading (outline level 0–8) or list (numbering other than 0). */
function propertyFacts(pPr: XmlElement | undefined): { heading?: boolean; list?: boolean } {
  if (!pPr) return {};
  const facts: { heading?: boolean; list?: boolean } = {};
  const outline = firstChild(pPr, 'outlineLvl');
  if (outline) facts.heading = Number(wAttribute(outline, 'val')) < 9;
  const numId = firstChild(pPr, 'numPr') && firstChild(firstChild(pPr, 'numPr') as XmlElement, 'numId');
  if (numId) facts.list = wAttribute(numId, 'val') !== '0';
  return facts;
}

/** Heading and list paragraph styles of word/styles.xml's root element. */
export function paragraphStyles(root: XmlElement): ParagraphStyles {
  const facts = new Map<string, StyleFacts>();
  for (const style of root.children) {
    if (!isW(style, 'style') || wAttribute(style, 'type') !== 'paragraph') continue;
    const id = wAttribute(style, 'styleId');
    if (id === undefined) continue;
    const name = firstChild(style, 'name');
    const basedOn = firstChild(style, 'basedOn');
    const own = propertyFacts(firstChild(style, 'pPr'));
    if (name && HEADING_NAME.test(wAttribute(name, 'val') ?? '')) own.heading = true;
    facts.set(id, { basedOn: basedOn && wAttribute(basedOn, 'val'), ...own });
  }
  const inherited = (id: string, fact: 'heading' | 'list'): boolean => {
    let current: string | undefined = id;
    for (let hops = 0; current !== undefined && hops < MAX_BASED_ON; hops++) {
      const style = facts.get(current);
      if (!style) return false;
      if (style[fact] !== undefined) return style[fact] as boolean;
      current = style.basedOn;
    }
    return false;
  };
  const styles: ParagraphStyles = { headings: new Set(), lists: new Set() };
  for (const id of facts.keys()) {
    if (inherited(id, 'heading')) styles.headings.add(id);
    if (inherited(id, 'list')) styles.lists.add(id);
  }
  return styles;
}

/** The kind of a paragraph's segments. */
export function paragraphKind(pPr: XmlElement | undefined, styles: ParagraphStyles, inTableCell: boolean): BlockKind {
  const own = propertyFacts(pPr);
  const styleElement = pPr && firstChild(pPr, 'pStyle');
  const style = styleElement ? wAttribute(styleElement, 'val') : undefined;
  if (own.heading ?? (style !== undefined && styles.headings.has(style))) return 'heading';
  if (own.list ?? (style !== undefined && styles.lists.has(style))) return 'list_item';
  return inTableCell ? 'table_cell' : 'paragraph';
}
