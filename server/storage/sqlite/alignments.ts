import { NotFound, VersionConflict } from '../../domain/errors';
import type { Alignment, AlignmentBead, AlignmentFormat, AlignmentStatus } from '../../domain/alignment/types';
import type { TmUnit } from '../../domain/tm/types';
import type { AlignmentRepository } from '../../ports/repositories';
import type { Db } from './database';
import { toDomainError, writeTransaction } from './shared';
import type { TmUnitWriter } from './tmUnitWriter';

interface AlignmentRow {
  id: string;
  project_id: string;
  title: string;
  format: string;
  de_sentences: string;
  pl_sentences: string;
  beads: string;
  status: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

const toAlignment = (row: AlignmentRow): Alignment => ({
  id: row.id,
  projectId: row.project_id,
  title: row.title,
  format: row.format as AlignmentFormat,
  deSentences: JSON.parse(row.de_sentences) as string[],
  plSentences: JSON.parse(row.pl_sentences) as string[],
  beads: JSON.parse(row.beads) as AlignmentBead[],
  status: row.status as AlignmentStatus,
  version: row.version,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const alignmentParams = (alignment: Alignment) => ({
  ...alignment,
  deSentences: JSON.stringify(alignment.deSentences),
  plSentences: JSON.stringify(alignment.plSentences),
  beads: JSON.stringify(alignment.beads),
});

export function createAlignmentRepository(db: Db, units: TmUnitWriter): AlignmentRepository {
  const insert = db.prepare(
    `INSERT INTO alignments (id, project_id, title, format, de_sentences, pl_sentences, beads, status, version,
       created_by, created_at, updated_at)
     VALUES (@id, @projectId, @title, @format, @deSentences, @plSentences, @beads, @status, @version,
       @createdBy, @createdAt, @updatedAt)`,
  );
  const compareAndSet = db.prepare(
    `UPDATE alignments SET title = @title, format = @format, de_sentences = @deSentences, pl_sentences = @plSentences,
       beads = @beads, status = @status, version = @version, updated_at = @updatedAt
     WHERE id = @id AND version = @expectedVersion`,
  );
  const storedVersion = db.prepare<[string], { version: number }>('SELECT version FROM alignments WHERE id = ?');
  const byId = db.prepare<[string], AlignmentRow>('SELECT * FROM alignments WHERE id = ?');
  const byProject = db.prepare<[string], AlignmentRow>('SELECT * FROM alignments WHERE project_id = ? ORDER BY created_at, id');

  const save = (alignment: Alignment, expectedVersion: number) => {
    if (compareAndSet.run({ ...alignmentParams(alignment), expectedVersion }).changes > 0) return;
    const stored = storedVersion.get(alignment.id);
    if (!stored) throw new NotFound('alignment', alignment.id);
    throw new VersionConflict(alignment.id, expectedVersion, stored.version);
  };
  const confirmTx = writeTransaction(db, (alignment: Alignment, expectedVersion: number, confirmed: readonly TmUnit[]) => {
    save(alignment, expectedVersion);
    for (const unit of confirmed) units.insertUnit(unit);
  });

  return {
    async create(alignment) {
      try {
        insert.run(alignmentParams(alignment));
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', alignment.projectId));
      }
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toAlignment(row) : null;
    },
    async update(alignment, expectedVersion) {
      save(alignment, expectedVersion);
    },
    async listByProject(projectId) {
      return byProject.all(projectId).map(toAlignment);
    },
    async confirm(alignment, expectedVersion, confirmed) {
      try {
        confirmTx(alignment, expectedVersion, confirmed);
      } catch (error) {
        throw toDomainError(error, () => new NotFound('project', alignment.projectId));
      }
    },
  };
}
