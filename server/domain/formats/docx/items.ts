// The inline content of one paragraph as a flat list of items, normalized so that what looks the same
// is the same:
// - runs become text items (one per run property set; adjacent ones with the same look are merged, so
//   runs split by Word for spell-checking, revision ids or language marks come back as one text) and
//   object items (tab, break, drawing, footnote reference, field character …: each a complete run of
//   its own with the run's properties); a merged run has the properties (w:lang included) of its first;
// - hyperlinks, smart tags, inline content controls, custom XML and bidi wrappers become containers;
// - tracked changes are accepted: w:ins / w:moveTo content is ordinary content, w:del / w:moveFrom
//   content and the move range marks are dropped (tracked changes of paragraph marks, of paragraph or
//   run properties and of tables live outside the rewritten content and stay as they are);
// - noise is dropped: w:proofErr, w:lastRenderedPageBreak (a layout cache Word rebuilds), Word's
//   "_GoBack" bookmark (where the cursor last was);
// - soft and non-breaking hyphens become U+00AD and U+2011 in the text;
// - a complete field (begin … separate … end in one paragraph) becomes one object, its result kept,
//   except a HYPERLINK field, which becomes a container like w:hyperlink (its result is the link text);
// - an object holding a text box is a box item: its paragraphs are translated on their own.
// Comments and XML processing instructions between runs are not content and are dropped.
import { firstChild, isW, MC_NAMESPACE, wAttribute, W_NAMESPACES, type XmlElement } from './xml';
import { escapeXmlText } from '../../xml/escape';

export type FieldMark = 'begin' | 'separate' | 'end';

export type InlineItem =
  | { kind: 'text'; text: string; rPr: string; key: string }
  /** `field`: a field character's type; `instruction`: a field instruction's text (w:instrText). */
  | { kind: 'object'; markup: string; key: string | null; field?: FieldMark; instruction?: string }
  | { kind: 'container'; start: string; end: string; items: InlineItem[] }
  /** `before` and `after` wrap the element: a run start and end, or nothing at paragraph level. */
  | { kind: 'box'; element: XmlElement; before: string; after: string };

export interface InlineContext {
  xml: string;
  /** The WordprocessingML prefix with its colon ("w:"), or "" for a default namespace. */
  w: string;
  /** w:id values of "_GoBack" bookmarks in the part. */
  goBack: Set<string>;
}

const DROPPED = new Set([
  'proofErr', 'lastRenderedPageBreak', 'moveFromRangeStart', 'moveFromRangeEnd', 'moveToRangeStart', 'moveToRangeEnd',
  'customXmlInsRangeStart', 'customXmlInsRangeEnd', 'customXmlDelRangeStart', 'customXmlDelRangeEnd',
  'customXmlMoveFromRangeStart', 'customXmlMoveFromRangeEnd', 'customXmlMoveToRangeStart', 'customXmlMoveToRangeEnd',
]);
const ACCEPTED = new Set(['ins', 'moveTo']);
const REJECTED = new Set(['del', 'moveFrom']);
/** Wrappers of inline content, with the element holding their properties (kept with the start tag). */
const CONTAINERS: Record<string, string | null> = { hyperlink: null, smartTag: 'smartTagPr', customXml: 'customXmlPr', dir: null, bdo: null };
const TEXT_CHARACTERS: Record<string, string> = { softHyphen: '\u00AD', noBreakHyphen: '\u2011' };

/** Attributes that record editing history, not looks. */
const HISTORY_ATTRIBUTE = /^rsid/;
/** Run properties that do not change how text looks: language and spell-check marks. */
const INVISIBLE_PROPERTIES = new Set(['lang', 'noProof']);

/** A canonical form of run properties for comparing looks: attribute order, history and language ignored. */
function canonical(element: XmlElement, top: boolean): string {
  const attributes = Object.values(element.attributes)
    .filter((a) => !HISTORY_ATTRIBUTE.test(a.local) && !(a.local === 'hint' && W_NAMESPACES.has(a.uri)) && a.prefix !== 'xmlns' && a.name !== 'xmlns')
    .map((a) => `${a.local}=${JSON.stringify(a.value)}`)
    .sort()
    .join(' ');
  const children = element.children
    .filter((child) => !(top && W_NAMESPACES.has(child.uri) && INVISIBLE_PROPERTIES.has(child.local)))
    .map((child) => canonical(child, false))
    .join('');
  return `<${element.local} ${attributes}>${children}</>`;
}

/** The look of run properties: "" for none (no w:rPr, an empty one, or one with only invisible marks). */
export const runPropertiesKey = (rPr: XmlElement | undefined): string => {
  const key = rPr ? canonical(rPr, true) : '';
  return key === `<${rPr?.local} ></>` ? '' : key;
};

export const slice = (ctx: InlineContext, element: XmlElement): string => ctx.xml.slice(element.start, element.end);

export const runStart = (w: string, rPr: string): string => `<${w}r>${rPr}`;
export const runEnd = (w: string): string => `</${w}r>`;

export function textRun(w: string, rPr: string, text: string): string {
  return `${runStart(w, rPr)}<${w}t xml:space="preserve">${escapeXmlText(text)}</${w}t>${runEnd(w)}`;
}

function pushText(out: InlineItem[], text: string, rPr: string, key: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last?.kind === 'text' && last.key === key) last.text += text;
  else out.push({ kind: 'text', text, rPr, key });
}

function run(ctx: InlineContext, element: XmlElement, out: InlineItem[]): void {
  const rPrElement = firstChild(element, 'rPr');
  const rPr = rPrElement ? slice(ctx, rPrElement) : '';
  const key = runPropertiesKey(rPrElement);
  for (const child of element.children) {
    if (child === rPrElement) continue;
    const local = W_NAMESPACES.has(child.uri) ? child.local : '';
    if (local === 't') pushText(out, child.text.replace(/\r\n|[\r\n]/g, ' '), rPr, key);
    else if (local in TEXT_CHARACTERS) pushText(out, TEXT_CHARACTERS[local] as string, rPr, key);
    else if (local === 'lastRenderedPageBreak' || local === 'delText' || local === 'delInstrText') continue;
    else if (child.holdsTextBox) out.push({ kind: 'box', element: child, before: runStart(ctx.w, rPr), after: runEnd(ctx.w) });
    else {
      const markup = runStart(ctx.w, rPr) + slice(ctx, child) + runEnd(ctx.w);
      const field = local === 'fldChar' ? (wAttribute(child, 'fldCharType') as FieldMark | undefined) : undefined;
      if (field) out.push({ kind: 'object', markup, key, field });
      else if (local === 'instrText') out.push({ kind: 'object', markup, key, instruction: child.text });
      else out.push({ kind: 'object', markup, key });
    }
  }
}

/** A wrapper's start markup (with its properties) and end markup, and the element holding its content. */
function containerParts(ctx: InlineContext, element: XmlElement): { start: string; end: string; content: XmlElement[] } | null {
  if (element.openEnd === element.end) return null;
  if (isW(element, 'sdt')) {
    const content = firstChild(element, 'sdtContent');
    if (!content || content.openEnd === content.end) return null;
    return { start: ctx.xml.slice(element.start, content.openEnd), end: ctx.xml.slice(content.closeStart, element.end), content: content.children };
  }
  const properties = CONTAINERS[element.local];
  const first = element.children[0];
  const withProperties = properties && first && isW(first, properties);
  return {
    start: ctx.xml.slice(element.start, withProperties ? first.end : element.openEnd),
    end: ctx.xml.slice(element.closeStart, element.end),
    content: withProperties ? element.children.slice(1) : element.children,
  };
}

function collect(ctx: InlineContext, children: XmlElement[], out: InlineItem[], skip?: XmlElement): void {
  for (const child of children) {
    if (child === skip) continue;
    const w = W_NAMESPACES.has(child.uri);
    const local = child.local;
    if (w && local === 'r') run(ctx, child, out);
    else if (w && ACCEPTED.has(local)) collect(ctx, child.children, out);
    else if (w && (REJECTED.has(local) || DROPPED.has(local))) continue;
    else if (w && (local === 'bookmarkStart' || local === 'bookmarkEnd') && ctx.goBack.has(wAttribute(child, 'id') ?? '')) continue;
    else if (child.holdsTextBox) out.push({ kind: 'box', element: child, before: '', after: '' });
    else if (w && (local in CONTAINERS || local === 'sdt')) {
      const parts = containerParts(ctx, child);
      if (!parts) {
        out.push({ kind: 'object', markup: slice(ctx, child), key: null });
        continue;
      }
      const items: InlineItem[] = [];
      collect(ctx, parts.content, items);
      out.push({ kind: 'container', start: parts.start, end: parts.end, items: groupFields(ctx, items) });
    } else out.push({ kind: 'object', markup: slice(ctx, child), key: null });
  }
}

/** Whether the paragraph's inline content holds tracked insertions or deletions. */
export function hasRevisions(element: XmlElement): boolean {
  return element.children.some(
    (child) => W_NAMESPACES.has(child.uri) && (ACCEPTED.has(child.local) || REJECTED.has(child.local) || (child.local !== 'r' && child.local !== 'pPr' && hasRevisions(child))),
  );
}

/** The markup of items rendered as they are (for a field made into one object). */
export function itemsMarkup(w: string, items: InlineItem[]): string {
  return items
    .map((item) => {
      if (item.kind === 'text') return textRun(w, item.rPr, item.text);
      if (item.kind === 'object') return item.markup;
      if (item.kind === 'container') return item.start + itemsMarkup(w, item.items) + item.end;
      throw new Error('a box cannot be rendered as markup');
    })
    .join('');
}

/** Where the field beginning at items[begin] separates and ends (nested fields skipped); end -1: not here. */
function fieldExtent(items: InlineItem[], begin: number): { separate: number; end: number } {
  let depth = 0;
  let separate = -1;
  for (let j = begin; j < items.length; j++) {
    const item = items[j] as InlineItem;
    if (item.kind === 'box') break;
    if (item.kind !== 'object' || !item.field) continue;
    if (item.field === 'begin') depth++;
    else if (item.field === 'separate' && depth === 1 && separate < 0) separate = j;
    else if (item.field === 'end' && --depth === 0) return { separate, end: j };
  }
  return { separate: -1, end: -1 };
}

/**
 * Makes each complete field (begin … end, no box inside) one object, its result kept as it is — except
 * a HYPERLINK field, whose result is the link's visible text: that becomes a container like w:hyperlink.
 */
function groupFields(ctx: InlineContext, items: InlineItem[]): InlineItem[] {
  const out: InlineItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as InlineItem;
    const { separate, end } = item.kind === 'object' && item.field === 'begin' ? fieldExtent(items, i) : { separate: -1, end: -1 };
    if (end < 0) {
      out.push(item);
      continue;
    }
    const instruction = items.slice(i, separate < 0 ? end : separate).map((part) => (part.kind === 'object' ? part.instruction ?? '' : '')).join('');
    if (/^\s*HYPERLINK\b/i.test(instruction) && separate >= 0 && end > separate + 1) {
      const start = itemsMarkup(ctx.w, items.slice(i, separate + 1));
      out.push({ kind: 'container', start, end: itemsMarkup(ctx.w, [items[end] as InlineItem]), items: groupFields(ctx, items.slice(separate + 1, end)) });
    } else {
      out.push({ kind: 'object', markup: itemsMarkup(ctx.w, items.slice(i, end + 1)), key: (item as { key: string | null }).key });
    }
    i = end;
  }
  return out;
}

/** The items of a paragraph's inline content (everything after its w:pPr). */
export function paragraphItems(ctx: InlineContext, paragraph: XmlElement): InlineItem[] {
  const items: InlineItem[] = [];
  collect(ctx, paragraph.children, items, firstChild(paragraph, 'pPr'));
  return groupFields(ctx, items);
}

/** mc:AlternateContent: its mc:Choice and mc:Fallback children. */
export function alternatives(element: XmlElement): { choices: XmlElement[]; fallback?: XmlElement } | null {
  if (element.local !== 'AlternateContent' || element.uri !== MC_NAMESPACE) return null;
  const inMc = (local: string) => element.children.filter((child) => child.local === local && child.uri === MC_NAMESPACE);
  return { choices: inMc('Choice'), fallback: inMc('Fallback')[0] };
}
