// Benchmark: submitting a 10,000-segment German document (POST /api/projects/:id/documents) to the
// built server on SQLite. Each run starts a fresh server with an empty store in a temporary folder.
//
//   npm run build && node dist/scripts/bench/submit.js [--runs 3] [--segments 10000] [--seed 20190130]
//   npx tsx scripts/bench/submit.ts                    (still runs the built server: build first)
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { Api, cpuMsOf, machine, median, revision, memoryOf, serverEntry, startNysa, table, waitForQuietMachine } from './support';

export interface SubmitOptions {
  runs: number;
  segments: number;
  seed: number;
}

export interface SubmitRun {
  segments: number;
  bytes: number;
  requestMs: number;
  /** CPU time the server spent meanwhile (user + system). */
  serverCpuMs: number;
  segmentsPerSecond: number;
  /** Resident memory just before the request (VmRSS). */
  rssBeforeMiB: number;
  /** The peak before the request (VmHWM): start-up may already have reached it. */
  peakBeforeMiB: number;
  /** The peak after the request (VmHWM). */
  peakRssMiB: number;
}

export interface SubmitSummary {
  runs: SubmitRun[];
  median: SubmitRun;
}

async function submitOnce(content: string): Promise<SubmitRun> {
  const server = await startNysa();
  try {
    const api = new Api(server.baseUrl);
    await api.signIn();
    const projectId = await api.createProject('Benchmark: submission');
    const body = JSON.stringify({ title: 'Pressemitteilungen und Förderaufrufe', format: 'text', content });

    const before = memoryOf(server.pid);
    const cpuBefore = cpuMsOf(server.pid);
    const started = performance.now();
    const document = await api.request<{ id: string; segmentCount: number }>('POST', `/api/projects/${projectId}/documents`, body);
    const requestMs = performance.now() - started;
    const serverCpuMs = cpuMsOf(server.pid) - cpuBefore;
    const after = memoryOf(server.pid);

    return {
      segments: document.segmentCount,
      bytes: Buffer.byteLength(body),
      requestMs,
      serverCpuMs,
      segmentsPerSecond: document.segmentCount / (requestMs / 1000),
      rssBeforeMiB: before.rssMiB,
      peakBeforeMiB: before.peakMiB,
      peakRssMiB: after.peakMiB,
    };
  } finally {
    await server.stop();
  }
}

export async function benchmarkSubmit(options: SubmitOptions): Promise<SubmitSummary> {
  serverEntry(); // fails early, with the hint to build
  await waitForQuietMachine();
  const text = germanText(options.segments, options.seed);
  console.log(`Submission benchmark, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
  console.log(
    `document: ${text.segments} intended segments, ${Buffer.byteLength(text.content)} bytes of UTF-8 text (seed ${options.seed}), ` +
      `${text.repeated} of its segments repeat an earlier one verbatim`,
  );

  const runs: SubmitRun[] = [];
  for (let i = 0; i < options.runs; i++) runs.push(await submitOnce(text.content));
  const pick = (key: keyof SubmitRun) => median(runs.map((run) => run[key]));
  const summary: SubmitSummary = {
    runs,
    median: {
      segments: pick('segments'),
      bytes: pick('bytes'),
      requestMs: pick('requestMs'),
      serverCpuMs: pick('serverCpuMs'),
      segmentsPerSecond: pick('segmentsPerSecond'),
      rssBeforeMiB: pick('rssBeforeMiB'),
      peakBeforeMiB: pick('peakBeforeMiB'),
      peakRssMiB: pick('peakRssMiB'),
    },
  };

  const row = (label: string, run: SubmitRun) => [
    label,
    run.segments,
    run.bytes,
    run.requestMs.toFixed(0),
    run.serverCpuMs.toFixed(0),
    run.segmentsPerSecond.toFixed(0),
    run.rssBeforeMiB.toFixed(1),
    run.peakBeforeMiB.toFixed(1),
    run.peakRssMiB.toFixed(1),
  ];
  console.log(
    table([
      ['', 'segments', 'request bytes', 'request ms', 'server CPU ms', 'segments/s', 'RSS before MiB', 'peak before MiB', 'peak after MiB'],
      ...runs.map((run, i) => row(`run ${i + 1}`, run)),
      row('median', summary.median),
    ]),
  );
  if (runs.some((run) => run.segments !== text.segments)) {
    console.log(`! the server made a different number of segments than the ${text.segments} the text was written for`);
  }
  console.log(`load average after: ${machine().split('load average ')[1]}`);
  return summary;
}

const SUBMIT_USAGE = 'Usage: node dist/scripts/bench/submit.js [--runs 3] [--segments 10000] [--seed 20190130]\n';

/** Throws CliUsageError for bad flags. */
export function submitOptions(args: readonly string[]): SubmitOptions {
  const flags = parseFlags(args, { runs: {}, segments: {}, seed: {} });
  return {
    runs: integerFlag(flags.runs, 'runs', 3),
    segments: integerFlag(flags.segments, 'segments', 10000),
    seed: integerFlag(flags.seed, 'seed', 20190130),
  };
}

if (require.main === module) {
  benchmarkSubmit(flagsOrExit('bench:submit', SUBMIT_USAGE, submitOptions)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
