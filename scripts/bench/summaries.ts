// Benchmark: a project's document summaries (segments and words per state, repetitions, translators and
// reviewers: the project's document list, a document's status) on the SQLite store, for documents of
// many segments. Reports how long a summary of one document and of all of them takes, and the longest
// the event loop was held meanwhile (a ticker on setImmediate measures the gaps between its turns).
//
//   npm run bench:summaries [-- --documents 3] [--segments 60000] [--rounds 3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { createSqliteStore } from '../../server/storage/sqlite';
import type { Segment } from '../../server/domain/segments/types';
import { SegmentState } from '../../server/domain/workflow/states';
import { machine, revision } from './support';

const USAGE = 'Usage: npm run bench:summaries [-- --documents 3] [--segments 60000] [--rounds 3]\n';

/** Runs `work` and measures the longest gap between two turns of the event loop meanwhile. */
async function longestHold<T>(work: () => Promise<T>): Promise<{ ms: number; heldMs: number }> {
  let last = performance.now();
  let held = 0;
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    held = Math.max(held, now - last);
    last = now;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  ticking = false;
  held = Math.max(held, performance.now() - last);
  return { ms, heldMs: held };
}

async function main(): Promise<void> {
  const { documents, perDocument, rounds } = flagsOrExit('bench:summaries', USAGE, (argv) => {
    const flags = parseFlags(argv, { documents: {}, segments: {}, rounds: {} });
    return {
      documents: integerFlag(flags.documents, 'documents', 3),
      perDocument: integerFlag(flags.segments, 'segments', 60_000),
      rounds: integerFlag(flags.rounds, 'rounds', 3),
    };
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-summaries-'));
  const store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
  try {
    console.log(`Summaries benchmark, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
    const at = new Date().toISOString();
    const projectId = 'bench-project';
    await store.projects.create({ id: projectId, name: 'Bench', sourceLang: 'de', targetLang: 'pl', settings: {}, members: [], createdBy: 'bench', createdAt: at } as never);
    const ids: string[] = [];
    const states = [SegmentState.New, SegmentState.Draft, SegmentState.Translated, SegmentState.Approved];
    for (let d = 0; d < documents; d++) {
      const documentId = `bench-document-${d}`;
      const segments: Segment[] = Array.from({ length: perDocument }, (_, i) => ({
        id: `${documentId}-segment-${i}`,
        documentId,
        projectId,
        index: i,
        source: `Der Landkreis fördert im Jahr ${2000 + (i % 25)} die Vereine Nr. ${i}.`,
        target: i % 4 === 0 ? null : `Powiat wspiera w roku ${2000 + (i % 25)} stowarzyszenia nr ${i}.`,
        state: states[i % 4]!,
        origin: i % 4 === 0 ? null : 'human',
        mtTarget: null,
        version: 1,
        kind: 'paragraph',
        tags: [],
        wordCount: 10,
        charCount: 60,
        lang: 'de',
        sourceKey: `der landkreis fördert im jahr ${2000 + (i % 25)} die vereine nr. ${i % 5_000}.`,
        repetition: i >= 5_000,
        contextSpecific: false,
        translatedBy: i % 4 === 0 ? null : `translator-${i % 3}`,
        reviewedBy: i % 4 === 3 ? `reviewer-${i % 2}` : null,
        updatedAt: at,
      }));
      await store.documents.createWithSegments(
        { id: documentId, projectId, title: `Document ${d}`, format: 'text', skeleton: '', dueDate: null, billedCharacters: 0, sentCharacters: 0, segmentCount: perDocument, createdBy: 'bench', createdAt: at },
        segments,
        [],
      );
      ids.push(documentId);
    }
    console.log(`${documents} documents of ${perDocument.toLocaleString('en')} segments written`);
    for (let round = 1; round <= rounds; round++) {
      const one = await longestHold(() => store.segments.summarize(ids.slice(0, 1)));
      const all = await longestHold(() => store.segments.summarize(ids));
      console.log(
        `round ${round}: one document ${one.ms.toFixed(1)} ms (event loop held at most ${one.heldMs.toFixed(1)} ms); ` +
          `all ${documents} ${all.ms.toFixed(1)} ms (held at most ${all.heldMs.toFixed(1)} ms)`,
      );
    }
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
