// The streaming TMX reader: bytes (or text) in, German–Polish units out (see index.ts).
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { concatBytes, sniffEncoding, XML_HEAD_BYTES } from '../../xml/encoding';
import { CODE_ELEMENTS, renderUnit, SegmentBuilder } from './segment';
import { TmxError, tmxLanguage, type TmxLanguage, type TmxReadSummary, type TmxUnit } from './types';

/** The longest segment accepted, in characters; longer ones are an error, not a unit. */
export const MAX_SEGMENT_CHARS = 1_000_000;
/** Input read without any markup event (one text node, comment, attribute …): bounds the parser's buffers. */
export const MAX_RUN_CHARS = 4 * 1024 * 1024;
/** Deepest element nesting accepted (TMX needs about 8). */
export const MAX_DEPTH = 100;
/** An error this many characters after the last markup event also names where that markup ends. */
const FAR_FROM_MARKUP_CHARS = 80;

interface UnitInProgress {
  tuid: string | null;
  de: SegmentBuilder | null;
  pl: SegmentBuilder | null;
}

/**
 * Reads a TMX document chunk by chunk and calls `onUnit` for every German–Polish unit, in file order.
 * `write` takes bytes (the encoding is found from a byte order mark or the XML declaration; UTF-8 by
 * default) or, for callers that already have text, strings — one kind per reader. Throws TmxError
 * (code `invalid_tmx`, with line and column) for anything that is not a well-formed TMX document;
 * after that the reader is spent.
 */
export class TmxReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true } as const);
  private readonly onUnit: (unit: TmxUnit) => void;
  private decoder: InstanceType<typeof TextDecoder> | null = null;
  private head: Uint8Array[] | null = [];
  private headLength = 0;
  private inputKind: 'bytes' | 'text' | null = null;
  private failure: TmxError | null = null;
  private ended = false;

  private readonly stack: string[] = [];
  private rootSeen = false;
  private unit: UnitInProgress | null = null;
  /** The language of the <tuv> being read, when it is one we keep and its segment is still to come. */
  private tuvLanguage: TmxLanguage | null = null;
  private segment: SegmentBuilder | null = null;
  private segmentDepth = 0;
  /** >0 inside native code (bpt, ept, ph, it, ut) of the segment: nesting depth. */
  private codeDepth = 0;
  private lastEventPosition = 0;
  private lastEventLine = 1;
  private lastEventColumn = 0;
  private readonly summary: TmxReadSummary = { units: 0, skipped: 0 };

  constructor(onUnit: (unit: TmxUnit) => void) {
    this.onUnit = onUnit;
    const parser = this.parser;
    const seen = () => {
      this.lastEventPosition = parser.position;
      this.lastEventLine = parser.line;
      this.lastEventColumn = parser.column;
    };
    parser.on('error', (error) => {
      const m = /^(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
      let reason = m ? m[3] : error.message;
      // An error far from the last markup (an "&" not written as "&amp;" reads on as an entity name up to
      // the next ";" or the end) is easier to find from where reading last made sense.
      if (this.rootSeen && parser.position - this.lastEventPosition > FAR_FROM_MARKUP_CHARS) {
        reason += ` (the last markup read before it ends at line ${this.lastEventLine}, column ${this.lastEventColumn})`;
      }
      throw m ? new TmxError(reason, Number(m[1]), Number(m[2])) : this.error(reason);
    });
    parser.on('opentag', (tag) => {
      seen();
      this.open(tag);
    });
    parser.on('closetag', (tag) => {
      seen();
      this.close(tag);
    });
    parser.on('text', (text) => {
      seen();
      this.text(text);
    });
    parser.on('cdata', (text) => {
      seen();
      this.text(text);
    });
    parser.on('comment', seen);
    parser.on('processinginstruction', seen);
    parser.on('doctype', seen);
  }

  /** Units and skipped units so far. */
  get progress(): TmxReadSummary {
    return { ...this.summary };
  }

  write(chunk: Uint8Array | string): void {
    this.guard(() => {
      if (this.ended) throw this.error('write after end');
      const kind = typeof chunk === 'string' ? 'text' : 'bytes';
      if (this.inputKind !== null && this.inputKind !== kind) throw new Error('TmxReader: bytes and strings cannot be mixed');
      this.inputKind = kind;
      if (typeof chunk === 'string') this.feed(this.parser.position === 0 && !this.rootSeen ? chunk.replace(/^\uFEFF/, '') : chunk);
      else this.writeBytes(chunk);
    });
  }

  /** Ends the document: checks that it is complete and returns how many units were read and skipped. */
  end(): TmxReadSummary {
    this.guard(() => {
      if (this.ended) return;
      this.ended = true;
      if (this.head) this.startDecoding();
      if (this.decoder) this.feed(this.decode(undefined));
      this.parser.close();
      if (!this.rootSeen) throw this.error('the document is empty');
    });
    return this.progress;
  }

  private guard(run: () => void): void {
    if (this.failure) throw this.failure;
    try {
      run();
    } catch (error) {
      if (error instanceof TmxError) this.failure = error;
      throw error;
    }
  }

  private error(reason: string): TmxError {
    return new TmxError(reason, this.parser.line, this.parser.column);
  }

  // --- bytes to text

  private writeBytes(chunk: Uint8Array): void {
    if (this.head) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength < XML_HEAD_BYTES) return;
      this.startDecoding();
      return;
    }
    this.feed(this.decode(chunk));
  }

  private startDecoding(): void {
    const head = concatBytes(this.head ?? [], this.headLength);
    this.head = null;
    const encoding = sniffEncoding(head);
    try {
      this.decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw this.error(`unsupported encoding "${encoding}"`);
    }
    if (head.length > 0) this.feed(this.decode(head));
  }

  private decode(bytes: Uint8Array | undefined): string {
    const decoder = this.decoder!;
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      // Let the parser read up to the first undecodable byte, so the error says where it is.
      if (bytes) {
        const readable = new TextDecoder(decoder.encoding).decode(bytes);
        const bad = readable.indexOf('\uFFFD');
        if (bad > 0) this.parser.write(readable.slice(0, bad));
      }
      throw this.error(`the file is not valid ${decoder.encoding}`);
    }
  }

  private feed(text: string): void {
    if (text === '') return;
    this.parser.write(text);
    if (this.parser.position - this.lastEventPosition > MAX_RUN_CHARS) {
      throw this.error(`more than ${MAX_RUN_CHARS} characters without markup`);
    }
  }

  // --- XML events

  private open(tag: SaxesTagPlain): void {
    const { name } = tag;
    const attributes = tag.attributes as Record<string, string>;
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(name);
    if (this.stack.length > MAX_DEPTH) throw this.error(`elements nested deeper than ${MAX_DEPTH}`);
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (name !== 'tmx') throw this.error(`the root element is <${name}>, not <tmx>`);
      return;
    }
    const depth = this.stack.length;
    if (this.segment) {
      if (this.codeDepth > 0) this.codeDepth++;
      else if (CODE_ELEMENTS.has(name)) {
        this.segment.tag(name, attributes);
        this.codeDepth = 1;
      } else if (name === 'hi') {
        const record = this.segment.pairRecord(attributes.x);
        this.segment.hiStack.push(record);
        this.segment.tokens.push({ kind: 'open', record });
      }
      // Any other element inside a segment is not TMX: its tags are dropped, its text kept.
      return;
    }
    if (name === 'tu' && depth === 3 && parent === 'body' && this.stack[0] === 'tmx') {
      this.unit = { tuid: attributes.tuid ?? null, de: null, pl: null };
    } else if (name === 'tuv' && this.unit && parent === 'tu' && depth === 4) {
      const language = tmxLanguage(attributes['xml:lang'] ?? attributes.lang);
      this.tuvLanguage = language && !this.unit[language] ? language : null;
    } else if (name === 'seg' && this.unit && this.tuvLanguage && parent === 'tuv' && depth === 5) {
      this.segment = new SegmentBuilder();
      this.segmentDepth = depth;
    }
  }

  private close(tag: SaxesTagPlain): void {
    const depth = this.stack.length;
    this.stack.pop();
    const { name } = tag;
    if (this.segment) {
      if (depth === this.segmentDepth) {
        this.unit![this.tuvLanguage!] = this.segment;
        this.segment = null;
        this.tuvLanguage = null;
      } else if (this.codeDepth > 0) this.codeDepth--;
      else if (name === 'hi') {
        const record = this.segment.hiStack.pop();
        if (record) this.segment.tokens.push({ kind: 'close', record });
      }
      return;
    }
    if (name === 'tuv' && depth === 4) this.tuvLanguage = null;
    else if (name === 'tu' && depth === 3 && this.unit) {
      const { de, pl, tuid } = this.unit;
      this.unit = null;
      if (!de || !pl) {
        this.summary.skipped++;
        return;
      }
      const { source, target } = renderUnit(de, pl);
      if (source.trim() === '' || target.trim() === '') {
        this.summary.skipped++;
        return;
      }
      this.summary.units++;
      this.onUnit({ source, target, tuid });
    }
  }

  private text(text: string): void {
    if (!this.segment || this.codeDepth > 0) return;
    this.segment.text(text);
    if (this.segment.chars > MAX_SEGMENT_CHARS) throw this.error(`a segment longer than ${MAX_SEGMENT_CHARS} characters`);
  }
}

/** Reads a whole TMX document held in memory (tests, small files). */
export function readTmx(content: string | Uint8Array): TmxReadSummary & { items: TmxUnit[] } {
  const items: TmxUnit[] = [];
  const reader = new TmxReader((unit) => items.push(unit));
  reader.write(content);
  return { ...reader.end(), items };
}

