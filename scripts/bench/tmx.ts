// TMX import benchmark: writes a TMX file of --units units to disk (streamed), imports it through the
// server's own import code (startTmxImport → files under imports/ → TmxImportRunner: check pass, then
// batches into a temporary SQLite store), exports the memory again (exportTmx, page by page), and
// prints times, units/s and memory. Resident memory is sampled while the import runs: it should stay
// flat however large the file (compare --units 100000 with --units 1000000).
//
//   npx tsx scripts/bench/tmx.ts [--units 1000000] [--seed 7] [--keep]
//
// --keep leaves the temporary directory (TMX file, import copy, SQLite store) for inspection.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import type { CommandContext } from '../../server/commands/context';
import { exportTmx } from '../../server/commands/tm/exportTmx';
import { TmxImportRunner } from '../../server/commands/tm/runTmxImport';
import { startTmxImport } from '../../server/commands/tm/startTmxImport';
import { loadConfig } from '../../server/config';
import { SYSTEM_ORIGIN } from '../../server/domain/audit/types';
import { escapeXmlText } from '../../server/domain/xml/escape';
import type { Project } from '../../server/domain/projects/types';
import type { TmImportJob } from '../../server/domain/jobs/types';
import type { User } from '../../server/domain/users/types';
import { commonPasswords } from '../../server/integrations/commonPasswords';
import { createDisabledTranslator } from '../../server/integrations/deepl';
import { uuidGenerator } from '../../server/ports/ids';
import { systemClock } from '../../server/ports/system';
import { createLocalImportFiles } from '../../server/storage/importFiles';
import { createSqliteStore } from '../../server/storage/sqlite';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { machine, memoryOf } from './support';
import { Corpus, rng } from './tmCorpus';

const USAGE = 'Usage: npx tsx scripts/bench/tmx.ts [--units 1000000] [--seed 7] [--keep]\n';

const mib = (bytes: number): string => (bytes / 1048576).toFixed(1);
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
const memory = () => memoryOf(process.pid);

/** Writes the TMX file chunk by chunk, waiting for the disk: the whole file is never in memory. */
export async function writeTmx(file: string, units: number, seed: number): Promise<number> {
  const corpus = new Corpus(rng(seed));
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
      '  <header creationtool="nysa-bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="de-DE" datatype="plaintext"/>\n  <body>\n',
  );
  let buffer = '';
  for (let i = 0; i < units; i++) {
    const { source, target } = corpus.sentence();
    let de = escapeXmlText(source);
    let pl = escapeXmlText(target);
    // Every 5th unit has a bold span and a line break, as exported from a word processor.
    if (i % 5 === 0) {
      de = `<bpt i="1" x="1">&lt;b&gt;</bpt>${de}<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph>`;
      pl = `<bpt i="1" x="1">&lt;b&gt;</bpt>${pl}<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph>`;
    }
    // Every 50th has no Polish variant and is skipped.
    const polish = i % 50 === 49 ? '' : `\n      <tuv xml:lang="pl-PL"><seg>${pl}</seg></tuv>`;
    buffer += `    <tu tuid="${i + 1}" creationdate="20190130T091500Z">\n      <tuv xml:lang="de-DE"><seg>${de}</seg></tuv>${polish}\n    </tu>\n`;
    if (buffer.length > 1 << 20) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(`${buffer}  </body>\n</tmx>\n`);
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}

async function main(): Promise<void> {
  const { units, seed, keep } = flagsOrExit('bench:tmx', USAGE, (argv) => {
    const flags = parseFlags(argv, { units: {}, seed: {}, keep: { type: 'boolean' } });
    return { units: integerFlag(flags.units, 'units', 1_000_000), seed: integerFlag(flags.seed, 'seed', 7), keep: flags.keep === true };
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-bench-tmx-'));
  console.log(`TMX import benchmark: ${units.toLocaleString('en')} units — ${machine()}`);
  console.log(`working directory ${dir}`);

  try {
    const file = path.join(dir, 'memory.tmx');
    let t = performance.now();
    const size = await writeTmx(file, units, seed);
    const expectedUnits = units - Math.floor(units / 50);
    console.log(`generated ${mib(size)} MiB in ${seconds(performance.now() - t)} s (rss ${memory().rssMiB.toFixed(0)} MiB)`);

    const config = loadConfig({ DATA_DIR: dir });
    const store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
    const ctx: CommandContext = { config, store, translator: createDisabledTranslator(), clock: systemClock, ids: uuidGenerator, commonPasswords: commonPasswords() };
    const now = new Date().toISOString();
    const user: User = { id: 'bench-coordinator', email: 'bench@nysa.local', name: 'Bench', roles: ['coordinator'], passwordHash: 'x', active: true, createdAt: now };
    const project: Project = {
      id: 'bench-project',
      name: 'Bench',
      sourceLang: 'de',
      targetLang: 'pl',
      settings: { formality: 'default', allowSelfApproval: false },
      members: [],
      createdBy: user.id,
      createdAt: now,
    };
    await store.users.create(user);
    await store.projects.create(project);

    // Resident memory while the job runs, by how far it is.
    const samples: { stage: string; done: number; bytesRead: number; rssMiB: number }[] = [];
    let job: TmImportJob | null = null;
    let checkedAt = 0;
    const sample = () => {
      if (!job) return;
      const stage = job.total === null ? 'checking' : 'importing';
      if (stage === 'importing' && checkedAt === 0) checkedAt = performance.now();
      samples.push({ stage, done: job.done, bytesRead: job.bytesRead, rssMiB: memory().rssMiB });
    };
    const runner = new TmxImportRunner(ctx, createLocalImportFiles(path.join(dir, 'imports')), {
      afterBatch: (saved) => {
        job = saved;
      },
    });
    const poll = setInterval(async () => {
      const current = job ? await store.tmImportJobs.findById(job.id) : null;
      if (current) job = current;
      sample();
    }, 500);

    const uploadStarted = performance.now();
    job = await startTmxImport(ctx, runner, {
      user,
      projectId: project.id,
      mediaType: 'application/x-tmx+xml',
      contentEncoding: null,
      declaredBytes: size,
      body: fs.createReadStream(file, { highWaterMark: 256 * 1024 }),
      origin: SYSTEM_ORIGIN,
    });
    const uploaded = performance.now();
    await runner.idle();
    const imported = performance.now();
    clearInterval(poll);
    const finished = (await store.tmImportJobs.findById(job.id))!;
    const stored = await store.tmUnits.countByProject(project.id);
    if (finished.status !== 'done' || stored !== expectedUnits || finished.done !== expectedUnits) {
      throw new Error(`import ended ${finished.status} with ${stored} units stored, expected ${expectedUnits}: ${finished.errorDetail ?? ''}`);
    }
    const importMemory = memory();

    const exportStarted = performance.now();
    const exported = await exportTmx(ctx, { user, projectId: project.id, origin: SYSTEM_ORIGIN });
    let exportBytes = 0;
    let exportUnits = 0;
    for await (const chunk of exported.chunks) {
      exportBytes += Buffer.byteLength(chunk);
      exportUnits += chunk.split('<tu ').length - 1;
    }
    const exportMs = performance.now() - exportStarted;
    if (exportUnits !== expectedUnits) throw new Error(`export wrote ${exportUnits} units, expected ${expectedUnits}`);
    await store.close();

    const importMs = imported - uploaded;
    const checkMs = checkedAt > 0 ? checkedAt - uploaded : NaN;
    const quarter = (fraction: number) => samples.find((s) => s.stage === 'importing' && s.done >= fraction * expectedUnits) ?? samples[samples.length - 1];
    console.log(`upload to imports/ (streamed copy)  ${seconds(uploaded - uploadStarted)} s`);
    console.log(
      `import job                          ${seconds(importMs)} s (check pass ≈ ${seconds(checkMs)} s, storing ≈ ${seconds(imported - checkedAt)} s): ` +
        `${finished.done.toLocaleString('en')} units stored, ${finished.skipped.toLocaleString('en')} skipped, ` +
        `${Math.round(finished.done / (importMs / 1000)).toLocaleString('en')} units/s, ${(size / 1048576 / (importMs / 1000)).toFixed(1)} MiB/s`,
    );
    console.log(
      `export (page by page)               ${seconds(exportMs)} s: ${mib(exportBytes)} MiB, ${Math.round(exportUnits / (exportMs / 1000)).toLocaleString('en')} units/s`,
    );
    console.log(
      `resident memory while importing     ` +
        [0.05, 0.25, 0.5, 0.75, 1]
          .map((f) => quarter(f))
          .filter((s) => s)
          .map((s) => `${s!.done.toLocaleString('en')} units: ${s!.rssMiB.toFixed(0)} MiB`)
          .join(', '),
    );
    const rss = samples.map((s) => s.rssMiB);
    console.log(`rss during the job                  min ${Math.min(...rss).toFixed(0)} MiB, max ${Math.max(...rss).toFixed(0)} MiB (${samples.length} samples); after import ${importMemory.rssMiB.toFixed(0)} MiB`);
    console.log(`peak RSS of the process (VmHWM)     ${memory().peakMiB.toFixed(0)} MiB for a ${mib(size)} MiB file`);
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
