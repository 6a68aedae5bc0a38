// What a format parser returns: the document's skeleton and its segments, in document order.
import type { BlockKind, InlineTag } from '../segments/types';
import type { LanguageCode } from '../common';

export interface ParsedSegment {
  /** The segment text, inline markup as placeholders ({1}…{/1}, {2/}), ids 1, 2, … per segment. */
  source: string;
  kind: BlockKind;
  tags: InlineTag[];
  /**
   * A translation the submitted file already holds (bilingual formats such as XLIFF), placeholders
   * numbered as in `source`; absent or null when there is none.
   */
  target?: string | null;
  /** The segment's id in the submitted file (an XLIFF unit id), for matching it up later. */
  externalId?: string;
  /**
   * The language identified for the paragraph (or run of lines) the segment was split from, when it is
   * not the document's: a Polish passage of a German document is 'pl'. Absent otherwise.
   */
  blockLanguage?: LanguageCode;
}

export interface ParsedDocument {
  /** The content with segment i replaced by marker i (see ./skeleton.ts). */
  skeleton: string;
  segments: ParsedSegment[];
  /**
   * The document's own title, where the format has one: an HTML page's <title>, a Word file's core
   * title (docProps/core.xml), an XLIFF file's `original`. Absent when there is none.
   */
  title?: string;
}

/** The language of the submitted document, which picks the sentence rules. */
export type SourceLanguage = LanguageCode;
