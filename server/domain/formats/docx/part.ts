// One translated part (body, header, footer, footnotes, endnotes) turned into its skeleton: the part's
// XML byte for byte, except that the inline content of every paragraph with text to translate (after
// its w:pPr, up to </w:p>) is replaced by its template (./block.ts) holding the segments' markers.
// Paragraphs without segments stay as they are, unless they hold tracked changes (rewritten, so the
// changes are accepted in the export too) or text boxes (whose own paragraphs are replaced).
//
// Text boxes in mc:AlternateContent: Word writes the box twice, as DrawingML (mc:Choice) and as VML for
// older readers (mc:Fallback), with the same paragraphs. The Choice's paragraphs become segments; the
// Fallback's n-th paragraph, when it has the same text, tags and look as the Choice's n-th, gets the
// same segments' markers, so one translation fills both copies. A Fallback paragraph that differs gets
// segments of its own.
import type { SegmentationRules } from '../../segmentation/rules';
import type { ParsedSegment, SourceLanguage } from '../model';
import { blockPieces, blockTemplate, buildBlock, type Block } from './block';
import { alternatives, hasRevisions, paragraphItems, type InlineContext } from './items';
import { paragraphKind, type ParagraphStyles } from './styles';
import { firstChild, isW, parseXmlTree, replaceRanges, wAttribute, type Replacement, type XmlElement } from './xml';

/** Paragraphs seen in an mc:Choice (record) or matched against them in an mc:Fallback (replay). */
interface Recorded {
  signature: string;
  indices: number[];
}
interface Mode {
  record?: Recorded[];
  replay?: { recorded: Recorded[]; next: number };
}

export interface PartOptions {
  lang: SourceLanguage;
  rules?: SegmentationRules;
  styles: ParagraphStyles;
}

/** The segments of all parts, in order: a segment's index is its marker's number. */
export class SegmentList {
  readonly segments: ParsedSegment[] = [];

  add(segment: ParsedSegment): number {
    this.segments.push(segment);
    return this.segments.length - 1;
  }
}

const signatureOf = (block: Block): string => JSON.stringify([block.text, block.runStart, block.tags]);

const isParagraphOrAlternate = (element: XmlElement): boolean => isW(element, 'p') || alternatives(element) !== null;

class PartProcessor {
  /** w:id of every "_GoBack" bookmark seen so far (see ./items.ts): its start comes before its end. */
  private readonly goBack = new Set<string>();
  private readonly replacements: Replacement[] = [];

  constructor(
    private readonly xml: string,
    private readonly segments: SegmentList,
    private readonly options: PartOptions,
  ) {}

  /**
   * Parses the part and handles each paragraph (or mc:AlternateContent) outside any other as soon as it
   * closes, then forgets it and everything else done with: memory stays at one paragraph's tree.
   */
  skeleton(part: string): string {
    parseXmlTree(part, this.xml, (element, ancestors) => {
      if (isW(element, 'bookmarkStart') && wAttribute(element, 'name') === '_GoBack') this.goBack.add(wAttribute(element, 'id') ?? '');
      if (ancestors.some(isParagraphOrAlternate)) return false;
      const inCell = ancestors.some((ancestor) => isW(ancestor, 'tc'));
      if (isW(element, 'p')) this.paragraph(element, inCell, {}, this.replacements);
      else if (alternatives(element)) this.alternate(element, inCell, {}, this.replacements);
      return true;
    });
    return replaceRanges(this.xml, 0, this.xml.length, this.replacements);
  }

  /** Adds to `out` the replacements for the paragraphs anywhere inside an element (table cells, content controls, boxes …). */
  private container(element: XmlElement, inCell: boolean, mode: Mode, out: Replacement[]): void {
    for (const child of element.children) {
      if (isW(child, 'p')) this.paragraph(child, inCell, mode, out);
      else if (alternatives(child)) this.alternate(child, inCell, mode, out);
      else if (child.children.length) this.container(child, inCell || isW(child, 'tc'), mode, out);
    }
  }

  private alternate(element: XmlElement, inCell: boolean, mode: Mode, out: Replacement[]): void {
    const { choices, fallback } = alternatives(element) as { choices: XmlElement[]; fallback?: XmlElement };
    const recorded: Recorded[] = [];
    choices.forEach((choice, i) => {
      const choiceMode = i === 0 ? { record: recorded } : { replay: { recorded, next: 0 } };
      this.container(choice, inCell, mode.replay ? mode : choiceMode, out);
    });
    if (fallback) this.container(fallback, inCell, mode.replay ? mode : { replay: { recorded, next: 0 } }, out);
  }

  private paragraph(paragraph: XmlElement, inCell: boolean, mode: Mode, out: Replacement[]): void {
    const w = paragraph.prefix ? `${paragraph.prefix}:` : '';
    const ctx: InlineContext = { xml: this.xml, w, goBack: this.goBack };
    const pPr = firstChild(paragraph, 'pPr');
    const kind = paragraphKind(pPr, this.options.styles, inCell);
    const { lang, rules } = this.options;
    const block = buildBlock(paragraphItems(ctx, paragraph), w, kind === 'heading' ? null : { lang, rules });
    const pieces = blockPieces(block, { kind, lang, rules });
    const signature = mode.record || mode.replay ? signatureOf(block) : '';
    const replayed = mode.replay ? mode.replay.recorded[mode.replay.next++] : undefined;
    const reuse = replayed?.signature === signature ? replayed.indices : null;

    const holes: { start: number; end: number; index: number }[] = [];
    const nested: Replacement[] = [];
    for (const piece of pieces) {
      if (piece.kind === 'segment') {
        const index = reuse ? (reuse[holes.length] as number) : this.segments.add(piece.segment);
        holes.push({ start: piece.start, end: piece.end, index });
        continue;
      }
      const box = block.boxes.get(piece.id);
      if (!box) continue;
      const from = nested.length;
      if (alternatives(box.element)) this.alternate(box.element, false, mode, nested);
      else this.container(box.element, false, mode, nested);
      (block.tags[piece.id - 1] as { open: string }).open =
        box.before + replaceRanges(this.xml, box.element.start, box.element.end, nested.slice(from)) + box.after;
    }
    mode.record?.push({ signature, indices: holes.map((hole) => hole.index) });

    if (paragraph.openEnd === paragraph.end || (holes.length === 0 && !hasRevisions(paragraph))) {
      for (const replacement of nested) out.push(replacement);
      return;
    }
    const start = pPr ? pPr.end : paragraph.openEnd;
    out.push({ start, end: paragraph.closeStart, text: blockTemplate(block, holes) });
  }
}

/** The skeleton of one translated part; its segments are added to `segments`. */
export function partSkeleton(part: string, xml: string, segments: SegmentList, options: PartOptions): string {
  return new PartProcessor(xml, segments, options).skeleton(part);
}
