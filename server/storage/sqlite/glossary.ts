import { Conflict, InvalidInput, NotFound, VersionConflict } from '../../domain/errors';
import type { DeeplGlossaryState, GlossaryTerm, GlossaryTermStatus, PartOfSpeech } from '../../domain/glossary/types';
import type { GlossaryRepository } from '../../ports/glossaryRepository';
import { yieldToEventLoop } from '../../slices';
import type { Db } from './database';
import type { RowCaches } from './rowCache';
import { isForeignKeyViolation, isUniqueViolation, writeTransaction } from './shared';

interface GlossaryTermRow {
  id: string;
  project_id: string;
  de: string;
  pl: string;
  note: string | null;
  part_of_speech: string | null;
  case_sensitive: number;
  forbidden: string;
  status: string;
  compound: number;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

interface DeeplGlossaryRow {
  project_id: string;
  deepl_glossary_id: string | null;
  synced_hash: string;
  synced_at: string;
}

const toTerm = (row: GlossaryTermRow): GlossaryTerm => ({
  id: row.id,
  projectId: row.project_id,
  de: row.de,
  pl: row.pl,
  note: row.note,
  partOfSpeech: row.part_of_speech as PartOfSpeech | null,
  caseSensitive: row.case_sensitive === 1,
  forbidden: JSON.parse(row.forbidden) as string[],
  status: row.status as GlossaryTermStatus,
  compound: row.compound === 1,
  version: row.version,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const termParams = (term: GlossaryTerm) => ({
  id: term.id,
  projectId: term.projectId,
  de: term.de,
  pl: term.pl,
  note: term.note,
  partOfSpeech: term.partOfSpeech,
  caseSensitive: term.caseSensitive ? 1 : 0,
  forbidden: JSON.stringify(term.forbidden),
  status: term.status,
  compound: term.compound ? 1 : 0,
  version: term.version,
  createdBy: term.createdBy,
  createdAt: term.createdAt,
  updatedAt: term.updatedAt,
});

/**
 * Rows read per query by listByProject: 100,000 terms read at once held the event loop for over half a
 * second; a page of this many takes half what 2,000 took (about 10 ms), and other requests run between
 * pages: on a start busy loading a memory, pages of 2,000 were among the longest turns.
 */
const LIST_PAGE = 1000;

function driverError(error: unknown, projectId: string): unknown {
  if (isForeignKeyViolation(error)) return new NotFound('project', projectId);
  if (isUniqueViolation(error)) return new Conflict('glossary term already exists', { entity: 'glossary_term' });
  return error;
}

/** Projects' glossary counters kept in memory (rowCache.ts): every save's QA asks whether its glossary changed. */
const REVISIONS_KEPT = 1_000;

export function createGlossaryRepository(db: Db, rowCaches: RowCaches): GlossaryRepository {
  const keptRevisions = rowCaches.of<{ revision: number }>('glossary_revisions', 'project_id', { maxEntries: REVISIONS_KEPT, keepsAbsent: true });
  const insert = db.prepare(
    `INSERT INTO glossary_terms (id, project_id, de, pl, note, part_of_speech, case_sensitive, forbidden, status, compound,
       version, created_by, created_at, updated_at)
     VALUES (@id, @projectId, @de, @pl, @note, @partOfSpeech, @caseSensitive, @forbidden, @status, @compound,
       @version, @createdBy, @createdAt, @updatedAt)`,
  );
  const set = `de = @de, pl = @pl, note = @note, part_of_speech = @partOfSpeech, case_sensitive = @caseSensitive,
       forbidden = @forbidden, status = @status, compound = @compound, version = @version, updated_at = @updatedAt`;
  const replace = db.prepare(`UPDATE glossary_terms SET ${set} WHERE id = @id`);
  const compareAndSet = db.prepare(`UPDATE glossary_terms SET ${set} WHERE id = @id AND version = @expectedVersion`);
  const storedVersion = db.prepare<[string], { version: number }>('SELECT version FROM glossary_terms WHERE id = ?');
  const remove = db.prepare<[string]>('DELETE FROM glossary_terms WHERE id = ?');
  const byId = db.prepare<[string], GlossaryTermRow>('SELECT * FROM glossary_terms WHERE id = ?');
  // Keyset pages in (created_at, seq) order, served by glossary_terms_by_project (its entries end with the rowid, seq).
  const firstPage = db.prepare<[string, number], GlossaryTermRow & { seq: number }>(
    'SELECT * FROM glossary_terms WHERE project_id = ? ORDER BY created_at, seq LIMIT ?',
  );
  const nextPage = db.prepare<[string, string, number, number], GlossaryTermRow & { seq: number }>(
    'SELECT * FROM glossary_terms WHERE project_id = ? AND (created_at, seq) > (?, ?) ORDER BY created_at, seq LIMIT ?',
  );
  const projectExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM projects WHERE id = ?');
  // Raised by the triggers of migration 017 on every write of a term.
  const revisionOf = db.prepare<[string], { revision: number }>('SELECT revision FROM glossary_revisions WHERE project_id = ?');
  const deeplById = db.prepare<[string], DeeplGlossaryRow>('SELECT * FROM deepl_glossaries WHERE project_id = ?');
  const upsertDeepl = db.prepare(
    `INSERT INTO deepl_glossaries (project_id, deepl_glossary_id, synced_hash, synced_at)
     VALUES (@projectId, @deeplGlossaryId, @syncedHash, @syncedAt)
     ON CONFLICT (project_id) DO UPDATE SET deepl_glossary_id = excluded.deepl_glossary_id,
       synced_hash = excluded.synced_hash, synced_at = excluded.synced_at`,
  );

  const replaceInProject = db.prepare(`UPDATE glossary_terms SET ${set} WHERE id = @id AND project_id = @projectId`);
  const removeInProject = db.prepare<[string, string]>('DELETE FROM glossary_terms WHERE id = ? AND project_id = ?');
  const writeBatchTx = writeTransaction(db, (projectId: string, put: readonly GlossaryTerm[], remove: readonly string[]) => {
    if (!projectExists.get(projectId)) throw new NotFound('project', projectId);
    for (const term of put) {
      const params = termParams(term);
      if (replaceInProject.run(params).changes === 0) insert.run(params);
    }
    for (const id of remove) removeInProject.run(id, projectId);
  });

  return {
    async create(term) {
      try {
        insert.run(termParams(term));
      } catch (error) {
        throw driverError(error, term.projectId);
      }
    },
    async update(term, expectedVersion) {
      const params = termParams(term);
      const changed = expectedVersion === undefined ? replace.run(params).changes : compareAndSet.run({ ...params, expectedVersion }).changes;
      if (changed > 0) return;
      const stored = storedVersion.get(term.id);
      if (!stored) throw new NotFound('glossary_term', term.id);
      throw new VersionConflict(term.id, expectedVersion ?? stored.version, stored.version);
    },
    async delete(id) {
      return remove.run(id).changes > 0;
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toTerm(row) : null;
    },
    async revision(projectId) {
      return keptRevisions.get(projectId, () => revisionOf.get(projectId))?.revision ?? 0;
    },
    async listByProject(projectId) {
      const terms: GlossaryTerm[] = [];
      let page = firstPage.all(projectId, LIST_PAGE);
      for (;;) {
        for (const row of page) terms.push(toTerm(row));
        if (page.length < LIST_PAGE) return terms;
        const last = page[page.length - 1];
        await yieldToEventLoop();
        page = nextPage.all(projectId, last.created_at, last.seq, LIST_PAGE);
      }
    },
    async writeBatch(projectId, { put, remove }) {
      const stranger = put.find((term) => term.projectId !== projectId);
      if (stranger) throw new InvalidInput(`glossary term ${stranger.id} belongs to project ${stranger.projectId}, not ${projectId}`);
      try {
        writeBatchTx(projectId, put, remove);
      } catch (error) {
        throw driverError(error, projectId);
      }
    },
    async findDeeplGlossary(projectId) {
      const row = deeplById.get(projectId);
      return row
        ? { projectId: row.project_id, deeplGlossaryId: row.deepl_glossary_id, syncedHash: row.synced_hash, syncedAt: row.synced_at }
        : null;
    },
    async saveDeeplGlossary(state: DeeplGlossaryState) {
      try {
        upsertDeepl.run(state);
      } catch (error) {
        throw driverError(error, state.projectId);
      }
    },
  };
}
