// The skeleton: the submitted document with every segment replaced by a marker. A marker is
//   U+E000 <index> (U+E002 <break>)* U+E001
// where <index> is the 0-based segment index and each <break> is the original text that stood for the
// n-th line break inside the segment (e.g. "\r\n> " in a Markdown blockquote: line ending plus the
// container prefix of the next line). Rendering replaces the n-th "\n" of a text by the n-th break,
// so multi-line segments come back with their exact prefixes. Private-use characters U+E000–U+E002
// are therefore refused in input.
import { InvalidInput } from '../errors';
import type { InlineTag } from '../segments/types';
import { renderPlaceholders, splitPlaceholders } from '../segmentation/placeholders';

const OPEN = '\uE000';
const SEPARATOR = '\uE002';
const CLOSE = '\uE001';
const RESERVED = /[\uE000-\uE002]/;
const MARKER = /\uE000(\d+)((?:\uE002[^\uE000-\uE002]*)*)\uE001/g;

/** A segment's place in the original content, and the text of its line breaks there. */
export interface SkeletonSlot {
  start: number;
  end: number;
  breaks: string[];
}

export function assertNoReservedCharacters(content: string): void {
  const m = RESERVED.exec(content);
  if (m) {
    throw new InvalidInput(
      'the document contains reserved characters (U+E000–U+E002)',
      { offset: m.index },
      'invalid_characters',
    );
  }
}

export function marker(index: number, breaks: string[]): string {
  return OPEN + String(index) + breaks.map((b) => SEPARATOR + b).join('') + CLOSE;
}

/** Replaces each slot (sorted, not overlapping) by its marker; slot i gets index i. */
export function buildSkeleton(content: string, slots: SkeletonSlot[]): string {
  let out = '';
  let last = 0;
  slots.forEach((slot, index) => {
    if (slot.start < last || slot.end < slot.start) throw new Error('overlapping segment slots');
    out += content.slice(last, slot.start) + marker(index, slot.breaks);
    last = slot.end;
  });
  return out + content.slice(last);
}

/**
 * A segment text put back into the document: its n-th line break becomes the n-th recorded break
 * (extra ones repeat the last recorded break, or `fallbackBreak` when there is none), then its
 * placeholders become their tags' markup.
 */
export function renderSegment(text: string, tags: InlineTag[], breaks: string[], fallbackBreak: string): string {
  let n = 0;
  return splitPlaceholders(text)
    .map((part) =>
      part.kind === 'text'
        ? part.text.replace(/\r\n|\n/g, () => breaks[n++] ?? breaks[breaks.length - 1] ?? fallbackBreak)
        : renderPlaceholders(part.text, tags),
    )
    .join('');
}

/**
 * Replaces every marker of a skeleton by what `render` makes of its segment index and breaks. Throws
 * InvalidInput 'skeleton_mismatch' for a marker whose index has no text.
 */
export function replaceMarkers(
  skeleton: string,
  textCount: number,
  render: (index: number, breaks: string[]) => string,
): string {
  return skeleton.replace(MARKER, (_whole, index: string, breakList: string) => {
    if (Number(index) >= textCount) {
      throw new InvalidInput(`the skeleton refers to segment ${index}, but only ${textCount} texts were given`,
        { index: Number(index), texts: textCount }, 'skeleton_mismatch');
    }
    return render(Number(index), breakList ? breakList.split(SEPARATOR).slice(1) : []);
  });
}

export function renderSkeleton(
  skeleton: string,
  texts: { text: string; tags: InlineTag[] }[],
  fallbackBreak: string,
): string {
  let used = 0;
  const out = replaceMarkers(skeleton, texts.length, (index, breaks) => {
    const segment = texts[index] as { text: string; tags: InlineTag[] };
    used++;
    return renderSegment(segment.text, segment.tags, breaks, fallbackBreak);
  });
  if (used !== texts.length) {
    throw new InvalidInput(`the skeleton has ${used} segments, but ${texts.length} texts were given`,
      { markers: used, texts: texts.length }, 'skeleton_mismatch');
  }
  return out;
}
