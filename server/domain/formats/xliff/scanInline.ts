// What an element inside an XLIFF <source> or <target> is, for the scanner (./scan.ts): a segment <mrk>
// of 1.2, an annotation read through, an inline code (standalone, opening or closing, with the key that
// pairs it), an element left out, or a container whose tags are a pair of codes around text. Decided from
// the element's name, namespace and attributes alone.
import type { SaxesAttributeNS } from 'saxes';
import { NYSA_XLIFF_NAMESPACE } from './model';
import type { CodeRole, ScanOptions } from './structure';

/** Elements whose whole element is one code (their content is native code, not text). */
const CODES_12: Readonly<Record<string, CodeRole>> = { x: 'standalone', ph: 'standalone', bx: 'open', ex: 'close', bpt: 'open', ept: 'close', it: 'standalone' };
const CODES_20: Readonly<Record<string, CodeRole>> = { ph: 'standalone', sc: 'open', ec: 'close', cp: 'standalone', sm: 'open', em: 'close' };
const CONTAINERS_12 = new Set(['g']);
const CONTAINERS_20 = new Set(['pc']);

export type InlineElement =
  /** A 1.2 <mrk mtype="seg">: a segment of the content. */
  | { kind: 'mrkseg'; mid: string }
  /** An annotation read as if its tags were not there. */
  | { kind: 'transparent' }
  /** One code: its whole element is native markup. */
  | { kind: 'code'; codeRole: CodeRole; codeId: string | null; pairKey: string | undefined }
  /** Left out with everything inside it. */
  | { kind: 'skip' }
  /** g, pc, other mrk, any foreign element: its tags are a pair of codes, its content text. */
  | { kind: 'container'; containerId: string | null; pairKey: string };

export interface InlineContext {
  /** The element is in the file's XLIFF namespace. */
  ours: boolean;
  v12: boolean;
  options: ScanOptions;
  /** A fresh key for a pair that has no id of its own (`prefix` says which kind). */
  newPairKey(prefix: string): string;
}

/** What the element `name` with `attributes` is, inside content. */
export function classifyInline(name: string, attributes: Record<string, SaxesAttributeNS>, context: InlineContext): InlineElement {
  const { ours, v12, options } = context;
  const id = plainAttribute(attributes, 'id') ?? null;
  if (ours && name === 'mrk') {
    if (v12 && plainAttribute(attributes, 'mtype') === 'seg') return { kind: 'mrkseg', mid: plainAttribute(attributes, 'mid') ?? '' };
    if (options.annotations === 'transparent') return { kind: 'transparent' };
  }
  const role = ours ? (v12 ? CODES_12 : CODES_20)[name] : undefined;
  if (role && !(options.annotations === 'transparent' && (name === 'sm' || name === 'em'))) {
    const key =
      role === 'standalone'
        ? null
        : name === 'it'
          ? context.newPairKey('it')
          : name === 'ec' || name === 'em'
            ? (plainAttribute(attributes, 'startRef') ?? (plainAttribute(attributes, 'isolated') === 'yes' ? context.newPairKey('iso') : id))
            : name === 'sc' && plainAttribute(attributes, 'isolated') === 'yes'
              ? context.newPairKey('iso')
              : (plainAttribute(attributes, 'rid') ?? id);
    const itRole: CodeRole | undefined = name === 'it' ? (plainAttribute(attributes, 'pos') === 'close' ? 'close' : 'open') : undefined;
    // A closing code is known by what it closes: 1.2 rid, 2.x startRef.
    const codeId = role === 'close' ? (plainAttribute(attributes, v12 ? 'rid' : 'startRef') ?? id) : id;
    return { kind: 'code', codeRole: itRole ?? role, codeId, pairKey: key ?? undefined };
  }
  if (ours && (name === 'sm' || name === 'em')) return { kind: 'skip' };
  const pairKey = context.newPairKey('c');
  const containerId = ours && (v12 ? CONTAINERS_12.has(name) : CONTAINERS_20.has(name)) ? id : ours && name === 'mrk' ? id : null;
  return { kind: 'container', containerId, pairKey };
}

/** An attribute without a namespace (XLIFF's own attributes are unqualified). */
export function plainAttribute(attributes: Record<string, SaxesAttributeNS>, local: string): string | undefined {
  const attribute = attributes[local];
  return attribute && attribute.uri === '' ? attribute.value : undefined;
}

/** An attribute in Nysa's namespace (the ids and versions its exports write). */
export function nysaAttribute(attributes: Record<string, SaxesAttributeNS>, local: string): string | undefined {
  for (const attribute of Object.values(attributes)) {
    if (attribute.uri === NYSA_XLIFF_NAMESPACE && attribute.local === local) return attribute.value;
  }
  return undefined;
}
