// Reading a glossary file of either format: the terms it holds and how many entries were skipped.
// Plain data in and out, so that a large file is read on a worker thread (server/workers) exactly as a
// small one is read inline.
import { parseGlossaryCsv } from './csv';
import { parseGlossaryTbx } from './tbx';
import type { GlossaryTermFields } from './types';

// The file formats a glossary is imported from and exported to.
export const GLOSSARY_FILE_FORMATS = ['csv', 'tbx'] as const;
export type GlossaryFileFormat = (typeof GLOSSARY_FILE_FORMATS)[number];

export interface GlossaryFileContent {
  terms: GlossaryTermFields[];
  /** TBX entries without a German–Polish pair (always 0 for CSV). */
  skipped: number;
}

/** Throws GlossaryFileError (invalid_csv, invalid_tbx) at the first problem. */
export function readGlossaryFile(format: GlossaryFileFormat, content: string): GlossaryFileContent {
  if (format === 'csv') return { terms: parseGlossaryCsv(content), skipped: 0 };
  return parseGlossaryTbx(content);
}
