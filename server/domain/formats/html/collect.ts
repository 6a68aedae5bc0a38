// Walks the parsed document (iteratively) and collects what is to be translated: the runs of inline
// content of every block, and the translatable attribute values. A block element's text that is not
// inside a child block is a run of its own ("<div>Intro <p>…</p> Schluss</div>": "Intro" and
// "Schluss"); an inline element that holds a block is a container like a block.
import { blockContext, DOCUMENT_CONTEXT, roleOf, translatableAttributes, translates, type BlockContext } from './elements';
import { isElement, isText, nodesInOrder, type HtmlElement, type HtmlNode, type HtmlParent } from './nodes';
import { alignDecoded, isCopyOf, ReferenceDecoder, type CharacterRanges } from './references';
import { contiguousParts, runText, type RunItem, type RunText } from './runs';
import type { HtmlTree } from './tree';

export interface CollectedBlock extends RunText {
  context: BlockContext;
}

export type AttributeQuote = '"' | "'" | '';

/** A translatable attribute value: its place in the source, its decoded text and how it is quoted. */
export interface CollectedAttribute {
  /** Where the element's start tag begins: the placeholder holding it, if any, begins there too. */
  tagStart: number;
  start: number;
  end: number;
  quote: AttributeQuote;
  value: string;
  /** Where each character of the value comes from; null when the value is a copy of the source. */
  ranges: CharacterRanges | null;
}

/** Where an attribute's value lies inside its location `name="value"`, null for a value-less attribute. */
export function attributeValueRange(
  content: string,
  start: number,
  end: number,
  name: string,
): { start: number; end: number; quote: AttributeQuote } | null {
  let p = start + name.length;
  while (p < end && /[\t\n\f\r ]/.test(content[p] as string)) p++;
  if (content[p] !== '=') return null;
  p++;
  while (p < end && /[\t\n\f\r ]/.test(content[p] as string)) p++;
  const quote = content[p];
  if (quote === '"' || quote === "'") return { start: p + 1, end: end - 1, quote };
  return { start: p, end, quote: '' };
}

class Collector {
  readonly blocks: CollectedBlock[] = [];
  readonly attributes: CollectedAttribute[] = [];
  private readonly decoder = new ReferenceDecoder();
  private readonly translate = new Map<HtmlParent | HtmlNode, boolean>();
  private readonly joins = new Map<HtmlElement, boolean>();
  /** Start offsets of every located token of the source, sorted. */
  private readonly claimed: number[] = [];
  /** Start tags already turned into markup (the parser's copies of formatting elements share them). */
  private readonly usedStartTags = new Set<number>();

  constructor(
    private readonly content: string,
    private readonly tree: HtmlTree,
  ) {
    this.prepare();
  }

  private prepare(): void {
    const order: HtmlElement[] = [];
    this.translate.set(this.tree.document, true);
    for (const node of nodesInOrder(this.tree.document)) {
      if (isText(node)) {
        for (const piece of this.tree.pieces.get(node) ?? []) this.claimed.push(piece.start);
      } else if (isElement(node)) {
        const location = node.sourceCodeLocation;
        if (location?.startTag) this.claimed.push(location.startTag.startOffset);
        if (location?.endTag) this.claimed.push(location.endTag.startOffset);
        const parent = node.parentNode ? (this.translate.get(node.parentNode) ?? true) : true;
        this.translate.set(node, translates(node, parent));
        order.push(node);
      } else if (node.sourceCodeLocation) this.claimed.push(node.sourceCodeLocation.startOffset);
    }
    this.claimed.sort((a, b) => a - b);
    // Children before parents: an inline element joins its parent's run unless a child of it does not.
    const breaks = new Set<HtmlElement>();
    for (let i = order.length - 1; i >= 0; i--) {
      const element = order[i] as HtmlElement;
      const role = roleOf(element);
      const own = this.translate.get(element) as boolean;
      const parent = element.parentNode ? (this.translate.get(element.parentNode) ?? true) : true;
      const joins =
        role === 'void' || role === 'opaque' || (role === 'paired' && !breaks.has(element) && (own === parent || !own));
      this.joins.set(element, joins);
      if (!joins && element.parentNode && isElement(element.parentNode)) breaks.add(element.parentNode);
    }
  }

  private claimedIn(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.claimed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.claimed[mid] as number) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.claimed.length && (this.claimed[lo] as number) < end;
  }

  /** Claims an element's start tag; false when it has none of its own. */
  private claimStartTag(element: HtmlElement): boolean {
    const startTag = element.sourceCodeLocation?.startTag;
    if (!startTag || this.usedStartTags.has(startTag.startOffset)) return false;
    this.usedStartTags.add(startTag.startOffset);
    return true;
  }

  private collectAttributes(element: HtmlElement): void {
    const location = element.sourceCodeLocation;
    if (!location?.startTag || !this.translate.get(element)) return;
    for (const name of translatableAttributes(element)) {
      const at = location.attrs?.[name];
      const range = at && attributeValueRange(this.content, at.startOffset, at.endOffset, name);
      if (!range) continue;
      const value = element.attrs.find((a) => a.name === name && !a.prefix)?.value ?? '';
      const copy = isCopyOf(this.content, range.start, range.end, value);
      const ranges = copy ? null : alignDecoded(this.content, range.start, range.end, value, 'attribute', this.decoder);
      if (copy || ranges) this.attributes.push({ tagStart: location.startTag.startOffset, ...range, value, ranges });
    }
  }

  walk(): void {
    interface Frame {
      parent: HtmlParent;
      index: number;
      context: BlockContext;
      run: HtmlNode[];
    }
    const stack: Frame[] = [{ parent: this.tree.document, index: 0, context: DOCUMENT_CONTEXT, run: [] }];
    while (stack.length) {
      const frame = stack[stack.length - 1] as Frame;
      const child = frame.parent.childNodes[frame.index++] as HtmlNode | undefined;
      if (!child) {
        this.flush(frame.run, frame.context);
        stack.pop();
        continue;
      }
      if (!isElement(child) || this.joins.get(child)) {
        frame.run.push(child);
        continue;
      }
      this.flush(frame.run, frame.context);
      frame.run = [];
      if (this.claimStartTag(child)) this.collectAttributes(child);
      if (roleOf(child) === 'opaque-block') continue;
      const translate = this.translate.get(child) as boolean;
      stack.push({ parent: child, index: 0, context: blockContext(child, frame.context, translate), run: [] });
    }
  }

  private textItems(node: HtmlNode, items: RunItem[]): void {
    if (!isText(node)) return;
    for (const { chars, start, end } of this.tree.pieces.get(node) ?? []) {
      if (isCopyOf(this.content, start, end, chars)) {
        items.push({ type: 'text', start, end, chars, ranges: null });
        continue;
      }
      const ranges = alignDecoded(this.content, start, end, chars, 'text', this.decoder);
      items.push(ranges ? { type: 'text', start, end, chars, ranges } : { type: 'standalone', start, end });
    }
  }

  /** The located items of a run's nodes, inline elements flattened. */
  private runItems(nodes: HtmlNode[]): RunItem[] {
    const items: RunItem[] = [];
    const stack: (HtmlNode | { closes: HtmlElement })[] = [...nodes].reverse();
    for (let entry = stack.pop(); entry; entry = stack.pop()) {
      if ('closes' in entry) {
        const endTag = entry.closes.sourceCodeLocation?.endTag;
        if (endTag) items.push({ type: 'close', start: endTag.startOffset, end: endTag.endOffset, key: entry.closes });
        continue;
      }
      if (!isElement(entry)) {
        const location = entry.sourceCodeLocation;
        if (isText(entry)) this.textItems(entry, items);
        else if (location) items.push({ type: 'standalone', start: location.startOffset, end: location.endOffset });
        continue;
      }
      const location = entry.sourceCodeLocation;
      const role = roleOf(entry);
      const own = this.claimStartTag(entry);
      if (own) this.collectAttributes(entry);
      if (role === 'paired' && this.translate.get(entry)) {
        const startTag = location?.startTag;
        if (own && startTag) items.push({ type: 'open', start: startTag.startOffset, end: startTag.endOffset, key: entry });
        stack.push({ closes: entry });
        for (let i = entry.childNodes.length - 1; i >= 0; i--) stack.push(entry.childNodes[i] as HtmlNode);
      } else if (own && location) {
        // A void element is its start tag; an object (code, script, svg, translate="no") is all of it.
        const end = role === 'void' ? (location.startTag?.endOffset ?? location.endOffset) : location.endOffset;
        items.push({ type: 'standalone', start: location.startOffset, end });
      }
    }
    return items;
  }

  private flush(run: HtmlNode[], context: BlockContext): void {
    if (!run.length || !context.translate) return;
    if (!run.some((node) => !isText(node) || /\S/.test(node.value))) return;
    for (const part of contiguousParts(this.runItems(run), (start, end) => this.claimedIn(start, end))) {
      if (part.some((item) => item.type === 'text')) this.blocks.push({ ...runText(this.content, part), context });
    }
  }
}

/** The blocks and translatable attribute values of a parsed document, in no particular order. */
export function collectTranslatable(content: string, tree: HtmlTree): { blocks: CollectedBlock[]; attributes: CollectedAttribute[] } {
  const collector = new Collector(content, tree);
  collector.walk();
  return { blocks: collector.blocks, attributes: collector.attributes };
}
