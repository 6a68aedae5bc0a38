// The HTML skeleton: a header, then the source with markers (../skeleton.ts) in place of the segments
// that stand in it and language slots in the <html> start tag.
//
//   U+E003 <header JSON> U+E004 <body>
//
// The header holds what the markers cannot: the charset to write the page in, and per segment (only
// where needed) its attribute quote, its unusual character spellings (./spelling.ts), and for an
// attribute value inside inline markup (a link's title, an inline image's alt) the segment and tag whose
// markup holds it, with the value's offsets in that markup, and its line breaks. Such a value has no
// marker: the export writes it into its host tag's markup. A language slot is
//   U+E005 'v' <original value> U+E006   the value of lang / xml:lang on <html>
//   U+E005 'a' U+E006                    where <html> gets a lang attribute it lacks
//   U+E005 't' U+E006                    where an implied <html> gets a start tag
// U+E000–U+E006 are refused in submitted documents.
import { InvalidInput } from '../../errors';
import type { LanguageCode } from '../../common';
import type { HtmlCharset } from './charset';
import type { AttributeQuote } from './collect';
import type { Spellings } from './spelling';

export interface NestedValue {
  /** The segment whose tag holds the value, the tag's id there, and the value's offsets in its markup. */
  host: number;
  tag: number;
  start: number;
  end: number;
  /** The value's line breaks as the source wrote them. */
  breaks: string[];
}

export interface SegmentNotes {
  /** For an attribute value: its quote ('' when unquoted). Absent for element content. */
  quote?: AttributeQuote;
  spellings?: Spellings;
  nested?: NestedValue;
}

export interface HtmlSkeletonHeader {
  format: 'html';
  version: 1;
  charset: HtmlCharset;
  segments: number;
  notes: Record<string, SegmentNotes>;
}

const HEADER_OPEN = '\uE003';
const HEADER_CLOSE = '\uE004';
const SLOT_OPEN = '\uE005';
const SLOT_CLOSE = '\uE006';
const HTML_RESERVED = /[\uE000-\uE006]/;
const LANG_SLOT = /\uE005([vat])([^\uE005\uE006]*)\uE006/g;

/** Refuses content holding the private-use characters the HTML skeleton uses. */
export function assertNoHtmlReservedCharacters(content: string): void {
  const m = HTML_RESERVED.exec(content);
  if (m) {
    throw new InvalidInput('the document contains reserved characters (U+E000–U+E006)', { offset: m.index }, 'invalid_characters');
  }
}

export const langValueSlot = (original: string): string => `${SLOT_OPEN}v${original}${SLOT_CLOSE}`;
export const LANG_ATTRIBUTE_SLOT = `${SLOT_OPEN}a${SLOT_CLOSE}`;
export const LANG_TAG_SLOT = `${SLOT_OPEN}t${SLOT_CLOSE}`;

export function writeHtmlSkeleton(header: HtmlSkeletonHeader, body: string): string {
  return HEADER_OPEN + JSON.stringify(header) + HEADER_CLOSE + body;
}

function invalidSkeleton(): InvalidInput {
  return new InvalidInput('the skeleton is not an HTML skeleton', undefined, 'html_skeleton_invalid');
}

export function readHtmlSkeleton(skeleton: string): { header: HtmlSkeletonHeader; body: string } {
  const close = skeleton.indexOf(HEADER_CLOSE);
  if (!skeleton.startsWith(HEADER_OPEN) || close < 0) throw invalidSkeleton();
  let header: HtmlSkeletonHeader;
  try {
    header = JSON.parse(skeleton.slice(HEADER_OPEN.length, close)) as HtmlSkeletonHeader;
  } catch {
    throw invalidSkeleton();
  }
  if (header?.format !== 'html' || header.version !== 1 || !Number.isInteger(header.segments) || typeof header.notes !== 'object') {
    throw invalidSkeleton();
  }
  return { header, body: skeleton.slice(close + HEADER_CLOSE.length) };
}

/** Fills the language slots: with `lang`, or with what the source had when no language is given. */
export function fillLangSlots(body: string, lang: LanguageCode | undefined): string {
  return body.replace(LANG_SLOT, (_whole, kind: string, original: string) => {
    if (kind === 'v') return lang ?? original;
    if (!lang) return '';
    return kind === 'a' ? ` lang="${lang}"` : `<html lang="${lang}">`;
  });
}
