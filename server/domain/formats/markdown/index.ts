// Markdown (CommonMark + tables + strikethrough, parsed by markdown-it): headings (one segment each),
// paragraphs, list items, blockquotes and table cells (split into sentences) are translated; code
// blocks, HTML blocks, thematic breaks, link reference definitions and a leading front matter stay in
// the skeleton untouched. Each block's text is located in the original through markdown-it's line maps
// (./source.ts), its inline markup turned into placeholders (./inline.ts).
import type { SegmentationRules } from '../../segmentation/rules';
import MarkdownIt from 'markdown-it';
import type { BlockKind } from '../../segments/types';
import type { BlockText } from '../blockText';
import { splitLines, type Line } from '../lines';
import { InlineMismatch, inlineBlockText, plainBlockText } from './inline';
import { ATX_HEADING_TRAILER, mapLines, mapTableRow, PARAGRAPH_TRAILER, type ContentMap } from './source';
import type { ParsedDocument, SourceLanguage } from '../model';
import { assembleDocument, extractSegments, type SegmentPiece } from '../segments';

type Token = MarkdownIt.Token;

const md = new MarkdownIt('default', { html: true });
// Keep escapes and entities as separate tokens that remember their original text.
md.core.ruler.disable('text_join');

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
  private readonly env: object = {};
  private readonly tokens: Token[];

  constructor(
    private readonly content: string,
    private readonly lang: SourceLanguage,
    private readonly rules?: SegmentationRules,
  ) {
    this.lines = splitLines(content);
    const skipped = frontMatterLines(content, this.lines);
    const text = this.lines.map((line, i) => (i < skipped ? '' : content.slice(line.start, line.end))).join('\n');
    this.tokens = md.parse(text, this.env);
  }

  private blockText(inline: Token, map: ContentMap): BlockText {
    try {
      return inlineBlockText(md, this.env, inline, map, this.content);
    } catch (error) {
      if (!(error instanceof InlineMismatch)) throw error;
      return plainBlockText(inline.content, map, this.content);
    }
  }

  private add(inline: Token, map: ContentMap | null, kind: BlockKind): void {
    if (!map || !inline.content.trim()) return;
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
      cells.forEach((cell, c) => this.add(cell, maps[c] ?? null, 'table_cell'));
    }
    return i;
  }

  parse(): ParsedDocument {
    const containers: BlockKind[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      const next = this.tokens[i + 1] as Token;
      switch (token.type) {
        case 'blockquote_open':
          containers.push('blockquote');
          break;
        case 'list_item_open':
          containers.push('list_item');
          break;
        case 'blockquote_close':
        case 'list_item_close':
          containers.pop();
          break;
        case 'heading_open': {
          const trailer = token.markup.startsWith('#') ? ATX_HEADING_TRAILER : PARAGRAPH_TRAILER;
          this.add(next, this.lineMap(next, trailer), 'heading');
          break;
        }
        case 'paragraph_open':
          this.add(next, this.lineMap(next, PARAGRAPH_TRAILER), containers[containers.length - 1] ?? 'paragraph');
          break;
        case 'tr_open':
          i = this.row(i);
          break;
        default:
          break;
      }
    }
    return assembleDocument(this.content, this.pieces);
  }
}

export function parseMarkdown(content: string, lang: SourceLanguage, rules?: SegmentationRules): ParsedDocument {
  return new MarkdownDocument(content, lang, rules).parse();
}

/** A line break a translator adds where the original had none: a space, which never breaks structure. */
export const MARKDOWN_FALLBACK_BREAK = ' ';
