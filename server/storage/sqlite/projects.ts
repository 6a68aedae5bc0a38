import { NotFound } from '../../domain/errors';
import type { LanguageCode } from '../../domain/common';
import type { Project, ProjectMember, ProjectSettings } from '../../domain/projects/types';
import type { ProjectRepository } from '../../ports/repositories';
import type { Db } from './database';
import type { RowCaches } from './rowCache';
import { toDomainError, writeTransaction } from './shared';

interface ProjectRow {
  id: string;
  name: string;
  source_lang: string;
  target_lang: string;
  settings: string;
  members: string;
  created_by: string;
  created_at: string;
}

const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  name: row.name,
  sourceLang: row.source_lang as LanguageCode,
  targetLang: row.target_lang as LanguageCode,
  settings: JSON.parse(row.settings) as ProjectSettings,
  members: JSON.parse(row.members) as ProjectMember[],
  createdBy: row.created_by,
  createdAt: row.created_at,
});

const jsonColumns = (project: Project) => ({
  ...project,
  settings: JSON.stringify(project.settings),
  members: JSON.stringify(project.members),
});

/** Projects kept in memory (rowCache.ts): every save reads its project's settings and members. */
const PROJECTS_KEPT = 1_000;

export function createProjectRepository(db: Db, rowCaches: RowCaches): ProjectRepository {
  const keptProjects = rowCaches.of<ProjectRow>('projects', 'id', { maxEntries: PROJECTS_KEPT });
  const insert = db.prepare(
    `INSERT INTO projects (id, name, source_lang, target_lang, settings, members, created_by, created_at)
     VALUES (@id, @name, @sourceLang, @targetLang, @settings, @members, @createdBy, @createdAt)`,
  );
  const replace = db.prepare('UPDATE projects SET name = @name, settings = @settings, members = @members WHERE id = @id');
  const byId = db.prepare<[string], ProjectRow>('SELECT * FROM projects WHERE id = ?');
  const all = db.prepare<[], ProjectRow>('SELECT * FROM projects ORDER BY created_at, id');
  const forMember = db.prepare<[string], ProjectRow>(
    `SELECT p.* FROM project_members m JOIN projects p ON p.id = m.project_id
     WHERE m.user_id = ? ORDER BY p.created_at, p.id`,
  );
  const addMember = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO project_members (user_id, project_id) VALUES (?, ?)',
  );
  const clearMembers = db.prepare<[string]>('DELETE FROM project_members WHERE project_id = ?');

  const indexMembers = (project: Project) => {
    for (const member of project.members) addMember.run(member.userId, project.id);
  };
  const createTx = writeTransaction(db, (project: Project) => {
    insert.run(jsonColumns(project));
    indexMembers(project);
  });
  const updateTx = writeTransaction(db, (project: Project) => {
    if (replace.run(jsonColumns(project)).changes === 0) throw new NotFound('project', project.id);
    clearMembers.run(project.id);
    indexMembers(project);
  });

  return {
    async create(project) {
      try {
        createTx(project);
      } catch (error) {
        throw toDomainError(error);
      }
    },
    async findById(id) {
      const row = keptProjects.get(id, () => byId.get(id));
      return row ? toProject(row) : null;
    },
    async list() {
      return all.all().map(toProject);
    },
    async listForMember(userId) {
      return forMember.all(userId).map(toProject);
    },
    async update(project) {
      updateTx(project);
    },
  };
}
