// The pieces of one run of inline content (the text of a paragraph, a cell, a div between its child
// blocks), located in the source, and how they become a block text: text with decoded characters,
// inline markup as placeholders. Every byte between a run's first and last piece is accounted for: a
// stretch the tree does not show (a stray end tag the parser dropped) becomes a standalone placeholder
// holding it, unless it holds markup of other nodes (text the parser moved out of a table), where the
// run is cut in two. Paired markup that does not nest in source order (the parser's repairs of
// misnested tags) becomes standalone placeholders, so a block's paired placeholders always nest.
import { BlockTextBuilder, type BlockText } from '../blockText';
import type { CharacterRanges } from './references';

export type RunItem =
  /** Text as parsed; `ranges` null when it is a copy of the source (no references or line endings to normalize). */
  | { type: 'text'; start: number; end: number; chars: string; ranges: CharacterRanges | null }
  | { type: 'open' | 'close'; start: number; end: number; key: object }
  | { type: 'standalone'; start: number; end: number };

/** A block text, and the block-wide id of the placeholder of each tag, by where the tag's markup starts. */
export interface RunText {
  text: BlockText;
  tagIds: Map<number, number>;
}

const isHtmlSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

// Whitespace holding a line break becomes one "\n" standing for all of it (the line break and the
// indentation of source formatting): translators see "\n", the export puts the original back.
const hasLineBreak = (whitespace: string) => whitespace.includes('\n') || whitespace.includes('\r');

/** Text copied from content[start, end), whitespace with line breaks as line breaks. */
function copiedText(builder: BlockTextBuilder, content: string, start: number, end: number): void {
  let last = start;
  for (let i = start; i < end; i++) {
    const c = content.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    let from = i;
    while (from > last && isHtmlSpace(content.charCodeAt(from - 1))) from--;
    let to = i + 1;
    while (to < end && isHtmlSpace(content.charCodeAt(to))) to++;
    builder.raw(last, from).lineBreak(from, to);
    last = to;
    i = to - 1;
  }
  builder.raw(last, end);
}

/** Decoded text with the source range of each character, whitespace with line breaks as line breaks. */
function collapseLineBreaks(chars: string, ranges: CharacterRanges): { text: string; starts: number[]; ends: number[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < chars.length; ) {
    if (!isHtmlSpace(chars.charCodeAt(i))) {
      text += chars[i];
      starts.push(ranges.starts[i] as number);
      ends.push(ranges.ends[i] as number);
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && isHtmlSpace(chars.charCodeAt(j))) j++;
    if (hasLineBreak(chars.slice(i, j))) {
      text += '\n';
      starts.push(ranges.starts[i] as number);
      ends.push(ranges.ends[j - 1] as number);
    } else {
      text += chars.slice(i, j);
      for (let k = i; k < j; k++) {
        starts.push(ranges.starts[k] as number);
        ends.push(ranges.ends[k] as number);
      }
    }
    i = j;
  }
  return { text, starts, ends };
}

/**
 * Sorts the items by position and cuts them into parts that each cover one stretch of the source.
 * `claimedIn(start, end)` says whether other nodes' markup starts inside [start, end). Returns [] when
 * items overlap (then the run stays untouched in the skeleton).
 */
export function contiguousParts(items: RunItem[], claimedIn: (start: number, end: number) => boolean): RunItem[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const parts: RunItem[][] = [];
  let part: RunItem[] = [];
  for (const item of sorted) {
    const last = part[part.length - 1];
    if (last && item.start < last.end) return [];
    if (last && item.start > last.end) {
      if (claimedIn(last.end, item.start)) {
        parts.push(part);
        part = [];
      } else part.push({ type: 'standalone', start: last.end, end: item.start });
    }
    part.push(item);
  }
  if (part.length) parts.push(part);
  return parts;
}

/** The indexes of open and close items that do not form a well-nested pair within the part. */
function unpairedMarkup(items: RunItem[]): Set<number> {
  const unpaired = new Set<number>();
  const open: number[] = [];
  items.forEach((item, index) => {
    if (item.type === 'open') open.push(index);
    if (item.type !== 'close') return;
    const at = open.findLastIndex((o) => (items[o] as { key: object }).key === item.key);
    if (at < 0) {
      unpaired.add(index);
      return;
    }
    // Crossing pairs: the closed one and every one opened inside it but still open lose their pairing.
    if (at !== open.length - 1) {
      unpaired.add(index);
      for (const o of open.splice(at)) unpaired.add(o);
      return;
    }
    open.pop();
  });
  for (const o of open) unpaired.add(o);
  return unpaired;
}

const isBlank = (item: RunItem) => item.type === 'text' && !/[^\t\n\f\r ]/.test(item.chars);

/**
 * The indexes of paired elements wrapping all of the part's text ("<p><span style=…>Ganzer Absatz.
 * Zwei Sätze.</span></p>", as word processors write): their markup stays in the skeleton, for the
 * sentence rules never split inside a pair of placeholders.
 */
function wrappers(items: RunItem[], unpaired: Set<number>): Set<number> {
  const peeled = new Set<number>();
  let first = 0;
  let last = items.length - 1;
  for (;;) {
    while (first < last && isBlank(items[first] as RunItem)) first++;
    while (last > first && isBlank(items[last] as RunItem)) last--;
    const open = items[first] as RunItem;
    const close = items[last] as RunItem;
    if (first >= last || open.type !== 'open' || close.type !== 'close' || open.key !== close.key) return peeled;
    if (unpaired.has(first) || unpaired.has(last)) return peeled;
    peeled.add(first++).add(last--);
  }
}

/** The block text of one contiguous part of a run. */
export function runText(content: string, items: RunItem[]): RunText {
  const builder = new BlockTextBuilder(content);
  const tagIds = new Map<number, number>();
  const ids = new Map<object, number>();
  const unpaired = unpairedMarkup(items);
  const peeled = wrappers(items, unpaired);
  items.forEach((item, index) => {
    if (peeled.has(index)) return;
    if (item.type === 'text' && !item.ranges) copiedText(builder, content, item.start, item.end);
    else if (item.type === 'text') {
      const { text, starts, ends } = collapseLineBreaks(item.chars, item.ranges as CharacterRanges);
      builder.decoded(text, starts, ends);
    } else if (item.type === 'standalone' || unpaired.has(index)) {
      tagIds.set(item.start, builder.standalone(item.start, item.end));
    } else if (item.type === 'open') {
      const id = builder.open(item.start, item.end);
      ids.set(item.key, id);
      tagIds.set(item.start, id);
    } else {
      builder.close(ids.get(item.key) as number, item.start, item.end);
    }
  });
  return { text: builder.build(), tagIds };
}
