// HTML → skeleton + segments. Blocks (./collect.ts) are split into sentences like Markdown paragraphs
// (headings and <title> stay whole; the sentence rules never break inside a pair of placeholders),
// attribute values stay whole. Segments are in document order; an attribute value inside inline markup
// follows the sentence holding it and gets no marker (see ./layout.ts).
import { InvalidInput } from '../../errors';
import type { SegmentationRules } from '../../segmentation/rules';
import { splitPlaceholders } from '../../segmentation/placeholders';
import type { SentenceSpan } from '../../segmentation/sentences';
import type { BlockText } from '../blockText';
import type { ParsedDocument, SourceLanguage } from '../model';
import { extractSegments, type SegmentPiece } from '../segments';
import { assertNoReservedCharacters, marker } from '../skeleton';
import { declaredCharset, decodeHtml, type HtmlCharset } from './charset';
import { collectTranslatable, type CollectedAttribute } from './collect';
import { hasMarkup, langSlots, type Replacement } from './lang';
import { assertNoHtmlReservedCharacters, writeHtmlSkeleton, type SegmentNotes } from './layout';
import { runText } from './runs';
import { unusualSpellings, type SpellingContext } from './spelling';
import { pageTitle } from './title';
import { parseHtmlTree } from './tree';

export interface HtmlExtractOptions {
  lang: SourceLanguage;
  rules?: SegmentationRules;
}

const BOM = '\uFEFF';

/** One segment on its way into the document: where it came from, and what the export needs to know. */
interface Extracted extends SegmentPiece {
  block: BlockText;
  context: SpellingContext;
  /** For a block's segment: the block-wide tag id of each tag, by where its markup starts. */
  tagIds?: Map<number, number>;
  /** For an attribute value: where its element's start tag begins. */
  tagStart?: number;
}

function notesOf(content: string, item: Extracted): SegmentNotes {
  const spellings = unusualSpellings(content, item.block, item.span, item.context);
  const notes: SegmentNotes = {};
  if (item.context !== undefined) notes.quote = item.context;
  if (spellings) notes.spellings = spellings;
  return notes;
}

/** The id a block-wide tag has in the segment cut from `span`: ids follow first appearance there. */
function segmentTagId(block: BlockText, span: SentenceSpan, blockTagId: number): number | undefined {
  const ids = new Map<number, number>();
  for (const part of splitPlaceholders(block.text.slice(span.start, span.end))) {
    if (part.kind !== 'text' && !ids.has(part.id)) ids.set(part.id, ids.size + 1);
  }
  return ids.get(blockTagId);
}

function attributeBlock(content: string, attribute: CollectedAttribute): BlockText {
  const { start, end, value, ranges } = attribute;
  return runText(content, [{ type: 'text', start, end, chars: value, ranges }]).text;
}

function notHtml(why: string): InvalidInput {
  return new InvalidInput(`the file is not an HTML document (${why})`, undefined, 'not_html');
}

function sourceText(content: string | Uint8Array): { text: string; charset: HtmlCharset } {
  if (typeof content !== 'string') {
    // Bytes with NUL are binary (an image, a ZIP …): only UTF-16, which starts with its byte order mark, has any.
    const utf16 = (content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff);
    if (!utf16 && content.includes(0)) throw notHtml('it holds binary data');
    return decodeHtml(content);
  }
  return { text: content, charset: declaredCharset(content.startsWith(BOM) ? content.slice(1) : content) ?? 'utf-8' };
}

/**
 * Splits an HTML page (text, or bytes in the charset it declares) into segments and a skeleton that keeps
 * everything else byte for byte. Throws InvalidInput: 'empty_document' (nothing to translate),
 * 'not_html' (binary content, or no markup at all), 'invalid_characters', 'html_too_deep',
 * 'html_too_complex', 'html_charset_unsupported', 'html_undecodable'.
 */
export function extractHtml(content: string | Uint8Array, options: HtmlExtractOptions): ParsedDocument {
  const { text, charset } = sourceText(content);
  assertNoReservedCharacters(text);
  assertNoHtmlReservedCharacters(text);
  if (!text.trim()) throw new InvalidInput('the document has no text to translate', undefined, 'empty_document');
  if (text.includes('\0')) throw notHtml('it holds binary data');
  const bom = text.startsWith(BOM) ? BOM : '';
  const source = text.slice(bom.length);
  const tree = parseHtmlTree(source);
  const { blocks, attributes } = collectTranslatable(source, tree);
  if (!hasMarkup(tree.document)) throw notHtml('it has no markup');

  const items: Extracted[] = [];
  for (const { text: block, tagIds, context } of blocks) {
    const pieces = extractSegments(source, block, { kind: context.kind, sentences: !context.whole, lang: options.lang, rules: options.rules });
    for (const piece of pieces) {
      items.push({ ...piece, block, context: undefined, tagIds });
    }
  }
  const textSlots = items.map((item) => item.slot).sort((a, b) => a.start - b.start);
  for (const attribute of attributes) {
    const block = attributeBlock(source, attribute);
    for (const piece of extractSegments(source, block, { kind: 'paragraph', sentences: false, lang: options.lang, rules: options.rules })) {
      items.push({ ...piece, block, context: attribute.quote, tagStart: attribute.tagStart });
    }
  }
  items.sort((a, b) => a.slot.start - b.slot.start);
  const parsed = assemble(source, bom, charset, items, textSlots, langSlots(tree.document, source));
  const title = pageTitle(tree.document);
  return title === undefined ? parsed : { ...parsed, title };
}

/** The text slot around [start, end), if any (slots sorted, not overlapping). */
function enclosingSlot<T extends { start: number; end: number }>(slots: T[], start: number, end: number): T | undefined {
  let lo = 0;
  let hi = slots.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] as T).start <= start) lo = mid + 1;
    else hi = mid;
  }
  const slot = slots[lo - 1];
  return slot && slot.end >= end ? slot : undefined;
}

/** Where an attribute value inside a segment lives: that segment and the id of the tag holding it there. */
function hostTag(item: Extracted, textItems: Map<SegmentPiece['slot'], Extracted>, textSlots: SegmentPiece['slot'][]) {
  if (item.tagStart === undefined) return undefined;
  const slot = enclosingSlot(textSlots, item.slot.start, item.slot.end);
  const host = slot && textItems.get(slot);
  if (!host) return undefined;
  const blockTagId = host.tagIds?.get(item.tagStart);
  const tag = blockTagId === undefined ? undefined : segmentTagId(host.block, host.span, blockTagId);
  // A value inside a segment but in no tag of it cannot be written back: it stays as it is (not expected).
  return { host, tag };
}

function assemble(
  source: string,
  bom: string,
  charset: HtmlCharset,
  extracted: Extracted[],
  textSlots: SegmentPiece['slot'][],
  langReplacements: Replacement[],
): ParsedDocument {
  const textItems = new Map(extracted.filter((item) => item.tagStart === undefined).map((item) => [item.slot, item]));
  const hosts = new Map(extracted.map((item) => [item, hostTag(item, textItems, textSlots)]));
  const items = extracted.filter((item) => hosts.get(item)?.tag !== undefined || !hosts.get(item));
  if (!items.length) throw new InvalidInput('the document has no text to translate', undefined, 'empty_document');
  const indexOf = new Map(items.map((item, index) => [item, index]));
  const notes: Record<string, SegmentNotes> = {};
  const replacements = [...langReplacements];
  items.forEach((item, index) => {
    const own = notesOf(source, item);
    const nesting = hosts.get(item);
    if (nesting) {
      const tagStart = item.tagStart as number;
      own.nested = {
        host: indexOf.get(nesting.host) as number,
        tag: nesting.tag as number,
        start: item.slot.start - tagStart,
        end: item.slot.end - tagStart,
        breaks: item.slot.breaks,
      };
    } else {
      replacements.push({ start: item.slot.start, end: item.slot.end, text: marker(index, item.slot.breaks) });
    }
    if (Object.keys(own).length) notes[index] = own;
  });
  replacements.sort((a, b) => a.start - b.start || a.end - b.end);
  let body = bom;
  let last = 0;
  for (const r of replacements) {
    body += source.slice(last, r.start) + r.text;
    last = r.end;
  }
  body += source.slice(last);
  const segments = items.map((item) => item.segment);
  return { skeleton: writeHtmlSkeleton({ format: 'html', version: 1, charset, segments: segments.length, notes }, body), segments };
}
