// DOCX (WordprocessingML): a Word file in, its segments and a skeleton out; the skeleton and translated
// segments in, the same Word file in the target language out.
//
// Translated parts: word/document.xml (body, tables, text boxes, lists), word/header*.xml,
// word/footer*.xml, word/footnotes.xml and word/endnotes.xml, read in that reading order (headers,
// body, footnotes, endnotes, footers). Everything else (styles, numbering, settings, images, comments,
// custom XML, relationships: hyperlink targets stay there) is copied byte for byte, except the
// languages in word/styles.xml on export (./language.ts). Comments are kept and never translated.
//
// Skeleton: "nysa-docx/1\n" + base64 of a ZIP holding the package's entries in their order, the
// translated parts with each segment replaced by a skeleton marker (../skeleton.ts) whose one "break"
// is the run start the segment's text is written in. A string, deterministic, as compact as deflate.
//
// Rebuilding with the source texts gives a package whose untranslated parts are byte-identical (their
// ZIP compression may differ) and whose translated parts differ only inside the rewritten paragraphs
// (see ./part.ts for which; paragraph properties and everything outside paragraphs stay byte for byte):
// runs of the same look are merged (the merged run has its first run's properties, w:lang included)
// and lose their w:rsid* attributes, every w:t has xml:space="preserve", the space between two
// sentences is a run of its own, w:proofErr, w:lastRenderedPageBreak and "_GoBack" bookmarks are
// gone, tracked insertions are accepted and deletions dropped, soft/non-breaking hyphens are
// characters, newlines inside w:t are spaces, XML comments and processing instructions between runs
// are gone. Text and formatting are the same: extracting the rebuilt file gives the same segments and
// the same skeleton.
import { InvalidInput } from '../../errors';
import type { SegmentationRules } from '../../segmentation/rules';
import type { LanguageCode } from '../../common';
import type { InlineTag } from '../../segments/types';
import type { ParsedDocument, SourceLanguage } from '../model';
import { assertNoReservedCharacters, replaceMarkers } from '../skeleton';
import { coreTitle } from './coreTitle';
import { renderInline } from './inline';
import { replaceGermanLanguage } from './language';
import { readPackage, writePackage, type PackageEntry } from './package';
import { partSkeleton, SegmentList } from './part';
import { NO_STYLES, paragraphStyles } from './styles';
import { assertNoDoctype, decodeUtf8Part, parseXmlTree } from './xml';

export { writeBilingualDocx, type BilingualRow, type BilingualTable } from './bilingual';
export { PACKAGE_LIMITS } from './package';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
const SKELETON_HEADER = 'nysa-docx/1\n';
/** Reading order of the translated parts; within a kind, by number (header2 before header10). */
const TRANSLATED_ORDER: [RegExp, number][] = [
  [/^word\/header(\d*)\.xml$/, 0],
  [/^word\/document\.xml$/, 1],
  [/^word\/footnotes\.xml$/, 2],
  [/^word\/endnotes\.xml$/, 3],
  [/^word\/footer(\d*)\.xml$/, 4],
];
const XML_ENTRY = /\.(xml|rels|vml)$/i;

function translatedRank(name: string): [number, number] | null {
  for (const [pattern, rank] of TRANSLATED_ORDER) {
    const m = pattern.exec(name);
    if (m) return [rank, Number(m[1] || 0)];
  }
  return null;
}

/** The translated parts of a package, in reading order. */
function translatedParts(entries: PackageEntry[]): PackageEntry[] {
  return entries
    .filter((entry) => translatedRank(entry.name))
    .sort((a, b) => {
      const [ra, na] = translatedRank(a.name) as [number, number];
      const [rb, nb] = translatedRank(b.name) as [number, number];
      return ra - rb || na - nb;
    });
}

export interface DocxExtractOptions {
  lang: SourceLanguage;
  rules?: SegmentationRules;
}

/**
 * The segments of a Word file and its skeleton. Throws InvalidInput: 'empty_document',
 * 'unreadable_file', 'docx_encrypted_or_legacy', 'docx_missing_document', 'zip_unsafe_path',
 * 'zip_too_large', 'xml_doctype_refused', 'docx_invalid_xml', 'xml_too_deep', 'invalid_characters'.
 */
export function extractDocx(content: Uint8Array, options: DocxExtractOptions): ParsedDocument {
  const entries = readPackage(content);
  if (!entries.some((entry) => entry.name === DOCUMENT)) {
    throw new InvalidInput('the package has no word/document.xml: it is no Word document', undefined, 'docx_missing_document');
  }
  const translated = translatedParts(entries);
  for (const entry of entries) {
    if (XML_ENTRY.test(entry.name) && !translated.includes(entry)) assertNoDoctype(entry.name, entry.data);
  }
  const stylesEntry = entries.find((entry) => entry.name === STYLES);
  const styles = stylesEntry ? paragraphStyles(parseXmlTree(STYLES, decodeUtf8Part(STYLES, stylesEntry.data))) : NO_STYLES;

  const segments = new SegmentList();
  const skeletons = new Map<string, Uint8Array>();
  const encoder = new TextEncoder();
  for (const entry of translated) {
    const xml = decodeUtf8Part(entry.name, entry.data);
    assertNoReservedCharacters(xml);
    skeletons.set(entry.name, encoder.encode(partSkeleton(entry.name, xml, segments, { lang: options.lang, rules: options.rules, styles })));
  }
  if (!segments.segments.length) throw new InvalidInput('the document has no text to translate', undefined, 'empty_document');
  const skeletonEntries = entries.map((entry) => ({ ...entry, data: skeletons.get(entry.name) ?? entry.data }));
  const skeleton = SKELETON_HEADER + Buffer.from(writePackage(skeletonEntries)).toString('base64');
  const title = coreTitle(entries);
  return { skeleton, segments: segments.segments, ...(title === undefined ? {} : { title }) };
}

function skeletonEntries(skeleton: string): PackageEntry[] {
  if (!skeleton.startsWith(SKELETON_HEADER)) {
    throw new InvalidInput('the skeleton is not one of a Word document', undefined, 'skeleton_mismatch');
  }
  return readPackage(new Uint8Array(Buffer.from(skeleton.slice(SKELETON_HEADER.length), 'base64')));
}

/** Language tags written for a target language; none for German, the language of the original. */
const LANGUAGE_TAGS: Partial<Record<LanguageCode, string>> = { pl: 'pl-PL' };

export interface DocxRebuildOptions {
  targetLang: LanguageCode;
}

/**
 * The Word file with text i in place of segment i. Throws InvalidInput 'skeleton_mismatch' when the
 * number of texts is not the number of segments.
 */
export function rebuildDocx(skeleton: string, texts: { text: string; tags: InlineTag[] }[], options: DocxRebuildOptions): Uint8Array {
  const entries = skeletonEntries(skeleton);
  const translated = new Set(translatedParts(entries));
  const language = LANGUAGE_TAGS[options.targetLang];
  const used = new Uint8Array(texts.length);
  // The byte order mark, if any, stays: the part is otherwise unchanged.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const encoder = new TextEncoder();
  const rebuilt = entries.map((entry) => {
    if (translated.has(entry)) {
      const xml = replaceMarkers(decoder.decode(entry.data), texts.length, (index, breaks) => {
        used[index] = 1;
        const { text, tags } = texts[index] as { text: string; tags: InlineTag[] };
        return renderInline(text, tags, breaks[0] ?? '<w:r>');
      });
      return { ...entry, data: encoder.encode(language ? replaceGermanLanguage(xml, language) : xml) };
    }
    if (entry.name === STYLES && language) {
      return { ...entry, data: encoder.encode(replaceGermanLanguage(decoder.decode(entry.data), language)) };
    }
    return entry;
  });
  const missing = used.indexOf(0);
  if (missing >= 0) {
    throw new InvalidInput(`the skeleton has no place for text ${missing}: ${texts.length} texts were given`,
      { texts: texts.length }, 'skeleton_mismatch');
  }
  return writePackage(rebuilt);
}
