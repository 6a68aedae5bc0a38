// The snapshot file: a tree of typed arrays, texts and plain values written part by part and read back
// exactly; a truncated, foreign or missing file is refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSnapshot, readSnapshotMeta, writeSnapshot } from '../../server/workers/snapshotFile';

describe('snapshot files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-snapshot-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const tree = () => ({
    counts: Int32Array.from([3, -1, 2_000_000_000]),
    flags: Uint8Array.from([0, 1, 255]),
    revisions: Float64Array.from([1, 2.5, 2 ** 40]),
    ids: Array.from({ length: 45_000 }, (_, i) => `unit-${i}`),
    neighbours: ['Vorher.', null, undefined, 'Zażółć gęślą jaźń „cytat“ \u2028 {1}'],
    scopes: [{ scope: 'shared', slots: Int32Array.from([0, -1]), size: 2 }],
    assignment: [['project-1', 'shared'] as [string, string]],
    empty: [] as string[],
    nested: { name: 'x', none: null, count: 7 },
  });

  test('a tree written part by part reads back equal, and its meta reads alone', async () => {
    const file = path.join(dir, 'memory.snapshot');
    let pauses = 0;
    await writeSnapshot(file, { storeId: 'abc', cursor: 42 }, tree(), async () => {
      pauses++;
    });

    expect(readSnapshotMeta(file)).toEqual({ storeId: 'abc', cursor: 42 });
    const read = readSnapshot(file) as ReturnType<typeof tree>;
    expect(read).toEqual(tree());
    expect(read.counts).toBeInstanceOf(Int32Array);
    expect(read.revisions).toBeInstanceOf(Float64Array);
    expect(read.neighbours[2]).toBeUndefined();
    // 45,000 ids in chunks of 20,000 texts, the other arrays a part each: the writer paused between them.
    expect(pauses).toBeGreaterThan(8);
    expect(fs.readdirSync(dir)).toEqual(['memory.snapshot']);
  });

  test('a truncated, foreign or missing file gives no meta, and reading it throws', async () => {
    const file = path.join(dir, 'memory.snapshot');
    await writeSnapshot(file, { storeId: 'abc' }, tree(), async () => {});
    const bytes = fs.readFileSync(file);

    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    expect(readSnapshotMeta(file)).toBeNull();
    expect(() => readSnapshot(file)).toThrow('not a snapshot, or a truncated one');

    fs.writeFileSync(file, 'SQLite format 3\u0000 and more bytes than a header');
    expect(readSnapshotMeta(file)).toBeNull();
    expect(readSnapshotMeta(path.join(dir, 'none.snapshot'))).toBeNull();
  });

  test('a file damaged inside a part keeps its meta readable, but reading it throws: it is never loaded', async () => {
    const file = path.join(dir, 'memory.snapshot');
    await writeSnapshot(file, { storeId: 'abc' }, tree(), async () => {});
    const bytes = fs.readFileSync(file);
    bytes[200] ^= 0xff; // a byte of the first parts, lengths and magic untouched
    fs.writeFileSync(file, bytes);

    expect(readSnapshotMeta(file)).toEqual({ storeId: 'abc' });
    expect(() => readSnapshot(file)).toThrow(/^part \d+ is damaged \(its checksum differs\)$/);
  });
});
