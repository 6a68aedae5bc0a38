// server/storage/sqlite/backup.ts: a consistent one-file copy of the live store, and restoring one into
// an empty data folder; refusals for everything that could lose data.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Store } from '../../server/ports/repositories';
import { createSqliteStore } from '../../server/storage/sqlite';
import { backupSqlite, BackupRefused, restoreSqlite } from '../../server/storage/sqlite/backup';
import { MIGRATIONS } from '../../server/storage/sqlite/migrations';
import { buildAuditEntry, buildUser, resetBuilderIds } from '../support/builders';
import { rejectionOf } from '../support/rejection';

describe('sqlite backup and restore', () => {
  let dir: string;
  let live: string;
  let store: Store;

  beforeEach(async () => {
    resetBuilderIds();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-backup-'));
    live = path.join(dir, 'live', 'nysa.sqlite');
    fs.mkdirSync(path.dirname(live));
    store = createSqliteStore({ file: live });
    await store.users.create(buildUser({ id: 'anna', name: 'Anna Nowak' }));
    await store.audit.append(buildAuditEntry({ actorId: 'anna' }));
  });
  afterEach(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const refusal = async (promise: Promise<unknown>) => {
    const error = await rejectionOf(promise);
    expect(error).toBeInstanceOf(BackupRefused);
    return (error as Error).message;
  };

  test('copies the open store into one file that holds its data, checked and at the current schema version', async () => {
    const target = path.join(dir, 'copy.sqlite');

    const copy = await backupSqlite(live, target);

    expect(copy).toEqual({ file: target, bytes: fs.statSync(target).size, schemaVersion: MIGRATIONS[MIGRATIONS.length - 1].version });
    expect(fs.readdirSync(dir).sort()).toEqual(['copy.sqlite', 'live']);
    const copied = createSqliteStore({ file: target });
    try {
      expect(await copied.users.findById('anna')).toEqual(await store.users.findById('anna'));
      expect((await copied.audit.list({ offset: 0, limit: 10 })).total).toBe(1);
    } finally {
      await copied.close();
    }
  });

  test('never overwrites a file, and refuses a missing folder or a missing store', async () => {
    fs.writeFileSync(path.join(dir, 'taken.sqlite'), 'important');

    expect(await refusal(backupSqlite(live, path.join(dir, 'taken.sqlite')))).toMatch(/exists already/);
    expect(fs.readFileSync(path.join(dir, 'taken.sqlite'), 'utf8')).toBe('important');
    expect(await refusal(backupSqlite(live, path.join(dir, 'nowhere', 'copy.sqlite')))).toMatch(/does not exist/);
    expect(await refusal(backupSqlite(path.join(dir, 'none.sqlite'), path.join(dir, 'copy.sqlite')))).toMatch(/no store/);
  });

  test('restores a backup into an empty data folder (made if missing), as one file the store opens', async () => {
    const backup = path.join(dir, 'copy.sqlite');
    await backupSqlite(live, backup);
    const dataDir = path.join(dir, 'restored');

    const restored = await restoreSqlite(backup, dataDir, path.join(dataDir, 'nysa.sqlite'));

    expect(restored.schemaVersion).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(fs.readdirSync(dataDir)).toEqual(['nysa.sqlite']);
    const reopened = createSqliteStore({ file: path.join(dataDir, 'nysa.sqlite') });
    try {
      expect(await reopened.users.findById('anna')).toMatchObject({ name: 'Anna Nowak' });
    } finally {
      await reopened.close();
    }
  });

  test('refuses a data folder that is not empty, a missing backup, and a file that is no Nysa store', async () => {
    const backup = path.join(dir, 'copy.sqlite');
    await backupSqlite(live, backup);
    const busy = path.join(dir, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'notes.txt'), 'x');
    const text = path.join(dir, 'text.sqlite');
    fs.writeFileSync(text, 'not a database at all, just some words in a file that is long enough');
    const foreign = path.join(dir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();

    expect(await refusal(restoreSqlite(backup, busy, path.join(busy, 'nysa.sqlite')))).toMatch(/is not empty \(notes\.txt\)/);
    expect(fs.readdirSync(busy)).toEqual(['notes.txt']);
    for (const [file, reason] of [
      [path.join(dir, 'none.sqlite'), /there is no file/],
      [text, /cannot be opened|is not a Nysa store/],
      [foreign, /is not a Nysa store/],
    ] as const) {
      const target = path.join(dir, `restored-${path.basename(file)}`);
      expect(await refusal(restoreSqlite(file, target, path.join(target, 'nysa.sqlite')))).toMatch(reason);
      expect(fs.existsSync(path.join(target, 'nysa.sqlite'))).toBe(false);
    }
  });
});
