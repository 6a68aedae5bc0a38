// What an uploaded file is: its format from its content (./detect.ts), checked against its name. A file
// Nysa cannot read, or whose content is not what its name says, is refused here with the detection's
// reason as the error code, before any parser sees it.
import { InvalidInput } from '../errors';
import type { DocumentFormat } from '../documents/types';
import { detectFormat } from './detect';

/** The format of an uploaded document. Throws InvalidInput with the detection's reason as its code. */
export function uploadedDocumentFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const detection = detectFormat(bytes, fileName);
  if (detection.reason === 'format_mismatch') {
    throw new InvalidInput(
      `the file's content is ${detection.format}, but its name says ${detection.extensionFormat}`,
      { detected: detection.format, extension: detection.extensionFormat },
      'format_mismatch',
    );
  }
  if (detection.format === 'unknown') {
    const code = detection.reason ?? 'unsupported_format';
    throw new InvalidInput(`the file cannot be read as a document (${code})`, { reason: code }, code);
  }
  return detection.format;
}
