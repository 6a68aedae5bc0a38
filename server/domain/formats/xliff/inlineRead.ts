// XLIFF inline content (tokens from ./scan.ts) as Nysa text with placeholders.
//   an element wrapping text (1.2 <g>, 2.x <pc>, <mrk>, foreign elements)  → {n}…{/n}
//   an opening and a closing code linked by rid/startRef (bx/ex, bpt/ept, sc/ec, sm/em) → {n}…{/n}
//   one of those without its partner in the same content, 1.2 <it>          → {n} or {/n}
//   <x/>, <ph>, 2.x <cp/>                                                     → {n/}
// Each placeholder's InlineTag keeps the original XML, so a rebuilt file writes exactly it back.
// A target's codes get the number of the source code with the same XLIFF id (and the same shape:
// paired or standalone); codes without an id match by their order among codes of that shape.
import { escapeXmlText } from '../../xml/escape';
import { formatPlaceholder, literalPlaceholderRanges } from '../../segmentation/placeholders';
import type { InlineTag } from '../../segments/types';
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
  // Opening codes waiting for their close, first come first served (a read position, not shift(): linear).
  const waiting = new Map<string, { items: number[]; next: number }>();
  tokens.forEach((token, index) => {
    if (token.kind !== 'code' || token.pairKey === null) return;
    let queue = waiting.get(token.pairKey);
    if (token.role === 'open') {
      if (!queue) waiting.set(token.pairKey, (queue = { items: [], next: 0 }));
      queue.items.push(index);
    } else if (token.role === 'close' && queue && queue.next < queue.items.length) {
      const open = queue.items[queue.next++] as number;
      partner.set(open, index).set(index, open);
    }
  });
  return partner;
}

/**
 * How a code is recognized across source and target: by XLIFF id where it has one (the n-th code
 * reusing an id, which the standard forbids but files do, by id and n), else by its order among
 * codes of its shape. A closing code is its opening partner's.
 */
function identities(tokens: readonly InlineToken[], partner: Map<number, number>): Map<number, string> {
  const identity = new Map<number, string>();
  const seen = new Map<string, number>();
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
    if (token.id === null) {
      identity.set(index, `${shape}#${ordinal}`);
      return;
    }
    const key = `${shape}:${token.id}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    identity.set(index, repeat === 0 ? key : `${key}/${repeat}`);
  });
  return identity;
}

const NUMERIC_ID = /^[1-9]\d{0,8}$/;

/** Whether every code has a numeric id and no two codes (other than partners) share one. */
function numericAndDistinct(tokens: readonly InlineToken[], identity: Map<number, string>): boolean {
  const owner = new Map<string, string>();
  return tokens.every((token, index) => {
    if (token.kind !== 'code') return true;
    if (token.id === null || !NUMERIC_ID.test(token.id)) return false;
    const key = identity.get(index) as string;
    const first = owner.get(token.id);
    if (first === undefined) owner.set(token.id, key);
    return first === undefined || first === key;
  });
}

/**
 * A source content as text with placeholders. Numbering 'sequential' gives 1, 2, … in order (a new
 * document); 'xliff' keeps the file's ids where all of them are numbers (a file Nysa wrote, whose
 * ids are its placeholder numbers) and falls back to 'sequential' otherwise.
 */
export function numberSource(tokens: readonly InlineToken[], numbering: 'sequential' | 'xliff'): NumberedSource {
  const partner = partners(tokens);
  const identity = identities(tokens, partner);
  const keepIds = numbering === 'xliff' && numericAndDistinct(tokens, identity);
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
