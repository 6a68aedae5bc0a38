// Backups of the embedded store while Nysa runs, with SQLite's online backup (better-sqlite3's
// `backup()`), and restoring one into an empty data folder. The copy is taken in one step: it reads a
// single consistent snapshot of the database (WAL mode lets the server keep writing meanwhile), so it
// holds every transaction committed before the copy began, and none half-way. The copy is one file;
// both it and the file restored are checked (`PRAGMA quick_check`) before they are reported done.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

/** A refusal the operator can act on (a file that exists, a folder that is not empty …). */
export class BackupRefused extends Error {}

export interface SqliteCopy {
  file: string;
  bytes: number;
  /** The newest migration applied in the copied database. */
  schemaVersion: number;
}

/** "Copy every remaining page in the next step": one step, one snapshot. */
const ALL_PAGES = 0x7fffffff;

/** Opens `file` without creating or migrating it; waits up to 5 s for a writer's lock. */
function openExisting(file: string, readonly: boolean): Database.Database {
  try {
    const db = new Database(file, { fileMustExist: true, readonly });
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    throw new BackupRefused(`${file} cannot be opened as a SQLite database: ${(error as Error).message}`);
  }
}

/** Checks the file's integrity and returns its schema version; refuses anything that is not a Nysa store. */
function inspect(file: string): SqliteCopy {
  const db = openExisting(file, true);
  try {
    let check: unknown;
    let version: number | null;
    try {
      check = db.pragma('quick_check', { simple: true });
      version = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v;
    } catch (error) {
      throw new BackupRefused(`${file} is not a Nysa store: ${(error as Error).message}`);
    }
    if (check !== 'ok') throw new BackupRefused(`${file} is damaged: ${String(check)}`);
    if (version === null) throw new BackupRefused(`${file} is not a Nysa store: it records no migration`);
    return { file, bytes: fs.statSync(file).size, schemaVersion: version };
  } finally {
    db.close();
  }
}

/**
 * Copies the database `sourceFile` to `target` and checks the copy, leaving it a single self-contained
 * file (rollback journal instead of WAL, so no -wal or -shm file goes with it; Nysa turns WAL on at start).
 */
async function copy(sourceFile: string, readonly: boolean, target: string): Promise<SqliteCopy> {
  const source = openExisting(sourceFile, readonly);
  try {
    await source.backup(target, { progress: () => ALL_PAGES });
    const copied = new Database(target, { fileMustExist: true });
    try {
      copied.pragma('journal_mode = DELETE');
    } finally {
      copied.close();
    }
  } catch (error) {
    for (const file of [target, `${target}-wal`, `${target}-shm`]) fs.rmSync(file, { force: true });
    throw error;
  } finally {
    source.close();
  }
  return inspect(target);
}

/** Copies the live store `sourceFile` to `targetFile`, which must not exist yet (its folder must). */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<SqliteCopy> {
  if (fs.existsSync(targetFile)) throw new BackupRefused(`${targetFile} exists already; a backup never overwrites a file`);
  if (!fs.existsSync(path.dirname(path.resolve(targetFile)))) throw new BackupRefused(`the folder of ${targetFile} does not exist`);
  if (!fs.existsSync(sourceFile)) throw new BackupRefused(`there is no store at ${sourceFile} (check DATA_DIR)`);
  // Opened read-write though nothing is written: read-only, SQLite could not create a missing -shm file.
  return copy(sourceFile, false, targetFile);
}

/**
 * Restores the backup `backupFile` as `targetFile` inside `dataDir`, which must be empty or not exist
 * yet (a store is never overwritten). The backup is checked first; Nysa migrates it on its next start
 * if it is older.
 */
export async function restoreSqlite(backupFile: string, dataDir: string, targetFile: string): Promise<SqliteCopy> {
  const present = fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : [];
  if (present.length > 0) throw new BackupRefused(`${dataDir} is not empty (${present.slice(0, 5).join(', ')}${present.length > 5 ? ' …' : ''}); restore into an empty DATA_DIR`);
  if (!fs.existsSync(backupFile)) throw new BackupRefused(`there is no file ${backupFile}`);
  inspect(backupFile);
  fs.mkdirSync(dataDir, { recursive: true });
  return copy(backupFile, true, targetFile);
}
