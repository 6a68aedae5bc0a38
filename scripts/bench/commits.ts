// Benchmark: what the SQLite store's commit of a save costs the main thread, and how the checkpoints and
// the group commit change it (docs/performance.md, "Checkpoints" and "Group commit"). No HTTP, no QA:
// the store's findById of the segment, then applyChanges with a segment change, its history event and
// its QA result, as a save reads and writes them, on a document of --segments segments, going round
// them as the saves benchmark's clients do. (Until 2026-12-04 evening there was no read: the figures
// from before then are of the write alone.)
//
//   npx tsx scripts/bench/commits.ts [--segments 3200] [--saves 24000] [--group 24] [--now]
//
// Four ways, each on a fresh database:
//   inline   — SQLite's own checkpoints: the commit that takes the log past 1,000 pages copies it into
//              the file and syncs it before it returns (the store before this change);
//   thread   — the checkpoint thread (SQLITE_CHECKPOINT_MS 200, as the server), one save per commit;
//   grouped  — the checkpoint thread, and --group saves handed over in one turn, so they share a commit;
//   counted  — grouped, with no checkpoint at all, so the log only grows: its growth counts the pages
//              (log frames) a save writes, the figure a change of the save's statements moves.
// Per save: the main thread's time (wall time of the run over the saves), the longest wait of one
// commit's callers (a save's latency: an inline checkpoint, or commits held while the thread copies the
// log to its end), and the longest the event loop was held at once (monitorEventLoopDelay): what every
// other request would have waited.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { submitDocument } from '../../server/commands/documents/submit';
import type { CommandContext } from '../../server/commands/context';
import { TmService } from '../../server/commands/tm/tmService';
import { loadConfig } from '../../server/config';
import { buildQaResult } from '../../server/domain/qa/results';
import type { Segment } from '../../server/domain/segments/types';
import { SegmentState } from '../../server/domain/workflow/states';
import { createDisabledTranslator } from '../../server/integrations/deepl';
import { uuidGenerator } from '../../server/ports/ids';
import type { SegmentChange } from '../../server/ports/repositories';
import { systemClock } from '../../server/ports/system';
import { createSqliteStore } from '../../server/storage/sqlite';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { machine, revision, table, waitForQuietMachine } from './support';

type Way = 'inline' | 'thread' | 'grouped' | 'counted';

interface CommitsOptions {
  segments: number;
  saves: number;
  group: number;
  now: boolean;
}

interface WayFigures {
  way: Way;
  microsPerSave: number;
  p99Micros: number;
  longestMs: number;
  /** The event loop's longest delay meanwhile: how long the main thread was held at once. */
  loopDelayMaxMs: number;
  logMiB: number;
  /** Pages the saves wrote to the log, per save ('counted' only: the others' log starts over). */
  logPagesPerSave: number | null;
}

/** The checkpoint thread's settings of each way; 'counted' has a thread that never copies, so nothing checkpoints. */
const CHECKPOINTS: Record<Way, { intervalMs: number; restartFrames: number } | undefined> = {
  inline: undefined,
  thread: { intervalMs: 200, restartFrames: 8000 },
  grouped: { intervalMs: 200, restartFrames: 8000 },
  counted: { intervalMs: 3_600_000, restartFrames: Number.MAX_SAFE_INTEGER },
};

/** A log frame: the page and its 24-byte header (the log's own header, 32 bytes, is left out). */
const logFrames = (walFile: string, pageSize: number): number => (fs.existsSync(walFile) ? Math.max(0, fs.statSync(walFile).size - 32) / (pageSize + 24) : 0);

/** The database's page size (read through a connection of its own: a new file's header may still be in the log). */
function pageSizeOf(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('page_size', { simple: true }) as number;
  } finally {
    db.close();
  }
}

const TARGETS = ['Wnioski można składać do 31 marca 2020 r.', 'Wnioski należy składać do 31 marca 2020 r.'];

function saveOf(segment: Segment): SegmentChange {
  const at = new Date().toISOString();
  const target = TARGETS[segment.version % 2]!;
  const saved: Segment = { ...segment, target, state: SegmentState.Draft, origin: 'human', version: segment.version + 1, updatedAt: at };
  const event = { id: uuidGenerator.next(), segmentId: segment.id, documentId: segment.documentId, actorId: 'bench-translator', at, action: 'edit' as const, fromState: segment.state, toState: saved.state, fromTarget: segment.target, toTarget: target, note: null, version: saved.version };
  const qa = buildQaResult({ segmentId: segment.id, documentId: segment.documentId, version: saved.version, issues: [], checkedAt: at });
  return { segment: saved, expectedVersion: segment.version, event, qa };
}

async function measure(way: Way, options: CommitsOptions): Promise<WayFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-commits-'));
  const file = path.join(dir, 'nysa.sqlite');
  const checkpoints = CHECKPOINTS[way];
  const store = createSqliteStore({ file, ...(checkpoints ? { checkpoints } : {}) });
  try {
    const ctx = { config: loadConfig({}), store, translator: createDisabledTranslator(), clock: systemClock, ids: uuidGenerator, tm: new TmService(store) } as CommandContext;
    const editor = { id: 'bench-editor', email: 'editor@nysa.bench', name: 'Bench Editor', roles: ['coordinator' as const], passwordHash: 'x', createdAt: new Date().toISOString(), active: true };
    await store.projects.create({ id: 'bench-project', name: 'Benchmark: commits', sourceLang: 'de', targetLang: 'pl', settings: { formality: 'default', allowSelfApproval: true }, members: [], createdBy: editor.id, createdAt: editor.createdAt });
    const document = await submitDocument(ctx, { user: editor, projectId: 'bench-project', title: 'Förderaufrufe', source: { format: 'text', content: germanText(options.segments).content }, dueDate: null });
    const segments = await store.segments.listByDocument(document.id); // their ids; each save reads its segment
    const group = way === 'grouped' || way === 'counted' ? options.group : 1;
    const wal = `${file}-wal`;
    const pageSize = pageSizeOf(file);
    const framesBefore = logFrames(wal, pageSize);
    const waits: number[] = [];
    let next = 0;
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    loopDelay.enable();
    const started = performance.now();
    for (let done = 0; done < options.saves; done += group) {
      const changes: SegmentChange[] = [];
      for (let k = 0; k < group; k++) {
        const read = await store.segments.findById(segments[next++ % segments.length]!.id);
        changes.push(saveOf(read!));
      }
      const handedOver = performance.now();
      await Promise.all(changes.map((change) => store.segments.applyChanges([change])));
      waits.push(performance.now() - handedOver);
    }
    const elapsed = performance.now() - started;
    loopDelay.disable();
    const saves = Math.ceil(options.saves / group) * group;
    waits.sort((a, b) => a - b);
    return {
      way,
      microsPerSave: (elapsed * 1000) / saves,
      p99Micros: waits[Math.floor(waits.length * 0.99)]! * 1000,
      longestMs: waits[waits.length - 1]!,
      loopDelayMaxMs: loopDelay.max / 1e6,
      logMiB: fs.existsSync(wal) ? fs.statSync(wal).size / 1024 / 1024 : 0,
      logPagesPerSave: way === 'counted' ? (logFrames(wal, pageSize) - framesBefore) / saves : null,
    };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(options: CommitsOptions): Promise<void> {
  if (!options.now) await waitForQuietMachine();
  console.log(`Commits benchmark, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
  console.log(`${options.saves} saves going round ${options.segments} segments; grouped: ${options.group} saves handed over per turn`);
  const rows: (string | number)[][] = [
    ['way', 'main thread per save (µs)', 'wait per commit p99 (µs)', 'longest wait (ms)', 'event loop held at most (ms)', 'log file at the end (MiB)', 'log pages per save'],
  ];
  for (const way of ['inline', 'thread', 'grouped', 'counted'] as Way[]) {
    const f = await measure(way, options);
    rows.push([way, f.microsPerSave.toFixed(1), f.p99Micros.toFixed(0), f.longestMs.toFixed(1), f.loopDelayMaxMs.toFixed(1), f.logMiB.toFixed(1), f.logPagesPerSave === null ? '–' : f.logPagesPerSave.toFixed(2)]);
  }
  console.log(table(rows));
}

const USAGE = 'Usage: npx tsx scripts/bench/commits.ts [--segments 3200] [--saves 24000] [--group 24] [--now]\n';

if (require.main === module) {
  const options = flagsOrExit('bench:commits', USAGE, (args) => {
    const flags = parseFlags(args, { segments: {}, saves: {}, group: {}, now: { type: 'boolean' } });
    return {
      segments: integerFlag(flags.segments, 'segments', 3200),
      saves: integerFlag(flags.saves, 'saves', 24_000),
      group: integerFlag(flags.group, 'group', 24),
      now: flags.now === true,
    };
  });
  main(options).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
