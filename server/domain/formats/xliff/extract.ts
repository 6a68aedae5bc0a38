// An XLIFF file made by another tool, submitted as a new document. Segments, in file order:
//   1.2  a <trans-unit> with a <seg-source> holding <mrk mtype="seg"> (Trados, memoQ): one per mrk;
//        any other <trans-unit>: its <source>, as one segment
//   2.x  each <segment> of a <unit> (<ignorable>s are not translated)
// Units (or groups, files) with translate="no" are skipped, as is a segment without letters or digits.
// The tool already segmented the text, so segments are not split into sentences again. Inline codes
// become placeholders whose tags keep the original XML; an existing target comes along as `target`,
// placeholders numbered like the source; `externalId` is the unit id (with "#mid" / "#segment id" when
// the unit holds more than one segment).
//
// Rebuilding (rebuildXliff) writes the same file with the Polish targets in, and changes only this:
//   - a segment's target content (1.2 <target>, or its <mrk mtype="seg"> inside <target>; 2.x <target>);
//     an empty <target/> gets a start and end tag;
//   - where a unit (1.2) or segment (2.x) had no target, a <target> after its </source> (1.2 with a
//     seg-source: after </seg-source>, mirroring its mrk structure), indented like the <source>; in 1.2
//     with xml:lang = the file's target language;
//   - when the caller gives a state: the 1.2 target `state`, the 2.x segment `state` and `subState`
//     (./states.ts; a 1.2 target holding several segments gets the least advanced one's);
//   - 1.2 <file> without target-language gets target-language="pl-PL", 2.x <xliff> without trgLang gets
//     trgLang="pl-PL".
// Everything else — declaration, whitespace, comments, notes, other tools' namespaces, sources,
// units not translated, attribute order and quoting — stays byte for byte.
import type { SegmentationRules } from '../../segmentation/rules';
import { tmxLanguage } from '../tmx';
import type { ParsedDocument, ParsedSegment, SourceLanguage } from '../model';
import { assertNoReservedCharacters, marker } from '../skeleton';
import { InvalidInput } from '../../errors';
import { XliffError } from './errors';
import { numberSource, numberTarget, tokenText } from './inlineRead';
import type { XliffRebuildText } from './model';
import { scanXliff } from './scan';
import type { ContentElement, InlineToken, StartTag, UnitModel, XliffModel } from './structure';
import { REGION_END, regionStart, renderXliffSkeleton, stateSlot, versionMarker, type StateSlotKind } from './skeleton';
import { XLIFF_LANGUAGE_TAGS } from './write';

export interface XliffExtractOptions {
  lang: SourceLanguage;
  /** Accepted for the common signature of format modules; XLIFF arrives segmented. */
  rules?: SegmentationRules;
}

const TRANSLATABLE = /[\p{L}\p{N}]/u;

/**
 * The longest segment source an XLIFF file may bring, in characters (placeholders included), as for a
 * TMX segment (formats/tmx/read.ts). A file's units stay as the file has them (the segmenter never cuts
 * them: a returned file must match unit for unit), so a unit of megabytes would be a segment of
 * megabytes, stored as one row and holding the server while it is: refused instead, 422
 * `xliff_segment_too_long`.
 */
export const MAX_XLIFF_SEGMENT_CHARS = 1_000_000;

interface Edit {
  start: number;
  end: number;
  text: string;
}

interface Region {
  ids: number[] | '*';
  edits: Edit[];
}

/** Something whose content can be replaced: a <target>, or an <mrk> in one. */
interface Fillable {
  tag: StartTag;
  innerStart: number;
  innerEnd: number;
}

class Extraction {
  readonly segments: ParsedSegment[] = [];
  readonly regions: Region[] = [];

  constructor(
    private readonly content: string,
    private readonly model: XliffModel,
  ) {}

  /** Replaces the content of an element (a self-closing one gets a start and an end tag). */
  fill(element: Fillable, text: string): Edit {
    const { tag } = element;
    if (tag.selfClosing) return { start: tag.end - 2, end: tag.end, text: `>${text}</${tag.qname}>` };
    return { start: element.innerStart, end: element.innerEnd, text };
  }

  /** The slot for a state-like attribute of a start tag: over it when present, at the end of the attributes when not. */
  attributeSlot(tag: StartTag, name: string, kind: StateSlotKind, ids: number[]): Edit {
    const attribute = tag.attributes.find((a) => a.name === name);
    if (attribute) return { start: attribute.start, end: attribute.end, text: stateSlot(kind, ids, this.content.slice(attribute.start, attribute.end)) };
    return { start: tag.attributesEnd, end: tag.attributesEnd, text: stateSlot(kind, ids, '') };
  }

  /** The whitespace before an element on its line, to indent an inserted sibling alike. */
  indentBefore(offset: number): string {
    let at = offset;
    while (at > 0 && ' \t\r\n'.includes(this.content[at - 1] as string)) at--;
    return this.content.slice(at, offset);
  }

  addSegment(unit: UnitModel, tokens: readonly InlineToken[], target: readonly InlineToken[] | null, externalId: string): number | null {
    if (!TRANSLATABLE.test(tokenText(tokens))) return null;
    const source = numberSource(tokens, 'sequential');
    if (source.text.length > MAX_XLIFF_SEGMENT_CHARS) throw this.tooLong(unit, source.text.length);
    const hasTarget = target !== null && target.some((t) => t.kind === 'code' || t.text.trim() !== '');
    this.segments.push({
      source: source.text,
      kind: 'paragraph',
      tags: source.tags,
      target: hasTarget ? numberTarget(target, source, 'sequential') : null,
      externalId: externalId || unit.id,
    });
    return this.segments.length - 1;
  }

  /** xliff_segment_too_long, at the unit's start tag. */
  private tooLong(unit: UnitModel, chars: number): XliffError {
    const offset = unit.tag.start;
    const line = (this.content.slice(0, offset).match(/\n/g)?.length ?? 0) + 1;
    const column = offset - this.content.lastIndexOf('\n', offset - 1);
    return new XliffError('xliff_segment_too_long', `the unit "${unit.id}" has a segment of ${chars} characters (at most ${MAX_XLIFF_SEGMENT_CHARS})`, line, column);
  }

  unit12(unit: UnitModel, targetLanguage: string): void {
    const mrks = unit.segSource?.mrkSegments ?? [];
    const targetMrks = new Map((unit.target?.mrkSegments ?? []).map((mrk) => [mrk.mid, mrk]));
    const ids: number[] = [];
    const fills: { mrk: Fillable | null; index: number; mid: string }[] = [];
    if (mrks.length === 0) {
      const index = this.addSegment(unit, unit.source!.tokens, unit.target?.tokens ?? null, unit.id);
      if (index !== null) ids.push(index);
    } else {
      for (const mrk of mrks) {
        const targetMrk = targetMrks.get(mrk.mid) ?? null;
        const index = this.addSegment(unit, mrk.tokens, targetMrk?.tokens ?? null, mrks.length > 1 ? `${unit.id}#${mrk.mid}` : unit.id);
        if (index === null) continue;
        ids.push(index);
        fills.push({ mrk: targetMrk, index, mid: mrk.mid });
      }
    }
    if (!ids.length) return;
    const edits: Edit[] = [];
    const mirror = () => this.mirror(unit.segSource!, new Map(fills.map((f) => [f.mid, f.index])));
    if (unit.target) {
      edits.push(this.attributeSlot(unit.target.tag, 'state', 's1', ids));
      if (mrks.length === 0) edits.push(this.fill(unit.target, marker(ids[0] as number, [])));
      else if (fills.every((f) => f.mrk)) for (const f of fills) edits.push(this.fill(f.mrk!, marker(f.index, [])));
      else edits.push(this.fill(unit.target, mirror()));
    } else {
      const after = unit.segSource && mrks.length ? unit.segSource : unit.source!;
      const p = unit.source!.tag.prefix ? `${unit.source!.tag.prefix}:` : '';
      const text =
        `${this.indentBefore(unit.source!.tag.start)}<${p}target xml:lang="${targetLanguage}"${stateSlot('s1', ids, '')}>` +
        (mrks.length ? mirror() : marker(ids[0] as number, [])) +
        `</${p}target>`;
      edits.push({ start: after.end, end: after.end, text });
    }
    this.regions.push({ ids, edits });
  }

  /** The inner XML of a <seg-source> with each translated mrk's content replaced by its text marker. */
  private mirror(segSource: ContentElement, indexByMid: Map<string, number>): string {
    let out = '';
    let at = segSource.innerStart;
    for (const mrk of segSource.mrkSegments) {
      const index = indexByMid.get(mrk.mid);
      if (index === undefined || mrk.tag.selfClosing) continue;
      out += this.content.slice(at, mrk.innerStart) + marker(index, []);
      at = mrk.innerEnd;
    }
    return out + this.content.slice(at, segSource.innerEnd);
  }

  unit20(unit: UnitModel): void {
    const segmentParts = unit.parts.filter((part) => part.kind === 'segment');
    segmentParts.forEach((part, ordinal) => {
      const externalId = segmentParts.length > 1 ? `${unit.id}#${part.id ?? ordinal + 1}` : unit.id;
      const index = this.addSegment(unit, part.source!.tokens, part.target?.tokens ?? null, externalId);
      if (index === null) return;
      const edits = [this.attributeSlot(part.tag, 'state', 's2', [index]), this.attributeSlot(part.tag, 'subState', 'u2', [index])];
      if (part.target) edits.push(this.fill(part.target, marker(index, [])));
      else {
        const source = part.source!;
        const p = source.tag.prefix ? `${source.tag.prefix}:` : '';
        edits.push({ start: source.end, end: source.end, text: `${this.indentBefore(source.tag.start)}<${p}target>${marker(index, [])}</${p}target>` });
      }
      this.regions.push({ ids: [index], edits });
    });
  }

  skeleton(): string {
    const regions = this.regions
      .map((region) => {
        // Stable: insertions at one offset keep the order they were made in.
        const edits = [...region.edits].sort((a, b) => a.start - b.start);
        return { ids: region.ids, edits, start: edits[0]!.start, end: edits[edits.length - 1]!.end };
      })
      .sort((a, b) => a.start - b.start);
    let out = versionMarker(this.model.version);
    let at = 0;
    for (const region of regions) {
      out += this.content.slice(at, region.start) + regionStart(region.ids, this.content.slice(region.start, region.end));
      let inner = region.start;
      for (const edit of region.edits) {
        out += this.content.slice(inner, edit.start) + edit.text;
        inner = edit.end;
      }
      out += REGION_END;
      at = region.end;
    }
    return out + this.content.slice(at);
  }
}

function lineColumnOf(content: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function languageMismatch(content: string, tag: StartTag, reason: string): XliffError {
  const { line, column } = lineColumnOf(content, tag.start);
  return new XliffError('xliff_language_mismatch', reason, line, column);
}

/**
 * Reads a submitted XLIFF 1.2 or 2.x file into segments and a skeleton (see above). Throws XliffError
 * `xliff_invalid`, `xml_doctype_refused`, `xliff_duplicate_id` (a unit id twice in one file),
 * `xliff_language_mismatch` (source language not `lang`, or a target language other than Polish);
 * InvalidInput `empty_document` (0 bytes, or nothing to translate) and `invalid_characters`.
 */
export function extractXliff(content: string, options: XliffExtractOptions): ParsedDocument {
  assertNoReservedCharacters(content);
  const model = scanXliff(content, { annotations: 'code', uniqueAcrossFiles: false });
  const extraction = new Extraction(content, model);
  const polish = XLIFF_LANGUAGE_TAGS.pl;
  const unitsByFile = model.files.map((): UnitModel[] => []);
  for (const unit of model.units) unitsByFile[unit.file]!.push(unit);
  for (const [fileIndex, file] of model.files.entries()) {
    const languageTag = model.version === '1.2' ? file.tag : model.rootTag;
    if (tmxLanguage(file.sourceLang ?? '') !== options.lang) {
      throw languageMismatch(content, languageTag, `the source language is "${file.sourceLang}", not ${options.lang}`);
    }
    if (file.targetLang !== null && tmxLanguage(file.targetLang) !== 'pl') {
      throw languageMismatch(content, languageTag, `the target language is "${file.targetLang}", not Polish`);
    }
    const before = extraction.segments.length;
    for (const unit of unitsByFile[fileIndex]!) {
      if (!unit.translate) continue;
      if (model.version === '1.2') extraction.unit12(unit, file.targetLang ?? polish);
      else extraction.unit20(unit);
    }
    if (model.version === '1.2' && file.targetLang === null && extraction.segments.length > before) {
      const at = file.tag.attributesEnd;
      extraction.regions.push({ ids: '*', edits: [{ start: at, end: at, text: ` target-language="${polish}"` }] });
    }
  }
  if (model.version === '2.0' && model.targetLang === null && extraction.segments.length > 0) {
    const at = model.rootTag.attributesEnd;
    extraction.regions.push({ ids: '*', edits: [{ start: at, end: at, text: ` trgLang="${polish}"` }] });
  }
  if (!extraction.segments.length) throw new InvalidInput('the file has no text to translate', undefined, 'empty_document');
  const title = model.files[0]?.original?.trim();
  return { skeleton: extraction.skeleton(), segments: extraction.segments, ...(title ? { title } : {}) };
}

export interface XliffRebuildOptions {
  targetLang: 'pl';
}

/**
 * The submitted file with the Polish targets filled in (see above for exactly what changes). Text i
 * fills segment i; null leaves it as it was, so rebuilding with only nulls gives the original byte for
 * byte. Throws InvalidInput 'skeleton_mismatch' when the number of texts is not the number of segments.
 */
export function rebuildXliff(skeleton: string, texts: readonly XliffRebuildText[], _options: XliffRebuildOptions = { targetLang: 'pl' }): string {
  return renderXliffSkeleton(skeleton, texts);
}
