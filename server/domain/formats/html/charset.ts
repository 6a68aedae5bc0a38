// An HTML document's bytes and its text, in the charset the document declares. Reading follows the
// HTML standard's encoding sniffing as far as a server can: a byte order mark first, then the
// <meta charset> / <meta http-equiv="content-type"> declaration within the first 1024 bytes (found by
// parse5 on those bytes, not by a hand-made scanner), UTF-8 when there is neither. Writing keeps that
// charset; a character it cannot represent becomes a numeric character reference.
//
// UTF-8 and UTF-16 go through TextDecoder (fatal: bytes that are not valid in the charset are refused,
// never replaced). Single-byte charsets (windows-1250, ISO-8859-2, windows-1252 …) use iconv-lite's
// table of the 256 bytes in both directions: Node 20's TextDecoder reads windows-1252 (and so every
// "iso-8859-1"/"latin1" page) as ISO-8859-1, turning „ “ – € into control characters, and has no
// ISO-8859-16. A byte iconv-lite leaves undefined (0x81 in windows-1250) reads as the control character
// of the same number, as the standard's index has it, and is written back as that byte.
import iconv from 'iconv-lite';
import { parse } from 'parse5';
import { InvalidInput } from '../../errors';
import { elementsInOrder, attribute } from './nodes';

export type HtmlCharset = string;

const UTF_8 = 'utf-8';
const UTF_16 = new Set(['utf-16le', 'utf-16be']);

/** The single-byte charsets of the Encoding standard; each is used only when iconv-lite has its table. */
const SINGLE_BYTE = new Set([
  'ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8',
  'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u',
  'macintosh', 'windows-874', 'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254',
  'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258',
]);

/** How far into the document the declaration is looked for (the standard's prescan limit). */
export const CHARSET_PRESCAN_BYTES = 1024;

function unsupported(label: string): InvalidInput {
  return new InvalidInput(`the document's charset "${label}" is not supported`, { charset: label }, 'html_charset_unsupported');
}

/**
 * The canonical name of a charset label ("latin1" → "windows-1252", "ISO_8859-2" → "iso-8859-2"),
 * null when the label names no charset at all.
 */
export function canonicalCharset(label: string): HtmlCharset | null {
  const trimmed = label.trim().toLowerCase();
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    // Node's TextDecoder lacks a few single-byte charsets of the standard (ISO-8859-16).
    return SINGLE_BYTE.has(trimmed) ? trimmed : null;
  }
}

/** Whether Nysa can read and write documents in this (canonical) charset. */
export function isSupportedCharset(charset: HtmlCharset): boolean {
  return charset === UTF_8 || UTF_16.has(charset) || (SINGLE_BYTE.has(charset) && iconv.encodingExists(charset));
}

/** The charset named in a meta element's content ("text/html; charset=windows-1250"), as the standard extracts it. */
export function charsetFromContentType(content: string): string | null {
  const lower = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf('charset', from);
    if (at < 0) return null;
    let p = at + 'charset'.length;
    while (/[\t\n\f\r ]/.test(content[p] ?? '')) p++;
    if (content[p] !== '=') {
      from = p;
      continue;
    }
    p++;
    while (/[\t\n\f\r ]/.test(content[p] ?? '')) p++;
    const quote = content[p];
    if (quote === '"' || quote === "'") {
      const close = content.indexOf(quote, p + 1);
      return close < 0 ? null : content.slice(p + 1, close);
    }
    const value = /^[^\t\n\f\r ;]+/.exec(content.slice(p));
    return value ? value[0] : null;
  }
}

/**
 * The charset a document's start declares in a meta element, canonical; null when it declares none.
 * Throws InvalidInput 'html_charset_unsupported' when it declares only labels that name no charset.
 * A declared UTF-16 means UTF-8 and x-user-defined means windows-1252, as in the standard's prescan.
 */
export function declaredCharset(head: string): HtmlCharset | null {
  const document = parse(head.slice(0, CHARSET_PRESCAN_BYTES));
  let unknown: string | null = null;
  for (const element of elementsInOrder(document)) {
    if (element.tagName !== 'meta') continue;
    const httpEquiv = attribute(element, 'http-equiv');
    const content = attribute(element, 'content');
    const label =
      attribute(element, 'charset') ??
      (httpEquiv?.trim().toLowerCase() === 'content-type' && content !== null ? charsetFromContentType(content) : null);
    if (label === null) continue;
    if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
    const charset = canonicalCharset(label);
    if (charset === null) {
      unknown ??= label;
      continue;
    }
    return UTF_16.has(charset) ? UTF_8 : charset;
  }
  if (unknown !== null) throw unsupported(unknown);
  return null;
}

const BOMS: { bytes: number[]; charset: HtmlCharset }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: UTF_8 },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
];

function bomCharset(bytes: Uint8Array): HtmlCharset | null {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom ? bom.charset : null;
}

/** The first bytes as text in which every byte is one character: enough to read an ASCII declaration. */
function asciiHead(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, CHARSET_PRESCAN_BYTES));
}

/** For a single-byte charset: the character of each byte, and the byte of each character. */
interface ByteTable {
  chars: Uint16Array;
  bytes: Map<number, number>;
}

const tables = new Map<HtmlCharset, ByteTable>();

function byteTable(charset: HtmlCharset): ByteTable {
  let table = tables.get(charset);
  if (!table) {
    const all = new Uint8Array(256).map((_, i) => i);
    const decoded = iconv.decode(Buffer.from(all), charset);
    const chars = new Uint16Array(256);
    const bytes = new Map<number, number>();
    for (let b = 0; b < 256; b++) {
      const code = decoded.charCodeAt(b);
      chars[b] = code === 0xfffd ? b : code;
      if (!bytes.has(chars[b] as number)) bytes.set(chars[b] as number, b);
    }
    table = { chars, bytes };
    tables.set(charset, table);
  }
  return table;
}

function decodeSingleByte(bytes: Uint8Array, charset: HtmlCharset): string {
  const { chars } = byteTable(charset);
  const parts: string[] = [];
  const chunk = new Array<number>(8192);
  for (let from = 0; from < bytes.length; from += chunk.length) {
    const n = Math.min(chunk.length, bytes.length - from);
    for (let i = 0; i < n; i++) chunk[i] = chars[bytes[from + i] as number] as number;
    parts.push(String.fromCharCode(...(n === chunk.length ? chunk : chunk.slice(0, n))));
  }
  return parts.join('');
}

function encodeSingleByte(text: string, charset: HtmlCharset): Uint8Array {
  const table = byteTable(charset).bytes;
  let out = new Uint8Array(text.length + 16);
  let n = 0;
  const put = (byte: number) => {
    if (n === out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[n++] = byte;
  };
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const byte = table.get(code);
    if (byte !== undefined) put(byte);
    else for (const c of `&#${code};`) put(c.charCodeAt(0));
  }
  return out.slice(0, n);
}

/**
 * Reads a document's bytes in the charset it declares: a byte order mark, else the meta declaration in
 * its first 1024 bytes, else UTF-8. The text keeps a byte order mark (as U+FEFF), so that encodeHtml gives
 * the same bytes back. Throws InvalidInput 'html_charset_unsupported' for a charset Nysa cannot write
 * back, 'html_undecodable' for bytes that are not valid in the charset.
 */
export function decodeHtml(bytes: Uint8Array): { text: string; charset: HtmlCharset } {
  const charset = bomCharset(bytes) ?? declaredCharset(asciiHead(bytes)) ?? UTF_8;
  if (!isSupportedCharset(charset)) throw unsupported(charset);
  if (SINGLE_BYTE.has(charset)) return { text: decodeSingleByte(bytes, charset), charset };
  try {
    return { text: new TextDecoder(charset, { fatal: true, ignoreBOM: true }).decode(bytes), charset };
  } catch {
    throw new InvalidInput(`the document is not valid ${charset}`, { charset }, 'html_undecodable');
  }
}

/**
 * Writes a document's text in `charset`; a character the charset cannot represent becomes a numeric
 * character reference ("ą" in windows-1252 → "&#261;"), a leading byte order mark is dropped. Throws InvalidInput 'html_charset_unsupported'
 * for a charset Nysa cannot write.
 */
export function encodeHtml(text: string, charset: HtmlCharset): Uint8Array {
  const canonical = canonicalCharset(charset);
  if (canonical === null || !isSupportedCharset(canonical)) throw unsupported(charset);
  if (canonical === UTF_8) return new TextEncoder().encode(text);
  if (UTF_16.has(canonical)) return new Uint8Array(iconv.encode(text, canonical));
  // A byte order mark has no place in a single-byte charset (it would be text before the doctype).
  return encodeSingleByte(text.startsWith('\uFEFF') ? text.slice(1) : text, canonical);
}
