// Document formats: parse submitted content into a skeleton and segments, and render a skeleton back
// with (translated) segment texts. Invariant, for every format and input:
//   renderDocument(f, skeleton, segments.map(s => ({ text: s.source, tags: s.tags }))) === content
import { InvalidInput } from '../errors';
import type { SegmentationRules } from '../segmentation/rules';
import type { DocumentFormat } from '../documents/types';
import type { InlineTag } from '../segments/types';
import { MARKDOWN_FALLBACK_BREAK, parseMarkdown } from './markdown';
import type { ParsedDocument, SourceLanguage } from './model';
import { assertNoReservedCharacters, renderSkeleton } from './skeleton';
import { parseText, textFallbackBreak } from './text';

export type { ParsedDocument, ParsedSegment } from './model';

const BOM = '\uFEFF';

/**
 * Splits a document into segments (sentences of paragraphs, headings, list items, table cells …) and
 * a skeleton keeping everything else byte for byte. Throws InvalidInput 'invalid_characters' when the
 * content holds U+E000–U+E002 (the skeleton's markers) and 'empty_document' when nothing is left to
 * translate.
 */
export function parseDocument(
  format: DocumentFormat,
  content: string,
  lang: SourceLanguage = 'de',
  rules?: SegmentationRules,
): ParsedDocument {
  assertNoReservedCharacters(content);
  if (!content.trim()) throw new InvalidInput('the document has no text to translate', undefined, 'empty_document');
  // A byte order mark is not text: it stays in the skeleton, so "\uFEFF# Titel" is still a heading.
  if (content.startsWith(BOM)) {
    const parsed = parseDocument(format, content.slice(BOM.length), lang, rules);
    return { ...parsed, skeleton: BOM + parsed.skeleton };
  }
  return format === 'markdown' ? parseMarkdown(content, lang, rules) : parseText(content, lang, rules);
}

/**
 * Puts segment texts (placeholders as in the segments, line breaks as "\n") into a skeleton, in
 * order: text i fills marker i. Throws InvalidInput 'skeleton_mismatch' when the number of texts
 * differs from the number of markers.
 */
export function renderDocument(
  format: DocumentFormat,
  skeleton: string,
  texts: { text: string; tags: InlineTag[] }[],
): string {
  const fallbackBreak = format === 'markdown' ? MARKDOWN_FALLBACK_BREAK : textFallbackBreak(skeleton);
  return renderSkeleton(skeleton, texts, fallbackBreak);
}
