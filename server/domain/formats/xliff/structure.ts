// The structure of an XLIFF file as ./scan.ts reads it: files, units, sources and targets with their
// places in the content (offsets of start tags, attributes and contents, for the skeleton), and inline
// content as tokens (text, and codes keeping their original XML).
import type { XliffVersion } from './model';

export interface AttributeSpan {
  /** The qualified name as written, e.g. "state", "nysa:version". */
  name: string;
  value: string;
  /** From the whitespace before the name to just after the closing quote. */
  start: number;
  end: number;
}

export interface StartTag {
  /** The qualified name as written (with its prefix, if any). */
  qname: string;
  prefix: string;
  start: number;
  /** Just after the last attribute (or the name): where a new attribute goes. */
  attributesEnd: number;
  /** Just after ">". */
  end: number;
  selfClosing: boolean;
  attributes: AttributeSpan[];
}

export type CodeRole = 'open' | 'close' | 'standalone';

export type InlineToken =
  | { kind: 'text'; text: string }
  | {
      kind: 'code';
      role: CodeRole;
      /** The code's XLIFF id (for a closing code: the id of what it closes), if it has one. */
      id: string | null;
      /** Links an open code to its close within one content (rid/startRef/…); null for standalone codes. */
      pairKey: string | null;
      /** The original XML: a start or end tag for containers (g, pc, mrk …), a whole element otherwise. */
      markup: string;
      /** True for the start and end tags of an element that wraps text (g, pc, mrk, foreign elements). */
      container: boolean;
    };

export interface MrkSegment {
  mid: string;
  tag: StartTag;
  innerStart: number;
  innerEnd: number;
  tokens: InlineToken[];
}

export interface ContentElement {
  tag: StartTag;
  innerStart: number;
  innerEnd: number;
  /** Just after the end tag (or the self-closing start tag). */
  end: number;
  /** The whole content, <mrk mtype="seg"> boundaries left out. */
  tokens: InlineToken[];
  /** 1.2: the <mrk mtype="seg"> segments in it, as Trados and memoQ write <seg-source> and <target>. */
  mrkSegments: MrkSegment[];
}

/** A 2.x <segment> or <ignorable>. */
export interface UnitPart {
  kind: 'segment' | 'ignorable';
  tag: StartTag;
  end: number;
  id: string | null;
  state: string | null;
  source: ContentElement | null;
  target: ContentElement | null;
}

export interface UnitModel {
  id: string;
  file: number;
  translate: boolean;
  tag: StartTag;
  nysaVersion: string | null;
  /** 1.2 */
  source: ContentElement | null;
  segSource: ContentElement | null;
  target: ContentElement | null;
  /** 2.x */
  parts: UnitPart[];
}

export interface FileModel {
  tag: StartTag;
  /** 1.2 source-language/target-language; 2.x takes them from <xliff>. */
  sourceLang: string | null;
  targetLang: string | null;
  documentId: string | null;
  /** The `original` attribute: the name of the file the XLIFF was made from. */
  original: string | null;
}

export interface XliffModel {
  version: XliffVersion;
  rootTag: StartTag;
  /** 2.x srcLang/trgLang. */
  sourceLang: string | null;
  targetLang: string | null;
  files: FileModel[];
  units: UnitModel[];
}

export interface ScanOptions {
  /** What <mrk> (other than mtype="seg"), <sm/> and <em/> become: codes (kept for rebuilding) or nothing (text only). */
  annotations: 'code' | 'transparent';
  /** Unit ids must be unique in the whole document (re-import), not only within each <file>. */
  uniqueAcrossFiles: boolean;
}
