// The SQLite store: the shared contract against a temporary file, plus what only SQLite has
// (migrations, pragmas, driver errors turned into domain errors, bulk insert speed).
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Conflict, NotFound } from '../../server/domain/errors';
import type { Store } from '../../server/ports/repositories';
import { migrate, openDatabase } from '../../server/storage/sqlite/database';
import { MIGRATIONS } from '../../server/storage/sqlite/migrations';
import { createSqliteStore } from '../../server/storage/sqlite';
import {
  FIXED_NOW,
  buildAlignment,
  buildCreatedEvent,
  buildDocument,
  buildJob,
  buildProject,
  buildSegments,
  buildSession,
  buildUser,
  minutesAfterNow,
  resetBuilderIds,
} from '../support/builders';
import { describeAccountsContract } from './accountsContract';
import { describeCollaborationContract } from './collaborationContract';
import { describeStoreContract } from './contract';
import { describeGlossaryContract } from './glossaryContract';
import { describeInstancesContract } from './instancesContract';
import { describeQaResultContract } from './qaContract';
import { describeRevisionContract } from './revisionContract';
import { describeQualityContract } from './qualityContract';
import { describeTmImportContract } from './tmImportContract';
import { measureStalls } from '../support/eventLoopGuard';
import { describeWebhookContract } from './webhookContract';
import { rejectionOf } from '../support/rejection';

const temporaryDirs: string[] = [];

/** A fresh directory under the OS temp dir, removed after the test. */
function temporaryDatabaseFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nysa-sqlite-'));
  temporaryDirs.push(dir);
  return path.join(dir, 'nysa.sqlite');
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describeStoreContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeGlossaryContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeQaResultContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeTmImportContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeAccountsContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeCollaborationContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeRevisionContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeInstancesContract('sqlite', async () => {
  const file = temporaryDatabaseFile();
  return [createSqliteStore({ file }), createSqliteStore({ file })];
});
describeQualityContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));
describeWebhookContract('sqlite', async () => createSqliteStore({ file: temporaryDatabaseFile() }));

describe('sqlite store', () => {
  let store: Store | undefined;

  beforeEach(() => resetBuilderIds());
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('records every migration once in schema_migrations', async () => {
    const file = temporaryDatabaseFile();
    store = createSqliteStore({ file });
    await store.close();

    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    db.close();

    expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
  });

  it('keeps the data and applies no migration again when the same file is reopened', async () => {
    const file = temporaryDatabaseFile();
    const user = buildUser();
    store = createSqliteStore({ file });
    await store.users.create(user);
    await store.close();
    const before = new Database(file, { readonly: true });
    const appliedBefore = before.prepare('SELECT * FROM schema_migrations').all();
    before.close();

    store = createSqliteStore({ file });

    expect(await store.users.findById(user.id)).toEqual(user);
    const db = openDatabase(file);
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT * FROM schema_migrations').all()).toEqual(appliedBefore);
    db.close();
  });

  it('applies the migrations to a new database and returns their versions', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(migrate(db)).toEqual([]);
    db.close();
  });

  it('upgrades a database of migration 1 with the alignment and TM tables, keeping its data', async () => {
    const file = temporaryDatabaseFile();
    const project = buildProject({ id: 'project-2019' });
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old
      .prepare('INSERT INTO projects (id, name, source_lang, target_lang, settings, members, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(project.id, project.name, 'de', 'pl', JSON.stringify(project.settings), '[]', project.createdBy, project.createdAt);
    old.close();

    store = createSqliteStore({ file });
    const alignment = buildAlignment({ projectId: project.id });
    await store.alignments.create(alignment);

    expect(await store.projects.findById(project.id)).toEqual(project);
    expect(await store.alignments.findById(alignment.id)).toEqual(alignment);
    expect(await store.tmUnits.countByProject(project.id)).toBe(0);
  });

  it('migration 8 keeps existing accounts active and gives existing sessions a public id apart from their secret hash', async () => {
    const file = temporaryDatabaseFile();
    const old = new Database(file);
    migrate(old, MIGRATIONS.filter((migration) => migration.version < 8));
    old.prepare("INSERT INTO users (id, email, name, roles, password_hash, created_at) VALUES ('anna', 'anna@nysa.test', 'Anna', '[\"admin\"]', 'scrypt$x', ?)").run(FIXED_NOW);
    const hashes = ['a'.repeat(64), 'b'.repeat(64)];
    for (const hash of hashes) {
      old.prepare("INSERT INTO sessions (id, user_id, kind, name, created_at, expires_at) VALUES (?, 'anna', 'token', 'CI', ?, NULL)").run(hash, FIXED_NOW);
    }
    old.close();

    store = createSqliteStore({ file });

    expect(await store.users.findById('anna')).toMatchObject({ active: true, roles: ['admin'] });
    const sessions = await Promise.all(hashes.map((hash) => store!.sessions.findBySecretHash(hash)));
    expect(sessions.map((session) => session && { userId: session.userId, secretHash: session.secretHash, lastUsedAt: session.lastUsedAt })).toEqual(
      hashes.map((hash) => ({ userId: 'anna', secretHash: hash, lastUsedAt: null })),
    );
    const ids = sessions.map((session) => session!.id);
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id) && !hashes.includes(id))).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect(await store.sessions.findById(ids[0])).toEqual(sessions[0]);
  });

  it('migration 11 counts what older MT jobs and documents billed as sent, and leaves their jobs idle', async () => {
    const file = temporaryDatabaseFile();
    const old = new Database(file);
    migrate(old, MIGRATIONS.filter((migration) => migration.version < 11));
    const project = buildProject({ id: 'project-2024' });
    old
      .prepare('INSERT INTO projects (id, name, source_lang, target_lang, settings, members, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(project.id, project.name, 'de', 'pl', JSON.stringify(project.settings), '[]', project.createdBy, project.createdAt);
    old
      .prepare("INSERT INTO documents (id, project_id, title, format, skeleton, due_date, billed_characters, segment_count, created_by, created_at) VALUES ('doc-old', ?, 'Alt', 'text', '', NULL, 500, 0, 'user-admin', ?)")
      .run(project.id, FIXED_NOW);
    old
      .prepare("INSERT INTO mt_jobs (id, document_id, project_id, status, done, total, billed_characters, error_code, error_detail, created_by, created_at, updated_at) VALUES ('job-old', 'doc-old', ?, 'done', 3, 3, 500, NULL, NULL, 'user-admin', ?, ?)")
      .run(project.id, FIXED_NOW, FIXED_NOW);
    old.close();

    store = createSqliteStore({ file });

    expect(await store.documents.findById('doc-old')).toMatchObject({ billedCharacters: 500, sentCharacters: 500 });
    expect(await store.mtJobs.findById('job-old')).toMatchObject({ billedCharacters: 500, sentCharacters: 500, phase: null, attempt: 0, skipped: 0 });
  });

  it('migration 13 gives the jobs a running server left a free lease, so the next instance resumes them', async () => {
    const file = temporaryDatabaseFile();
    const old = new Database(file);
    migrate(old, MIGRATIONS.filter((migration) => migration.version < 13));
    old.prepare("INSERT INTO projects (id, name, source_lang, target_lang, settings, members, created_by, created_at) VALUES ('p', 'P', 'de', 'pl', '{}', '[]', 'u', ?)").run(FIXED_NOW);
    old.prepare("INSERT INTO documents (id, project_id, title, format, skeleton, segment_count, created_by, created_at) VALUES ('d', 'p', 'D', 'text', '', 0, 'u', ?)").run(FIXED_NOW);
    old
      .prepare("INSERT INTO mt_jobs (id, document_id, project_id, status, done, total, billed_characters, created_by, created_at, updated_at) VALUES ('job-old', 'd', 'p', 'running', 3, 9, 0, 'u', ?, ?)")
      .run(FIXED_NOW, FIXED_NOW);
    old.close();

    store = createSqliteStore({ file });

    expect((await store.mtJobs.listClaimable(FIXED_NOW)).map((job) => [job.id, job.status, job.done])).toEqual([['job-old', 'running', 3]]);
    expect(await store.mtJobs.claim('job-old', 'instance-a', FIXED_NOW, minutesAfterNow(1))).toEqual({ jobId: 'job-old', owner: 'instance-a', version: 1 });
  });

  it('refuses migrations listed out of order', () => {
    const db = new Database(':memory:');
    expect(() =>
      migrate(db, [
        { version: 2, name: 'second', sql: 'SELECT 1' },
        { version: 1, name: 'first', sql: 'SELECT 1' },
      ]),
    ).toThrow('migration 1 (first) is out of order');
    db.close();
  });

  it('opens the file in WAL mode with foreign keys, a busy timeout and synchronous NORMAL', () => {
    const db = openDatabase(temporaryDatabaseFile());

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('works in memory', async () => {
    store = createSqliteStore({ file: ':memory:' });
    await store.users.create(buildUser({ id: 'anna' }));

    expect(await store.users.count()).toBe(1);
  });

  it('creates a 10,000-segment document with its events in slices, the event loop turning between them', async () => {
    store = createSqliteStore({ file: temporaryDatabaseFile() });
    const project = buildProject();
    await store.projects.create(project);
    const document = buildDocument({ projectId: project.id, segmentCount: 10_000 });
    const segments = buildSegments(document, 10_000);
    const events = segments.map((segment) => buildCreatedEvent(segment));
    const written = store;

    const { ticks } = await measureStalls(() => written.documents.createWithSegments(document, segments, events));

    expect((await store.segments.page({ documentId: document.id, offset: 0, limit: 1 })).total).toBe(10_000);
    expect(await store.segments.history(segments[9_999].id)).toEqual([events[9_999]]);
    // Slices of time: timers ran between them (a single transaction would allow none).
    expect(ticks).toBeGreaterThan(5);
  });

  it('shows a large document to no read until its last slice is written', async () => {
    store = createSqliteStore({ file: temporaryDatabaseFile() });
    const project = buildProject();
    await store.projects.create(project);
    const document = buildDocument({ projectId: project.id, segmentCount: 2_000 });
    const segments = buildSegments(document, 2_000);

    const writing = store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));

    expect(await store.documents.findById(document.id)).toBeNull();
    expect(await store.documents.listByProjects([project.id])).toEqual([]);
    await writing;
    expect(await store.documents.findById(document.id)).toEqual(document);
  });

  it('removes at start a pending document an interrupted write left behind an hour ago, keeping a recent one', async () => {
    const file = temporaryDatabaseFile();
    store = createSqliteStore({ file });
    const project = buildProject();
    await store.projects.create(project);
    const abandoned = buildDocument({ projectId: project.id, segmentCount: 1, createdAt: new Date(Date.now() - 2 * 3600_000).toISOString() });
    const recent = buildDocument({ projectId: project.id, segmentCount: 1, createdAt: new Date().toISOString() });
    for (const document of [abandoned, recent]) {
      const segments = buildSegments(document, 1);
      await store.documents.createWithSegments(document, segments, segments.map((segment) => buildCreatedEvent(segment)));
    }
    await store.close();
    const db = new Database(file);
    db.prepare('UPDATE documents SET pending = 1').run();
    db.close();

    store = createSqliteStore({ file });
    const db2 = new Database(file, { readonly: true });
    const left = db2.prepare('SELECT id, pending FROM documents ORDER BY created_at').all();
    const leftSegments = db2.prepare('SELECT document_id FROM segments').all();
    db2.close();

    expect(left).toEqual([{ id: recent.id, pending: 1 }]);
    expect(leftSegments).toEqual([{ document_id: recent.id }]);
  });

  describe('turns driver errors into domain errors', () => {
    beforeEach(() => {
      store = createSqliteStore({ file: ':memory:' });
    });

    it('a duplicate user id is a Conflict', async () => {
      await store!.users.create(buildUser({ id: 'anna', email: 'a@example.pl' }));

      const error = await rejectionOf(store!.users.create(buildUser({ id: 'anna', email: 'b@example.pl' })));

      expect(error).toBeInstanceOf(Conflict);
      expect(error).toMatchObject({ code: 'conflict' });
    });

    it('a document of an unknown project is NotFound', async () => {
      const error = await rejectionOf(
        store!.documents.createWithSegments(buildDocument({ projectId: 'project-unknown' }), [], []),
      );

      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ params: { entity: 'project' } });
    });

    it('an event of an unknown segment is NotFound', async () => {
      const project = buildProject();
      await store!.projects.create(project);
      const document = buildDocument({ projectId: project.id, segmentCount: 1 });
      const [segment] = buildSegments(document, 1);
      await store!.documents.createWithSegments(document, [segment], []);

      const error = await rejectionOf(
        store!.segments.appendEvents([buildCreatedEvent(segment), buildCreatedEvent({ ...segment, id: 'segment-unknown' })]),
      );

      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ params: { entity: 'segment' } });
      expect(await store!.segments.history(segment.id)).toEqual([]);
    });

    it('a job of an unknown document, and an update of an unknown job, are NotFound', async () => {
      await expect(store!.mtJobs.create(buildJob({ documentId: 'document-unknown' }))).rejects.toBeInstanceOf(NotFound);
      await expect(store!.mtJobs.update(buildJob({ id: 'job-unknown' }))).rejects.toBeInstanceOf(NotFound);
    });

    it('addBilledCharacters of an unknown document is NotFound', async () => {
      await expect(store!.documents.addBilledCharacters('document-unknown', 5)).rejects.toBeInstanceOf(NotFound);
    });

    it('a session of an unknown user is NotFound', async () => {
      const error = await rejectionOf(store!.sessions.create(buildSession({ userId: 'user-unknown' })));

      expect(error).toBeInstanceOf(NotFound);
      expect(error).toMatchObject({ params: { entity: 'user' } });
    });
  });
});
