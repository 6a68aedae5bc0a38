// The placeholder syntax translators see for inline markup: `{n}…{/n}` for a paired tag and `{n/}` for a
// standalone one (n = 1, 2, …). Only these three shapes are placeholders; any other `{` is plain text.
// Parsers turn a literal placeholder-like sequence of the original (say "{1}") into a standalone tag
// whose markup is that literal (`escapeLiteralPlaceholders`), so a segment never contains an ambiguous one.
import type { InlineTag } from '../segments/types';
import { xmlEmptyElement, xmlEndTag, xmlStartTag } from '../xml/element';
import { escapeXmlText, unescapeXml } from '../xml/escape';

export type PlaceholderKind = 'open' | 'close' | 'standalone';

export type PlaceholderPart =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: PlaceholderKind; id: number; text: string; start: number; end: number };

/** `{12}`, `{/12}` or `{12/}`; ids are 1–9 digits, so they always fit a safe integer. */
const PLACEHOLDER = /\{(?:(\d{1,9})|\/(\d{1,9})|(\d{1,9})\/)\}/g;

export function formatPlaceholder(kind: PlaceholderKind, id: number): string {
  if (kind === 'open') return `{${id}}`;
  if (kind === 'close') return `{/${id}}`;
  return `{${id}/}`;
}

/** Splits a segment text into plain text runs and placeholders, in order. */
export function splitPlaceholders(text: string): PlaceholderPart[] {
  const parts: PlaceholderPart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start), start: last, end: start });
    const kind: PlaceholderKind = m[1] !== undefined ? 'open' : m[2] !== undefined ? 'close' : 'standalone';
    const id = Number(m[1] ?? m[2] ?? m[3]);
    parts.push({ kind, id, text: m[0], start, end: start + m[0].length });
    last = start + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last), start: last, end: text.length });
  return parts;
}

/**
 * Which open/close placeholders form well-nested pairs: for the index (into `parts`) of every paired
 * opening and closing placeholder, the index of its partner. A close that does not match the innermost
 * open one, and an open that is never closed, stay unpaired.
 */
export function pairPlaceholders(parts: PlaceholderPart[]): Map<number, number> {
  const partner = new Map<number, number>();
  const stack: number[] = [];
  parts.forEach((part, index) => {
    if (part.kind === 'open') stack.push(index);
    else if (part.kind === 'close') {
      const top = stack[stack.length - 1];
      if (top !== undefined && (parts[top] as { id: number }).id === part.id) {
        stack.pop();
        partner.set(top, index).set(index, top);
      }
    }
  });
  return partner;
}

export function stripPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, '');
}

/**
 * The segment in DeepL's XML tag handling: `{n}…{/n}` → `<g id="n">…</g>`, `{n/}` → `<x id="n"/>`,
 * text escaped by xml/escape.ts. Placeholders that do not form a well-nested pair stay literal text, so
 * the XML is always well-formed and `fromDeeplXml` gives the exact input back (but for characters XML
 * cannot hold, which become U+FFFD).
 */
export function toDeeplXml(text: string): string {
  const parts = splitPlaceholders(text);
  const paired = pairPlaceholders(parts);
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeXmlText(part.text);
      if (part.kind === 'standalone') return xmlEmptyElement('x', { id: part.id });
      if (!paired.has(index)) return escapeXmlText(part.text);
      return part.kind === 'open' ? xmlStartTag('g', { id: part.id }) : xmlEndTag('g');
    })
    .join('');
}

const XML_TAG = /<(\/?)([gx])((?:\s[^<>]*?)?)(\/?)>/g;
const ID_ATTRIBUTE = /(?:^|\s)id\s*=\s*(?:"(\d{1,9})"|'(\d{1,9})'|(\d{1,9})(?=[\s/]|$))/;

function idOf(attributes: string): number | null {
  const m = ID_ATTRIBUTE.exec(attributes.trim());
  if (!m) return null;
  return Number(m[1] ?? m[2] ?? m[3]);
}

/**
 * The inverse of `toDeeplXml` for a translation DeepL returned: `<g id="n">…</g>` → `{n}…{/n}`,
 * `<x id="n"/>` → `{n/}`, entities unescaped. Attribute order, spacing and quotes do not matter;
 * `<g id="n"/>` is an empty pair; a `</g>` without an open `<g>` is dropped; tags without an id
 * are kept as text.
 */
export function fromDeeplXml(xml: string): string {
  let out = '';
  let last = 0;
  const open: number[] = [];
  for (const m of xml.matchAll(XML_TAG)) {
    out += unescapeXml(xml.slice(last, m.index));
    last = m.index + m[0].length;
    const [whole, closing, name, attributes = '', selfClosing] = m;
    if (closing) {
      if (name === 'g') {
        const id = open.pop();
        if (id !== undefined) out += formatPlaceholder('close', id);
      }
      continue;
    }
    const id = idOf(attributes);
    if (id === null) {
      out += unescapeXml(whole);
    } else if (name === 'x') {
      out += formatPlaceholder('standalone', id);
    } else if (selfClosing) {
      out += formatPlaceholder('open', id) + formatPlaceholder('close', id);
    } else {
      open.push(id);
      out += formatPlaceholder('open', id);
    }
  }
  return out + unescapeXml(xml.slice(last));
}

/**
 * Replaces each placeholder by its tag's original markup. A placeholder whose id is unknown, or whose
 * shape does not fit the tag (`{1/}` for a paired tag), is left as it is.
 */
export function renderPlaceholders(text: string, tags: InlineTag[]): string {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  return splitPlaceholders(text)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const tag = byId.get(part.id);
      if (!tag) return part.text;
      if (part.kind === 'standalone') return tag.type === 'standalone' ? tag.open : part.text;
      if (tag.type !== 'paired') return part.text;
      return part.kind === 'open' ? tag.open : tag.close;
    })
    .join('');
}

export type PlaceholderIssueKind = 'missing' | 'duplicated' | 'unbalanced' | 'unknown';
export interface PlaceholderIssue {
  kind: PlaceholderIssueKind;
  id: number;
}

const ISSUE_ORDER: PlaceholderIssueKind[] = ['missing', 'duplicated', 'unbalanced', 'unknown'];

/**
 * What is wrong with the placeholders of a target compared to its source: a placeholder of the source
 * that the target drops ('missing') or repeats ('duplicated'); a paired tag the target closes before
 * opening it or crosses with another one ('unbalanced'); a placeholder the source does not have
 * ('unknown'). One issue per kind and id, sorted by id, then in the order above.
 */
export function placeholderIssues(source: string, target: string): PlaceholderIssue[] {
  const count = (parts: PlaceholderPart[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const part of parts) if (part.kind !== 'text') counts.set(part.text, (counts.get(part.text) ?? 0) + 1);
    return counts;
  };
  const sourceParts = splitPlaceholders(source);
  const targetParts = splitPlaceholders(target);
  const sourceCounts = count(sourceParts);
  const targetCounts = count(targetParts);
  const issues = new Map<string, PlaceholderIssue>();
  const add = (kind: PlaceholderIssueKind, id: number) => issues.set(`${kind}:${id}`, { kind, id });

  for (const part of sourceParts) {
    if (part.kind === 'text') continue;
    const n = targetCounts.get(part.text) ?? 0;
    if (n === 0) add('missing', part.id);
    else if (n > (sourceCounts.get(part.text) ?? 0)) add('duplicated', part.id);
  }
  const stack: number[] = [];
  for (const part of targetParts) {
    if (part.kind === 'text') continue;
    if (!sourceCounts.has(part.text)) {
      add('unknown', part.id);
      continue;
    }
    if (part.kind === 'open') stack.push(part.id);
    if (part.kind !== 'close') continue;
    const at = stack.lastIndexOf(part.id);
    if (at < 0 || at !== stack.length - 1) add('unbalanced', part.id);
    if (at >= 0) stack.splice(at, 1);
  }
  return [...issues.values()].sort(
    (a, b) => a.id - b.id || ISSUE_ORDER.indexOf(a.kind) - ISSUE_ORDER.indexOf(b.kind),
  );
}

/**
 * Gives the placeholders of a text the ids 1, 2, … in order of first appearance and returns the tags
 * they refer to, renumbered the same way. Placeholders without a tag are left as they are. `tags` may
 * be a map by id, for callers renumbering many texts against the same tags.
 */
export function renumberPlaceholders(
  text: string,
  tags: InlineTag[] | ReadonlyMap<number, InlineTag>,
): { text: string; tags: InlineTag[] } {
  const byId = tags instanceof Map ? tags : new Map((tags as InlineTag[]).map((tag) => [tag.id, tag]));
  const newIds = new Map<number, number>();
  const renumbered: InlineTag[] = [];
  const out = splitPlaceholders(text).map((part) => {
    if (part.kind === 'text') return part.text;
    const tag = byId.get(part.id);
    if (!tag) return part.text;
    let id = newIds.get(part.id);
    if (id === undefined) {
      id = newIds.size + 1;
      newIds.set(part.id, id);
      renumbered.push({ ...tag, id });
    }
    return formatPlaceholder(part.kind, id);
  });
  return { text: out.join(''), tags: renumbered };
}

/**
 * Finds the placeholder-shaped sequences in a piece of original text (so they can become standalone
 * tags whose markup is the literal): their start and end offsets, in order.
 */
export function literalPlaceholderRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
