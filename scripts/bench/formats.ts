// Documents as files over HTTP (issue 9's figures): a 200-page Word file (scripts/bench/docx.ts's
// generator: about 60,000 words, tables, footnotes, runs split by Word) and an XLIFF 1.2 file of 10,000
// units, each through the server like a client: submission (multipart upload), the bilingual XLIFF
// export, its re-import with every target filled (each unit an edit and a confirmation, QA included),
// and the export of the original with those Polish texts. Each run starts a fresh server with an empty
// SQLite store; the figures are the medians of --runs. Resident memory of the server: VmRSS before the
// Word file is sent, VmHWM (the peak) after each step.
//
//   npm run bench:formats [-- --runs 3] [--pages 200] [--units 10000] [--source] [--no-wait] [--cpu-prof DIR]
//   (= npm run build && node dist/scripts/bench/formats.js …; --source runs the server's TypeScript
//    sources through tsx instead of dist/server/main.js)
//
// Targets: Word submission ≤ 5 s, its export ≤ 2 s, server RSS growth ≤ 300 MB; XLIFF submission,
// export and re-import ≤ 2 s each.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../../server/domain/formats';
import { writeXliff12, type XliffExportSegment } from '../../server/domain/formats/xliff';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { benchDocx } from './docx';
import { germanText } from './germanText';
import { returnedXliff } from './heavyInputs';
import { Api, cpuMsOf, machine, median, memoryOf, repoRoot, revision, serverEntry, startNysa, table, waitForQuietMachine, type ChildServer } from './support';

interface FormatsOptions {
  runs: number;
  pages: number;
  units: number;
  seed: number;
  source: boolean;
  /** Start at once, without waiting for the load average to fall. */
  noWait: boolean;
  /** Where the server writes a CPU profile of each run (node --cpu-prof), or null. */
  cpuProfileDir: string | null;
}

/** One timed request: wall time, the server's CPU time meanwhile, its peak memory after. */
interface Step {
  ms: number;
  cpuMs: number;
  peakMiB: number;
  note: string;
}

const STEPS = [
  'docx: submit',
  'docx: export xliff12',
  'docx: re-import xliff12',
  'docx: export original',
  'xliff: submit',
  'xliff: export xliff12',
  'xliff: re-import xliff12',
  'xliff: export original',
] as const;
type StepName = (typeof STEPS)[number];

interface Run {
  steps: Record<StepName, Step>;
  rssBeforeMiB: number;
}

/** A 10,000-unit XLIFF 1.2 file as another tool would send it: German sources, no targets, every 3rd unit with a bold code. */
function benchXliff(units: number, seed: number): string {
  const segments = parseDocument('text', germanText(units, seed).content, 'de').segments.slice(0, units);
  const bold = { id: 1, type: 'paired' as const, open: '<b>', close: '</b>' };
  return writeXliff12({
    documentId: 'bench',
    title: 'Pressemitteilungen.docx',
    sourceLang: 'de',
    targetLang: 'pl',
    segments: segments.map((segment, index): XliffExportSegment => {
      const tagged = index % 3 === 0;
      return {
        id: `u${index + 1}`,
        index,
        source: tagged ? `{1}${segment.source}{/1}` : segment.source,
        target: null,
        state: 'new',
        locked: false,
        version: 1,
        tags: tagged ? [bold] : [],
        qaIssues: [],
      };
    }),
  });
}

async function timedRequest(server: ChildServer, api: Api, method: string, urlPath: string, body?: RequestInit['body'], type?: string): Promise<{ step: Omit<Step, 'note'>; text: string }> {
  const headers: Record<string, string> = { authorization: `Bearer ${api.token}` };
  if (type) headers['content-type'] = type;
  const cpuBefore = cpuMsOf(server.pid);
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(server.baseUrl + urlPath, { method, headers, body });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new Error(`${method} ${urlPath} after ${(performance.now() - started).toFixed(0)} ms: ${error instanceof Error ? error.message : String(error)}${cause}`);
  }
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${method} ${urlPath} → ${response.status}: ${text.slice(0, 500)}`);
  return { step: { ms, cpuMs: cpuMsOf(server.pid) - cpuBefore, peakMiB: memoryOf(server.pid).peakMiB }, text };
}

const size = (bytes: number): string => (bytes < 1048576 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 1048576).toFixed(1)} MiB`);

const form = (name: string, bytes: Uint8Array | string): FormData => {
  const data = new FormData();
  data.append('file', new Blob([typeof bytes === 'string' ? bytes : Buffer.from(bytes)]), name);
  return data;
};

/** Submission, XLIFF export, re-import and the original's export of one file. */
async function fileSteps(server: ChildServer, api: Api, projectId: string, label: 'docx' | 'xliff', name: string, bytes: Uint8Array | string, steps: Partial<Record<StepName, Step>>): Promise<void> {
  const submitted = await timedRequest(server, api, 'POST', `/api/projects/${projectId}/documents`, form(name, bytes));
  const document = JSON.parse(submitted.text) as { id: string; segmentCount: number };
  steps[`${label}: submit`] = { ...submitted.step, note: `${document.segmentCount} segments from ${size(Buffer.byteLength(bytes))}` };

  const exported = await timedRequest(server, api, 'GET', `/api/documents/${document.id}/export?format=xliff12`);
  steps[`${label}: export xliff12`] = { ...exported.step, note: size(Buffer.byteLength(exported.text)) };

  const returned = returnedXliff(exported.text);
  const imported = await timedRequest(server, api, 'POST', `/api/documents/${document.id}/xliff`, returned, 'application/xliff+xml');
  const summary = JSON.parse(imported.text) as { updated: number; confirmed: number; unchanged: number; conflicts: unknown[]; refused: unknown[]; unconfirmed: unknown[] };
  steps[`${label}: re-import xliff12`] = {
    ...imported.step,
    note: `${summary.updated} updated (${summary.confirmed} confirmed), ${summary.unchanged} unchanged, ${summary.conflicts.length} conflicts, ${summary.refused.length} refused, ${summary.unconfirmed.length} unconfirmed`,
  };

  const original = await timedRequest(server, api, 'GET', `/api/documents/${document.id}/export?format=original&allowUnapproved=true`);
  steps[`${label}: export original`] = { ...original.step, note: `${size(Buffer.byteLength(original.text))} (not yet approved: a coordinator's preview)` };
}

async function runOnce(options: FormatsOptions, docx: Uint8Array, xliff: string): Promise<Run> {
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
  const args = [...profile, ...(options.source ? ['--import', 'tsx', path.join(repoRoot, 'server', 'main.ts')] : [serverEntry()])];
  // NODE_PATH passes through for a checkout whose node_modules lacks a package (resolved from elsewhere).
  const server = await startNysa(args, process.env.NODE_PATH ? { NODE_PATH: process.env.NODE_PATH } : {});
  try {
    const api = new Api(server.baseUrl);
    await api.signIn();
    const projectId = await api.createProject('Benchmark: documents as files');
    const rssBeforeMiB = memoryOf(server.pid).rssMiB;
    const steps: Partial<Record<StepName, Step>> = {};
    await fileSteps(server, api, projectId, 'docx', 'Grenzraumstudie.docx', docx, steps);
    await fileSteps(server, api, projectId, 'xliff', 'Pressemitteilungen.xlf', xliff, steps);
    return { steps: steps as Record<StepName, Step>, rssBeforeMiB };
  } catch (error) {
    // Say what the server said (a crash, a refusal) along with the client's error.
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nserver output (last 2,000 characters):\n${server.output().slice(-2000)}`);
  } finally {
    await server.stop();
  }
}

export async function benchmarkFormats(options: FormatsOptions): Promise<void> {
  if (!options.source) serverEntry(); // fails early, with the hint to build
  if (!options.noWait) await waitForQuietMachine();
  const { docx, words } = benchDocx(options.pages, options.seed);
  const xliff = benchXliff(options.units, options.seed);
  console.log(`Documents as files, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
  console.log(`server: ${options.source ? 'node --import tsx server/main.ts (sources)' : 'node dist/server/main.js'}; median of ${options.runs} runs, a fresh server each`);
  console.log(`inputs: a ${options.pages}-page Word file (${words} words, ${size(docx.length)}); an XLIFF 1.2 file of ${options.units} units (${size(Buffer.byteLength(xliff))})`);

  const runs: Run[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await runOnce(options, docx, xliff));
  const rows: (string | number)[][] = [['step', 'request ms (median)', 'runs ms', 'server CPU ms', 'peak RSS MiB', 'what']];
  for (const name of STEPS) {
    const all = runs.map((run) => run.steps[name]);
    rows.push([
      name,
      median(all.map((step) => step.ms)).toFixed(0),
      all.map((step) => step.ms.toFixed(0)).join(' / '),
      median(all.map((step) => step.cpuMs)).toFixed(0),
      median(all.map((step) => step.peakMiB)).toFixed(1),
      all[0]!.note,
    ]);
  }
  console.log(table(rows));
  const before = median(runs.map((run) => run.rssBeforeMiB));
  const docxPeak = median(runs.map((run) => run.steps['docx: export original'].peakMiB));
  console.log(`server RSS before the Word file: ${before.toFixed(1)} MiB; peak after its four steps: ${docxPeak.toFixed(1)} MiB (growth ${(docxPeak - before).toFixed(1)} MiB)`);
  console.log(`load average after: ${machine().split('load average ')[1]}`);
}

const USAGE = 'Usage: node dist/scripts/bench/formats.js [--runs 3] [--pages 200] [--units 10000] [--seed 20190130] [--source] [--no-wait] [--cpu-prof DIR]\n';

function formatsOptions(args: readonly string[]): FormatsOptions {
  const flags = parseFlags(args, { runs: {}, pages: {}, units: {}, seed: {}, source: { type: 'boolean' }, 'no-wait': { type: 'boolean' }, 'cpu-prof': {} });
  return {
    runs: integerFlag(flags.runs, 'runs', 3),
    pages: integerFlag(flags.pages, 'pages', 200),
    units: integerFlag(flags.units, 'units', 10_000),
    seed: integerFlag(flags.seed, 'seed', 20190130),
    source: flags.source === true,
    noWait: flags['no-wait'] === true,
    cpuProfileDir: typeof flags['cpu-prof'] === 'string' ? flags['cpu-prof'] : null,
  };
}

if (require.main === module) {
  benchmarkFormats(flagsOrExit('bench:formats', USAGE, formatsOptions)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
