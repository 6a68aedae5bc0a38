// Reading a text file a person picked (.txt as text, .md/.markdown as Markdown, UTF-8, at most
// MAX_UPLOAD_BYTES): the text and its format, or why it cannot be used. The submit form and the
// alignment form both read their files this way.
import { formatNumber } from '../format';
import { checkUpload, decodeUtf8, MAX_UPLOAD_BYTES } from './dashboardStats';

export type TextFileResult = { ok: true; text: string; format: 'text' | 'markdown' } | { ok: false; reason: 'type' | 'size' | 'encoding' };

export async function readTextFile(file: File): Promise<TextFileResult> {
  const check = checkUpload(file);
  if (!check.ok) return check;
  const text = decodeUtf8(await file.arrayBuffer());
  return text === null ? { ok: false, reason: 'encoding' } : { ok: true, text, format: check.format };
}

/** The i18n key (submit namespace) and values of the message for a refused file. */
export function textFileProblem(reason: 'type' | 'size' | 'encoding', name: string): [string, Record<string, string>] {
  if (reason === 'type') return ['submit:file.wrongType', { name }];
  if (reason === 'size') return ['submit:file.tooLarge', { name, max: formatNumber(MAX_UPLOAD_BYTES / 1024 / 1024) }];
  return ['submit:file.notUtf8', { name }];
}
