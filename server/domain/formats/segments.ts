// From block texts to segments and skeleton slots, and from those to the parsed document.
import { InvalidInput } from '../errors';
import type { BlockKind } from '../segments/types';
import { renumberPlaceholders, stripPlaceholders } from '../segmentation/placeholders';
import type { SegmentationRules } from '../segmentation/rules';
import { sentenceSpans, wholeBlockSpans, type SentenceSpan } from '../segmentation/sentences';
import type { BlockText } from './blockText';
import { languageRuns } from './languageRuns';
import type { ParsedDocument, ParsedSegment, SourceLanguage } from './model';
import { buildSkeleton, type SkeletonSlot } from './skeleton';

export interface SegmentPiece {
  segment: ParsedSegment;
  slot: SkeletonSlot;
  /** Where the segment lies in the block text it was cut from. */
  span: SentenceSpan;
}

export interface ExtractOptions {
  kind: BlockKind;
  lang: SourceLanguage;
  /** Split into sentences (paragraphs, lines) or keep the block as one segment (headings). */
  sentences: boolean;
  /** Characters at the start of the block text that stay in the skeleton (a task-list box). */
  skip?: number;
  /** Sentence rules (a project's merged rules); the built-in ones when absent. */
  rules?: SegmentationRules;
}

const TRANSLATABLE = /[\p{L}\p{N}]/u;

/** A sentence span and the language whose rules found it (none for a block kept whole). */
type LanguageSpan = SentenceSpan & { lang?: SourceLanguage };

function wholeSpan(text: string, from: number): LanguageSpan[] {
  const start = from + (text.slice(from).length - text.slice(from).trimStart().length);
  const end = text.trimEnd().length;
  return wholeBlockSpans(text, start, end);
}

/** The sentences of a block from `from`, each run of one language split by that language's rules. */
function sentencesByLanguage(text: string, from: number, options: ExtractOptions): LanguageSpan[] {
  const spans: LanguageSpan[] = [];
  for (const run of languageRuns(text, from, options.lang, options.rules)) {
    for (const s of sentenceSpans(text.slice(run.start, run.end), run.lang, options.rules)) {
      spans.push({ start: s.start + run.start, end: s.end + run.start, lang: run.lang });
    }
  }
  return spans;
}

/**
 * The segments of one block: its sentences (or the whole block), trimmed, each with its own tag ids.
 * A block to split is identified first (./languageRuns.ts): a Polish paragraph of a German document is
 * split by the Polish rules, and its segments say so (`blockLanguage`).
 */
export function extractSegments(content: string, block: BlockText, options: ExtractOptions): SegmentPiece[] {
  const from = options.skip ?? 0;
  const spans = options.sentences ? sentencesByLanguage(block.text, from, options) : wholeSpan(block.text, from);
  const pieces: SegmentPiece[] = [];
  const tagsById = new Map(block.tags.map((tag) => [tag.id, tag]));
  for (const { start, end, lang } of spans) {
    const raw = block.text.slice(start, end);
    if (!TRANSLATABLE.test(stripPlaceholders(raw))) continue;
    const { text, tags } = renumberPlaceholders(raw, tagsById);
    const breaks: string[] = [];
    for (let i = start; i < end; i++) {
      if (block.text[i] === '\n') breaks.push(content.slice(block.starts[i], block.ends[i]));
    }
    pieces.push({
      segment: { source: text, kind: options.kind, tags, ...(lang !== undefined && lang !== options.lang ? { blockLanguage: lang } : {}) },
      slot: { start: block.starts[start] as number, end: block.ends[end - 1] as number, breaks },
      span: { start, end },
    });
  }
  return pieces;
}

/** Sorts the pieces, builds the skeleton and refuses a document without any segment. */
export function assembleDocument(content: string, pieces: SegmentPiece[]): ParsedDocument {
  if (!pieces.length) {
    throw new InvalidInput('the document has no text to translate', undefined, 'empty_document');
  }
  const sorted = [...pieces].sort((a, b) => a.slot.start - b.slot.start);
  return {
    skeleton: buildSkeleton(content, sorted.map((p) => p.slot)),
    segments: sorted.map((p) => p.segment),
  };
}
