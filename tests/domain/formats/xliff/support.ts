// What the XLIFF specifications share: a small export document, fixture access, and the error a
// call throws.
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../../server/domain/errors';
import type { XliffExportDocument, XliffExportSegment } from '../../../../server/domain/formats/xliff';
import type { InlineTag } from '../../../../server/domain/segments/types';

export const FIXTURES = path.join(__dirname, '..', '..', '..', 'fixtures', 'xliff');
export const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

export const paired = (id: number, open: string, close: string): InlineTag => ({ id, type: 'paired', open, close });
export const standalone = (id: number, open: string): InlineTag => ({ id, type: 'standalone', open, close: '' });

export function exportSegment(overrides: Partial<XliffExportSegment> = {}): XliffExportSegment {
  return {
    id: 'seg-1',
    index: 0,
    source: 'Die Stadt Görlitz lädt ein.',
    target: null,
    state: 'new',
    locked: false,
    version: 1,
    tags: [],
    qaIssues: [],
    ...overrides,
  };
}

export function exportDocument(segments: XliffExportSegment[]): XliffExportDocument {
  return { documentId: 'doc-7', title: 'einladung.md', sourceLang: 'de', targetLang: 'pl', segments };
}

/** The code, line and column of the DomainError `run` throws (fails when it throws none). */
export function failureOf(run: () => unknown): { code: string; line?: unknown; column?: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const details = error.details ?? {};
    return { code: error.code, ...('line' in details ? { line: details.line, column: details.column } : {}) };
  }
  throw new Error('expected a DomainError');
}
