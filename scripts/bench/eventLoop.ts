// Event-loop benchmark: does any heavy operation hold the server? Starts the built server on 127.0.0.1
// with a temporary data folder and the fake DeepL server, with loopProbe.ts preloaded, and while each
// heavy operation runs, measures the latency of GET /health and of a segment save (PATCH
// /api/segments/:id, two clients each, one request at a time, 10 ms apart) and the main thread's
// longest event-loop stall, with how much of it was the main thread's own CPU time ("busy": on a
// machine busy with other work, a stall can be the thread waiting for a CPU). The operations, in
// order: nothing (the load alone, the machine's floor), a 5 MB Markdown submission, the preview of a
// new version of it, its exports as XLIFF 1.2, as the original and as a bilingual Word table, a 4.7 MB
// text preview, a 100,000-row
// glossary CSV import, a 5 MB TBX import into that glossary, a preview and an alignment with one
// 40,000-character word, the re-import of a returned XLIFF file of about 10,000 changed targets, a TMX
// import of --tmx-units units and the first lookup after it. Then, the server stopped (it saves its
// memory), units are written into the store directly
// until it holds --memory-units, and two restarts: one that loads the saved memory and catches up with
// those units (about what building it from the store costs), and one that loads the memory as saved,
// all of it. At each restart a lookup is sent as soon as the server listens (over node:http, which
// waits as long as the warm-up takes), and its matches are compared with a lookup's once it is warm.
//
//   npm run bench:event-loop      (= npm run build && node dist/scripts/bench/eventLoop.js)
//   node dist/scripts/bench/eventLoop.js [--server dist/server/main.js] [--tmx-units 100000] [--memory-units 1000000] [--scale 1] [--skip-documents]
//
// --server runs another build (the code before a change, to compare); --scale multiplies the document
// and glossary sizes (0.1 for a quick run); --skip-documents leaves out everything before the TMX import.
// The document operations are in eventLoopDocuments.ts, the memory's helpers in eventLoopMemory.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { startFakeDeepl } from '../../tests/support/fakeDeepl';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { measureDocumentOperations } from './eventLoopDocuments';
import { addUnits, countUnits, lookup, lookupMatches, stopTimed } from './eventLoopMemory';
import { textDocument } from './heavyInputs';
import { LoadLoop, stallsBetween, type Latencies, type Probe, type Stalls } from './loopLoad';
import { Api, cpuMsOf, freePort, machine, memoryOf, nysaEnv, repoRoot, revision, serverEntry, startChild, table, type ChildServer } from './support';
import { writeTmx } from './tmx';

const USAGE =
  'Usage: node dist/scripts/bench/eventLoop.js [--server dist/server/main.js] [--tmx-units 100000] [--memory-units 1000000] [--scale 1] [--skip-documents]\n';

interface Options {
  server: string;
  tmxUnits: number;
  memoryUnits: number;
  scale: number;
  skipDocuments: boolean;
}

interface Row {
  operation: string;
  seconds: number;
  health: Latencies;
  save: Latencies;
  stalls: Stalls;
  rssMiB: number;
  note: string;
}

const TARGETS = ['Wnioski można składać do 31 marca.', 'Wnioski należy składać do 31 marca.'];

function options(argv: readonly string[]): Options {
  const flags = parseFlags(argv, { server: {}, 'tmx-units': {}, 'memory-units': {}, scale: {}, 'skip-documents': { type: 'boolean' } });
  const scale = flags.scale === undefined ? 1 : Number(flags.scale);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  return {
    server: path.resolve(flags.server ?? serverEntry()),
    tmxUnits: integerFlag(flags['tmx-units'], 'tmx-units', 100_000, 0),
    memoryUnits: integerFlag(flags['memory-units'], 'memory-units', 1_000_000, 0),
    scale,
    skipDocuments: flags['skip-documents'] === true,
  };
}

async function main(): Promise<void> {
  const opts = flagsOrExit('bench:event-loop', USAGE, options);
  const probe = path.join(repoRoot, 'dist', 'scripts', 'bench', 'loopProbe.js');
  if (!fs.existsSync(probe)) throw new Error(`${probe} is missing: run \`npm run build\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-loop-'));
  const deepl = await startFakeDeepl();
  const port = String(await freePort());
  console.log(`Event-loop benchmark, ${new Date().toISOString()}, ${revision()} — ${machine()}`);
  console.log(`server ${path.relative(repoRoot, opts.server) || opts.server}, data ${dataDir}`);

  const start = async (): Promise<ChildServer & { spawnedAt: number }> => {
    const spawnedAt = performance.now();
    // The same port on every start: clients and the API token carry over to the restarted server.
    const env = await nysaEnv(dataDir, { PORT: port, DEEPL_AUTH_KEY: deepl.authKey, DEEPL_SERVER_URL: deepl.url, BODY_LIMIT_BYTES: String(16 * 1024 * 1024) });
    return { ...(await startChild(['--require', probe, opts.server], env, /listening on/)), spawnedAt };
  };

  let server = await start();
  const rows: Row[] = [];
  try {
    const api = new Api(server.baseUrl);
    await api.signIn();
    const projectId = await api.createProject('Event loop: documents and memory');
    const glossaryProject = await api.createProject('Event loop: glossary');
    const saved = await api.request<{ id: string }>('POST', `/api/projects/${projectId}/documents`, { title: 'Saves', format: 'text', content: textDocument(20_000, 5) });
    const versions = new Map((await api.allSegments(saved.id)).map((s) => [s.id, s.version]));
    const ids = [...versions.keys()];

    // The clients follow the server across restarts through `server`.
    const health: Probe = async () => {
      const response = await fetch(`${server.baseUrl}/health`);
      await response.text();
      if (!response.ok) throw new Error(`/health → ${response.status}`);
    };
    const saver = (own: string[]): Probe => {
      let next = 0;
      return async () => {
        const id = own[next++ % own.length];
        const version = versions.get(id)!;
        const response = await fetch(`${server.baseUrl}/api/segments/${id}`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ target: TARGETS[version % 2], version }),
        });
        const body = (await response.json()) as { version: number };
        if (!response.ok) throw new Error(`save → ${response.status}`);
        versions.set(id, body.version);
      };
    };
    const half = Math.floor(ids.length / 2);
    const clients = { health: [health, health], save: [saver(ids.slice(0, half)), saver(ids.slice(half))] };

    const measure = async (operation: string, work: () => Promise<string | void>): Promise<void> => {
      const load = new LoadLoop(clients).start();
      const from = Date.now();
      const started = performance.now();
      const note = (await work()) ?? '';
      const seconds = (performance.now() - started) / 1000;
      const to = Date.now();
      const { health: h, save: s } = await load.stop();
      // The probe prints a stall in the line after it (every 200 ms, loopProbe.ts): a stall near the end
      // of a short operation is read only once that line is out.
      await new Promise((resolve) => setTimeout(resolve, 450));
      const stalls = stallsBetween(server.output(), from, to);
      rows.push({ operation, seconds, health: h, save: s, stalls, rssMiB: memoryOf(server.pid).rssMiB, note });
      console.log(
        `${operation}: ${seconds.toFixed(1)} s; /health p99 ${h.p99.toFixed(0)} ms, save p99 ${s.p99.toFixed(0)} ms, ` +
          `longest stall ${stalls.longest.toFixed(0)} ms (${stalls.busy.toFixed(0)} ms of it busy) ${note}`,
      );
    };
    const post = (url: string, body: string, type: string) =>
      fetch(`${server.baseUrl}${url}`, { method: 'POST', headers: { authorization: `Bearer ${api.token}`, 'content-type': type }, body }).then(async (r) => {
        const text = await r.text();
        if (!r.ok) throw new Error(`POST ${url} → ${r.status}: ${text.slice(0, 300)}`);
        return JSON.parse(text) as Record<string, unknown>;
      });

    await measure('nothing (the load alone, 5 s)', () => new Promise((resolve) => setTimeout(resolve, 5000)));
    if (!opts.skipDocuments) {
      await measureDocumentOperations({ api, baseUrl: () => server.baseUrl, projectId, glossaryProject, scale: opts.scale, measure, post });
    }

    const dataPath = path.join(dataDir, 'nysa.sqlite');
    if (opts.tmxUnits > 0) {
      const file = path.join(dataDir, 'bench.tmx');
      await writeTmx(file, opts.tmxUnits, 7);
      let jobId = '';
      await measure(`TMX import of ${opts.tmxUnits.toLocaleString('en')} units`, async () => {
        const response = await fetch(`${server.baseUrl}/api/projects/${projectId}/tm/import`, {
          method: 'POST',
          headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/x-tmx+xml' },
          body: Readable.toWeb(fs.createReadStream(file)) as ReadableStream,
          duplex: 'half',
        } as RequestInit);
        if (response.status !== 202) throw new Error(`TMX upload → ${response.status}: ${await response.text()}`);
        jobId = ((await response.json()) as { id: string }).id;
        for (;;) {
          const job = await api.request<{ status: string; done: number }>('GET', `/api/tm-imports/${jobId}`);
          if (job.status === 'done') return `(${job.done} units stored)`;
          if (job.status === 'failed') throw new Error(`the TMX import failed: ${JSON.stringify(job)}`);
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      });
      fs.rmSync(file, { force: true });
      await measure('first lookup after the import', async () => `(${(await lookup(api, projectId)).toFixed(0)} ms)`);
    }

    // Stopped (the memory is saved), units written directly up to --memory-units, then three restarts.
    await stopTimed(server);
    const stored = await countUnits(dataPath, projectId);
    if (opts.memoryUnits > stored) await addUnits(dataPath, projectId, opts.memoryUnits - stored);
    const total = Math.max(stored, opts.memoryUnits).toLocaleString('en');
    const written = Math.max(0, opts.memoryUnits - stored).toLocaleString('en');
    const snapshotSaved = () => fs.existsSync(path.join(dataDir, 'tm-memory.snapshot'));
    const restarts = [
      snapshotSaved() ? `restart: saved memory of ${stored.toLocaleString('en')} units + ${written} written while stopped` : `restart without a saved memory: built from ${total} units`,
      `restart: saved memory of ${total} units`,
    ];
    for (const label of restarts) {
      const next = await start();
      server = next;
      await measure(label, async () => {
        const listening = (performance.now() - next.spawnedAt) / 1000;
        const cpuAtListening = cpuMsOf(next.pid);
        // Sent as soon as the server listens, while the memory warms up; then again once it is warm.
        const during = await lookupMatches(api, projectId);
        const answered = (performance.now() - next.spawnedAt) / 1000;
        // CPU time of the whole server process (both threads) from listening to the first answer.
        const warmUpCpu = (cpuMsOf(next.pid) - cpuAtListening) / 1000;
        const same = JSON.stringify(during) === JSON.stringify(await lookupMatches(api, projectId));
        return (
          `(listening after ${listening.toFixed(1)} s, first lookup answered after ${answered.toFixed(1)} s, ` +
          `${warmUpCpu.toFixed(1)} s of server CPU meanwhile, ${during.length} matches, ${same ? 'the same' : 'NOT the same'} once warm)`
        );
      });
      await stopTimed(server);
    }
  } catch (error) {
    console.error(`the server printed:\n${server.output().replace(/^loop-probe .*\n/gm, '').slice(-4000)}`);
    throw error;
  } finally {
    await server.stop();
    await deepl.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));
  console.log(`\nload average after: ${machine().split('load average ')[1]}`);
  console.log(
    table([
      ['operation', 's', '/health p50', 'p99', 'max', 'save p50', 'p99', 'max', 'requests', 'longest stall ms', 'busy ms', 'RSS MiB', ''],
      ...rows.map((r) => [
        r.operation, r.seconds.toFixed(1), ms(r.health.p50), ms(r.health.p99), ms(r.health.max), ms(r.save.p50), ms(r.save.p99), ms(r.save.max),
        r.health.requests + r.save.requests, ms(r.stalls.longest), ms(r.stalls.busy), r.rssMiB.toFixed(0), r.note,
      ]),
    ]),
  );
  console.log(JSON.stringify({ bench: 'event-loop', server: opts.server, rows }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
