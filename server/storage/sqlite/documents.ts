import { InvalidInput, NotFound } from '../../domain/errors';
import { revisionOf, type DocumentFormat, type DocumentRecord } from '../../domain/documents/types';
import type { Segment, SegmentEvent } from '../../domain/segments/types';
import type { DocumentRepository } from '../../ports/repositories';
import type { Db } from './database';
import type { SegmentWriter } from './segmentRows';
import { jsonList, toDomainError, writeInSlices, writeTransaction } from './shared';

/**
 * Rows (segments and events) a document may have to be written in one transaction. A document with
 * more is written in slices of time while pending (migration 014): one transaction of 90,000 rows would
 * hold the event loop for seconds. Slices of a fixed 500 rows held it a few times longer on a busy
 * machine, with long sentences, or late in a large document (its indexes deeper) than on a quiet one:
 * a row's cost varies, so a slice ends when its time is up, not after so many rows.
 */
export const DOCUMENT_AT_ONCE_ROWS = 200;
/** A pending document older than this was left by a crash, not by a write still running elsewhere. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

interface DocumentRow {
  id: string;
  project_id: string;
  title: string;
  format: string;
  skeleton: string;
  due_date: string | null;
  billed_characters: number;
  sent_characters: number;
  segment_count: number;
  created_by: string;
  created_at: string;
  /** JSON TmAnalysis, NULL when none was made (migration 004). */
  analysis?: string | null;
  /** 1 as submitted (migration 009). */
  revision: number;
}

const toDocument = (row: DocumentRow): DocumentRecord => ({
  id: row.id,
  projectId: row.project_id,
  title: row.title,
  format: row.format as DocumentFormat,
  skeleton: row.skeleton,
  dueDate: row.due_date,
  billedCharacters: row.billed_characters,
  sentCharacters: row.sent_characters,
  segmentCount: row.segment_count,
  createdBy: row.created_by,
  createdAt: row.created_at,
  ...(row.analysis ? { analysis: JSON.parse(row.analysis) as DocumentRecord['analysis'] } : {}),
  ...(row.revision > 1 ? { revision: row.revision } : {}),
});

export function createDocumentRepository(db: Db, writer: SegmentWriter): DocumentRepository {
  const insert = db.prepare(
    `INSERT INTO documents (id, project_id, title, format, skeleton, due_date, billed_characters, sent_characters,
       segment_count, created_by, created_at, revision)
     VALUES (@id, @projectId, @title, @format, @skeleton, @dueDate, @billedCharacters, @sentCharacters,
       @segmentCount, @createdBy, @createdAt, @revision)`,
  );
  const projectExists = db.prepare<[string], { id: string }>('SELECT id FROM projects WHERE id = ?');
  const byId = db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ? AND pending = 0');
  const byProjects = db.prepare<[string], DocumentRow>(
    'SELECT * FROM documents WHERE project_id IN (SELECT value FROM json_each(?)) AND pending = 0 ORDER BY created_at, id',
  );
  const markPending = db.prepare<[string]>('UPDATE documents SET pending = 1 WHERE id = ?');
  const markWritten = db.prepare<[string]>('UPDATE documents SET pending = 0 WHERE id = ?');
  const removeRows = [
    db.prepare<[string]>('DELETE FROM segment_events WHERE document_id = ?'),
    db.prepare<[string]>('DELETE FROM segments WHERE document_id = ?'),
    db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
  ];
  const removeDocumentTx = writeTransaction(db, (id: string) => {
    for (const statement of removeRows) statement.run(id);
  });
  const abandoned = db.prepare<[string], { id: string }>('SELECT id FROM documents WHERE pending = 1 AND created_at < ?');
  const setAnalysis = db.prepare<[string, string]>('UPDATE documents SET analysis = ? WHERE id = ?');
  const addBilled = db.prepare<[number, string]>(
    'UPDATE documents SET billed_characters = billed_characters + ? WHERE id = ?',
  );
  const addSent = db.prepare<[number, string]>('UPDATE documents SET sent_characters = sent_characters + ? WHERE id = ?');

  const createTx = writeTransaction(db, (document: DocumentRecord, segments: readonly Segment[], events: readonly SegmentEvent[], pending: boolean) => {
    if (!projectExists.get(document.projectId)) throw new NotFound('project', document.projectId);
    insert.run({ ...document, revision: revisionOf(document) });
    if (pending) markPending.run(document.id);
    if (document.analysis) setAnalysis.run(JSON.stringify(document.analysis), document.id);
    for (const segment of segments) writer.insertSegment(segment);
    for (const event of events) writer.insertEvent(event);
  });
  /** Segments first (events refer to them), each slice of time its own transaction, then the document becomes visible. */
  async function createInSlices(document: DocumentRecord, segments: readonly Segment[], events: readonly SegmentEvent[]): Promise<void> {
    createTx(document, [], [], true);
    try {
      await writeInSlices(db, segments, writer.insertSegment);
      await writeInSlices(db, events, writer.insertEvent);
      markWritten.run(document.id);
    } catch (error) {
      removeDocumentTx(document.id);
      throw error;
    }
  }

  // Pending documents left by a crash (see migration 014).
  for (const { id } of abandoned.all(new Date(Date.now() - ABANDONED_AFTER_MS).toISOString())) removeDocumentTx(id);

  return {
    async createWithSegments(document, segments, events) {
      try {
        if (segments.length + events.length <= DOCUMENT_AT_ONCE_ROWS) createTx(document, segments, events, false);
        else await createInSlices(document, segments, events);
      } catch (error) {
        throw toDomainError(
          error,
          () => new InvalidInput('a segment or event refers to a document or segment that does not exist'),
        );
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toDocument(row) : null;
    },
    async listByProjects(projectIds) {
      if (projectIds.length === 0) return [];
      return byProjects.all(jsonList(projectIds)).map(toDocument);
    },
    async addBilledCharacters(id, characters) {
      if (addBilled.run(characters, id).changes === 0) throw new NotFound('document', id);
    },
    async addSentCharacters(id, characters) {
      if (addSent.run(characters, id).changes === 0) throw new NotFound('document', id);
    },
  };
}
