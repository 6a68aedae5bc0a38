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
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { TmUnit } from '../../server/domain/tm/types';
import { createSqliteStore } from '../../server/storage/sqlite';
import { startFakeDeepl } from '../../tests/support/fakeDeepl';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { glossaryCsv, glossaryTbx, markdownDocument, returnedXliff, textDocument } from './heavyInputs';
import { LoadLoop, stallsBetween, type Latencies, type Probe, type Stalls } from './loopLoad';
import { Api, cpuMsOf, freePort, machine, memoryOf, nysaEnv, repoRoot, revision, serverEntry, startChild, table, type ChildServer } from './support';
import { Corpus, rng } from './tmCorpus';
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
      const markdown = markdownDocument(5_000_000 * opts.scale);
      let markdownId = '';
      await measure(`submit ${mb(markdown)} MB Markdown`, async () => {
        const document = await api.request<{ id: string; segmentCount: number }>('POST', `/api/projects/${projectId}/documents`, { title: 'Markdown', format: 'markdown', content: markdown });
        markdownId = document.id;
        return `(${document.segmentCount} segments)`;
      });
      // Its exports: every segment read, every QA result, the file written (issue 9's formats).
      const exports: [string, string][] = [
        ['XLIFF 1.2', 'format=xliff12'],
        ['original (a coordinator’s preview)', 'format=original&allowUnapproved=true'],
        ['bilingual table (Word)', 'format=bilingual'],
      ];
      // A new version of it (one sentence changed): parsed and matched with the stored segments.
      await measure('preview of a new version of that document', async () => {
        const preview = await api.request<{ counts: { changed: number } }>('POST', `/api/documents/${markdownId}/revisions/preview`, {
          format: 'markdown',
          content: markdown.replace('Gefördert werden', 'Unterstützt werden'),
        });
        return `(${preview.counts.changed} changed)`;
      });
      for (const [label, query] of exports) {
        await measure(`export that document: ${label}`, async () => {
          const response = await fetch(`${server.baseUrl}/api/documents/${markdownId}/export?${query}`, { headers: { authorization: `Bearer ${api.token}` } });
          const bytes = (await response.arrayBuffer()).byteLength;
          if (!response.ok) throw new Error(`export ${query} → ${response.status}`);
          return `(${(bytes / 1024 / 1024).toFixed(1)} MiB)`;
        });
      }
      const text = textDocument(4_700_000 * opts.scale);
      await measure(`preview ${mb(text)} MB text`, async () => {
        const preview = await api.request<{ segmentCount: number }>('POST', `/api/projects/${projectId}/documents/preview`, { format: 'text', content: text });
        return `(${preview.segmentCount} segments)`;
      });
      // A text file of one line without a sentence end, uploaded as the web client does (multipart): the
      // segmenter cuts it into segments of 5,000 characters; as one segment, writing it held the loop 423 ms.
      {
        const form = new FormData();
        const line = 'Der Landkreis fördert Vereine und '.repeat(Math.round(857_143 * opts.scale));
        form.append('title', 'Eine Zeile');
        form.append('file', new Blob([line]), 'eine-zeile.txt');
        // Encoded before the measure starts: encoding it holds this process, which runs the probes too.
        const encoded = new Response(form);
        const body = Buffer.from(await encoded.arrayBuffer());
        await measure(`upload a text file of one ${mb(line)} MB line`, async () => {
          const response = await fetch(`${server.baseUrl}/api/projects/${projectId}/documents`, {
            method: 'POST',
            headers: { authorization: `Bearer ${api.token}`, 'content-type': encoded.headers.get('content-type')! },
            body,
          });
          const answer = (await response.json()) as { segmentCount?: number };
          if (!response.ok) throw new Error(`upload → ${response.status}: ${JSON.stringify(answer).slice(0, 300)}`);
          return `(${answer.segmentCount} segments)`;
        });
      }
      const rows100k = Math.round(100_000 * opts.scale);
      // Made before the measure starts, as every input here: making it holds this process, which runs the probes.
      const csv = glossaryCsv(rows100k);
      await measure(`import ${rows100k.toLocaleString('en')}-row glossary CSV`, async () => {
        const result = await post(`/api/projects/${glossaryProject}/glossary/import?mode=replace`, csv, 'text/csv');
        return `(${result.created} created)`;
      });
      const tbx = glossaryTbx(5_000_000 * opts.scale);
      await measure(`import ${mb(tbx)} MB TBX`, async () => {
        const result = await post(`/api/projects/${glossaryProject}/glossary/import?mode=merge`, tbx, 'application/x-tbx');
        return `(${result.created} created)`;
      });

      // One word of 40,000 characters: quadratic URL and e-mail patterns took 23.7 s on it (issue 15).
      const word = 'Grenzraum'.repeat(4445).slice(0, 40_000);
      await measure('preview of a text with one 40,000-character word', async () => {
        const preview = await api.request<{ segments: unknown[] }>('POST', `/api/projects/${projectId}/documents/preview`, { format: 'text', content: `Ein Wort: ${word}. Ende.` });
        return `(${preview.segments.length} segments)`;
      });
      await measure('alignment of texts with one 40,000-character word', async () => {
        const alignment = await api.request<{ beads: unknown[] }>('POST', `/api/projects/${projectId}/alignments`, {
          de: `Ein Wort: ${word}. Ende.`,
          pl: `Jedno słowo: ${word}. Koniec.`,
        });
        return `(${alignment.beads.length} beads)`;
      });

      // A translator returns the XLIFF export of a document of about 10,000 sentences with every target
      // filled and marked translated: an edit and a confirmation with QA for each (issue 9).
      const sentences = Math.round(10_000 * opts.scale);
      const returning = await api.request<{ id: string; segmentCount: number }>('POST', `/api/projects/${projectId}/documents`, {
        title: 'Returned',
        format: 'text',
        content: germanText(sentences, 7).content,
      });
      const exported = await fetch(`${server.baseUrl}/api/documents/${returning.id}/export?format=xliff12`, { headers: { authorization: `Bearer ${api.token}` } });
      const returned = returnedXliff(await exported.text());
      await measure(`re-import of a returned XLIFF file, every target changed`, async () => {
        const result = await post(`/api/documents/${returning.id}/xliff`, returned, 'application/xliff+xml');
        return `(${returning.segmentCount} segments: ${result.updated} updated, ${result.confirmed} confirmed)`;
      });
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

const mb = (text: string): string => (Buffer.byteLength(text) / 1e6).toFixed(1);

/** The TMX file's second sentence (seed 7, writeTmx) with one word more: fuzzy matches, some of them. */
const LOOKUP_TEXT = (() => {
  const corpus = new Corpus(rng(7));
  corpus.sentence();
  return corpus.sentence().source.replace(/\.$/, ' heute.');
})();

/** A lookup's matches (unit, score), over node:http: fetch gives up on an answer after 300 s. */
function lookupMatches(api: Api, projectId: string): Promise<[string, number][]> {
  const url = `${api.baseUrl}/api/projects/${projectId}/tm/lookup?text=${encodeURIComponent(LOOKUP_TEXT)}&limit=5`;
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${api.token}` } }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => {
          if (response.statusCode !== 200) return reject(new Error(`lookup → ${response.statusCode}: ${body.slice(0, 300)}`));
          resolve((JSON.parse(body) as { items: { unitId: string; score: number }[] }).items.map((m) => [m.unitId, m.score]));
        });
      })
      .on('error', reject);
  });
}

/** One lookup's time in ms. */
async function lookup(api: Api, projectId: string): Promise<number> {
  const started = performance.now();
  await lookupMatches(api, projectId);
  return performance.now() - started;
}

/** Stops the server, letting it save its memory (up to a minute), and says how long that took. */
async function stopTimed(server: ChildServer): Promise<void> {
  const stopping = performance.now();
  await server.stop(60_000);
  console.log(`stopped in ${((performance.now() - stopping) / 1000).toFixed(1)} s`);
}

/** The project's units in the stopped server's store. */
async function countUnits(file: string, projectId: string): Promise<number> {
  const store = createSqliteStore({ file });
  try {
    return await store.tmUnits.countByProject(projectId);
  } finally {
    await store.close();
  }
}

/** Writes `count` units into the stopped server's store, as a TMX import would. */
async function addUnits(file: string, projectId: string, count: number): Promise<void> {
  const store = createSqliteStore({ file });
  const corpus = new Corpus(rng(11));
  const now = new Date().toISOString();
  const started = performance.now();
  try {
    for (let done = 0; done < count; ) {
      const batch: TmUnit[] = [];
      for (; batch.length < 5000 && done < count; done++) {
        const { source, target } = corpus.sentence();
        batch.push({ id: `extra-${done}`, projectId, source, target, origin: 'tmx', originId: null, createdBy: 'bench', createdAt: now, updatedAt: now });
      }
      await store.tmUnits.insertMany(batch);
    }
  } finally {
    await store.close();
  }
  console.log(`wrote ${count.toLocaleString('en')} more units into the store in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
