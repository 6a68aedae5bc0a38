// Rows a save reads every time (its segment, its project, the project's glossary and approval
// counters), kept in memory by the store's connection until something may have changed them.
//
// Why: a save read the same four rows its previous save had just read or written. Each read is a
// statement, and building the segment's row as a JS object costs more than finding it
// (docs/performance.md, "Rows a save reads again").
//
// When a kept row is dropped, so that the next read goes to the file again:
// - a write of this connection: a temporary trigger (this connection's own, never in the file) on every
//   insert, update and delete of the table calls back here, whatever statement wrote the row;
// - a commit of any other connection (another instance on the same file, a tool): SQLite's
//   `PRAGMA data_version` changes, and every kept row of the store is dropped. It is checked on the first
//   read from memory in each turn of the event loop: another process has no share in this one's turns,
//   and what it commits during one is seen from the next, as if the request had come a moment earlier.
//   The writes stay exact whatever a read saw: a segment is written only if its version is still the
//   one read (segmentRows.ts, compare-and-set).
// Inside a transaction nothing is kept: what it read may still be rolled back.
import type { Db } from './database';

/** The value kept for a key with no row, for tables whose absent row has a meaning (a counter at 0). */
const ABSENT = Symbol('absent');

export interface RowCache<Row> {
  /** The row under `key`: kept, or read with `read` (and kept when read outside a transaction). */
  get(key: string, read: () => Row | undefined): Row | undefined;
  /** The kept row under `key`, if any (no read, no check). */
  peek(key: string): Row | undefined;
  /** Keeps `row` as the committed row under `key` (after the commit of a write that made it). */
  keep(key: string, row: Row): void;
  /** Drops the row under `key` (its last write is not known here). */
  forget(key: string): void;
}

export interface RowCacheOptions<Row> {
  /** Rows kept at most; the longest kept goes first. */
  maxEntries: number;
  /** Whether "no row" is kept too (the table's inserts then drop it). */
  keepsAbsent?: boolean;
  /** What a row weighs (its characters, say): rows weighing more than `maxWeight` in all are not kept. */
  weigh?: (row: Row) => number;
  maxWeight?: number;
  /** Whether a row is worth keeping (a very long segment is not). */
  worthKeeping?: (row: Row) => boolean;
}

export interface RowCaches {
  /** The cache of `table`'s rows by `keyColumn` (one per table and store). */
  of<Row>(table: string, keyColumn: string, options: RowCacheOptions<Row>): RowCache<Row>;
}

const CHANGED_FUNCTION = 'nysa_kept_row_changed';
const NAME = /^[a-z_]+$/;

/** One table's kept rows, as the connection-wide parts see them. */
interface KeptTable {
  drop(key: string): void;
  clear(): void;
}

export function createRowCaches(db: Db): RowCaches {
  const tables = new Map<string, KeptTable>();
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let seenDataVersion = dataVersion.get()!;
  let checkedThisTurn = false;

  // Called by the temporary triggers, inside the writing statement: nothing else to do there.
  db.function(CHANGED_FUNCTION, { deterministic: false }, (table: unknown, key: unknown) => {
    tables.get(String(table))?.drop(String(key));
    return null;
  });

  /** Drops every kept row when another connection committed since the last check (once per turn). */
  const checkOtherConnections = () => {
    if (checkedThisTurn) return;
    checkedThisTurn = true;
    setImmediate(() => (checkedThisTurn = false));
    const now = dataVersion.get()!;
    if (now === seenDataVersion) return;
    seenDataVersion = now;
    for (const kept of tables.values()) kept.clear();
  };

  return {
    of<Row>(table: string, keyColumn: string, options: RowCacheOptions<Row>): RowCache<Row> {
      if (!NAME.test(table) || !NAME.test(keyColumn)) throw new Error(`not a table or column name: ${table}.${keyColumn}`);
      if (tables.has(table)) throw new Error(`the rows of ${table} are kept once per store`);
      const rows = new Map<string, Row | typeof ABSENT>();
      const weights = new Map<string, number>();
      let weight = 0;
      const weigh = options.weigh ?? (() => 0);
      const maxWeight = options.maxWeight ?? Infinity;
      const worthKeeping = options.worthKeeping ?? (() => true);
      const drop = (key: string) => {
        if (!rows.delete(key)) return;
        weight -= weights.get(key) ?? 0;
        weights.delete(key);
      };
      tables.set(table, {
        drop,
        clear() {
          rows.clear();
          weights.clear();
          weight = 0;
        },
      });

      // The new key too, should an update ever change it (none of Nysa's does): cheaper compared here than called.
      const changed = (alias: 'OLD' | 'NEW') => `SELECT ${CHANGED_FUNCTION}('${table}', ${alias}.${keyColumn})`;
      db.exec(`
        CREATE TEMP TRIGGER nysa_kept_${table}_updated AFTER UPDATE ON main.${table} BEGIN
          ${changed('OLD')}; ${changed('NEW')} WHERE NEW.${keyColumn} IS NOT OLD.${keyColumn};
        END;
        CREATE TEMP TRIGGER nysa_kept_${table}_deleted AFTER DELETE ON main.${table} BEGIN ${changed('OLD')}; END;
        ${options.keepsAbsent ? `CREATE TEMP TRIGGER nysa_kept_${table}_inserted AFTER INSERT ON main.${table} BEGIN ${changed('NEW')}; END;` : ''}
      `);

      const put = (key: string, row: Row | typeof ABSENT) => {
        drop(key); // to the end of the order
        const rowWeight = row === ABSENT ? 0 : weigh(row);
        rows.set(key, row);
        weights.set(key, rowWeight);
        weight += rowWeight;
        while (rows.size > options.maxEntries || weight > maxWeight) drop(rows.keys().next().value!);
      };
      return {
        get(key, read) {
          if (db.inTransaction) return read();
          checkOtherConnections();
          const kept = rows.get(key);
          if (kept !== undefined) return kept === ABSENT ? undefined : kept;
          const row = read();
          if (row === undefined ? options.keepsAbsent : worthKeeping(row)) put(key, row ?? ABSENT);
          return row;
        },
        peek(key) {
          const kept = rows.get(key);
          return kept === ABSENT ? undefined : kept;
        },
        keep(key, row) {
          if (worthKeeping(row)) put(key, row);
          else drop(key);
        },
        forget: drop,
      };
    },
  };
}
