// Opens the SQLite file, sets the pragmas every connection needs, and brings the schema up to date.
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

/** Opens (or creates) the database at `file` (its directory must exist) or ':memory:', migrated. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, in order, each in its own
 * IMMEDIATE transaction (so two processes opening the same file cannot both apply one).
 * Returns the versions applied by this call; an up-to-date database returns [].
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((migration, i) => {
    if (i > 0 && migration.version <= migrations[i - 1].version) {
      throw new Error(`migration ${migration.version} (${migration.name}) is out of order`);
    }
  });
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const isApplied = db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?');
  const record = db.prepare<[number, string, string]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
      applied.push(migration.version);
    });
    apply.immediate();
  }
  return applied;
}
