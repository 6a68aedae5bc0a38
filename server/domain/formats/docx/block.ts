// From a paragraph's items to its text with placeholders, its segments, and the template that replaces
// its inline content in the skeleton.
//
// Each scope (the paragraph, or the inside of a hyperlink …) has a usual look (see usualLook). Text with
// that look is plain text; a stretch with another look becomes a paired placeholder; a wrapper becomes
// one paired placeholder (its inner usual look goes with it, so a link is `{1}Grenzraumstudie{/1}` and
// not `{1}{2}…{/2}{/1}`); objects and marks become standalone ones. See ./inline.ts for the tags.
//
// Segments are the block's sentences (or the whole block for headings). Whitespace and placeholders at
// a segment's edges stay in the skeleton: a footnote reference after a sentence, a bookmark before a
// heading, a break at the end, and a pair around the whole segment (a paragraph that is one link or
// all bold) — the segment then starts in that pair's run. An object holding a text box is no segment
// boundary in Word, but is one here: its own paragraphs are segments, the text before and after it are
// separate blocks.
import {
  formatPlaceholder, literalPlaceholderRanges, pairPlaceholders, renumberPlaceholders, splitPlaceholders, type PlaceholderPart,
} from '../../segmentation/placeholders';
import type { SegmentationRules } from '../../segmentation/rules';
import type { BlockKind, InlineTag } from '../../segments/types';
import type { ParsedSegment, SourceLanguage } from '../model';
import { sentenceSpans } from '../../segmentation/sentences';
import { extractSegments } from '../segments';
import { marker } from '../skeleton';
import { renderInline, textRuns } from './inline';
import { runEnd, runStart, type InlineItem } from './items';

type BoxItem = Extract<InlineItem, { kind: 'box' }>;

/** An object inside a stretch of text, for finding the stretch's sentences. */
const OBJECT = '\uFFFC';

export interface Block {
  text: string;
  /** Block-wide tags, ids 1, 2, …; a box's tag gets its markup once its paragraphs are done. */
  tags: InlineTag[];
  /** The run start (`<w:r>` + properties) of the paragraph's usual look. */
  runStart: string;
  boxes: Map<number, BoxItem>;
}

interface Look {
  key: string;
  rPr: string;
}

/**
 * The scope's usual look: the one whose stretches are most numerous, so that the fewest stretches become
 * placeholders ("Das *Ministerium* hatte eingeladen." is plain with one italic pair, even if the italic
 * words are more than the plain ones); on a tie the one with most text, then the first.
 */
function usualLook(items: InlineItem[]): Look {
  const looks = new Map<string, Look & { stretches: number; chars: number }>();
  let previous: string | null = null;
  for (const item of items) {
    if (item.kind === 'text') {
      const look = looks.get(item.key) ?? { key: item.key, rPr: item.rPr, stretches: 0, chars: 0 };
      if (item.key !== previous) look.stretches++;
      look.chars += item.text.length;
      looks.set(item.key, look);
      previous = item.key;
    } else if (item.kind !== 'object' || item.key !== previous) previous = null;
  }
  let best: (Look & { stretches: number; chars: number }) | undefined;
  for (const look of looks.values()) {
    if (!best || look.stretches > best.stretches || (look.stretches === best.stretches && look.chars > best.chars)) best = look;
  }
  return best ?? { key: '', rPr: '' };
}

class BlockBuilder {
  text = '';
  readonly tags: InlineTag[] = [];
  readonly boxes = new Map<number, BoxItem>();

  constructor(
    private readonly w: string,
    private readonly sentences: SentenceOptions | null,
  ) {}

  standalone(markup: string): number {
    const id = this.tags.length + 1;
    this.tags.push({ id, type: 'standalone', open: markup, close: '' });
    this.text += formatPlaceholder('standalone', id);
    return id;
  }

  open(open: string, close: string): number {
    const id = this.tags.length + 1;
    this.tags.push({ id, type: 'paired', open, close });
    this.text += formatPlaceholder('open', id);
    return id;
  }

  close(id: number): void {
    this.text += formatPlaceholder('close', id);
  }

  /** Text as it is; placeholder-shaped literals ("{1}") become objects writing that literal. */
  plain(text: string, start: string): void {
    let last = 0;
    for (const range of literalPlaceholderRanges(text)) {
      this.text += text.slice(last, range.start);
      this.standalone(textRuns(text.slice(range.start, range.end), start));
      last = range.end;
    }
    this.text += text.slice(last);
  }

  scope(items: InlineItem[], look: Look): void {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as InlineItem;
      if (item.kind === 'text' && item.key === look.key) this.plain(item.text, runStart(this.w, look.rPr));
      else if (item.kind === 'text') i = this.span(items, i, look);
      else if (item.kind === 'object') this.standalone(item.markup);
      else if (item.kind === 'box') this.boxes.set(this.standalone(''), item);
      else {
        const inner = usualLook(item.items);
        const id = this.open(item.start + runStart(this.w, inner.rPr), runEnd(this.w) + item.end);
        this.scope(item.items, inner);
        this.close(id);
      }
    }
  }

  /**
   * A stretch of another look from items[from]: its text and objects up to its last text, as one pair,
   * or as one pair per sentence when it holds several (a pair is never split into segments, so an
   * italic passage of three sentences would otherwise be one segment). Returns the last index taken.
   */
  private span(items: InlineItem[], from: number, look: Look): number {
    const first = items[from] as Extract<InlineItem, { kind: 'text' }>;
    let last = from;
    for (let j = from + 1; j < items.length; j++) {
      const item = items[j] as InlineItem;
      if ((item.kind !== 'text' && item.kind !== 'object') || item.key !== first.key) break;
      if (item.kind === 'text') last = j;
    }
    const taken = items.slice(from, last + 1) as Extract<InlineItem, { kind: 'text' | 'object' }>[];
    const text = taken.map((item) => (item.kind === 'text' ? item.text : OBJECT)).join('');
    const sentences = this.sentences ? sentenceSpans(text, this.sentences.lang, this.sentences.rules) : [];
    const start = runStart(this.w, first.rPr);
    const emit = (a: number, b: number) => {
      let at = 0;
      for (const item of taken) {
        const length = item.kind === 'text' ? item.text.length : 1;
        const [s, e] = [Math.max(a, at), Math.min(b, at + length)];
        if (s < e) {
          if (item.kind === 'text') this.plain(item.text.slice(s - at, e - at), start);
          else this.standalone(item.markup);
        }
        at += length;
      }
    };
    const pair = (a: number, b: number) => {
      const id = this.open(start, runEnd(this.w));
      emit(a, b);
      this.close(id);
    };
    if (sentences.length < 2) pair(0, text.length);
    else {
      sentences.forEach((sentence, k) => {
        pair(k === 0 ? 0 : sentence.start, k === sentences.length - 1 ? text.length : sentence.end);
        const next = sentences[k + 1];
        if (next) {
          const gap = text.slice(sentence.end, next.start);
          // Whitespace between sentences: in the usual look, outside the pairs, where a sentence may end.
          this.plain(gap, runStart(this.w, look.rPr));
        }
      });
    }
    return last;
  }
}

/** For splitting stretches of another look at sentence ends; null for blocks kept whole (headings). */
export interface SentenceOptions {
  lang: SourceLanguage;
  rules?: SegmentationRules;
}

export function buildBlock(items: InlineItem[], w: string, sentences: SentenceOptions | null): Block {
  const builder = new BlockBuilder(w, sentences);
  const look = usualLook(items);
  builder.scope(items, look);
  return { text: builder.text, tags: builder.tags, runStart: runStart(w, look.rPr), boxes: builder.boxes };
}

export interface SegmentSpan {
  start: number;
  end: number;
  segment: ParsedSegment;
}

export type BlockPiece = ({ kind: 'segment' } & SegmentSpan) | { kind: 'box'; id: number };

export interface SegmentOptions {
  kind: BlockKind;
  lang: SourceLanguage;
  rules?: SegmentationRules;
}

/** Where placeholders start and end, and which open one closes where. */
class Edges {
  readonly startsAt = new Map<number, PlaceholderPart>();
  readonly endsAt = new Map<number, PlaceholderPart>();
  readonly partner = new Map<number, PlaceholderPart>();

  constructor(text: string) {
    const parts = splitPlaceholders(text);
    const paired = pairPlaceholders(parts);
    const open: PlaceholderPart[] = [];
    parts.forEach((part, index) => {
      if (part.kind === 'text') return;
      this.startsAt.set(part.start, part);
      this.endsAt.set(part.end, part);
      if (!paired.has(index)) return;
      if (part.kind === 'open') open.push(part);
      else if (part.kind === 'close') this.partner.set((open.pop() as PlaceholderPart).start, part);
    });
  }

  /** The range without the whitespace, standalone placeholders and enclosing pairs at its edges. */
  peel(text: string, start: number, end: number): [number, number] {
    for (;;) {
      while (start < end && /\s/.test(text[start] as string)) start++;
      while (end > start && /\s/.test(text[end - 1] as string)) end--;
      const first = this.startsAt.get(start);
      const last = this.endsAt.get(end);
      if (first?.kind === 'standalone' && first.end <= end) start = first.end;
      else if (last?.kind === 'standalone' && last.start >= start) end = last.start;
      else if (first?.kind === 'open' && this.partner.get(start)?.end === end) {
        start = first.end;
        end = (this.partner.get(first.start) as PlaceholderPart).start;
      } else return [start, end];
    }
  }
}

/** The block's segments and boxes, in document order. */
export function blockPieces(block: Block, options: SegmentOptions): BlockPiece[] {
  const { text, tags } = block;
  if (!text.trim()) return [];
  const tagsById = new Map(tags.map((tag) => [tag.id, tag]));
  const edges = new Edges(text);
  const pieces: BlockPiece[] = [];
  const region = (from: number, to: number) => {
    if (to <= from) return;
    // The block text is its own content: character i stands for offset i.
    const starts = new Array<number>(to - from);
    const ends = new Array<number>(to - from);
    for (let i = 0; i < to - from; i++) {
      starts[i] = from + i;
      ends[i] = from + i + 1;
    }
    const regionText = { text: text.slice(from, to), starts, ends, tags };
    const extracted = extractSegments(text, regionText, { kind: options.kind, lang: options.lang, rules: options.rules, sentences: options.kind !== 'heading' });
    for (const { segment, slot } of extracted) {
      const [start, end] = edges.peel(text, slot.start, slot.end);
      const peeled = start === slot.start && end === slot.end ? segment : { ...segment, ...renumber(text.slice(start, end), tagsById) };
      pieces.push({ kind: 'segment', start, end, segment: peeled });
    }
  };
  let from = 0;
  for (const id of block.boxes.keys()) {
    const at = text.indexOf(formatPlaceholder('standalone', id), from);
    region(from, at);
    pieces.push({ kind: 'box', id });
    from = at + formatPlaceholder('standalone', id).length;
  }
  region(from, text.length);
  return pieces;
}

function renumber(text: string, tagsById: Map<number, InlineTag>): { source: string; tags: InlineTag[] } {
  const { text: source, tags } = renumberPlaceholders(text, tagsById);
  return { source, tags };
}

/** The block's inline markup with segment i at its place as skeleton marker i (its run start as the break). */
export function blockTemplate(block: Block, holes: { start: number; end: number; index: number }[]): string {
  let text = '';
  let last = 0;
  for (const hole of holes) {
    text += `${block.text.slice(last, hole.start)}\uE000${hole.index}\uE001`;
    last = hole.end;
  }
  text += block.text.slice(last);
  return renderInline(text, block.tags, block.runStart, { hole: (index, start) => marker(index, [start]) });
}
