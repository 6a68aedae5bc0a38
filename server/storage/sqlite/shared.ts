// Small helpers every repository uses: passing id lists to SQL and turning driver errors into domain errors.
import type Database from 'better-sqlite3';
import { Conflict, DomainError } from '../../domain/errors';
import { Slice, SLICE_MS, yieldToEventLoop } from '../../slices';

/**
 * A transaction that writes: it takes the writers' lock when it begins (BEGIN IMMEDIATE). One that
 * began as a reader (BEGIN) and reads before it writes gets SQLITE_BUSY at once, without waiting, when
 * another connection holds that lock at that moment (another instance on the same file, a checkpoint):
 * SQLite does not wait where waiting could deadlock. Beginning as a writer, it waits (busy_timeout).
 * Inside another transaction it is a savepoint, as any.
 */
export function writeTransaction<A extends unknown[], R>(db: Database.Database, write: (...args: A) => R): (...args: A) => R {
  return db.transaction(write).immediate;
}

/**
 * Writes every row with `writeRow`, in transactions that each end once `ms` of writing are used up, the
 * event loop turning before each: rows cost what their indexes, their length and the machine make them
 * cost, so a fixed number of rows per transaction holds the server for no fixed time. Rows committed
 * before a failure stay: the caller removes them (a pending document is removed whole).
 */
export async function writeInSlices<T>(db: Database.Database, rows: readonly T[], writeRow: (row: T) => void, ms = SLICE_MS): Promise<void> {
  let next = 0;
  const writeSlice = writeTransaction(db, () => {
    const slice = new Slice(ms);
    do writeRow(rows[next++]!);
    while (next < rows.length && !slice.due());
  });
  while (next < rows.length) {
    await yieldToEventLoop();
    writeSlice();
  }
}

/** A list bound as one JSON parameter and read with `IN (SELECT value FROM json_each(?))`: one statement for any length. */
export const jsonList = (values: readonly string[]): string => JSON.stringify(values);

/** Keeps the order of `ids` (first occurrence), dropping ids with no item. */
export function inRequestedOrder<T extends { id: string }>(ids: readonly string[], items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const result: T[] = [];
  for (const id of new Set(ids)) {
    const item = byId.get(id);
    if (item) result.push(item);
  }
  return result;
}

const ENTITY_BY_TABLE: Record<string, string> = {
  users: 'user',
  projects: 'project',
  documents: 'document',
  segments: 'segment',
  segment_events: 'segment event',
  mt_jobs: 'mt job',
  sessions: 'session',
  alignments: 'alignment',
  tm_units: 'tm unit',
  password_resets: 'password reset',
  audit_events: 'audit entry',
  document_revisions: 'document revision',
  lqa_annotations: 'annotation',
  webhooks: 'webhook',
  webhook_deliveries: 'webhook delivery',
};

const sqliteCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

export const isUniqueViolation = (error: unknown): boolean =>
  sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' || sqliteCode(error) === 'SQLITE_CONSTRAINT_PRIMARYKEY';

export const isForeignKeyViolation = (error: unknown): boolean => sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY';

/**
 * Returns the domain error for a driver error: domain errors pass through, a duplicate key becomes
 * Conflict, a missing parent becomes `onMissingParent()` (SQLite does not say which parent).
 * Anything else is returned unchanged (a bug or an I/O failure: the HTTP layer logs it as a 500).
 */
export function toDomainError(error: unknown, onMissingParent?: () => DomainError): unknown {
  if (error instanceof DomainError) return error;
  if (isUniqueViolation(error)) {
    const table = /constraint failed: (\w+)\./.exec((error as Error).message)?.[1] ?? '';
    return new Conflict(`${ENTITY_BY_TABLE[table] ?? 'record'} already exists`);
  }
  if (isForeignKeyViolation(error) && onMissingParent) return onMissingParent();
  return error;
}
