// scripts/backup and scripts/restore: the operator's tools. The main case is the one that matters: a
// backup taken by `npm run backup` (its own process) while the server saves segments, restored into a
// new folder, holds every save acknowledged before the backup started, and nothing half-written.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main as backupMain } from '../../scripts/backup';
import { main as restoreMain } from '../../scripts/restore';
import { loadConfig, type Config } from '../../server/config';
import { createSqliteStore } from '../../server/storage/sqlite';
import { segmentsOf, startWorkflow, submit, type WorkflowFixture } from '../support/workflow';

const REPO = path.resolve(__dirname, '../..');
const TSX = path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Runs `npm run backup -- --to <file>` the way npm does (tsx), as a process of its own. */
function runBackupProcess(dataDir: string, file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, DATA_DIR: dataDir, MONGODB_URI: '' };
    execFile(process.execPath, [TSX, 'scripts/backup.ts', '--to', file], { cwd: REPO, env, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('backup and restore tools', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const configFor = (dataDir: string, extra: Partial<Config> = {}): Config => ({ ...loadConfig({}), dataDir, mongodbUri: null, ...extra });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-backup-cli-'));
    out = [];
    err = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('under load', () => {
    let fixture: WorkflowFixture;
    afterEach(async () => fixture?.app.close());

    test('a backup taken during concurrent saves restores with every save acknowledged before it started', async () => {
      fixture = await startWorkflow();
      const documentId = await submit(fixture, Array.from({ length: 6 }, (_, i) => `Satz Nummer ${i + 1} ist hier.`).join('\n\n'));
      const segments = await segmentsOf(fixture, documentId);
      const acknowledged: { segmentId: string; version: number; target: string; at: number }[] = [];
      let stop = false;

      // One writer per segment, each saving the next version as soon as the last one was acknowledged.
      const writer = async (segmentId: string) => {
        for (let version = 1; version <= 2_000 && !stop; version++) {
          const target = `Zdanie ${segmentId.slice(-4)} w wersji ${version + 1}.`;
          const response = await fixture.app.request('PATCH', `/api/segments/${segmentId}`, { token: fixture.translator.token, body: { target, version } });
          if (response.status !== 200) throw new Error(`save failed: ${response.status} ${response.text}`);
          acknowledged.push({ segmentId, version: version + 1, target, at: Date.now() });
        }
      };
      const writers = segments.map((segment) => writer(segment.id));
      while (acknowledged.length < 30) await new Promise((resolve) => setTimeout(resolve, 10));

      const startedAt = Date.now();
      const before = [...acknowledged];
      const file = path.join(dir, 'backup.sqlite');
      const backup = await runBackupProcess(fixture.app.config.dataDir, file);
      const finishedAt = Date.now();
      stop = true;
      await Promise.all(writers);

      expect([backup.code, backup.stderr]).toEqual([0, '']);
      expect(backup.stdout).toMatch(/^Backed up .*nysa\.sqlite to .*backup\.sqlite \(\d+ bytes, schema version \d+\)\.\n$/);
      // The saves went on while the backup ran.
      expect(acknowledged.filter((save) => save.at > startedAt && save.at < finishedAt).length).toBeGreaterThan(0);

      const restoredDir = path.join(dir, 'restored');
      expect(await restoreMain(['--from', file], io, configFor(restoredDir))).toBe(0);
      const restored = createSqliteStore({ file: path.join(restoredDir, 'nysa.sqlite') });
      try {
        const stored = new Map((await restored.segments.listByDocument(documentId)).map((segment) => [segment.id, segment]));
        for (const save of before) {
          const segment = stored.get(save.segmentId)!;
          expect(segment.version).toBeGreaterThanOrEqual(save.version);
          const history = await restored.segments.history(save.segmentId);
          expect(history.find((event) => event.version === save.version)?.toTarget).toBe(save.target);
        }
        // Nothing half-written: every segment has exactly one event per version it reached.
        for (const segment of stored.values()) expect((await restored.segments.history(segment.id)).length).toBe(segment.version);
      } finally {
        await restored.close();
      }
    }, 120_000);
  });

  test('backup refuses an existing file and a MongoDB configuration; both tools print their usage for bad options', async () => {
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    await createSqliteStore({ file: path.join(dataDir, 'nysa.sqlite') }).close();
    fs.writeFileSync(path.join(dir, 'taken.sqlite'), 'x');

    expect(await backupMain(['--to', path.join(dir, 'taken.sqlite')], io, configFor(dataDir))).toBe(1);
    expect(err).toEqual([`error: ${path.join(dir, 'taken.sqlite')} exists already; a backup never overwrites a file`]);
    err = [];
    expect(await backupMain(['--to', path.join(dir, 'b.sqlite')], io, configFor(dataDir, { mongodbUri: 'mongodb://localhost/nysa' }))).toBe(1);
    expect(err[0]).toMatch(/^error: MONGODB_URI is set: .*use mongodump and mongorestore/);
    err = [];
    expect(await backupMain([], io, configFor(dataDir))).toBe(2);
    expect(err).toEqual(['error: missing --to', 'usage: npm run backup -- --to <file>']);
    err = [];
    expect(await restoreMain(['--to', 'x'], io, configFor(dataDir))).toBe(2);
    expect(err).toEqual(['error: unknown flag --to', 'usage: npm run restore -- --from <file>   (into the empty DATA_DIR)']);
  });

  test('restore refuses a DATA_DIR that holds a store already', async () => {
    const dataDir = path.join(dir, 'data');
    fs.mkdirSync(dataDir);
    await createSqliteStore({ file: path.join(dataDir, 'nysa.sqlite') }).close();
    expect(await backupMain(['--to', path.join(dir, 'b.sqlite')], io, configFor(dataDir))).toBe(0);

    expect(await restoreMain(['--from', path.join(dir, 'b.sqlite')], io, configFor(dataDir))).toBe(1);
    expect(err[0]).toMatch(/^error: .*data is not empty \(nysa\.sqlite.*\); restore into an empty DATA_DIR$/);
  });
});
