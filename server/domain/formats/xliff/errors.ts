// Why an XLIFF file is refused, with where: codes are stable (the HTTP layer maps them), line and
// column are 1-based lines and saxes' columns.
import { InvalidInput } from '../../errors';

export type XliffErrorCode =
  /** Not well-formed XML, not XLIFF 1.2/2.x, or a required element or attribute is missing. */
  | 'xliff_invalid'
  /** A DOCTYPE: refused outright (no external entities, no entity expansion). */
  | 'xml_doctype_refused'
  /** Two units with the same id in one file (or, for re-import, in one document). */
  | 'xliff_duplicate_id'
  /** The file's source language is not the project's, or its target language is not Polish. */
  | 'xliff_language_mismatch'
  /** A segment's source is longer than MAX_XLIFF_SEGMENT_CHARS (extract.ts). */
  | 'xliff_segment_too_long';

export class XliffError extends InvalidInput {
  constructor(
    code: XliffErrorCode,
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`, { line, column }, code);
  }
}
