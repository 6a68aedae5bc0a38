// Writes a text with placeholders as WordprocessingML runs. What the tags hold (see ./block.ts):
//   formatting span  {n}…{/n}  open `<w:r><w:rPr>…</w:rPr>`                 close `</w:r>`
//   wrapper          {n}…{/n}  open `<w:hyperlink r:id="…"><w:r><w:rPr>…`  close `</w:r></w:hyperlink>`
//   object           {n/}      open: complete markup (`<w:r><w:rPr>…</w:rPr><w:tab/></w:r>`, a bookmark …)
// i.e. a paired tag's open ends with the start of the run its text goes in, and its close begins with
// that run's end. Text is written as runs started like the innermost open tag (outside all tags: like
// `runStart`, the paragraph's usual look), a "\n" as a break and a "\t" as a tab inside the run.
// Only placeholders that form well-nested pairs are written as markup (as in toDeeplXml): a placeholder
// a translator left unpaired, crossed, or gave the wrong shape stays visible as literal text, so the
// XML is well-formed whatever the text.
import { pairPlaceholders, splitPlaceholders } from '../../segmentation/placeholders';
import type { InlineTag } from '../../segments/types';
import { escapeXmlText } from '../../xml/escape';

/** A segment's place inside a paragraph being rendered: U+E000 index U+E001 (see ./block.ts). */
const HOLE = /\uE000(\d+)\uE001/g;
const RUN_START = /^<((?:[^\s<>/:]+:)?)r>/;
const RUN_END = /^<\/((?:[^\s<>/:]+:)?)r>/;

export interface RenderOptions {
  /** Called for each hole in the text with the run start in force there. */
  hole?: (index: number, runStart: string) => string;
}

interface SplitTag {
  start: string;
  runStart: string;
  end: string;
}

function splitPaired(tag: InlineTag): SplitTag | null {
  const close = RUN_END.exec(tag.close);
  if (!close) return null;
  const at = tag.open.lastIndexOf(`<${close[1]}r>`);
  if (at < 0) return null;
  return { start: tag.open.slice(0, at), runStart: tag.open.slice(at), end: tag.close.slice(close[0].length) };
}

/** Runs for plain text (breaks and tabs inside), started with `runStart`; "" for no text. */
export function textRuns(text: string, runStart: string): string {
  if (text === '') return '';
  const w = RUN_START.exec(runStart)?.[1] ?? 'w:';
  let content = '';
  for (const piece of text.split(/(\r\n?|\n|\t)/)) {
    if (piece === '\t') content += `<${w}tab/>`;
    else if (piece[0] === '\r' || piece[0] === '\n') content += `<${w}br/>`;
    else if (piece !== '') content += `<${w}t xml:space="preserve">${escapeXmlText(piece)}</${w}t>`;
  }
  return `${runStart}${content}</${w}r>`;
}

/** The runs being written: text of the same run start is gathered into one run. */
class RunWriter {
  out = '';
  private text = '';
  private start = '';

  constructor(private readonly options: RenderOptions) {}

  markup(markup: string): void {
    this.flush();
    this.out += markup;
  }

  /** Text (holes included) in runs started with `runStart`. */
  write(text: string, runStart: string): void {
    if (text === '') return;
    if (runStart !== this.start) this.flush();
    this.start = runStart;
    if (!this.options.hole || !text.includes('\uE000')) {
      this.text += text;
      return;
    }
    let last = 0;
    for (const m of text.matchAll(HOLE)) {
      this.text += text.slice(last, m.index);
      this.markup(this.options.hole(Number(m[1]), runStart));
      this.start = runStart;
      last = m.index + m[0].length;
    }
    this.text += text.slice(last);
  }

  flush(): string {
    this.out += textRuns(this.text, this.start);
    this.text = '';
    return this.out;
  }
}

/** The runs of a text with placeholders, outside any tag started with `runStart` (`<w:r>` + run properties). */
export function renderInline(text: string, tags: InlineTag[], runStart: string, options: RenderOptions = {}): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const parts = splitPlaceholders(text);
  const paired = pairPlaceholders(parts);
  const open: { runStart: string; end: string }[] = [];
  const writer = new RunWriter(options);
  let current = runStart;
  parts.forEach((part, index) => {
    if (part.kind === 'text') {
      writer.write(part.text, current);
      return;
    }
    const tag = byId.get(part.id);
    if (part.kind === 'standalone' && tag?.type === 'standalone') {
      writer.markup(tag.open);
      return;
    }
    const split = part.kind !== 'standalone' && tag?.type === 'paired' && paired.has(index) ? splitPaired(tag) : null;
    if (split && part.kind === 'open') {
      writer.markup(split.start);
      open.push({ runStart: current, end: split.end });
      current = split.runStart;
    } else if (split && part.kind === 'close' && open.length) {
      const outer = open.pop() as { runStart: string; end: string };
      writer.markup(outer.end);
      current = outer.runStart;
    } else writer.write(part.text, current);
  });
  return writer.flush();
}
