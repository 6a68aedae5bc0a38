// Source revisions (table document_revisions and the revision columns of migration 009): one revision is
// one transaction over the document, its segments, their events, QA results and the revision record.
import { Conflict, NotFound, VersionConflict } from '../../domain/errors';
import type { DocumentFormat } from '../../domain/documents/types';
import type { DocumentRevision, RemovedSegment, RevisedSegment } from '../../domain/revisions/types';
import type { TmAnalysis } from '../../domain/tm/types';
import type { SegmentChange } from '../../ports/segmentChange';
import type { RevisionRepository, RevisionWrite } from '../../ports/revisionRepository';
import type { Db } from './database';
import { segmentParams, toSegment, type SegmentRow, type SegmentWriter } from './segmentRows';
import { jsonList, toDomainError, writeTransaction } from './shared';

interface RevisionRow {
  id: string;
  document_id: string;
  project_id: string;
  number: number;
  format: string;
  created_by: string;
  created_at: string;
  unchanged: number;
  changed: number;
  added: number;
  removed: number;
  words_to_review: number;
  new_words: number;
  removed_words: number;
  segment_count: number;
  details: string;
  analysis: string;
}

interface RevisionDetails {
  changed: RevisedSegment[];
  added: string[];
  removed: RemovedSegment[];
}

const toRevision = (row: RevisionRow): DocumentRevision => {
  const details = JSON.parse(row.details) as RevisionDetails;
  return {
    id: row.id,
    documentId: row.document_id,
    projectId: row.project_id,
    number: row.number,
    format: row.format as DocumentFormat,
    createdBy: row.created_by,
    createdAt: row.created_at,
    counts: { unchanged: row.unchanged, changed: row.changed, new: row.added, removed: row.removed },
    wordsToReview: row.words_to_review,
    newWords: row.new_words,
    removedWords: row.removed_words,
    segmentCount: row.segment_count,
    changed: details.changed,
    added: details.added,
    removed: details.removed,
    analysis: JSON.parse(row.analysis) as TmAnalysis,
  };
};

const revisionParams = (revision: DocumentRevision) => ({
  ...revision,
  unchanged: revision.counts.unchanged,
  changed: revision.counts.changed,
  added: revision.counts.new,
  removed: revision.counts.removed,
  details: JSON.stringify({ changed: revision.changed, added: revision.added, removed: revision.removed } satisfies RevisionDetails),
  analysis: JSON.stringify(revision.analysis),
});

export function createRevisionRepository(db: Db, writer: SegmentWriter): RevisionRepository {
  const documentAt = db.prepare<[string], { revision: number }>('SELECT revision FROM documents WHERE id = ?');
  const updateDocument = db.prepare(
    `UPDATE documents SET skeleton = @skeleton, segment_count = @segmentCount, revision = @revision
     WHERE id = @id AND revision = @expectedRevision`,
  );
  const move = db.prepare<[number, string]>('UPDATE segments SET idx = ? WHERE id = ? AND removed_in_revision IS NULL');
  // Like SegmentRepository.applyChanges, and the index too: a revised segment may sit elsewhere now.
  const revise = db.prepare(
    `UPDATE segments SET idx = @index, source = @source, target = @target, state = @state, origin = @origin,
       mt_target = @mtTarget, kind = @kind, tags = @tags, word_count = @wordCount, char_count = @charCount, lang = @lang,
       source_key = @sourceKey, repetition = @repetition, context_specific = @contextSpecific,
       translated_by = @translatedBy, reviewed_by = @reviewedBy, updated_at = @updatedAt, version = @version
     WHERE id = @id AND version = @expectedVersion AND removed_in_revision IS NULL`,
  );
  const remove = db.prepare(
    `UPDATE segments SET removed_in_revision = @removedIn, version = @version, updated_at = @updatedAt
     WHERE id = @id AND version = @expectedVersion AND removed_in_revision IS NULL`,
  );
  const storedVersion = db.prepare<[string], { version: number }>('SELECT version FROM segments WHERE id = ?');
  const dropQa = db.prepare<[string]>('DELETE FROM segment_qa WHERE segment_id IN (SELECT value FROM json_each(?))');
  const insertRevision = db.prepare(
    `INSERT INTO document_revisions (id, document_id, project_id, number, format, created_by, created_at, unchanged,
       changed, added, removed, words_to_review, new_words, removed_words, segment_count, details, analysis)
     VALUES (@id, @documentId, @projectId, @number, @format, @createdBy, @createdAt, @unchanged,
       @changed, @added, @removed, @wordsToReview, @newWords, @removedWords, @segmentCount, @details, @analysis)`,
  );
  const byDocument = db.prepare<[string], RevisionRow>('SELECT * FROM document_revisions WHERE document_id = ? ORDER BY number');
  const newest = db.prepare<[string], RevisionRow>('SELECT * FROM document_revisions WHERE document_id = ? ORDER BY number DESC LIMIT 1');
  const removedSegment = db.prepare<[string], SegmentRow & { removed_in_revision: number }>(
    'SELECT * FROM segments WHERE id = ? AND removed_in_revision IS NOT NULL',
  );

  /** Explains a compare-and-set that matched nothing: throwing rolls the whole revision back. */
  const lostUpdate = (change: SegmentChange): never => {
    const stored = storedVersion.get(change.segment.id);
    if (!stored) throw new NotFound('segment', change.segment.id);
    throw new VersionConflict(change.segment.id, change.expectedVersion, stored.version);
  };

  const applyTx = writeTransaction(db, (write: RevisionWrite) => {
    const { document, revision } = write;
    const stored = documentAt.get(document.id);
    if (!stored) throw new NotFound('document', document.id);
    const params = { id: document.id, skeleton: document.skeleton, segmentCount: document.segmentCount, revision: revision.number, expectedRevision: write.expectedRevision };
    if (updateDocument.run(params).changes === 0) {
      throw new Conflict(`document ${document.id} is at revision ${stored.revision}, not ${write.expectedRevision}`, { revision: stored.revision }, 'revision_conflict');
    }
    for (const change of write.removals) {
      const { segment, expectedVersion } = change;
      const removal = { id: segment.id, removedIn: revision.number, version: segment.version, updatedAt: segment.updatedAt, expectedVersion };
      if (remove.run(removal).changes === 0) lostUpdate(change);
      writer.insertEvent(change.event);
    }
    for (const change of write.changes) {
      if (revise.run({ ...segmentParams(change.segment), expectedVersion: change.expectedVersion }).changes === 0) lostUpdate(change);
      writer.insertEvent(change.event);
    }
    for (const { segmentId, index } of write.moves) move.run(index, segmentId);
    for (const segment of write.created) writer.insertSegment(segment);
    for (const event of write.createdEvents) writer.insertEvent(event);
    if (write.removals.length > 0) dropQa.run(jsonList(write.removals.map((change) => change.segment.id)));
    insertRevision.run(revisionParams(revision));
  });

  return {
    async apply(write) {
      try {
        applyTx(write);
      } catch (error) {
        throw toDomainError(error);
      }
    },
    async listByDocument(documentId) {
      return byDocument.all(documentId).map(toRevision);
    },
    async latest(documentId) {
      const row = newest.get(documentId);
      return row ? toRevision(row) : null;
    },
    async findRemovedSegment(segmentId) {
      const row = removedSegment.get(segmentId);
      return row ? { segment: toSegment(row), removedIn: row.removed_in_revision } : null;
    },
  };
}
