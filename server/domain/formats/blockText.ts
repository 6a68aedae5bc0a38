// Builds the translatable text of one block (a paragraph, a heading, a line …) from pieces of the
// original content, remembering for each character of the text which range of the content it stands
// for. Inline markup becomes placeholders whose tags keep the exact original markup; placeholder-shaped
// literals of the original become standalone tags too, so that a round trip stays exact.
import type { InlineTag } from '../segments/types';
import { formatPlaceholder, literalPlaceholderRanges } from '../segmentation/placeholders';

export interface BlockText {
  /** Text with placeholders; "\n" marks a line break whose original text is the character's range. */
  text: string;
  /** For each character of `text`, the start and end offsets in the content it comes from. */
  starts: number[];
  ends: number[];
  /** Tags with block-wide ids. */
  tags: InlineTag[];
}

const EOL = /\r\n|\r|\n/g;

export class BlockTextBuilder {
  private text = '';
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly tags: InlineTag[] = [];
  private readonly pending: [number, number][] = [];

  constructor(private readonly content: string) {}

  /** Original text, copied as it is (line endings in it become line breaks). */
  raw(start: number, end: number): this {
    if (end <= start) return this;
    const last = this.pending[this.pending.length - 1];
    if (last && last[1] === start) last[1] = end;
    else this.pending.push([start, end]);
    return this;
  }

  /**
   * Text that is not a copy of the original (character references decoded, line endings normalized, as
   * an HTML parser gives it): character i stands for [starts[i], ends[i]) of the original. A "\n" is a
   * line break; placeholder-shaped literals become standalone tags holding their original text.
   */
  decoded(text: string, starts: readonly number[], ends: readonly number[]): this {
    this.flush();
    let i = 0;
    for (const literal of literalPlaceholderRanges(text)) {
      this.emitEach(text, i, literal.start, (k) => starts[k] as number, (k) => ends[k] as number);
      this.standalone(starts[literal.start] as number, ends[literal.end - 1] as number);
      i = literal.end;
    }
    this.emitEach(text, i, text.length, (k) => starts[k] as number, (k) => ends[k] as number);
    return this;
  }

  /** A line break inside the block; [start, end) is everything that stands for it in the original. */
  lineBreak(start: number, end: number): this {
    this.flush();
    this.emit('\n', start, end);
    return this;
  }

  standalone(start: number, end: number): number {
    this.flush();
    const id = this.tags.length + 1;
    this.tags.push({ id, type: 'standalone', open: this.content.slice(start, end), close: '' });
    this.emit(formatPlaceholder('standalone', id), start, end);
    return id;
  }

  open(start: number, end: number): number {
    this.flush();
    const id = this.tags.length + 1;
    this.tags.push({ id, type: 'paired', open: this.content.slice(start, end), close: '' });
    this.emit(formatPlaceholder('open', id), start, end);
    return id;
  }

  close(id: number, start: number, end: number): this {
    this.flush();
    const tag = this.tags[id - 1];
    if (!tag || tag.type !== 'paired') throw new Error(`no paired tag ${id} to close`);
    tag.close = this.content.slice(start, end);
    this.emit(formatPlaceholder('close', id), start, end);
    return this;
  }

  build(): BlockText {
    this.flush();
    return { text: this.text, starts: this.starts, ends: this.ends, tags: this.tags };
  }

  /**
   * Characters [from, to) of `text`, character k standing for [startOf(k), endOf(k)) of the original. The
   * text is added as one piece: added a character at a time, a paragraph of 5 MB became five million
   * string pieces, and seconds of work on the thread that segments it.
   */
  private emitEach(text: string, from: number, to: number, startOf: (k: number) => number, endOf: (k: number) => number): void {
    if (to <= from) return;
    this.text += text.slice(from, to);
    for (let k = from; k < to; k++) {
      this.starts.push(startOf(k));
      this.ends.push(endOf(k));
    }
  }

  private emit(text: string, start: number, end: number): void {
    this.text += text;
    for (let i = 0; i < text.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  private flush(): void {
    const ranges = this.pending.splice(0);
    if (!ranges.length) return;
    let text = '';
    const offsets: number[] = [];
    for (const [start, end] of ranges) {
      text += this.content.slice(start, end);
      for (let p = start; p < end; p++) offsets.push(p);
    }
    const special = [
      ...literalPlaceholderRanges(text).map((r) => ({ ...r, eol: false })),
      ...[...text.matchAll(EOL)].map((m) => ({ start: m.index, end: m.index + m[0].length, eol: true })),
    ].sort((a, b) => a.start - b.start);
    const startOf = (k: number) => offsets[k] as number;
    const endOf = (k: number) => (offsets[k] as number) + 1;
    let i = 0;
    for (const s of special) {
      this.emitEach(text, i, s.start, startOf, endOf);
      const start = offsets[s.start] as number;
      const end = (offsets[s.end - 1] as number) + 1;
      if (s.eol) this.emit('\n', start, end);
      else this.standalone(start, end);
      i = s.end;
    }
    this.emitEach(text, i, text.length, startOf, endOf);
  }
}
