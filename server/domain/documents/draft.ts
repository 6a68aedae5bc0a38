// What a submission decides before anything is stored: the document parsed and segmented with the
// project's rules, each segment's language identified, its word and character counts and its
// repetition key. Pure and plain data in, plain data out, so that a large document is drafted on a
// worker thread (server/workers) exactly as a small one is drafted inline.
import { parseDocument } from '../formats';
import type { SourceLanguage } from '../formats/model';
import { identifyLanguage } from '../language/identify';
import { sourceKey } from '../repetitions/sourceKey';
import { countChars, countWords } from '../segmentation/counting';
import type { SegmentationRules } from '../segmentation/rules';
import type { BlockKind, InlineTag, SegmentLanguage } from '../segments/types';
import type { DocumentFormat } from './types';

/** Languages whose text stays as it is in the Polish document. */
const NOT_TRANSLATED: readonly SegmentLanguage[] = ['pl', 'neutral'];

/**
 * A submitted document's content: text for the text formats; bytes for binary ones (a format that
 * reads bytes takes them as they are, a text format reads them as UTF-8).
 */
export type DocumentContent = string | Uint8Array;

/** A segment as the submission of a text would create it, before it has an id or a document. */
export interface SegmentDraft {
  index: number;
  source: string;
  kind: BlockKind;
  tags: InlineTag[];
  /** The language identified for the segment; Polish and neutral ones are not translated. */
  lang: SegmentLanguage;
  /** Locked with target = source (never sent to DeepL) because of its language. */
  locked: boolean;
  wordCount: number;
  charCount: number;
  /** Twins share it (domain/repetitions/sourceKey.ts). */
  sourceKey: string;
}

export interface DraftDocument {
  skeleton: string;
  segments: SegmentDraft[];
}

export interface DraftDocumentInput {
  format: DocumentFormat;
  content: DocumentContent;
  lang: SourceLanguage;
  rules?: SegmentationRules;
}

/** Throws what parseDocument throws (empty_document, invalid_characters). */
export function draftDocument({ format, content, lang, rules }: DraftDocumentInput): DraftDocument {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const parsed = parseDocument(format, text, lang, rules);
  const segments = parsed.segments.map((parsedSegment, index): SegmentDraft => {
    const segmentLang = identifyLanguage(parsedSegment.source, { documentLanguage: 'de' });
    return {
      index,
      source: parsedSegment.source,
      kind: parsedSegment.kind,
      tags: parsedSegment.tags,
      lang: segmentLang,
      locked: NOT_TRANSLATED.includes(segmentLang),
      wordCount: countWords(parsedSegment.source),
      charCount: countChars(parsedSegment.source),
      sourceKey: sourceKey(parsedSegment.source),
    };
  });
  return { skeleton: parsed.skeleton, segments };
}

/** The content's size in bytes as sent (UTF-16 code units × 1 for text is close enough to decide where it runs). */
export const contentSize = (content: DocumentContent): number => (typeof content === 'string' ? content.length : content.byteLength);
