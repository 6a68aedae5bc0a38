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
  /** DeepL characters sent for this document, answered or not (≥ billedCharacters; see MtJob.sentCharacters). */
  sentCharacters: number;
  segmentCount: number;
  /** The translation-memory analysis made at submission (segments and words per match band); absent for older documents. */
  analysis?: TmAnalysis | null;
  /** The source revision the skeleton and segments are at: absent (or 1) for the submitted text, 2, 3 … after revisions. */
  revision?: number;
  createdBy: string;
  createdAt: Timestamp;
}

/** The source revision a document is at (1: as submitted). */
export const revisionOf = (document: Pick<DocumentRecord, 'revision'>): number => document.revision ?? 1;
