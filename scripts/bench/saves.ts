// Benchmark: saving segments (PATCH /api/segments/:id) under 32 concurrent clients on SQLite, next to
// a bare express 5 app answering the same requests without doing anything (bareExpress.ts), in the
// same run and with the same autocannon settings. --rounds times Nysa then bare express, one after the
// other: the ratio of each round compares two runs seconds apart, and the median round is reported.
//
//   npm run build && node dist/scripts/bench/saves.js [--connections 32] [--duration 10] [--warmup 2] [--rounds 3] [--segments 3200] [--cpu-prof DIR] [--gc] [--bare-request-classes] [--env NAME=VALUE,…] [--now]
//   npx tsx scripts/bench/saves.ts                     (still runs the built server: build first)
//
// --cpu-prof DIR starts Nysa with node's --cpu-prof: a .cpuprofile of the whole run lands in DIR when it
// stops (open it in Chrome DevTools, or sum self times per function).
//
// --gc starts Nysa with V8's --trace-gc-nvp and sums up its main thread's collections over the whole run,
// warm-ups and set-up included (gcTrace.ts): how often each kind ran, how long each held the thread,
// and what was allocated per save stored.
//
// --env NAME=VALUE,… starts Nysa with these settings too (SQLITE_CHECKPOINT_RESTART_PAGES=8000, say),
// to measure a setting against its default.
//
// --bare-request-classes gives bare express the request and response classes Nysa's server uses
// (server/http/httpServer.ts), so that the ratio compares the two without that difference. Without it,
// bare express is express as it comes (express(), express.json(), app.listen): the issue's baseline.
//
// Each connection owns its own segments and saves them in turn, sending the version it got back from
// the previous save of that segment, and alternating between two targets so every save is a real
// change. A 409 (stale version) or any other non-2xx answer stops the benchmark. Each server first gets
// a --warmup run with the same settings (not counted), so the figures are not those of V8 compiling.
import autocannon from 'autocannon';
import { CliUsageError, flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { summarizeGcTrace } from './gcTrace';
import { Api, benchScriptCommand, cpuMsOf, freePort, machine, memoryOf, revision, serverEntry, startChild, startNysa, table, waitForQuietMachine, type ChildServer } from './support';

export interface SavesOptions {
  connections: number;
  duration: number;
  /** Seconds of the same load before the measured run, not counted. */
  warmup: number;
  /** Measured rounds, each Nysa then bare express for `duration` seconds. */
  rounds: number;
  segments: number;
  /** Where Nysa writes a CPU profile of the run (node --cpu-prof), or null. */
  cpuProfileDir: string | null;
  /** Trace Nysa's garbage collection and report it (--gc). */
  gcTrace: boolean;
  /** Start at once instead of waiting (up to 3 min) for a load average under 3: the figures say so. */
  now: boolean;
  /** Bare express with Nysa's request and response classes (httpServer.ts) instead of app.listen. */
  bareRequestClasses: boolean;
  /** Settings Nysa is started with besides the benchmark's own (--env). */
  env: Record<string, string>;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** CPU time (user + system) the server used per answered request. */
  serverCpuMsPerRequest: number;
}

export interface SavesRound {
  nysa: LoadFigures;
  bare: LoadFigures;
  /** Nysa's throughput over bare express's. */
  ratio: number;
}

export interface SavesSummary {
  connections: number;
  /** The round with the median ratio. */
  nysa: LoadFigures;
  bare: LoadFigures;
  ratio: number;
  rounds: SavesRound[];
  nysaPeakRssMiB: number;
}

const TARGETS = [
  'Wnioski można składać do 31 marca 2020 r. w Saksońskim Banku Odbudowy – Banku Wspierania Rozwoju.',
  'Wnioski należy składać do 31 marca 2020 r. w Saksońskim Banku Odbudowy – Banku Wspierania Rozwoju.',
];

interface Hammered {
  figures: LoadFigures;
  statuses: Map<number, number>;
  firstError: string | null;
}

/**
 * Sends saves to `pathFor(id)` for `duration` seconds. The segments (the keys of `versions`) are
 * split into one slice per connection; `versions` holds the version each segment has on the server
 * and is updated from every answer.
 */
async function hammer(
  server: ChildServer,
  pathFor: (id: string) => string,
  versions: Map<string, number>,
  authorization: string,
  options: { connections: number; duration: number },
): Promise<Hammered> {
  const segmentIds = [...versions.keys()];
  const perConnection = Math.floor(segmentIds.length / options.connections);
  const statuses = new Map<number, number>();
  let firstError: string | null = null;
  let connections = 0;

  // autocannon resets the `context` it passes to setupRequest after every pass through `requests`
  // (here: after every request), so a connection's segments and cursor live in the closure that
  // setupClient, called once per connection, gives to that connection's request.
  const setupClient = (client: autocannon.Client) => {
    const own = segmentIds.slice(connections * perConnection, (connections + 1) * perConnection);
    connections++;
    let next = 0;
    client.setRequests([
      {
        method: 'PATCH',
        setupRequest: (request) => {
          const id = own[next++ % own.length];
          const version = versions.get(id) as number;
          return { ...request, path: pathFor(id), body: JSON.stringify({ target: TARGETS[version % 2], version }) };
        },
        onResponse: (status, body) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (status >= 200 && status < 300) {
            const saved = JSON.parse(body) as { id: string; version: number };
            versions.set(saved.id, saved.version);
          } else firstError ??= `${status} ${body.slice(0, 300)}`;
        },
      },
    ]);
  };

  const cpuBefore = cpuMsOf(server.pid);
  const result = await autocannon({
    url: server.baseUrl,
    connections: options.connections,
    duration: options.duration,
    pipelining: 1,
    headers: { 'content-type': 'application/json', authorization },
    setupClient,
  });
  if (connections !== options.connections) throw new Error(`expected ${options.connections} connections, autocannon made ${connections}`);
  return {
    figures: {
      requestsPerSecond: result.requests.mean,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors + result.timeouts,
      serverCpuMsPerRequest: (cpuMsOf(server.pid) - cpuBefore) / result.requests.total,
    },
    statuses,
    firstError,
  };
}

const failed = (run: Hammered) => run.figures.non2xx > 0 || run.figures.errors > 0;

const describeRun = (label: string, run: Hammered): string =>
  `${label}: ${run.figures.requests} requests, statuses ${[...run.statuses].map(([s, n]) => `${s}×${n}`).join(' ')}, ` +
  `${run.figures.errors} errors/timeouts${run.firstError ? `; first failure: ${run.firstError}` : ''}`;

export async function benchmarkSaves(options: SavesOptions): Promise<SavesSummary> {
  serverEntry(); // fails early, with the hint to build
  if (options.segments < options.connections) throw new Error('need at least one segment per connection');
  if (options.now) console.log(`! started without waiting for a quiet machine (load average ${machine().split('load average ')[1]})`);
  else await waitForQuietMachine();
  console.log(`Saves benchmark, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
  if (Object.keys(options.env).length > 0) console.log(`Nysa's settings besides the benchmark's: ${Object.entries(options.env).map(([name, value]) => `${name}=${value}`).join(' ')}`);

  const nysa = await startNysa([
    ...(options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : []),
    ...(options.gcTrace ? ['--trace-gc-nvp'] : []),
    serverEntry(),
  ], options.env);
  const barePort = await freePort();
  const bare = await startChild(benchScriptCommand('bareExpress'), { PORT: String(barePort), ...(options.bareRequestClasses ? { BARE_REQUEST_CLASSES: '1' } : {}) }, /listening on/);
  try {
    const api = new Api(nysa.baseUrl);
    await api.signIn();
    const projectId = await api.createProject('Benchmark: saves');
    const { content } = germanText(options.segments);
    const document = await api.request<{ id: string; segmentCount: number }>('POST', `/api/projects/${projectId}/documents`, {
      title: 'Förderaufrufe',
      format: 'text',
      content,
    });
    /** What the server stores now: each segment's version, and the saves so far (every save adds one). */
    const stored = async () => {
      const versions = new Map((await api.allSegments(document.id)).map((segment) => [segment.id, segment.version]));
      return { versions, saves: [...versions.values()].reduce((sum, version) => sum + version - 1, 0) };
    };
    const ids = [...(await stored()).versions.keys()];
    console.log(
      `${options.connections} connections × ${Math.floor(ids.length / options.connections)} own segments (of ${ids.length}), ` +
        `${options.rounds} rounds of ${options.duration} s of Nysa, then ${options.duration} s of bare express, after a ${options.warmup} s warm-up of each; ` +
        `pipelining 1, bearer token; bare express ${options.bareRequestClasses ? "with Nysa's request and response classes" : 'as it comes (app.listen)'}`,
    );

    const authorization = `Bearer ${api.token}`;
    const nysaPath = (id: string) => `/api/segments/${id}`;
    const barePath = (id: string) => `/echo/${id}`;
    const warmup = { connections: options.connections, duration: options.warmup };
    const fresh = () => new Map(ids.map((id) => [id, 1]));
    if (options.warmup > 0) {
      const run = await hammer(nysa, nysaPath, (await stored()).versions, authorization, warmup);
      if (failed(run)) throw new Error(`${describeRun('Nysa warm-up', run)}\nNysa answered saves with non-2xx statuses or errors`);
      await hammer(bare, barePath, fresh(), authorization, warmup);
    }

    // Rounds of Nysa then bare express: the machine's speed drifts over minutes (a neighbour's load), so
    // each ratio compares two runs a few seconds apart, and the median round is reported.
    const rounds: SavesRound[] = [];
    const bareVersions = fresh();
    for (let round = 1; round <= options.rounds; round++) {
      const before = await stored(); // requests in flight when the last run stopped were stored meanwhile
      const nysaRun = await hammer(nysa, nysaPath, before.versions, authorization, options);
      console.log(describeRun(`round ${round}, Nysa`, nysaRun));
      if (failed(nysaRun)) throw new Error('Nysa answered saves with non-2xx statuses or errors (see above): the figures are not valid');
      const saved = (await stored()).saves - before.saves;
      const answered = [...nysaRun.statuses].reduce((sum, [status, count]) => sum + (status < 300 ? count : 0), 0);
      console.log(
        `round ${round}: Nysa stored ${saved} saves in the measured run; autocannon counted ${answered} answered ` +
          `(the difference is requests in flight when the run stopped, at most ${options.connections})`,
      );
      const bareRun = await hammer(bare, barePath, bareVersions, authorization, options);
      console.log(describeRun(`round ${round}, bare express`, bareRun));
      const ratio = nysaRun.figures.requestsPerSecond / bareRun.figures.requestsPerSecond;
      rounds.push({ nysa: nysaRun.figures, bare: bareRun.figures, ratio });
      console.log(
        `round ${round}: Nysa ${nysaRun.figures.requestsPerSecond.toFixed(0)}/s (p99 ${nysaRun.figures.p99} ms), ` +
          `bare ${bareRun.figures.requestsPerSecond.toFixed(0)}/s (p99 ${bareRun.figures.p99} ms): ${ratio.toFixed(2)}×`,
      );
    }
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)]!;
    const nysaPeakRssMiB = memoryOf(nysa.pid).peakMiB;

    const n = median.nysa;
    const b = median.bare;
    const ratio = (x: number, y: number) => (y === 0 ? '–' : `${(x / y).toFixed(2)}×`);
    console.log(`The round with the median throughput ratio, of ${rounds.length}:`);
    console.log(
      table([
        ['', 'Nysa PATCH /api/segments/:id', 'bare express PATCH /echo/:id', 'Nysa / bare'],
        ['requests/s (mean)', n.requestsPerSecond.toFixed(0), b.requestsPerSecond.toFixed(0), ratio(n.requestsPerSecond, b.requestsPerSecond)],
        ['latency p50 (ms)', n.p50, b.p50, ratio(n.p50, b.p50)],
        ['latency p97.5 (ms)', n.p97_5, b.p97_5, ratio(n.p97_5, b.p97_5)],
        ['latency p99 (ms)', n.p99, b.p99, ratio(n.p99, b.p99)],
        ['server CPU per request (ms)', n.serverCpuMsPerRequest.toFixed(3), b.serverCpuMsPerRequest.toFixed(3), ratio(n.serverCpuMsPerRequest, b.serverCpuMsPerRequest)],
        ['non-2xx', n.non2xx, b.non2xx, ''],
      ]),
    );
    console.log(`Nysa peak RSS: ${nysaPeakRssMiB.toFixed(1)} MiB; load average after: ${machine().split('load average ')[1]}`);
    if (options.gcTrace) reportGc(nysa.output(), (await stored()).saves);
    return { connections: options.connections, nysa: n, bare: b, ratio: median.ratio, rounds, nysaPeakRssMiB };
  } finally {
    await Promise.all([nysa.stop(), bare.stop()]);
  }
}

/** Nysa's main-thread collections over the whole run, from its --trace-gc-nvp output. */
function reportGc(output: string, saves: number): void {
  const gc = summarizeGcTrace(output);
  if (!gc) {
    console.log('Nysa garbage collection: no --trace-gc-nvp lines in its output');
    return;
  }
  const pauses = (p: typeof gc.young) =>
    `${p.count}, pause p50 ${p.p50Ms.toFixed(1)} ms, p99 ${p.p99Ms.toFixed(1)} ms, longest ${p.maxMs.toFixed(1)} ms, ${p.totalMs.toFixed(0)} ms in all`;
  console.log(`Nysa's main thread, whole run (warm-ups and set-up included; ${saves} saves stored):`);
  console.log(`  young collections: ${pauses(gc.young)}; median kept by one ${(gc.survivingBytesMedian / 1024).toFixed(0)} KiB`);
  console.log(`  full collections: ${pauses(gc.full)}`);
  console.log(`  allocated: ${(gc.allocatedBytes / 1024 / 1024).toFixed(0)} MiB, ${(gc.allocatedBytes / 1024 / Math.max(1, saves)).toFixed(1)} KiB per save stored`);
}

const SAVES_USAGE =
  'Usage: node dist/scripts/bench/saves.js [--connections 32] [--duration 10] [--warmup 2] [--rounds 3] [--segments 3200] [--cpu-prof DIR] [--gc] [--bare-request-classes] [--env NAME=VALUE,…] [--now]\n';

const SETTING = /^([A-Z][A-Z0-9_]*)=(.*)$/;

/** NAME=VALUE pairs, separated by commas (a value holds no comma). */
function settingsFlag(value: string | undefined): Record<string, string> {
  if (value === undefined) return {};
  return Object.fromEntries(
    value.split(',').map((pair) => {
      const match = SETTING.exec(pair);
      if (!match) throw new CliUsageError(`--env takes NAME=VALUE pairs separated by commas (got "${pair}")`);
      return [match[1]!, match[2]!];
    }),
  );
}

/** Throws CliUsageError for bad flags. */
export function savesOptions(args: readonly string[]): SavesOptions {
  const flags = parseFlags(args, { connections: {}, duration: {}, warmup: {}, rounds: {}, segments: {}, 'cpu-prof': {}, gc: { type: 'boolean' }, now: { type: 'boolean' }, 'bare-request-classes': { type: 'boolean' }, env: {} });
  return {
    cpuProfileDir: typeof flags['cpu-prof'] === 'string' ? flags['cpu-prof'] : null,
    gcTrace: flags.gc === true,
    now: flags.now === true,
    bareRequestClasses: flags['bare-request-classes'] === true,
    env: settingsFlag(flags.env),
    connections: integerFlag(flags.connections, 'connections', 32),
    duration: integerFlag(flags.duration, 'duration', 10),
    warmup: integerFlag(flags.warmup, 'warmup', 2, 0),
    rounds: integerFlag(flags.rounds, 'rounds', 3),
    segments: integerFlag(flags.segments, 'segments', 3200),
  };
}

if (require.main === module) {
  benchmarkSaves(flagsOrExit('bench:saves', SAVES_USAGE, savesOptions)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
