// Placeholders in segment text, as the server writes them (server/domain/segmentation/placeholders.ts):
// `{n}…{/n}` for a paired inline tag, `{n/}` for a standalone one. The workspace shows them as chips
// that can be moved or deleted whole but never broken; this module is the pure logic behind that:
// tokenizing a string, serializing an editor's DOM (or anything shaped like it) back to a string,
// and checking a target's placeholders against its source.

export type PlaceholderKind = 'open' | 'close' | 'standalone';

export type Token = { type: 'text'; text: string } | { type: 'placeholder'; kind: PlaceholderKind; id: number; text: string };

/** `{12}`, `{/12}` or `{12/}`; ids are 1–9 digits. Any other `{` is plain text. */
const PLACEHOLDER = /\{(?:(\d{1,9})|\/(\d{1,9})|(\d{1,9})\/)\}/g;
const WHOLE_PLACEHOLDER = /^\{(?:\d{1,9}|\/\d{1,9}|\d{1,9}\/)\}$/;

export const isPlaceholder = (text: string): boolean => WHOLE_PLACEHOLDER.test(text);

/** Splits a text into plain text runs and placeholders, in order; adjacent text is one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    if (start > last) tokens.push({ type: 'text', text: text.slice(last, start) });
    const kind: PlaceholderKind = match[1] !== undefined ? 'open' : match[2] !== undefined ? 'close' : 'standalone';
    tokens.push({ type: 'placeholder', kind, id: Number(match[1] ?? match[2] ?? match[3]), text: match[0] });
    last = start + match[0].length;
  }
  if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
  return tokens;
}

export const serializeTokens = (tokens: readonly Token[]): string => tokens.map((token) => token.text).join('');

/** The placeholders of a text, in order (duplicates kept). */
export const placeholdersOf = (text: string): string[] =>
  tokenize(text).flatMap((token) => (token.type === 'placeholder' ? [token.text] : []));

/**
 * The source's placeholders the target lacks, in source order: a placeholder the source has twice and
 * the target once is missing once.
 */
export function missingPlaceholders(source: string, target: string): string[] {
  const available = countOf(placeholdersOf(target));
  const missing: string[] = [];
  for (const placeholder of placeholdersOf(source)) {
    const left = available.get(placeholder) ?? 0;
    if (left > 0) available.set(placeholder, left - 1);
    else missing.push(placeholder);
  }
  return missing;
}

/** The placeholder Ctrl+. inserts next: the first one of the source still missing from the target. */
export const nextMissingPlaceholder = (source: string, target: string): string | null => missingPlaceholders(source, target)[0] ?? null;

export type PlaceholderProblem =
  | { code: 'missing'; placeholder: string }
  | { code: 'extra'; placeholder: string }
  | { code: 'unbalanced'; placeholder: string };

/**
 * What is wrong with the target's placeholders compared with the source: placeholders missing, extra
 * ones (not in the source, or more often than there), and closing/opening placeholders that do not
 * form well-nested pairs in the target. An empty list means the target is fine.
 */
export function validatePlaceholders(source: string, target: string): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = missingPlaceholders(source, target).map((placeholder) => ({ code: 'missing' as const, placeholder }));
  for (const placeholder of missingPlaceholders(target, source)) problems.push({ code: 'extra', placeholder });
  const stack: number[] = [];
  for (const token of tokenize(target)) {
    if (token.type !== 'placeholder' || token.kind === 'standalone') continue;
    if (token.kind === 'open') stack.push(token.id);
    else if (stack[stack.length - 1] === token.id) stack.pop();
    else problems.push({ code: 'unbalanced', placeholder: token.text });
  }
  for (const id of stack) problems.push({ code: 'unbalanced', placeholder: `{${id}}` });
  return problems;
}

function countOf(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** The little of a DOM node the serializer reads; real DOM nodes have this shape. */
export interface NodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<NodeLike>;
  getAttribute?: (name: string) => string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const BLOCKS = new Set(['DIV', 'P', 'LI']);

/**
 * The text of an editor's content: text nodes as they are, a chip (any element with
 * `data-placeholder`) as its placeholder, `<br>` as a line break, and a block element a browser
 * may have inserted (div, p) as a line break before it unless it starts the content. Other
 * elements (a stray `<span>` or `<b>` from an edit) count by their children only.
 */
export function serializeNode(root: NodeLike): string {
  let out = '';
  const walk = (node: NodeLike): void => {
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const child = node.childNodes[i];
      if (child.nodeType === TEXT_NODE) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const placeholder = child.getAttribute?.('data-placeholder') ?? null;
        if (placeholder !== null) out += placeholder;
        else if (child.nodeName === 'BR') out += '\n';
        else {
          if (BLOCKS.has(child.nodeName) && out !== '' && !out.endsWith('\n')) out += '\n';
          walk(child);
        }
      }
    }
  };
  walk(root);
  // A contentEditable keeps a trailing <br> so an empty last line stays visible; it is not content.
  return out.endsWith('\n') && root.childNodes.length > 0 && lastIsBr(root) ? out.slice(0, -1) : out;
}

function lastIsBr(node: NodeLike): boolean {
  const last = node.childNodes[node.childNodes.length - 1];
  return last !== undefined && last.nodeType === ELEMENT_NODE && last.nodeName === 'BR';
}

/** A piece of text with the glossary terms (or other ranges) it overlaps marked. */
export type MarkedToken = Token & { mark: number | null };

/**
 * The tokens of `text` with character ranges marked (glossary hits in a source): text tokens are cut
 * at range boundaries and each piece carries the index of the range covering it (the first one when
 * ranges overlap), or null. Placeholders are never cut; they carry no mark.
 */
export function markRanges(text: string, ranges: readonly { start: number; end: number }[]): MarkedToken[] {
  const result: MarkedToken[] = [];
  let offset = 0;
  for (const token of tokenize(text)) {
    const start = offset;
    offset += token.text.length;
    if (token.type === 'placeholder') {
      result.push({ ...token, mark: null });
      continue;
    }
    const cuts = new Set<number>([start, offset]);
    for (const range of ranges) {
      if (range.start > start && range.start < offset) cuts.add(range.start);
      if (range.end > start && range.end < offset) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i += 1) {
      const from = points[i];
      const to = points[i + 1];
      const mark = ranges.findIndex((range) => range.start <= from && range.end >= to);
      const piece = { type: 'text' as const, text: text.slice(from, to), mark: mark === -1 ? null : mark };
      const previous = result[result.length - 1];
      if (previous && previous.type === 'text' && previous.mark === piece.mark) previous.text += piece.text;
      else result.push(piece);
    }
  }
  return result;
}
