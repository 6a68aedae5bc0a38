// Turns the inline tokens of one Markdown block into block text with placeholders. markdown-it's
// inline tokens carry no positions, so a cursor walks the block's inline content alongside them; where
// a construct's extent is not in the token (links, images, code spans, autolinks) markdown-it's own
// rules measure it (`skipToken`). Tag markup is always the original text, never a re-rendering:
//   **strong** __strong__ *em* _em_ ~~s~~  → paired, open/close = the delimiters
//   [text](url "title"), [text][ref]          → paired, open "[", close "](url "title")" / "][ref]"
//   <https://…>, `code`, ![img](…), <b> …     → standalone, the whole markup
//   hard break ("  \n", "\\\n")              → standalone; a soft break is a "\n" in the text.
import type MarkdownIt from 'markdown-it';
import { BlockTextBuilder, type BlockText } from '../blockText';
import type { ContentMap } from './source';

type Token = MarkdownIt.Token;

/** The tokens do not fit the content: the caller falls back to plain text. */
export class InlineMismatch extends Error {}

const PAIRED_OPEN = new Set(['strong_open', 'em_open', 's_open']);
const PAIRED_CLOSE = new Set(['strong_close', 'em_close', 's_close']);

interface OpenTag {
  id: number;
  /** For links: where the label ends ("]") and where the whole link ends. */
  labelEnd?: number;
  linkEnd?: number;
}

class InlineWalker {
  private cur = 0;
  private readonly open: OpenTag[] = [];
  private readonly builder: BlockTextBuilder;
  private readonly state: MarkdownIt.StateInline;

  constructor(
    private readonly md: MarkdownIt,
    env: object,
    private readonly inline: Token,
    private readonly map: ContentMap,
    source: string,
  ) {
    this.builder = new BlockTextBuilder(source);
    this.state = new md.inline.State(inline.content, md, env, []);
  }

  private get content(): string {
    return this.inline.content;
  }

  private start(at: number): number {
    return this.map.starts[at] as number;
  }

  private end(until: number): number {
    return this.map.ends[until - 1] as number;
  }

  private expect(text: string): number {
    if (!text || !this.content.startsWith(text, this.cur)) throw new InlineMismatch(`expected ${JSON.stringify(text)}`);
    return this.cur + text.length;
  }

  /** Where the construct starting at `at` ends, measured by markdown-it's rules. */
  private extent(at: number): number {
    this.state.pos = at;
    this.md.inline.skipToken(this.state);
    if (this.state.pos <= at) throw new InlineMismatch('empty construct');
    return this.state.pos;
  }

  private rawUntil(until: number): void {
    for (let i = this.cur; i < until; i++) this.builder.raw(this.map.starts[i] as number, this.map.ends[i] as number);
    this.cur = until;
  }

  private lineBreak(token: Token): void {
    const from = this.cur;
    if (token.type === 'hardbreak' && this.content[this.cur] === '\\') this.cur++;
    while (this.content[this.cur] === ' ') this.cur++;
    if (this.content[this.cur] !== '\n') throw new InlineMismatch('expected a line break');
    this.cur++;
    while (this.content[this.cur] === ' ' || this.content[this.cur] === '\t') this.cur++;
    if (token.type === 'softbreak') this.builder.lineBreak(this.start(from), this.end(this.cur));
    else this.builder.standalone(this.start(from), this.end(this.cur));
  }

  private standalone(until: number): void {
    this.builder.standalone(this.start(this.cur), this.end(until));
    this.cur = until;
  }

  walk(): BlockText {
    const children = this.inline.children ?? [];
    for (let i = 0; i < children.length; i++) {
      const token = children[i] as Token;
      if (token.type === 'text' && token.content === '') continue; // left over by emphasis pairing
      if (token.type === 'text') this.rawUntil(this.expect(token.content));
      else if (token.type === 'text_special') this.rawUntil(this.expect(token.markup));
      else if (token.type === 'softbreak' || token.type === 'hardbreak') this.lineBreak(token);
      else if (token.type === 'html_inline') this.standalone(this.expect(token.content));
      else if (token.type === 'image' || token.type === 'code_inline') this.standalone(this.extent(this.cur));
      else if (PAIRED_OPEN.has(token.type)) {
        const until = this.expect(token.markup);
        this.open.push({ id: this.builder.open(this.start(this.cur), this.end(until)) });
        this.cur = until;
      } else if (PAIRED_CLOSE.has(token.type)) {
        const until = this.expect(token.markup);
        const tag = this.open.pop();
        if (!tag || tag.linkEnd !== undefined) throw new InlineMismatch('unbalanced emphasis');
        this.builder.close(tag.id, this.start(this.cur), this.end(until));
        this.cur = until;
      } else if (token.type === 'link_open' && token.markup !== 'autolink' && token.markup !== 'linkify') {
        const until = this.expect('[');
        const labelEnd = this.md.helpers.parseLinkLabel(this.state, this.cur, true);
        const linkEnd = this.extent(this.cur);
        if (labelEnd < 0 || linkEnd <= labelEnd) throw new InlineMismatch('link not found');
        this.open.push({ id: this.builder.open(this.start(this.cur), this.end(until)), labelEnd, linkEnd });
        this.cur = until;
      } else if (token.type === 'link_open') {
        // An autolink: one standalone tag for <https://…>, its inner tokens skipped.
        while (i < children.length && (children[i] as Token).type !== 'link_close') i++;
        this.standalone(this.extent(this.cur));
      } else if (token.type === 'link_close') {
        const tag = this.open.pop();
        if (!tag || tag.linkEnd === undefined || tag.labelEnd !== this.cur) throw new InlineMismatch('link label');
        this.builder.close(tag.id, this.start(this.cur), this.end(tag.linkEnd));
        this.cur = tag.linkEnd;
      } else throw new InlineMismatch(`unexpected token ${token.type}`);
    }
    if (this.cur !== this.content.length || this.open.length) throw new InlineMismatch('content left over');
    return this.builder.build();
  }
}

/** The block text of an inline token, markup as placeholders; throws InlineMismatch when it cannot. */
export function inlineBlockText(md: MarkdownIt, env: object, inline: Token, map: ContentMap, source: string): BlockText {
  return new InlineWalker(md, env, inline, map, source).walk();
}

/** The block text of the content as plain text: no placeholders except for literal ones. */
export function plainBlockText(content: string, map: ContentMap, source: string): BlockText {
  const builder = new BlockTextBuilder(source);
  for (let i = 0; i < content.length; i++) {
    const start = map.starts[i] as number;
    const end = map.ends[i] as number;
    if (content[i] === '\n') builder.lineBreak(start, end);
    else builder.raw(start, end);
  }
  return builder.build();
}
