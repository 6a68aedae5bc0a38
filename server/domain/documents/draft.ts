// What a submission decides before anything is stored: the document parsed and segmented with the
// project's rules (each paragraph by the rules of its own language), each segment's language
// identified, its word and character counts and its repetition key. Pure and plain data in, plain
// data out, so that a large document is drafted on a worker thread (server/workers) exactly as a
// small one is drafted inline.
import { parseDocument, type DocumentContent, type ParsedSegment } from '../formats';
import type { SourceLanguage } from '../formats/model';
import { identifyLanguage } from '../language/identify';
import { sourceKey } from '../repetitions/sourceKey';
import { countChars, countWords } from '../segmentation/counting';
import type { SegmentationRules } from '../segmentation/rules';
import type { BlockKind, InlineTag, SegmentLanguage } from '../segments/types';
import type { DocumentFormat } from './types';

export type { DocumentContent } from '../formats';

/** Languages whose text stays as it is in the Polish document. */
const NOT_TRANSLATED: readonly SegmentLanguage[] = ['pl', 'neutral'];

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
  /** A translation the submitted file already holds (an XLIFF target), placeholders as in the source. */
  target: string | null;
  /** The segment's id in the submitted file (an XLIFF unit id). */
  externalId?: string;
}

export interface DraftDocument {
  skeleton: string;
  segments: SegmentDraft[];
  /** The document's own title (an HTML <title>, a Word file's core title, an XLIFF file's `original`). */
  title?: string;
}

export interface DraftDocumentInput {
  format: DocumentFormat;
  /** Text, or a file's bytes (a Word file): they cross to a worker thread as they are. */
  content: DocumentContent;
  lang: SourceLanguage;
  rules?: SegmentationRules;
}

/** Throws what parseDocument throws (empty_document, invalid_characters and each format's own codes). */
export function draftDocument({ format, content, lang, rules }: DraftDocumentInput): DraftDocument {
  const parsed = parseDocument(format, content, lang, rules);
  return { skeleton: parsed.skeleton, segments: parsed.segments.map(draftSegment), ...(parsed.title !== undefined ? { title: parsed.title } : {}) };
}

/** A parsed segment at `index` with its language identified, counted and keyed, as a submission stores it. */
export function draftSegment(parsedSegment: ParsedSegment, index: number): SegmentDraft {
  // The paragraph's language is the prior: a short or neutral fragment of a Polish paragraph ("Tak.",
  // "Dz. U. poz. 12.") stays Polish and is locked with it; a long sentence still speaks for itself.
  const lang = identifyLanguage(parsedSegment.source, { documentLanguage: parsedSegment.blockLanguage ?? 'de' });
  return {
    index,
    source: parsedSegment.source,
    kind: parsedSegment.kind,
    tags: parsedSegment.tags,
    lang,
    locked: NOT_TRANSLATED.includes(lang),
    wordCount: countWords(parsedSegment.source),
    charCount: countChars(parsedSegment.source),
    sourceKey: sourceKey(parsedSegment.source),
    target: parsedSegment.target ?? null,
    ...(parsedSegment.externalId !== undefined ? { externalId: parsedSegment.externalId } : {}),
  };
}
