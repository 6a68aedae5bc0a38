// One pass of saxes over an XLIFF 1.2 or 2.x file, giving its structure (./structure.ts).
//
// Safety: a DOCTYPE is refused before anything inside it is read (saxes never resolves external
// entities and knows only the five XML ones; any other entity reference is an error), so there is no
// XXE and no entity expansion. The scan is one pass without recursion, and elements nested deeper than
// MAX_DEPTH are refused.
//
// saxes reports offsets in UTF-16 code units of the input as given (line ends not normalized), which is
// exactly what String#slice takes. A start tag begins at the last "<" before the position where its name
// was read; an end tag at the last "<" before its end: neither can contain another "<".
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { InvalidInput } from '../../errors';
import { XliffError, type XliffErrorCode } from './errors';
import { XLIFF12_NAMESPACE, XLIFF20_NAMESPACE, XLIFF22_NAMESPACE, type XliffVersion } from './model';
import { classifyInline, nysaAttribute, plainAttribute } from './scanInline';
import type {
  AttributeSpan,
  CodeRole,
  ContentElement,
  FileModel,
  InlineToken,
  MrkSegment,
  ScanOptions,
  StartTag,
  UnitModel,
  UnitPart,
  XliffModel,
} from './structure';

type FrameRole = 'root' | 'file' | 'body' | 'group' | 'unit' | 'part' | 'content' | 'container' | 'code' | 'mrkseg' | 'skip';

interface Frame {
  role: FrameRole;
  translate: boolean;
  tag: StartTag;
  /** For 'container': the key and id its close token repeats. */
  pairKey?: string;
  codeId?: string | null;
  codeRole?: CodeRole;
  /** Inside a source or target: where tokens go (the content, and its <mrk mtype="seg"> if any); inherited. */
  content?: ContentElement;
  mrk?: MrkSegment;
  part?: UnitPart;
}

/** Deepest element nesting accepted (XLIFF needs about 8, plus nested groups and inline codes). */
export const MAX_DEPTH = 100;
/** An error on a later line or this many characters after the last markup event also names where that markup ends. */
const FAR_FROM_MARKUP_CHARS = 80;

export class XliffScanner {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly stack: Frame[] = [];
  private model: XliffModel | null = null;
  private namespace = '';
  private tagStart = 0;
  private attributeEnd = 0;
  private attributeSpans: AttributeSpan[] = [];
  private unit: UnitModel | null = null;
  private unitIdsInFile = new Set<string>();
  private readonly unitIds = new Set<string>();
  private pairCounter = 0;
  private lastEvent = { position: 0, line: 1, column: 0 };

  constructor(
    private readonly content: string,
    private readonly options: ScanOptions,
  ) {}

  scan(): XliffModel {
    if (this.content.length === 0) throw new InvalidInput('the file is empty', undefined, 'empty_document');
    const parser = this.parser;
    parser.on('error', (error) => {
      const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
      let reason = m ? (m[3] as string) : error.message;
      // An "&" not written as "&amp;" reads on as an entity name up to the next ";" or the end: say
      // where reading last made sense.
      if (this.model && (parser.line !== this.lastEvent.line || parser.position - this.lastEvent.position > FAR_FROM_MARKUP_CHARS)) {
        reason += ` (the last markup read before it ends at line ${this.lastEvent.line}, column ${this.lastEvent.column})`;
      }
      throw m ? new XliffError('xliff_invalid', reason, Number(m[1]), Number(m[2])) : this.error('xliff_invalid', reason);
    });
    parser.on('doctype', () => {
      throw this.error('xml_doctype_refused', 'a DOCTYPE is not accepted in XLIFF files');
    });
    parser.on('opentagstart', (tag) => {
      this.tagStart = this.content.lastIndexOf('<', parser.position - 1);
      this.attributeEnd = this.tagStart + 1 + tag.name.length;
      this.attributeSpans = [];
    });
    parser.on('attribute', (attribute) => {
      this.attributeSpans.push({ name: attribute.name, value: attribute.value, start: this.attributeEnd, end: parser.position });
      this.attributeEnd = parser.position;
    });
    parser.on('opentag', (tag) => this.open(tag as SaxesTagNS));
    parser.on('closetag', (tag) => this.close(tag as SaxesTagNS));
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
    parser.write(this.content).close();
    if (!this.model) throw this.error('xliff_invalid', 'the document has no root element');
    return this.model;
  }

  private error(code: XliffErrorCode, reason: string): XliffError {
    return new XliffError(code, reason, this.parser.line, this.parser.column);
  }

  private startTag(tag: SaxesTagNS): StartTag {
    const colon = tag.name.indexOf(':');
    return {
      qname: tag.name,
      prefix: colon >= 0 ? tag.name.slice(0, colon) : '',
      start: this.tagStart,
      attributesEnd: this.attributeEnd,
      end: this.parser.position,
      selfClosing: tag.isSelfClosing,
      attributes: this.attributeSpans,
    };
  }

  private push(role: FrameRole, tag: StartTag, extra: Partial<Frame> = {}): Frame {
    const parent = this.stack[this.stack.length - 1];
    const frame: Frame = { role, translate: parent?.translate ?? true, tag, content: parent?.content, mrk: parent?.mrk, ...extra };
    this.stack.push(frame);
    return frame;
  }

  /** Where reading last made sense, for errors found far from there. */
  private seen(): void {
    this.lastEvent = { position: this.parser.position, line: this.parser.line, column: this.parser.column };
  }

  private open(tag: SaxesTagNS): void {
    this.seen();
    // saxes looks a namespace up through every open element: bounding the depth keeps that linear.
    if (this.stack.length >= MAX_DEPTH) throw this.error('xliff_invalid', `elements nested deeper than ${MAX_DEPTH}`);
    const start = this.startTag(tag);
    const parent = this.stack[this.stack.length - 1];
    if (!parent) return this.openRoot(tag, start);
    if (parent.role === 'skip' || parent.role === 'code') return void this.push('skip', start);
    if (parent.role === 'content' || parent.role === 'container' || parent.role === 'mrkseg') return this.openInline(tag, start);
    if (tag.uri !== this.namespace) return void this.push('skip', start);
    const name = tag.local;
    const version = this.model!.version;
    const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
    const translate = (frame: Frame) => {
      const value = plainAttribute(attributes, 'translate');
      if (value !== undefined) frame.translate = value !== 'no';
      return frame;
    };
    switch (parent.role) {
      case 'root':
        if (name === 'file') return this.openFile(tag, start, parent);
        break;
      case 'file':
        if (version === '1.2' && name === 'body') return void this.push('body', start);
        if (version === '2.0' && name === 'group') return void translate(this.push('group', start));
        if (version === '2.0' && name === 'unit') return this.openUnit(tag, start, translate);
        break;
      case 'body':
      case 'group':
        if (name === 'group') return void translate(this.push('group', start));
        if (name === (version === '1.2' ? 'trans-unit' : 'unit')) return this.openUnit(tag, start, translate);
        break;
      case 'unit':
        if (version === '1.2' && (name === 'source' || name === 'seg-source' || name === 'target')) return this.openContent(name, start);
        if (version === '2.0' && (name === 'segment' || name === 'ignorable')) {
          const part: UnitPart = {
            kind: name,
            tag: start,
            end: start.end,
            id: plainAttribute(attributes, 'id') ?? null,
            state: plainAttribute(attributes, 'state') ?? null,
            source: null,
            target: null,
          };
          this.unit!.parts.push(part);
          return void this.push('part', start, { part });
        }
        break;
      case 'part':
        if (name === 'source' || name === 'target') return this.openContent(name, start);
        break;
    }
    this.push('skip', start);
  }

  private openRoot(tag: SaxesTagNS, start: StartTag): void {
    const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
    const declared = plainAttribute(attributes, 'version');
    let version: XliffVersion | null = null;
    if (tag.local === 'xliff') {
      if (tag.uri === XLIFF12_NAMESPACE && (declared === undefined || declared === '1.2')) version = '1.2';
      // Older tools write 1.2 without its namespace.
      else if (tag.uri === '' && declared === '1.2') version = '1.2';
      else if ((tag.uri === XLIFF20_NAMESPACE || tag.uri === XLIFF22_NAMESPACE) && /^2\.\d+$/.test(declared ?? '')) version = '2.0';
    }
    if (!version) {
      throw this.error('xliff_invalid', `the root element is <${tag.name}>${declared ? ` version ${declared}` : ''} in namespace "${tag.uri}", not XLIFF 1.2 or 2.x`);
    }
    this.namespace = tag.uri;
    const sourceLang = version === '2.0' ? (plainAttribute(attributes, 'srcLang') ?? null) : null;
    if (version === '2.0' && !sourceLang) throw this.error('xliff_invalid', '<xliff> has no srcLang');
    this.model = {
      version,
      rootTag: start,
      sourceLang,
      targetLang: version === '2.0' ? (plainAttribute(attributes, 'trgLang') ?? null) : null,
      files: [],
      units: [],
    };
    this.push('root', start);
  }

  private openFile(tag: SaxesTagNS, start: StartTag, parent: Frame): void {
    const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
    const model = this.model!;
    const v12 = model.version === '1.2';
    const file: FileModel = {
      tag: start,
      sourceLang: v12 ? (plainAttribute(attributes, 'source-language') ?? null) : model.sourceLang,
      targetLang: v12 ? (plainAttribute(attributes, 'target-language') ?? null) : model.targetLang,
      documentId: nysaAttribute(attributes, v12 ? 'document-id' : 'documentId') ?? null,
      original: plainAttribute(attributes, 'original') ?? null,
    };
    if (v12 && !file.sourceLang) throw this.error('xliff_invalid', '<file> has no source-language');
    if (!v12 && !plainAttribute(attributes, 'id')) throw this.error('xliff_invalid', '<file> has no id');
    model.files.push(file);
    this.unitIdsInFile = new Set();
    const frame = this.push('file', start);
    const translate = plainAttribute(attributes, 'translate');
    frame.translate = translate === undefined ? parent.translate : translate !== 'no';
  }

  private openUnit(tag: SaxesTagNS, start: StartTag, translate: (frame: Frame) => Frame): void {
    const attributes = tag.attributes as Record<string, SaxesAttributeNS>;
    const id = plainAttribute(attributes, 'id');
    if (!id) throw this.error('xliff_invalid', `<${tag.name}> has no id`);
    if (this.unitIdsInFile.has(id)) throw this.error('xliff_duplicate_id', `the unit id "${id}" occurs twice in one <file>`);
    if (this.options.uniqueAcrossFiles && this.unitIds.has(id)) throw this.error('xliff_duplicate_id', `the unit id "${id}" occurs in two <file>s`);
    this.unitIdsInFile.add(id);
    this.unitIds.add(id);
    const frame = translate(this.push('unit', start));
    this.unit = {
      id,
      file: this.model!.files.length - 1,
      translate: frame.translate,
      tag: start,
      nysaVersion: nysaAttribute(attributes, 'version') ?? null,
      source: null,
      segSource: null,
      target: null,
      parts: [],
    };
  }

  private openContent(name: string, start: StartTag): void {
    const content: ContentElement = { tag: start, innerStart: start.end, innerEnd: start.end, end: start.end, tokens: [], mrkSegments: [] };
    const slots = (this.model!.version === '1.2' ? this.unit : this.stack[this.stack.length - 1]!.part) as Record<'source' | 'segSource' | 'target', ContentElement | null>;
    const slot = name === 'seg-source' ? 'segSource' : (name as 'source' | 'target');
    if (slots[slot]) throw this.error('xliff_invalid', `<${start.qname}> occurs twice`);
    slots[slot] = content;
    this.push('content', start, { content });
  }

  /** The content and the <mrk mtype="seg"> segment (if any) that tokens go to. */
  private sinks(): { content: ContentElement; mrk: MrkSegment | null } {
    const frame = this.stack[this.stack.length - 1];
    if (!frame?.content) throw new Error('inline content outside a source or target');
    return { content: frame.content, mrk: frame.mrk ?? null };
  }

  private emit(token: InlineToken): void {
    const { content, mrk } = this.sinks();
    content.tokens.push(token);
    mrk?.tokens.push(token);
  }

  private openInline(tag: SaxesTagNS, start: StartTag): void {
    const inline = classifyInline(tag.local, tag.attributes as Record<string, SaxesAttributeNS>, {
      ours: tag.uri === this.namespace,
      v12: this.model!.version === '1.2',
      options: this.options,
      newPairKey: (prefix) => `${prefix}${this.pairCounter++}`,
    });
    switch (inline.kind) {
      case 'mrkseg': {
        const { content, mrk } = this.sinks();
        if (mrk) throw this.error('xliff_invalid', 'a segment <mrk> inside another one');
        const segment: MrkSegment = { mid: inline.mid, tag: start, innerStart: start.end, innerEnd: start.end, tokens: [] };
        content.mrkSegments.push(segment);
        return void this.push('mrkseg', start, { mrk: segment });
      }
      case 'transparent':
        return void this.push('container', start, { pairKey: undefined });
      case 'code':
        return void this.push('code', start, { codeRole: inline.codeRole, codeId: inline.codeId, pairKey: inline.pairKey });
      case 'skip':
        return void this.push('skip', start);
      case 'container':
        this.emit({ kind: 'code', role: 'open', id: inline.containerId, pairKey: inline.pairKey, markup: this.content.slice(start.start, start.end), container: true });
        return void this.push('container', start, { pairKey: inline.pairKey, codeId: inline.containerId });
    }
  }

  private close(tag: SaxesTagNS): void {
    this.seen();
    const frame = this.stack.pop();
    if (!frame) return;
    const end = this.parser.position;
    const endTagStart = frame.tag.selfClosing ? end : this.content.lastIndexOf('<', end - 1);
    switch (frame.role) {
      case 'root':
        if (this.model!.files.length === 0) throw this.error('xliff_invalid', 'the document has no <file>');
        break;
      case 'content': {
        const content = frame.content!;
        content.innerEnd = endTagStart;
        content.end = end;
        break;
      }
      case 'mrkseg':
        frame.mrk!.innerEnd = endTagStart;
        break;
      case 'code':
        this.emit({
          kind: 'code',
          role: frame.codeRole!,
          id: frame.codeId ?? null,
          pairKey: frame.pairKey ?? null,
          markup: this.content.slice(frame.tag.start, end),
          container: false,
        });
        break;
      case 'container':
        if (frame.pairKey === undefined) break; // a transparent <mrk>
        this.emit({
          kind: 'code',
          role: 'close',
          id: frame.codeId ?? null,
          pairKey: frame.pairKey,
          markup: frame.tag.selfClosing ? '' : this.content.slice(endTagStart, end),
          container: true,
        });
        break;
      case 'part':
        frame.part!.end = end;
        if (!frame.part!.source) throw this.error('xliff_invalid', `<${tag.name}> has no <source>`);
        break;
      case 'unit': {
        const unit = this.unit!;
        if (this.model!.version === '1.2' && !unit.source) throw this.error('xliff_invalid', `<${tag.name}> "${unit.id}" has no <source>`);
        if (this.model!.version === '2.0' && !unit.parts.some((part) => part.kind === 'segment')) {
          throw this.error('xliff_invalid', `<${tag.name}> "${unit.id}" has no <segment>`);
        }
        this.model!.units.push(unit);
        this.unit = null;
        break;
      }
    }
  }

  private text(text: string): void {
    this.seen();
    const frame = this.stack[this.stack.length - 1];
    if (!frame || (frame.role !== 'content' && frame.role !== 'container' && frame.role !== 'mrkseg')) return;
    this.emit({ kind: 'text', text });
  }
}

export function scanXliff(content: string, options: ScanOptions): XliffModel {
  return new XliffScanner(content, options).scan();
}
