// Skeleton + segment texts → the HTML page. Text is written with each segment's spellings
// (./spelling.ts) and escaped for where it stands; placeholders become their tags' original markup.
// Unlike renderPlaceholders, a paired placeholder whose partner the translator dropped, duplicated or
// crossed is left out (its markup would leave an element open, and the parser would carry e.g. bold
// into every following paragraph), and a placeholder without a tag stays visible as escaped text.
// Attribute values inside inline markup are written into their host tag's markup first.
import { InvalidInput } from '../../errors';
import { pairPlaceholders, splitPlaceholders } from '../../segmentation/placeholders';
import type { LanguageCode } from '../../common';
import type { InlineTag } from '../../segments/types';
import { replaceMarkers } from '../skeleton';
import { encodeHtml, type HtmlCharset } from './charset';
import { fillLangSlots, readHtmlSkeleton, type SegmentNotes } from './layout';
import { SegmentSpeller } from './spelling';

export interface HtmlRebuildOptions {
  /** The page's new language (lang on <html>); without it the page keeps its own (the round trip). */
  targetLang?: LanguageCode;
}

export type SegmentText = { text: string; tags: InlineTag[] };

/** An unquoted attribute value that would end early or be read as quoted needs quotes. */
const needsQuotes = (value: string) => value === '' || /[\t\n\f\r >]/.test(value) || value[0] === '"' || value[0] === "'";

function renderSegment(segment: SegmentText, breaks: string[], notes: SegmentNotes): string {
  const speller = new SegmentSpeller(notes.quote, notes.spellings);
  const parts = splitPlaceholders(segment.text);
  const paired = pairPlaceholders(parts);
  const byId = new Map(segment.tags.map((tag) => [tag.id, tag]));
  let n = 0;
  const lineBreak = () => breaks[n++] ?? breaks[breaks.length - 1] ?? '\n';
  const out = parts
    .map((part, index) => {
      if (part.kind === 'text') return speller.write(part.text).replace(/\n/g, lineBreak);
      const tag = byId.get(part.id);
      if (!tag || (part.kind === 'standalone') !== (tag.type === 'standalone')) return speller.write(part.text);
      if (part.kind === 'standalone') return tag.open;
      if (!paired.has(index)) return '';
      return part.kind === 'open' ? tag.open : tag.close;
    })
    .join('');
  if (notes.quote === '' && needsQuotes(out)) return `"${renderSegment(segment, breaks, { ...notes, quote: '"' })}"`;
  return out;
}

function mismatch(message: string, details: Record<string, unknown>): InvalidInput {
  return new InvalidInput(message, details, 'skeleton_mismatch');
}

/** The host segments' tags with the attribute values they hold written in. */
function tagsWithValues(texts: SegmentText[], notes: Record<string, SegmentNotes>): Map<number, InlineTag[]> {
  const values = new Map<number, { tag: number; start: number; end: number; value: string }[]>();
  for (const [key, own] of Object.entries(notes)) {
    const nested = own.nested;
    const segment = texts[Number(key)];
    if (!nested || !segment) continue;
    const list = values.get(nested.host) ?? [];
    list.push({ ...nested, value: renderSegment(segment, nested.breaks, own) });
    values.set(nested.host, list);
  }
  const tags = new Map<number, InlineTag[]>();
  for (const [host, list] of values) {
    const segment = texts[host];
    if (!segment) continue;
    tags.set(
      host,
      segment.tags.map((tag) => {
        let open = tag.open;
        for (const v of list.filter((l) => l.tag === tag.id).sort((a, b) => b.start - a.start)) {
          if (v.start >= 0 && v.start <= v.end && v.end <= open.length) open = open.slice(0, v.start) + v.value + open.slice(v.end);
        }
        return { ...tag, open };
      }),
    );
  }
  return tags;
}

/**
 * Puts segment texts (text i for segment i; placeholders as in the segments, line breaks as "\n") into
 * an HTML skeleton and sets the page's language. Throws InvalidInput 'html_skeleton_invalid' for a
 * skeleton that is not one of extractHtml's, 'skeleton_mismatch' when the number of texts differs.
 */
export function rebuildHtml(skeleton: string, texts: SegmentText[], options: HtmlRebuildOptions = {}): string {
  const { header, body } = readHtmlSkeleton(skeleton);
  if (texts.length !== header.segments) {
    throw mismatch(`the skeleton has ${header.segments} segments, but ${texts.length} texts were given`, {
      segments: header.segments,
      texts: texts.length,
    });
  }
  const hostTags = tagsWithValues(texts, header.notes);
  // Language first: the slots are in the skeleton, and a translation is never read for slots.
  return replaceMarkers(fillLangSlots(body, options.targetLang), texts.length, (index, breaks) => {
    const segment = texts[index] as SegmentText;
    const tags = hostTags.get(index) ?? segment.tags;
    return renderSegment({ text: segment.text, tags }, breaks, header.notes[index] ?? {});
  });
}

/** The charset the page of a skeleton is written in (its declared one, as submitted). */
export const htmlSkeletonCharset = (skeleton: string): HtmlCharset => readHtmlSkeleton(skeleton).header.charset;

/** rebuildHtml, written in the charset of the page the skeleton came from. */
export function rebuildHtmlBytes(skeleton: string, texts: SegmentText[], options: HtmlRebuildOptions = {}): Uint8Array {
  return encodeHtml(rebuildHtml(skeleton, texts, options), readHtmlSkeleton(skeleton).header.charset);
}
