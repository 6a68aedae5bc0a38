// MongoDB indexes at start-up: created, never dropped. Each schema declares the indexes Nysa needs;
// `createIndexes` builds the missing ones and leaves every other index alone, so an index an operator
// added (for a report, a TTL …) survives a restart, and two instances starting together both succeed
// (creating an index that exists with the same definition is a no-op). mongoose's `syncIndexes`, used
// before, dropped every index the schemas did not declare, and raced with a second instance's build.
//
// Changing an index is a migration: a schema's index definition cannot change in place (MongoDB refuses
// an index with the same name and other options), so the old index is named here and dropped once, in
// order, before the schemas' indexes are created. Applied ids are recorded in `indexMigrations`. Add an
// entry whenever a commit changes or removes a schema index; never edit or remove an entry.

export interface IndexMigration {
  /** Unique and never reused: 'NNN-what-changed'. */
  id: string;
  /** Why, for the operator reading the log. */
  reason: string;
  /** Indexes to drop by collection and index name (`documentId_1_index_1`); a missing one is skipped. */
  drop: readonly { collection: string; index: string }[];
}

/** Every index change since the MongoDB adapter was first released, oldest first. */
export const INDEX_MIGRATIONS: readonly IndexMigration[] = [];

/** What the start-up needs from the database; the store implements it over mongoose (models.ts). */
export interface IndexAdmin {
  appliedMigrations(): Promise<ReadonlySet<string>>;
  markApplied(id: string): Promise<void>;
  /** Drops one index; resolves when it is already gone. */
  dropIndex(collection: string, index: string): Promise<void>;
  /** Creates every index the schemas declare, leaving others as they are. */
  createDeclaredIndexes(): Promise<void>;
}

/** Runs the migrations not yet applied (each once, in order), then creates the declared indexes. */
export async function prepareIndexes(admin: IndexAdmin, migrations: readonly IndexMigration[] = INDEX_MIGRATIONS): Promise<string[]> {
  const ids = migrations.map((migration) => migration.id);
  if (new Set(ids).size !== ids.length) throw new Error(`duplicate index migration id in ${ids.join(', ')}`);
  const applied = await admin.appliedMigrations();
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    for (const { collection, index } of migration.drop) await admin.dropIndex(collection, index);
    await admin.markApplied(migration.id);
    ran.push(migration.id);
  }
  await admin.createDeclaredIndexes();
  return ran;
}
