// Writing many rows in slices of time (storage/sqlite/shared.ts, writeInSlices): each transaction ends
// once its time is used up, however much each row costs, and the event loop turns between them.
import Database from 'better-sqlite3';
import { writeInSlices } from '../../server/storage/sqlite/shared';
import { withTurns } from '../support/turns';

/** Holds this thread for `ms`, like a row whose indexes are deep or whose text is long. */
const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('writeInSlices', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE rows (n INTEGER PRIMARY KEY, turn INTEGER NOT NULL)');
  });
  afterEach(() => db.close());

  const rowsPerTurn = () =>
    (db.prepare('SELECT COUNT(*) AS n FROM rows GROUP BY turn ORDER BY MIN(n)').all() as { n: number }[]).map((row) => row.n);

  it('ends a transaction once its time is used up: rows of 2 ms in slices of 10 ms make transactions of at most 5 rows', async () => {
    const insert = db.prepare('INSERT INTO rows (n, turn) VALUES (?, ?)');
    await withTurns((turn) =>
      writeInSlices(db, Array.from({ length: 40 }, (_, i) => i), (n) => {
        busyFor(2);
        insert.run(n, turn());
      }, 10),
    );

    const sizes = rowsPerTurn();
    expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(40);
    expect(sizes.length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(5);
  });

  it('writes cheap rows many to a transaction, not one each', async () => {
    const insert = db.prepare('INSERT INTO rows (n, turn) VALUES (?, ?)');
    await withTurns((turn) => writeInSlices(db, Array.from({ length: 1_000 }, (_, i) => i), (n) => void insert.run(n, turn()), 50));

    const sizes = rowsPerTurn();
    expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(1_000);
    expect(sizes.length).toBeLessThan(100);
  });

  it('keeps the slices committed before a row fails, rolls back the failing one and throws its error', async () => {
    const insert = db.prepare('INSERT INTO rows (n, turn) VALUES (?, ?)');
    const attempted: { n: number; turn: number }[] = [];
    const writing = withTurns((turn) =>
      writeInSlices(db, Array.from({ length: 30 }, (_, i) => i), (n) => {
        attempted.push({ n, turn: turn() });
        busyFor(2);
        if (n === 22) throw new Error('row 22 refused');
        insert.run(n, turn());
      }, 10),
    );

    await expect(writing).rejects.toThrow('row 22 refused');
    const failedTurn = attempted.find((row) => row.n === 22)!.turn;
    const stored = (db.prepare('SELECT n FROM rows ORDER BY n').all() as { n: number }[]).map((row) => row.n);
    expect(stored).toEqual(attempted.filter((row) => row.turn < failedTurn).map((row) => row.n));
    expect(attempted.at(-1)!.n).toBe(22);
    expect(db.inTransaction).toBe(false);
  });

  it('writes nothing and never opens a transaction for no rows', async () => {
    let calls = 0;
    await writeInSlices(db, [], () => calls++);

    expect(calls).toBe(0);
  });
});
