// What a format parser returns: the document's skeleton and its segments, in document order.
import type { BlockKind, InlineTag } from '../segments/types';
import type { LanguageCode } from '../common';

export interface ParsedSegment {
  /** The segment text, inline markup as placeholders ({1}…{/1}, {2/}), ids 1, 2, … per segment. */
  source: string;
  kind: BlockKind;
  tags: InlineTag[];
}

export interface ParsedDocument {
  /** The content with segment i replaced by marker i (see ./skeleton.ts). */
  skeleton: string;
  segments: ParsedSegment[];
}

/** The language of the submitted document, which picks the sentence rules. */
export type SourceLanguage = LanguageCode;
