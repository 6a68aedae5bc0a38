// Which format a submitted file is, from its bytes, checked against its file name. Pure and bounded:
// ZIP archives are recognized by their central directory (read by fflate, nothing inflated), text by
// its first 64 KiB. Sniffing follows the MIME sniffing standard's spirit: signatures first, then the
// first markup after a byte order mark, whitespace, comments and an XML declaration.
import { unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { SaxesParser } from 'saxes';

export type DetectedFormat = 'docx' | 'html' | 'xliff' | 'markdown' | 'text' | 'unknown';
export type KnownFormat = Exclude<DetectedFormat, 'unknown'>;

/** Why a file is 'unknown', or that its name says another format: codes the HTTP layer can report. */
export type DetectionReason =
  | 'empty_document'
  | 'docx_encrypted_or_legacy'
  | 'zip_not_docx'
  | 'zip_unreadable'
  | 'pdf_not_supported'
  | 'binary_file'
  | 'xml_not_xliff'
  | 'format_mismatch';

export interface FormatDetection {
  /** What the content is. */
  format: DetectedFormat;
  /** For XLIFF: the root element's version attribute ("1.2", "2.0" …), when it has one. */
  xliffVersion?: string;
  reason?: DetectionReason;
  /** The format the file name's extension stands for, when it names one of Nysa's formats. */
  extensionFormat?: KnownFormat;
}

/** How much of a text file is looked at. */
export const SNIFF_BYTES = 64 * 1024;

const EXTENSIONS: Record<string, KnownFormat> = {
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
};

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x50, 0x4b, 0x07, 0x08]];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** The format its file name's extension stands for. */
export function extensionFormat(fileName: string | undefined): KnownFormat | undefined {
  const base = fileName?.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS[base.slice(dot + 1).toLowerCase()] : undefined;
}

function zipFormat(bytes: Uint8Array): FormatDetection {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return { format: 'unknown', reason: 'zip_unreadable' };
  }
  // An Office Open XML package has [Content_Types].xml; a Word one has its main part under word/.
  if (names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/'))) return { format: 'docx' };
  return { format: 'unknown', reason: 'zip_not_docx' };
}

/** The first SNIFF_BYTES as text: UTF-16 by its byte order mark, else UTF-8 (bytes that are not, replaced). */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const label = startsWith(head, [0xff, 0xfe]) ? 'utf-16le' : startsWith(head, [0xfe, 0xff]) ? 'utf-16be' : 'utf-8';
  return new TextDecoder(label).decode(head);
}

/** The text after whitespace, comments, processing instructions (the XML declaration) and, unless it is HTML's, a DOCTYPE. */
function firstMarkup(text: string): { rest: string; xml: boolean } {
  let rest = text;
  let xml = false;
  for (;;) {
    rest = rest.replace(/^[\s\uFEFF]+/, '');
    const skip = (close: string) => {
      const at = rest.indexOf(close);
      rest = at < 0 ? '' : rest.slice(at + close.length);
    };
    if (rest.startsWith('<!--')) skip('-->');
    else if (rest.startsWith('<?')) {
      xml ||= /^<\?xml[\s?]/.test(rest);
      skip('?>');
    } else if (/^<!doctype\s/i.test(rest) && !/^<!doctype\s+html[\s>]/i.test(rest)) {
      // An XML DOCTYPE may hold an internal subset in brackets; the declaration ends after it.
      const open = rest.indexOf('[');
      const end = rest.indexOf('>');
      skip(open >= 0 && open < end ? ']' : '>');
      if (open >= 0 && open < end) skip('>');
    } else return { rest, xml };
  }
}

/** The root element's version attribute when the text's root element is XLIFF; null when it is not. */
function xliffRoot(text: string): { version?: string } | null {
  const parser = new SaxesParser({ xmlns: false });
  let root: { name: string; version?: string } | null = null;
  parser.on('opentagstart', (tag) => {
    root ??= { name: tag.name };
  });
  parser.on('attribute', (attribute) => {
    if (root && root.version === undefined && attribute.name === 'version') root.version = attribute.value;
  });
  parser.on('opentag', () => {
    throw new RootRead();
  });
  try {
    parser.write(text);
  } catch (error) {
    if (!(error instanceof RootRead)) return null;
  }
  const found = root as { name: string; version?: string } | null;
  if (!found || found.name.replace(/^[^:]*:/, '') !== 'xliff') return null;
  return found.version === undefined ? {} : { version: found.version };
}

class RootRead extends Error {}

const markdown = new MarkdownIt('default');
const MARKDOWN_TOKENS = new Set(['heading_open', 'fence', 'blockquote_open', 'table_open', 'link_open', 'image', 'strong_open', 'em_open', 'code_inline']);

/** Whether plain text uses Markdown (headings, links, emphasis, fences, tables, quotes; bare lists do not count). */
function looksLikeMarkdown(text: string): boolean {
  const stack = markdown.parse(text, {});
  for (let token = stack.pop(); token; token = stack.pop()) {
    if (MARKDOWN_TOKENS.has(token.type)) return true;
    if (token.children) stack.push(...token.children);
  }
  return false;
}

/** The format of the content alone. */
function contentFormat(bytes: Uint8Array): FormatDetection {
  if (bytes.length === 0) return { format: 'unknown', reason: 'empty_document' };
  if (ZIP.some((signature) => startsWith(bytes, signature))) return zipFormat(bytes);
  if (startsWith(bytes, OLE)) return { format: 'unknown', reason: 'docx_encrypted_or_legacy' };
  if (startsWith(bytes, PDF)) return { format: 'unknown', reason: 'pdf_not_supported' };
  const text = headText(bytes);
  if (text.includes('\0')) return { format: 'unknown', reason: 'binary_file' };
  if (!text.trim()) return { format: 'unknown', reason: 'empty_document' };
  const { rest, xml } = firstMarkup(text);
  if (/^<!doctype\s+html[\s>]/i.test(rest) || /^<html[\s>/]/i.test(rest)) return { format: 'html' };
  if (/^<([\w.-]+:)?xliff[\s>/]/.test(rest)) {
    const root = xliffRoot(rest);
    if (root) return { format: 'xliff', ...(root.version !== undefined ? { xliffVersion: root.version } : {}) };
  }
  if (xml) return { format: 'unknown', reason: 'xml_not_xliff' };
  return { format: looksLikeMarkdown(text) ? 'markdown' : 'text' };
}

/**
 * The format of a submitted file, from its content, checked against its name's extension. Text is
 * Markdown or plain text as the name says (".txt" Markdown is text; a fragment of markup in ".html" is
 * HTML); any other disagreement gives reason 'format_mismatch' with both formats.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): FormatDetection {
  const detected = contentFormat(bytes);
  const named = extensionFormat(fileName);
  if (!named) return detected;
  const withName = { ...detected, extensionFormat: named };
  if (detected.format === 'unknown' || detected.format === named) return withName;
  const textual = detected.format === 'text' || detected.format === 'markdown';
  if (textual && (named === 'text' || named === 'markdown')) return { ...withName, format: named };
  if (textual && named === 'html' && /^[\s\uFEFF]*</.test(headText(bytes))) return { ...withName, format: 'html' };
  return { ...withName, reason: 'format_mismatch' };
}
