// Markdown (CommonMark + tables + strikethrough, parsed by markdown-it): headings (one segment each),
// paragraphs, list items, blockquotes and table cells (split into sentences) are translated; code
// blocks, HTML blocks, thematic breaks, link reference definitions and a leading front matter stay in
// the skeleton untouched. Each block's text is located in the original through markdown-it's line maps
// (./source.ts), its inline markup turned into placeholders (./inline.ts). Lists and quotes nested
// deeper than MAX_MARKDOWN_NESTING are refused (markdown_too_deep): markdown-it stops parsing at its
// nesting limit and the rest would be lost. Every line with a letter must be read, as a segmented block
// or as kept markup (../coverage.ts), or the document is refused (text_not_segmented).
import type { SegmentationRules } from '../../segmentation/rules';
import MarkdownIt from 'markdown-it';
import { InvalidInput } from '../../errors';
import { assertLinesCovered, markLines } from '../coverage';
import type { BlockKind } from '../../segments/types';
import type { BlockText } from '../blockText';
import { splitLines, type Line } from '../lines';
import { InlineMismatch, inlineBlockText, plainBlockText } from './inline';
import { ATX_HEADING_TRAILER, mapLines, mapTableRow, PARAGRAPH_TRAILER, type ContentMap } from './source';
import type { ParsedDocument, SourceLanguage } from '../model';
import { assembleDocument, extractSegments, type SegmentPiece } from '../segments';

type Token = MarkdownIt.Token;

/** Block quotes and list items inside each other; deeper is refused. A real document rarely needs 10. */
export const MAX_MARKDOWN_NESTING = 40;

// markdown-it's own limit counts token levels (a list item is two: the list and the item) and must stay
// above ours, so a document too deep for it shows more than MAX_MARKDOWN_NESTING containers first.
// (maxNesting is a preset option @types/markdown-it does not list.)
const md = new MarkdownIt('default', { html: true, maxNesting: 2 * MAX_MARKDOWN_NESTING + 20 } as MarkdownIt.Options);
// Keep escapes and entities as separate tokens that remember their original text.
md.core.ruler.disable('text_join');

interface ParseEnv {
  /** Source lines of link reference definitions, which leave no token: [first, after last). */
  referenceLines?: [number, number][];
}

// A reference definition ("[1]: https://… 'Titel'") is markup kept in the skeleton; record its lines.
type BlockRule = (state: { line: number; env: ParseEnv }, startLine: number, endLine: number, silent: boolean) => boolean;
const blockRules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] }).__rules__;
const { fn: reference, alt: referenceAlt } = blockRules.find((rule) => rule.name === 'reference') as { fn: BlockRule; alt: string[] };
const readReference: BlockRule = (state, startLine, endLine, silent) => {
  const found = reference(state, startLine, endLine, silent);
  if (found && !silent) (state.env.referenceLines ??= []).push([startLine, state.line]);
  return found;
};
md.block.ruler.at('reference', readReference as never, { alt: [...referenceAlt] });

/** Blocks kept in the skeleton as they are: their lines are read, not lost. */
const KEPT_BLOCKS = new Set(['code_block', 'fence', 'html_block', 'hr', 'table_open']);

const TASK_BOX = /^\[[ xX]\][ \t]+/;

/** Lines of a YAML ("---") or TOML ("+++") front matter at the very start, 0 when there is none. */
function frontMatterLines(content: string, lines: Line[]): number {
  const text = (i: number) => content.slice((lines[i] as Line).start, (lines[i] as Line).end).trimEnd();
  const fence = lines.length > 1 ? text(0) : '';
  if (fence !== '---' && fence !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = text(i);
    if (line === fence || (fence === '---' && line === '...')) return i + 1;
  }
  return 0;
}

class MarkdownDocument {
  readonly pieces: SegmentPiece[] = [];
  private readonly lines: Line[];
  private readonly env: ParseEnv = {};
  private readonly tokens: Token[];
  /** Per source line: read as a block or as kept markup (../coverage.ts). */
  private readonly covered: boolean[];

  constructor(
    private readonly content: string,
    private readonly lang: SourceLanguage,
    private readonly rules?: SegmentationRules,
  ) {
    this.lines = splitLines(content);
    const skipped = frontMatterLines(content, this.lines);
    const text = this.lines.map((line, i) => (i < skipped ? '' : content.slice(line.start, line.end))).join('\n');
    this.tokens = md.parse(text, this.env);
    this.covered = this.lines.map((_line, i) => i < skipped);
  }

  private blockText(inline: Token, map: ContentMap): BlockText {
    try {
      return inlineBlockText(md, this.env, inline, map, this.content);
    } catch (error) {
      if (!(error instanceof InlineMismatch)) throw error;
      return plainBlockText(inline.content, map, this.content);
    }
  }

  private add(inline: Token, map: ContentMap | null, kind: BlockKind, lines: [number, number] | null): void {
    if (!inline.content.trim()) return;
    if (!map) return; // not located: its lines stay unread, and the coverage check refuses the document
    if (lines) markLines(this.covered, lines);
    const block = this.blockText(inline, map);
    const skip = kind === 'list_item' ? (TASK_BOX.exec(block.text)?.[0].length ?? 0) : 0;
    const sentences = kind !== 'heading';
    for (const piece of extractSegments(this.content, block, { kind, lang: this.lang, sentences, skip, rules: this.rules })) this.pieces.push(piece); // no spread: see text.ts
  }

  private lineMap(inline: Token, trailer: RegExp): ContentMap | null {
    if (!inline.map) return null;
    return mapLines(inline.content, this.content, this.lines, inline.map[0], trailer);
  }

  /** Cells of the row opened at `index`; returns the index of its tr_close. */
  private row(index: number): number {
    const rowLine = this.lines[(this.tokens[index] as Token).map?.[0] ?? -1];
    const cells: Token[] = [];
    let i = index + 1;
    for (; i < this.tokens.length && (this.tokens[i] as Token).type !== 'tr_close'; i++) {
      if ((this.tokens[i] as Token).type === 'inline') cells.push(this.tokens[i] as Token);
    }
    if (rowLine) {
      const maps = mapTableRow(cells.map((cell) => cell.content), this.content, rowLine);
      cells.forEach((cell, c) => this.add(cell, maps[c] ?? null, 'table_cell', null));
    }
    return i;
  }

  parse(): ParsedDocument {
    const containers: BlockKind[] = [];
    const enter = (kind: BlockKind, token: Token) => {
      containers.push(kind);
      if (containers.length > MAX_MARKDOWN_NESTING) {
        const line = (token.map?.[0] ?? 0) + 1;
        throw new InvalidInput(`lists and quotes nested more than ${MAX_MARKDOWN_NESTING} levels deep (line ${line})`, { limit: MAX_MARKDOWN_NESTING, line }, 'markdown_too_deep');
      }
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      const next = this.tokens[i + 1] as Token;
      if (KEPT_BLOCKS.has(token.type) && token.map) markLines(this.covered, token.map);
      switch (token.type) {
        case 'blockquote_open':
          enter('blockquote', token);
          break;
        case 'list_item_open':
          enter('list_item', token);
          break;
        case 'blockquote_close':
        case 'list_item_close':
          containers.pop();
          break;
        case 'heading_open': {
          const trailer = token.markup.startsWith('#') ? ATX_HEADING_TRAILER : PARAGRAPH_TRAILER;
          this.add(next, this.lineMap(next, trailer), 'heading', token.map);
          break;
        }
        case 'paragraph_open':
          this.add(next, this.lineMap(next, PARAGRAPH_TRAILER), containers[containers.length - 1] ?? 'paragraph', token.map);
          break;
        case 'tr_open':
          i = this.row(i);
          break;
        default:
          break;
      }
    }
    for (const lines of this.env.referenceLines ?? []) markLines(this.covered, lines);
    assertLinesCovered(this.content, this.lines, this.covered);
    return assembleDocument(this.content, this.pieces);
  }
}

export function parseMarkdown(content: string, lang: SourceLanguage, rules?: SegmentationRules): ParsedDocument {
  return new MarkdownDocument(content, lang, rules).parse();
}

/** A line break a translator adds where the original had none: a space, which never breaks structure. */
export const MARKDOWN_FALLBACK_BREAK = ' ';
