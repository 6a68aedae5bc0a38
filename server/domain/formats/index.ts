// Document formats, registered in one place: for each format what its content is (text or bytes), how it
// becomes a skeleton and segments, how the skeleton and (translated) segments become the file again,
// and what that file is called and served as. Submission, preview, export and revisions look the
// format up here and never branch on it. Invariant, for every format and input:
//   rebuilding the skeleton with the segments' sources gives the content back (see each format's tests).
import { InvalidInput } from '../errors';
import type { LanguageCode } from '../common';
import type { SegmentationRules } from '../segmentation/rules';
import type { DocumentFormat } from '../documents/types';
import type { InlineTag } from '../segments/types';
import type { SegmentState } from '../workflow/states';
import { DOCX_MEDIA_TYPE, extractDocx, rebuildDocx } from './docx';
import { extractHtml, htmlSkeletonCharset, rebuildHtmlBytes } from './html';
import { MARKDOWN_FALLBACK_BREAK, parseMarkdown } from './markdown';
import type { ParsedDocument, SourceLanguage } from './model';
import { assertNoReservedCharacters, renderSkeleton } from './skeleton';
import { parseText, textFallbackBreak } from './text';
import { extractXliff, rebuildXliff, xliffText } from './xliff';

export type { ParsedDocument, ParsedSegment } from './model';

/** What a document is submitted as: text (JSON, or a file read as UTF-8), or the bytes of a file. */
export type DocumentContent = string | Uint8Array;

/** A segment as an export writes it back. */
export interface RebuildSegment {
  source: string;
  /** null while the segment has no translation. */
  target: string | null;
  tags: InlineTag[];
  state: SegmentState;
}

/** A file ready to be sent. */
export interface RenderedFile {
  content: string | Uint8Array;
  /** The media type, with its charset for text. */
  mediaType: string;
}

export interface FormatEntry {
  /** 'text': JSON submissions may carry it as a string; 'binary': it arrives as a file only. */
  content: 'text' | 'binary';
  /** The file extension of an export, without the dot. */
  extension: string;
  extract(content: DocumentContent, lang: SourceLanguage, rules: SegmentationRules | undefined): ParsedDocument;
  /**
   * The file with the segments in: the target, or where there is none the German source (so a preview
   * export stays readable) — except XLIFF, which leaves such a segment's target as the file had it.
   */
  rebuild(skeleton: string, segments: readonly RebuildSegment[], targetLang: LanguageCode): RenderedFile;
}

const BOM = '\uFEFF';

/** A text file's bytes as UTF-8 (a byte order mark stays: it is not text, the skeleton keeps it). */
function utf8Text(content: DocumentContent): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
  } catch {
    throw new InvalidInput('the file is not UTF-8 text', undefined, 'text_not_utf8');
  }
}

/** Plain text and Markdown: the skeleton machinery of ./skeleton.ts, the byte order mark kept in the skeleton. */
function parseTextual(parse: typeof parseText, content: string, lang: SourceLanguage, rules?: SegmentationRules): ParsedDocument {
  assertNoReservedCharacters(content);
  if (!content.trim()) throw new InvalidInput('the document has no text to translate', undefined, 'empty_document');
  // A byte order mark is not text: it stays in the skeleton, so "\uFEFF# Titel" is still a heading.
  if (content.startsWith(BOM)) {
    const parsed = parseTextual(parse, content.slice(BOM.length), lang, rules);
    return { ...parsed, skeleton: BOM + parsed.skeleton };
  }
  return parse(content, lang, rules);
}

const withSourceFallback = (segments: readonly RebuildSegment[]) =>
  segments.map((segment) => ({ text: segment.target ?? segment.source, tags: segment.tags }));

function textualEntry(format: 'text' | 'markdown'): FormatEntry {
  const parse = format === 'markdown' ? parseMarkdown : parseText;
  return {
    content: 'text',
    extension: format === 'markdown' ? 'md' : 'txt',
    extract: (content, lang, rules) => parseTextual(parse, utf8Text(content), lang, rules),
    rebuild: (skeleton, segments) => ({
      content: renderDocument(format, skeleton, withSourceFallback(segments)),
      mediaType: `${format === 'markdown' ? 'text/markdown' : 'text/plain'}; charset=utf-8`,
    }),
  };
}

export const DOCUMENT_FORMAT_ENTRIES: Readonly<Record<DocumentFormat, FormatEntry>> = {
  text: textualEntry('text'),
  markdown: textualEntry('markdown'),
  docx: {
    content: 'binary',
    extension: 'docx',
    extract(content, lang, rules) {
      if (typeof content === 'string') {
        throw new InvalidInput('a Word document is sent as a file (multipart/form-data), not as text', undefined, 'file_required');
      }
      return extractDocx(content, { lang, rules });
    },
    rebuild: (skeleton, segments, targetLang) => ({
      content: rebuildDocx(skeleton, withSourceFallback(segments), { targetLang }),
      mediaType: DOCX_MEDIA_TYPE,
    }),
  },
  html: {
    content: 'text',
    extension: 'html',
    extract: (content, lang, rules) => extractHtml(content, { lang, rules }),
    // Written in the page's own charset, which its <meta charset> (if any) still declares.
    rebuild: (skeleton, segments, targetLang) => ({
      content: rebuildHtmlBytes(skeleton, withSourceFallback(segments), { targetLang }),
      mediaType: `text/html; charset=${htmlSkeletonCharset(skeleton)}`,
    }),
  },
  xliff: {
    content: 'text',
    extension: 'xlf',
    extract: (content, lang, rules) => extractXliff(xliffText(content), { lang, rules }),
    rebuild: (skeleton, segments) => ({
      content: rebuildXliff(
        skeleton,
        segments.map((segment) => (segment.target === null ? null : { text: segment.target, tags: segment.tags, state: segment.state })),
        { targetLang: 'pl' },
      ),
      mediaType: 'application/xliff+xml; charset=utf-8',
    }),
  },
};

/**
 * Splits a document into segments (sentences of paragraphs, headings, list items, table cells …) and
 * a skeleton keeping everything else. Throws InvalidInput: 'invalid_characters' (U+E000… markers in the
 * content), 'empty_document' (nothing to translate), and each format's own codes.
 */
export function parseDocument(
  format: DocumentFormat,
  content: DocumentContent,
  lang: SourceLanguage = 'de',
  rules?: SegmentationRules,
): ParsedDocument {
  return DOCUMENT_FORMAT_ENTRIES[format].extract(content, lang, rules);
}

/** The document's file with the segments put back (see FormatEntry.rebuild). */
export function rebuildDocument(
  format: DocumentFormat,
  skeleton: string,
  segments: readonly RebuildSegment[],
  targetLang: LanguageCode = 'pl',
): RenderedFile {
  return DOCUMENT_FORMAT_ENTRIES[format].rebuild(skeleton, segments, targetLang);
}

/**
 * Puts segment texts (placeholders as in the segments, line breaks as "\n") into a plain-text or Markdown
 * skeleton, in order: text i fills marker i. Throws InvalidInput 'skeleton_mismatch' when the number of
 * texts differs from the number of markers.
 */
export function renderDocument(
  format: 'text' | 'markdown',
  skeleton: string,
  texts: { text: string; tags: InlineTag[] }[],
): string {
  const fallbackBreak = format === 'markdown' ? MARKDOWN_FALLBACK_BREAK : textFallbackBreak(skeleton);
  return renderSkeleton(skeleton, texts, fallbackBreak);
}
