// XLIFF inline content (tokens from ./scan.ts) as Nysa text with placeholders.
//   an element wrapping text (1.2 <g>, 2.x <pc>, <mrk>, foreign elements)  → {n}…{/n}
//   an opening and a closing code linked by rid/startRef (bx/ex, bpt/ept, sc/ec, sm/em) → {n}…{/n}
//   one of those without its partner in the same content, 1.2 <it>          → {n} or {/n}
//   <x/>, <ph>, 2.x <cp/>                                                     → {n/}
// Each placeholder's InlineTag keeps the original XML, so a rebuilt file writes exactly it back.
// A target's codes get the number of the source code with the same XLIFF id (and the same shape:
// paired or standalone); codes without an id match by their order among codes of that shape.
import { escapeXmlText } from '../tmx';
import { formatPlaceholder, literalPlaceholderRanges } from '../../segmentation/placeholders';
import type { InlineTag } from '../../types';
import type { InlineToken } from './structure';

type CodeToken = Extract<InlineToken, { kind: 'code' }>;

export interface NumberedSource {
  text: string;
  tags: InlineTag[];
  /** Placeholder number by code identity (see `identities`), for numbering a target alike. */
  numbers: Map<string, number>;
  /** The highest number used. */
  last: number;
}

/** For each code token, the index of its partner (open ↔ close) in the same list. */
function partners(tokens: readonly InlineToken[]): Map<number, number> {
  const partner = new Map<number, number>();
  const waiting = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    if (token.kind !== 'code' || token.pairKey === null) return;
    if (token.role === 'open') {
      const list = waiting.get(token.pairKey) ?? [];
      list.push(index);
      waiting.set(token.pairKey, list);
    } else if (token.role === 'close') {
      const list = waiting.get(token.pairKey);
      const open = token.container ? list?.pop() : list?.shift();
      if (open !== undefined) partner.set(open, index).set(index, open);
    }
  });
  return partner;
}

/** How a code is recognized across source and target: by XLIFF id where it has one, else by its order. */
function identities(tokens: readonly InlineToken[], partner: Map<number, number>): Map<number, string> {
  const identity = new Map<number, string>();
  let pairs = 0;
  let singles = 0;
  tokens.forEach((token, index) => {
    if (token.kind !== 'code') return;
    const other = partner.get(index);
    if (other !== undefined && other < index) {
      identity.set(index, identity.get(other) as string);
      return;
    }
    const shape = token.role === 'standalone' ? 'single' : 'pair';
    const ordinal = shape === 'single' ? singles++ : pairs++;
    identity.set(index, token.id !== null ? `${shape}:${token.id}` : `${shape}#${ordinal}`);
  });
  return identity;
}

const NUMERIC_ID = /^[1-9]\d{0,8}$/;

/**
 * A source content as text with placeholders. Numbering 'sequential' gives 1, 2, … in order (a new
 * document); 'xliff' keeps the file's ids where all of them are numbers (a file Nysa wrote, whose
 * ids are its placeholder numbers) and falls back to 'sequential' otherwise.
 */
export function numberSource(tokens: readonly InlineToken[], numbering: 'sequential' | 'xliff'): NumberedSource {
  const partner = partners(tokens);
  const identity = identities(tokens, partner);
  const keepIds = numbering === 'xliff' && tokens.every((t) => t.kind !== 'code' || (t.id !== null && NUMERIC_ID.test(t.id)));
  const numbers = new Map<string, number>();
  const tags: InlineTag[] = [];
  let last = 0;
  const next = (): number => {
    last++;
    return last;
  };
  let text = '';
  tokens.forEach((token, index) => {
    if (token.kind === 'text') {
      text += literalsAsTags(token.text, numbers, tags, next);
      return;
    }
    const key = identity.get(index) as string;
    let id = numbers.get(key);
    if (id === undefined) {
      id = keepIds ? Number((token as CodeToken).id) : next();
      last = Math.max(last, id);
      numbers.set(key, id);
      tags.push(tagOf(token, tokens[partner.get(index) ?? -1] as CodeToken | undefined, id));
    }
    text += formatPlaceholder(token.role, id);
  });
  return { text, tags, numbers, last };
}

/** Placeholder-shaped text in the original ("{1}") becomes a standalone tag, so it stays text. */
function literalsAsTags(text: string, numbers: Map<string, number>, tags: InlineTag[], next: () => number): string {
  const ranges = literalPlaceholderRanges(text);
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const { start, end } of ranges) {
    const literal = text.slice(start, end);
    let id = numbers.get(`literal:${literal}`);
    if (id === undefined) {
      id = next();
      numbers.set(`literal:${literal}`, id);
      tags.push({ id, type: 'standalone', open: escapeXmlText(literal), close: '' });
    }
    out += text.slice(at, start) + formatPlaceholder('standalone', id);
    at = end;
  }
  return out + text.slice(at);
}

function tagOf(token: CodeToken, partner: CodeToken | undefined, id: number): InlineTag {
  if (token.role === 'standalone') return { id, type: 'standalone', open: token.markup, close: '' };
  if (token.role === 'open') return { id, type: 'paired', open: token.markup, close: partner?.markup ?? '' };
  return { id, type: 'paired', open: '', close: token.markup };
}

/**
 * A target content as text with placeholders numbered like its source. A code the source does not
 * have keeps its XLIFF id when that is a number ('xliff'), else gets the next free number.
 */
export function numberTarget(tokens: readonly InlineToken[], source: NumberedSource, numbering: 'sequential' | 'xliff'): string {
  const partner = partners(tokens);
  const identity = identities(tokens, partner);
  const extra = new Map<string, number>();
  let last = source.last;
  let text = '';
  tokens.forEach((token, index) => {
    if (token.kind === 'text') {
      const ranges = literalPlaceholderRanges(token.text);
      let at = 0;
      for (const { start, end } of ranges) {
        const id = source.numbers.get(`literal:${token.text.slice(start, end)}`);
        if (id === undefined) continue;
        text += token.text.slice(at, start) + formatPlaceholder('standalone', id);
        at = end;
      }
      text += token.text.slice(at);
      return;
    }
    const key = identity.get(index) as string;
    let id = source.numbers.get(key) ?? extra.get(key);
    if (id === undefined) {
      id = numbering === 'xliff' && token.id !== null && NUMERIC_ID.test(token.id) ? Number(token.id) : ++last;
      extra.set(key, id);
    }
    text += formatPlaceholder(token.role, id);
  });
  return text;
}

/** The plain text of a content, codes left out (to tell whether there is anything to translate). */
export function tokenText(tokens: readonly InlineToken[]): string {
  let text = '';
  for (const token of tokens) if (token.kind === 'text') text += token.text;
  return text;
}
