// Group commit: the writes handed over during one turn of the event loop are committed together, in
// one transaction, each in a savepoint of its own.
//
// Why: a commit costs far more than the few rows a save writes. It writes every page the transaction
// touched to the log (a page that two saves touch is written once for both), and when 32 translators
// save at once, some twenty saves arrive in the same turn of the loop. One commit for all of them costs
// a fraction of twenty (docs/performance.md, "Group commit").
//
// What stays as it was: each write succeeds or fails alone (a failed one rolls back its savepoint, and
// only its caller hears of it); the writes apply in the order they were handed over; and a caller's
// promise settles only once the transaction holding its write is committed, so nothing is
// acknowledged that a crash could still take back. If the commit itself fails, every write of the
// group fails with it, as none of them is stored.
import type { Db } from './database';
import { writeTransaction } from './shared';

interface Pending<T> {
  input: T;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * `commitsMayGo`: null when a group may be committed now, or a promise of when it may: the checkpoint
 * thread is copying the log to its end so that the next commit starts it over (walCheckpoints.ts).
 * Meanwhile the group grows; the event loop goes on.
 *
 * `committed` is called with what each write returned once it is committed (a write that failed, or a
 * group whose commit failed, is not), before its caller hears of it.
 */
export function groupCommitted<T, R = void>(
  db: Db,
  write: (input: T) => R,
  commitsMayGo: () => Promise<void> | null = () => null,
  committed: (result: R) => void = () => {},
): (input: T) => Promise<void> {
  // `write` in a transaction of its own is a savepoint when it runs inside `commitGroup`.
  const writeAlone = writeTransaction(db, write);
  let group: Pending<T>[] = [];

  const commitGroup = writeTransaction(db, (writes: readonly Pending<T>[]) =>
    writes.map((pending): { error: unknown } | { result: R } => {
      try {
        return { result: writeAlone(pending.input) };
      } catch (error) {
        // Some errors (a full disk, an I/O error) make SQLite roll the whole transaction back: the
        // writes before this one are gone too, so the group fails as one.
        if (!db.inTransaction) throw error;
        return { error };
      }
    }),
  );

  const commit = () => {
    const held = commitsMayGo();
    if (held) {
      void held.then(commit);
      return;
    }
    const writes = group;
    group = [];
    let outcomes: ({ error: unknown } | { result: R })[];
    try {
      outcomes = commitGroup(writes);
    } catch (error) {
      for (const pending of writes) pending.reject(error);
      return;
    }
    writes.forEach((pending, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) return pending.reject(outcome.error);
      committed(outcome.result);
      pending.resolve();
    });
  };

  return (input) =>
    new Promise<void>((resolve, reject) => {
      group.push({ input, resolve, reject });
      // After this turn's I/O callbacks and the promise chains they started: the saves read in this turn
      // that need no more I/O before writing are in the group by then.
      if (group.length === 1) setImmediate(commit);
    });
}
