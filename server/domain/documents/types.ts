// Submitted documents. Plain data: no methods, no driver types. Both stores return exactly these.
import type { Timestamp } from '../common';
import type { TmAnalysis } from '../tm/types';

/** The formats a document may be submitted in; domain/formats/index.ts registers what each one needs. */
export const DOCUMENT_FORMATS = ['text', 'markdown', 'docx', 'html', 'xliff'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface DocumentRecord {
  id: string;
  projectId: string;
  title: string;
  format: DocumentFormat;
  /**
   * The submitted document with every segment replaced by its marker (see domain/formats):
   * the export puts the Polish targets back into it, so structure survives untouched. Always a string
   * (a Word file's skeleton is a base64 ZIP).
   */
  skeleton: string;
  dueDate: Timestamp | null;
  /** DeepL characters billed for this document, summed over all MT requests. */
  billedCharacters: number;
  segmentCount: number;
  /** The translation-memory analysis made at submission (segments and words per match band); absent for older documents. */
  analysis?: TmAnalysis | null;
  createdBy: string;
  createdAt: Timestamp;
}
