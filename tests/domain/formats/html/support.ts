// Shared helpers of the HTML format's tests.
import type { ParsedDocument } from '../../../../server/domain/formats';
import { extractHtml, rebuildHtml } from '../../../../server/domain/formats/html';
import { readHtmlSkeleton } from '../../../../server/domain/formats/html/layout';
import type { LanguageCode } from '../../../../server/domain/common';
import type { InlineTag } from '../../../../server/domain/segments/types';

/** The skeleton marker of segment i, with the original text of its line breaks. */
export const m = (i: number, ...breaks: string[]) => `\uE000${i}${breaks.map((b) => `\uE002${b}`).join('')}\uE001`;

export const extract = (content: string | Uint8Array, lang: LanguageCode = 'de') => extractHtml(content, { lang });
/** The skeleton without its header. */
export const body = (doc: ParsedDocument) => readHtmlSkeleton(doc.skeleton).body;
export const notes = (doc: ParsedDocument) => readHtmlSkeleton(doc.skeleton).header.notes;
export const sources = (doc: ParsedDocument) => doc.segments.map((s) => [s.kind, s.source]);
export const sourceTexts = (doc: ParsedDocument) => doc.segments.map((s) => ({ text: s.source, tags: s.tags }));

export const rebuild = (doc: ParsedDocument, texts: string[], targetLang?: LanguageCode) =>
  rebuildHtml(doc.skeleton, texts.map((text, i) => ({ text, tags: doc.segments[i]!.tags })), { targetLang });
export const roundTrip = (content: string) => {
  const doc = extract(content);
  return rebuildHtml(doc.skeleton, sourceTexts(doc));
};
/** A deterministic stand-in for a translation: every segment prefixed with "PL: ". */
export const fakePolish = (doc: ParsedDocument) => doc.segments.map((s) => ({ text: `PL: ${s.source}`, tags: s.tags }));

export const paired = (id: number, open: string, close: string): InlineTag => ({ id, type: 'paired', open, close });
export const standalone = (id: number, open: string): InlineTag => ({ id, type: 'standalone', open, close: '' });
