// Files sent for download: always as an attachment with a safe name (RFC 6266: an ASCII `filename`
// for old clients and the exact UTF-8 `filename*`), never sniffed, and never rendered on Nysa's origin
// (a sandbox CSP, so an exported web page opened in the browser runs no script with Nysa's cookies).
import type { Response } from 'express';
import { writeInTurns } from './writeInTurns';

/** A title as a file name: letters, digits, spaces, dots, hyphens and underscores; other runs become "_". */
export function safeFileName(title: string, fallback = 'document'): string {
  const name = title.replace(/[^\p{L}\p{N} ._-]+/gu, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  return name === '' ? fallback : name.slice(0, 200);
}

/** `attachment; filename="…"; filename*=UTF-8''…` for a file name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** The headers every download carries; the body is the caller's. */
export function setDownloadHeaders(res: Response, fileName: string, mediaType: string): void {
  res.set({
    'Content-Type': mediaType,
    'Content-Disposition': contentDisposition(fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "sandbox; default-src 'none'",
  });
}

/** Sends a whole file for download. */
export function sendDownload(res: Response, fileName: string, mediaType: string, content: string | Uint8Array): void {
  setDownloadHeaders(res, fileName, mediaType);
  res.send(typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength));
}

/** Sends a file for download a part at a time, the event loop turning between parts (writeInTurns.ts). */
export async function sendDownloadInParts(res: Response, fileName: string, mediaType: string, parts: Iterable<string> | AsyncIterable<string>): Promise<void> {
  setDownloadHeaders(res, fileName, mediaType);
  await writeInTurns(res, parts);
}
