// Benchmark: a source revision of a 10,000-segment German document in which 5 % of the sentences
// changed, 2 % were added and 2 % removed (commands/documents/revise.ts, in process, SQLite file store).
// Each run submits the document to a fresh store, gives every translatable segment some work (three in
// four get a target: approved, translated or draft), then times reviseDocumentText with the revised
// text — parsing, segmentation, matching, language identification of the new text, memory look-ups,
// the one transaction, QA of the changed and new segments — and checks that every unchanged segment
// kept its target, state and version.
//
//   npm run bench:revision   (= npx tsx scripts/bench/revision.ts [--runs 3] [--segments 10000] [--seed 20190130])
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviseDocumentText } from '../../server/commands/documents/revise';
import { submitDocument } from '../../server/commands/documents/submit';
import type { CommandContext } from '../../server/commands/context';
import { TmService } from '../../server/commands/tm/tmService';
import { loadConfig } from '../../server/config';
import type { RevisionCounts } from '../../server/domain/revisions/types';
import type { Segment } from '../../server/domain/segments/types';
import type { User } from '../../server/domain/users/types';
import { SegmentState } from '../../server/domain/workflow/states';
import { createDisabledTranslator } from '../../server/integrations/deepl';
import { uuidGenerator } from '../../server/ports/ids';
import type { SegmentChange } from '../../server/ports/repositories';
import { systemClock } from '../../server/ports/system';
import { createSqliteStore } from '../../server/storage/sqlite';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanBlocks, random, renderBlocks, type Block } from './germanText';
import { machine, median, revision, table, waitForQuietMachine } from './support';

const SHARE_CHANGED = 0.05;
const SHARE_ADDED = 0.02;
const SHARE_REMOVED = 0.02;

interface RevisionOptions {
  runs: number;
  segments: number;
  seed: number;
}

interface RevisionRun {
  segments: number;
  submitMs: number;
  reviseMs: number;
  /** CPU time of this process meanwhile (user + system): less disturbed by other load than wall time. */
  reviseCpuMs: number;
  counts: RevisionCounts;
  wordsToReview: number;
  /** Unchanged segments that kept target, state and version, and those that did not. */
  kept: number;
  lost: number;
}

interface RevisedText {
  content: string;
  changed: number;
  added: number;
  removed: number;
}

/** A sentence with one word more before its closing punctuation: the same sentence, revised. */
const revise = (sentence: string): string => sentence.replace(/^([\s\S]*?)([.!?:“"]*)$/, (_all, body: string, tail: string) => `${body} nunmehr${tail}`);

/** The document with 5 % of its sentences changed, 2 % removed and 2 % added (after paragraph sentences). */
function revisedText(blocks: readonly Block[], seed: number): RevisedText {
  const rng = random(seed + 1);
  let changed = 0;
  let added = 0;
  let removed = 0;
  const edit = (text: string): string | null => {
    const roll = rng();
    if (roll < SHARE_REMOVED) {
      removed += 1;
      return null;
    }
    if (roll < SHARE_REMOVED + SHARE_CHANGED) {
      changed += 1;
      return revise(text);
    }
    return text;
  };
  // Sentences are added after paragraph sentences only: at the rate that makes 2 % of all segments.
  const total = blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' ? block.sentences.length : block.lines.length), 0);
  const inParagraphs = blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' ? block.sentences.length : 0), 0);
  const addRate = (SHARE_ADDED * total) / inParagraphs;
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'lines') {
      const lines = block.lines.flatMap((line) => edit(line) ?? []);
      if (lines.length > 0) out.push({ kind: 'lines', lines });
      continue;
    }
    const sentences: string[] = [];
    for (const sentence of block.sentences) {
      const kept = edit(sentence);
      if (kept !== null) sentences.push(kept);
      if (rng() < addRate) {
        added += 1;
        sentences.push(`Ergänzend teilte die Geschäftsstelle Nummer ${added} mit, dass die Unterlagen vollständig vorliegen.`);
      }
    }
    if (sentences.length > 0) out.push({ kind: 'paragraph', sentences });
  }
  return { content: renderBlocks(out), changed, added, removed };
}

/** Work on three in four translatable segments: approved, translated or draft, with a target. */
function workOn(segments: readonly Segment[], translator: Pick<User, 'id'>): SegmentChange[] {
  const states = [SegmentState.Approved, SegmentState.Translated, SegmentState.Draft];
  return segments.flatMap((segment, i): SegmentChange[] => {
    if (segment.state === SegmentState.Locked || i % 4 === 3) return [];
    const state = states[i % 4];
    const worked: Segment = {
      ...segment,
      target: `Zdanie numer ${i + 1}.`,
      state,
      origin: 'human',
      translatedBy: translator.id,
      reviewedBy: state === SegmentState.Approved ? translator.id : null,
      version: segment.version + 1,
    };
    const event = { id: uuidGenerator.next(), segmentId: segment.id, documentId: segment.documentId, actorId: translator.id, at: segment.updatedAt, action: 'edit' as const, fromState: segment.state, toState: state, fromTarget: segment.target, toTarget: worked.target, note: null, version: worked.version };
    return [{ segment: worked, expectedVersion: segment.version, event }];
  });
}

async function reviseOnce(first: string, second: RevisedText): Promise<RevisionRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-revision-'));
  const store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
  try {
    // What submitting and revising use of the command context; its other services are not needed here.
    const ctx = { config: loadConfig({}), store, translator: createDisabledTranslator(), clock: systemClock, ids: uuidGenerator, tm: new TmService(store) } as CommandContext;
    // A coordinator acting in the project; commands only read the roles of the user they are given.
    const editor = { id: 'bench-editor', email: 'editor@nysa.bench', name: 'Bench Editor', roles: ['coordinator' as const], passwordHash: 'x', createdAt: new Date().toISOString(), active: true };
    await store.projects.create({ id: 'bench-project', name: 'Benchmark: revision', sourceLang: 'de', targetLang: 'pl', settings: { formality: 'default', allowSelfApproval: true }, members: [], createdBy: editor.id, createdAt: editor.createdAt });

    let started = performance.now();
    const document = await submitDocument(ctx, { user: editor, projectId: 'bench-project', title: 'Pressemitteilungen', source: { format: 'text', content: first }, dueDate: null });
    const submitMs = performance.now() - started;
    const before = await store.segments.listByDocument(document.id);
    const work = workOn(before, editor);
    for (let i = 0; i < work.length; i += 1000) await store.segments.applyChanges(work.slice(i, i + 1000));
    const worked = await store.segments.listByDocument(document.id);

    started = performance.now();
    const cpuBefore = process.cpuUsage();
    const { revision: stored } = await reviseDocumentText(ctx, { user: editor, documentId: document.id, source: { format: 'text', content: second.content } });
    const reviseMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const reviseCpuMs = (cpu.user + cpu.system) / 1000;

    const after = new Map((await store.segments.listByDocument(document.id)).map((segment) => [segment.id, segment]));
    const touched = new Set([...stored.changed.map((segment) => segment.segmentId), ...stored.removed.map((segment) => segment.segmentId)]);
    let kept = 0;
    let lost = 0;
    for (const segment of worked) {
      if (touched.has(segment.id)) continue;
      const now = after.get(segment.id);
      if (now && now.target === segment.target && now.state === segment.state && now.version === segment.version) kept += 1;
      else lost += 1;
    }
    return { segments: before.length, submitMs, reviseMs, reviseCpuMs, counts: stored.counts, wordsToReview: stored.wordsToReview, kept, lost };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchmarkRevision(options: RevisionOptions): Promise<void> {
  await waitForQuietMachine();
  const blocks = germanBlocks(options.segments, options.seed);
  const first = renderBlocks(blocks);
  const second = revisedText(blocks, options.seed);
  console.log(`Revision benchmark, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
  console.log(
    `document: ${options.segments} intended segments (seed ${options.seed}); the new version changes ${second.changed}, adds ${second.added} and removes ${second.removed} sentences ` +
      `(${Buffer.byteLength(first)} → ${Buffer.byteLength(second.content)} bytes)`,
  );
  const runs: RevisionRun[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await reviseOnce(first, second));
  const row = (label: string, run: RevisionRun) => [
    label,
    run.segments,
    run.submitMs.toFixed(0),
    run.reviseMs.toFixed(0),
    run.reviseCpuMs.toFixed(0),
    run.counts.unchanged,
    run.counts.changed,
    run.counts.new,
    run.counts.removed,
    run.wordsToReview,
    run.kept,
    run.lost,
  ];
  const pick = (read: (run: RevisionRun) => number) => median(runs.map(read));
  const middle: RevisionRun = {
    segments: pick((run) => run.segments),
    submitMs: pick((run) => run.submitMs),
    reviseMs: pick((run) => run.reviseMs),
    reviseCpuMs: pick((run) => run.reviseCpuMs),
    counts: { unchanged: pick((run) => run.counts.unchanged), changed: pick((run) => run.counts.changed), new: pick((run) => run.counts.new), removed: pick((run) => run.counts.removed) },
    wordsToReview: pick((run) => run.wordsToReview),
    kept: pick((run) => run.kept),
    lost: pick((run) => run.lost),
  };
  console.log(
    table([
      ['', 'segments', 'submit ms', 'revise ms', 'revise CPU ms', 'unchanged', 'changed', 'new', 'removed', 'words to review', 'work kept', 'work lost'],
      ...runs.map((run, i) => row(`run ${i + 1}`, run)),
      row('median', middle),
    ]),
  );
  if (runs.some((run) => run.lost > 0)) console.log('! some unchanged segments lost their target, state or version');
  console.log(`load average after: ${machine().split('load average ')[1]}`);
}

const USAGE = 'Usage: npx tsx scripts/bench/revision.ts [--runs 3] [--segments 10000] [--seed 20190130]\n';

function revisionOptions(args: readonly string[]): RevisionOptions {
  const flags = parseFlags(args, { runs: {}, segments: {}, seed: {} });
  return {
    runs: integerFlag(flags.runs, 'runs', 3),
    segments: integerFlag(flags.segments, 'segments', 10000),
    seed: integerFlag(flags.seed, 'seed', 20190130),
  };
}

benchmarkRevision(flagsOrExit('bench:revision', USAGE, revisionOptions)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
