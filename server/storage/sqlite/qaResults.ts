// Stored QA results (table segment_qa, migration 003).
import { NotFound } from '../../domain/errors';
import { emptyQaSummary, type DocumentQaSummary, type QaResult } from '../../domain/qa/results';
import type { QaIssue } from '../../domain/qa/types';
import type { QaResultRepository } from '../../ports/qaResultRepository';
import type { Db } from './database';
import { jsonList, toDomainError, writeTransaction } from './shared';

interface QaRow {
  segment_id: string;
  document_id: string;
  version: number;
  issues: string;
  errors: number;
  warnings: number;
  infos: number;
  override_reason: string | null;
  checked_at: string;
}

interface SummaryRow {
  document_id: string;
  errors: number;
  warnings: number;
  infos: number;
  segments_with_errors: number;
}

const toResult = (row: QaRow): QaResult => ({
  segmentId: row.segment_id,
  documentId: row.document_id,
  version: row.version,
  issues: JSON.parse(row.issues) as QaIssue[],
  errors: row.errors,
  warnings: row.warnings,
  infos: row.infos,
  overrideReason: row.override_reason,
  checkedAt: row.checked_at,
});

/** Stores one QA result, unless the stored one checked a newer segment version; shared with segment changes (segments.ts). */
export type QaResultWriter = (result: QaResult) => void;

export function createQaResultWriter(db: Db): QaResultWriter {
  // A result of an older segment version than the stored one changes nothing. The document is not
  // set again (a segment never moves to another): setting it, even to the same value, rewrites its
  // entry in segment_qa_by_document, a page more in the log (docs/performance.md, "What a save costs").
  const upsert = db.prepare(
    `INSERT INTO segment_qa (segment_id, document_id, version, issues, errors, warnings, infos, override_reason, checked_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (segment_id) DO UPDATE SET
       version = excluded.version, issues = excluded.issues,
       errors = excluded.errors, warnings = excluded.warnings, infos = excluded.infos,
       override_reason = excluded.override_reason, checked_at = excluded.checked_at
     WHERE excluded.version >= segment_qa.version`,
  );
  // Bound by position, like the other statements of a save (segmentRows.ts).
  return (result) =>
    void upsert.run(
      result.segmentId,
      result.documentId,
      result.version,
      JSON.stringify(result.issues),
      result.errors,
      result.warnings,
      result.infos,
      result.overrideReason,
      result.checkedAt,
    );
}

export function createQaResultRepository(db: Db): QaResultRepository {
  const upsert = createQaResultWriter(db);
  const bySegment = db.prepare<[string], QaRow>('SELECT * FROM segment_qa WHERE segment_id = ?');
  const bySegments = db.prepare<[string], QaRow>('SELECT * FROM segment_qa WHERE segment_id IN (SELECT value FROM json_each(?))');
  const summaries = db.prepare<[string], SummaryRow>(
    `SELECT document_id, SUM(errors) AS errors, SUM(warnings) AS warnings, SUM(infos) AS infos,
       SUM(CASE WHEN errors > 0 THEN 1 ELSE 0 END) AS segments_with_errors
     FROM segment_qa WHERE document_id IN (SELECT value FROM json_each(?)) GROUP BY document_id`,
  );
  const upsertTx = writeTransaction(db, (results: readonly QaResult[]) => {
    for (const result of results) upsert(result);
  });

  return {
    async upsertMany(results) {
      if (results.length === 0) return;
      try {
        upsertTx(results);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('segment'));
      }
    },
    async findBySegment(segmentId) {
      const row = bySegment.get(segmentId);
      return row ? toResult(row) : null;
    },
    async findBySegments(segmentIds) {
      if (segmentIds.length === 0) return [];
      const found = new Map(bySegments.all(jsonList(segmentIds)).map((row) => [row.segment_id, toResult(row)]));
      return [...new Set(segmentIds)].flatMap((id) => found.get(id) ?? []);
    },
    async summarizeByDocuments(documentIds) {
      if (documentIds.length === 0) return [];
      const rows = new Map(summaries.all(jsonList(documentIds)).map((row) => [row.document_id, row]));
      return documentIds.map((documentId): DocumentQaSummary => {
        const row = rows.get(documentId);
        if (!row) return emptyQaSummary(documentId);
        return { documentId, errors: row.errors, warnings: row.warnings, infos: row.infos, segmentsWithErrors: row.segments_with_errors };
      });
    },
  };
}
