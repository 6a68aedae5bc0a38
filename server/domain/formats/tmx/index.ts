// TMX 1.4b (and 1.1) translation memories: a streaming reader that turns the bytes of a file into
// German–Polish units, and the writer for exports. Pure: the reader receives chunks and calls back with
// units, so a 2 GB file never has to be in memory, and tests need no I/O.
//
// Reading uses saxes, which never resolves external entities and knows no entity but the five XML
// ones: a DOCTYPE is read past and ignored, and a reference to an entity it declares (`&xxe;`) is an
// error, so no file is ever read and no declared text ever reaches a unit.
//
// Inline markup of a <seg> becomes Nysa's placeholders (domain/segmentation/placeholders):
//   <bpt i="1"/>…<ept i="1"/>, <hi>…</hi>        → {n}…{/n}
//   <ph/>, <ut/>, <it/> (no pos)                  → {n/}
//   <it pos="begin"/>, <it pos="end"/>            → {n}, {/n} (a tag whose partner lies outside the segment)
// The native code inside bpt/ept/ph/it/ut (and any <sub> there) is not text and is dropped. Ids are
// 1, 2, … in the order the tags appear in the German segment; a Polish tag gets the id of the German
// tag it corresponds to: the same `x` attribute, or else the same position among tags of its shape.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InvalidInput } from '../../errors';
import { formatPlaceholder, splitPlaceholders, type PlaceholderKind } from '../../segmentation/placeholders';
import type { Timestamp } from '../../types';

/** A translation unit with both a German and a Polish variant. */
export interface TmxUnit {
  source: string;
  target: string;
  /** The `tuid` attribute, if any. */
  tuid: string | null;
}

export interface TmxReadSummary {
  /** Units emitted: translation units with a non-empty German and Polish segment. */
  units: number;
  /** Translation units skipped: a language missing, or a segment empty. */
  skipped: number;
}

/** The file is not well-formed XML or not a TMX document; `line` is 1-based, `column` as saxes counts it. */
export class TmxError extends InvalidInput {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`, { line, column }, 'invalid_tmx');
  }
}

/** The longest segment accepted, in characters; longer ones are an error, not a unit. */
export const MAX_SEGMENT_CHARS = 1_000_000;
/** Input read without any markup event (one text node, comment, attribute …): bounds the parser's buffers. */
export const MAX_RUN_CHARS = 4 * 1024 * 1024;
/** Deepest element nesting accepted (TMX needs about 8). */
export const MAX_DEPTH = 100;
/** An error this many characters after the last markup event also names where that markup ends. */
const FAR_FROM_MARKUP_CHARS = 80;
/** Bytes looked at to find a byte order mark or the XML declaration's encoding. */
const HEAD_BYTES = 512;

export type TmxLanguage = 'de' | 'pl';

/** `de`, `de-DE`, `DE_at` … → 'de'; `pl`, `pl-PL` … → 'pl'; anything else null. */
export function tmxLanguage(code: string | undefined): TmxLanguage | null {
  const primary = /^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-_]*)?\s*$/.exec(code ?? '')?.[1]?.toLowerCase();
  return primary === 'de' || primary === 'pl' ? primary : null;
}

// --- reading -----------------------------------------------------------------------------------

interface TagRecord {
  /** What the tag corresponds to in the other language: `x` when given, else its position. */
  key: string;
  id?: number;
}

type Token = string | { kind: PlaceholderKind; record: TagRecord };

/** One <seg> being read: text runs and tags, numbered once the whole <tu> is known. */
class SegmentBuilder {
  readonly tokens: Token[] = [];
  chars = 0;
  private pairs = 0;
  private singles = 0;
  private readonly openById = new Map<string, TagRecord>();
  readonly hiStack: TagRecord[] = [];

  text(text: string): void {
    this.tokens.push(text);
    this.chars += text.length;
  }

  pairRecord(x: string | undefined): TagRecord {
    return { key: x !== undefined ? `pair:x:${x}` : `pair:#${this.pairs++}` };
  }

  singleRecord(x: string | undefined): TagRecord {
    return { key: x !== undefined ? `single:x:${x}` : `single:#${this.singles++}` };
  }

  tag(name: string, attributes: Record<string, string>): void {
    const { x, i, pos } = attributes;
    if (name === 'bpt') {
      const record = this.pairRecord(x);
      if (i !== undefined) this.openById.set(i, record);
      this.tokens.push({ kind: 'open', record });
    } else if (name === 'ept') {
      const open = i !== undefined ? this.openById.get(i) : undefined;
      if (open && i !== undefined) this.openById.delete(i);
      this.tokens.push({ kind: 'close', record: open ?? this.pairRecord(x) });
    } else if (name === 'it' && (pos === 'begin' || pos === 'end')) {
      this.tokens.push({ kind: pos === 'begin' ? 'open' : 'close', record: this.pairRecord(x) });
    } else {
      this.tokens.push({ kind: 'standalone', record: this.singleRecord(x) });
    }
  }
}

/** Elements inside a <seg> whose content is native code, not text. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/** Gives the German tags ids 1, 2, … and the Polish ones the id of their German counterpart. */
function renderUnit(source: SegmentBuilder, target: SegmentBuilder): { source: string; target: string } {
  const sourceIds = new Map<string, number>();
  let next = 1;
  const render = (segment: SegmentBuilder, idOf: (record: TagRecord) => number): string => {
    let out = '';
    for (const token of segment.tokens) {
      if (typeof token === 'string') out += token;
      else {
        token.record.id ??= idOf(token.record);
        out += formatPlaceholder(token.kind, token.record.id);
      }
    }
    return out;
  };
  const sourceText = render(source, (record) => {
    let id = sourceIds.get(record.key);
    if (id === undefined) sourceIds.set(record.key, (id = next++));
    return id;
  });
  const targetOnly = new Map<string, number>();
  const targetText = render(target, (record) => {
    let id = sourceIds.get(record.key) ?? targetOnly.get(record.key);
    if (id === undefined) targetOnly.set(record.key, (id = next++));
    return id;
  });
  return { source: sourceText, target: targetText };
}

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
      if (this.headLength < HEAD_BYTES) return;
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

export function concatBytes(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The encoding of a document from its first bytes: a byte order mark, else the XML declaration, else UTF-8. */
export function sniffEncoding(head: Uint8Array): string {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f && b3 === 0x00) return 'utf-16le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00 && b3 === 0x3f) return 'utf-16be';
  const declaration = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']/.exec(new TextDecoder('latin1').decode(head.subarray(0, HEAD_BYTES)));
  const declared = declaration?.[1]?.toLowerCase();
  // A declared UTF-16 without a byte order mark is in fact ASCII-compatible: the declaration is wrong.
  if (!declared || declared.startsWith('utf-16') || declared === 'utf16') return 'utf-8';
  return declared;
}

/** Reads a whole TMX document held in memory (tests, small files). */
export function readTmx(content: string | Uint8Array): TmxReadSummary & { items: TmxUnit[] } {
  const items: TmxUnit[] = [];
  const reader = new TmxReader((unit) => items.push(unit));
  reader.write(content);
  return { ...reader.end(), items };
}

// --- writing -----------------------------------------------------------------------------------

/** Characters XML 1.0 does not allow, and lone surrogates: written as U+FFFD. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\t': '&#9;' };

export const escapeXmlText = (text: string): string =>
  text.replace(NOT_XML, '\uFFFD').replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch] as string);
export const escapeXmlAttribute = (text: string): string =>
  text.replace(NOT_XML, '\uFFFD').replace(/[&<>\r"\n\t]/g, (ch) => ATTRIBUTE_ESCAPES[ch] as string);

/** An ISO timestamp in TMX's form (`20260124T100000Z`); null when it is not a UTC ISO timestamp. */
export function tmxDate(timestamp: Timestamp): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(timestamp);
  return m ? `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z` : null;
}

/**
 * A segment text as TMX <seg> content: a well-nested pair {n}…{/n} → <bpt i="k" x="n"/>…<ept i="k"/>,
 * {n/} → <ph x="n"/>, an open or close placeholder without its partner → <it pos="begin|end" x="n"/>.
 */
export function tmxSegmentContent(text: string): string {
  const parts = splitPlaceholders(text);
  const partner = new Map<number, number>();
  const stack: number[] = [];
  parts.forEach((part, index) => {
    if (part.kind === 'open') stack.push(index);
    else if (part.kind === 'close') {
      const top = stack[stack.length - 1];
      if (top !== undefined && (parts[top] as { id: number }).id === part.id) {
        stack.pop();
        partner.set(top, index).set(index, top);
      }
    }
  });
  let pairs = 0;
  const pairNumber = new Map<number, number>();
  return parts
    .map((part, index) => {
      if (part.kind === 'text') return escapeXmlText(part.text);
      if (part.kind === 'standalone') return `<ph x="${part.id}"/>`;
      const other = partner.get(index);
      if (other === undefined) return `<it pos="${part.kind === 'open' ? 'begin' : 'end'}" x="${part.id}"/>`;
      if (part.kind === 'open') {
        pairNumber.set(index, ++pairs);
        return `<bpt i="${pairs}" x="${part.id}"/>`;
      }
      return `<ept i="${pairNumber.get(other)}"/>`;
    })
    .join('');
}

export interface TmxHeaderOptions {
  creationDate: Timestamp;
  toolVersion: string;
}

/** The XML declaration, <tmx>, the header and the opening <body>. */
export function tmxDocumentStart(options: TmxHeaderOptions): string {
  const date = tmxDate(options.creationDate);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="Nysa" creationtoolversion="${escapeXmlAttribute(options.toolVersion)}" datatype="plaintext"` +
    ` segtype="sentence" adminlang="en" srclang="de" o-tmf="Nysa"${date ? ` creationdate="${date}"` : ''}/>\n` +
    '  <body>\n'
  );
}

export const TMX_DOCUMENT_END = '  </body>\n</tmx>\n';

export interface TmxWritableUnit {
  id: string;
  source: string;
  target: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** One <tu> with its German and Polish <tuv>, indented for a body. */
export function tmxUnitElement(unit: TmxWritableUnit): string {
  const created = tmxDate(unit.createdAt);
  const changed = tmxDate(unit.updatedAt);
  return (
    `    <tu tuid="${escapeXmlAttribute(unit.id)}"${created ? ` creationdate="${created}"` : ''}${changed ? ` changedate="${changed}"` : ''}>\n` +
    `      <tuv xml:lang="de"><seg>${tmxSegmentContent(unit.source)}</seg></tuv>\n` +
    `      <tuv xml:lang="pl"><seg>${tmxSegmentContent(unit.target)}</seg></tuv>\n` +
    '    </tu>\n'
  );
}
