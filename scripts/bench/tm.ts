// TM lookup benchmark: build time, memory, lookup latency and recall of the best match against an
// exhaustive scan, at several memory sizes. Each size runs in its own child process so that its
// memory figures are its own.
//
//   node --expose-gc --import tsx scripts/bench/tm.ts [--sizes 10000,100000,1000000] [--queries 1000]
//        [--verify 200] [--seed 42]
//
// --verify: queries compared with scanBest per size (default: all up to 100,000 units, 200 above).
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { TmIndex, type TmIndexUnit } from '../../server/domain/tm';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { Corpus, rng } from './tmCorpus';

interface Result {
  size: number;
  /** Distinct lower-cased words of the sources. */
  words: number;
  buildSeconds: number;
  heapUsedMB: number;
  rssMB: number;
  queries: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
  cpuP50ms: number;
  cpuP99ms: number;
  verified: number;
  withBest: number;
  recall: number;
  mismatches: number;
  gc: boolean;
}

const USAGE = 'Usage: node --expose-gc --import tsx scripts/bench/tm.ts [--sizes 10000,100000,1000000] [--queries 1000] [--verify 200] [--seed 42]\n';

interface TmBenchOptions {
  sizes: number[];
  queries: number;
  /** Queries compared with scanBest; undefined: the default per size. */
  verify: number | undefined;
  seed: number;
  /** Set in the child process that measures one size. */
  child: number | undefined;
}

function tmBenchOptions(argv: readonly string[]): TmBenchOptions {
  const flags = parseFlags(argv, { sizes: {}, queries: {}, verify: {}, seed: {}, child: {} });
  const sizes = (flags.sizes ?? '10000,100000,1000000').split(',');
  return {
    sizes: sizes.map((size) => integerFlag(size, 'sizes', 0)),
    queries: integerFlag(flags.queries, 'queries', 1000),
    verify: flags.verify === undefined ? undefined : integerFlag(flags.verify, 'verify', 0, 0),
    seed: integerFlag(flags.seed, 'seed', 42),
    child: flags.child === undefined ? undefined : integerFlag(flags.child, 'child', 0),
  };
}

const WARM_UP = 500;
const mb = (bytes: number): number => Math.round(bytes / 1048576);
const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function run(size: number, queryCount: number, verifyCount: number, seed: number): Result {
  const corpus = new Corpus(rng(seed));
  let units: TmIndexUnit[] | null = [];
  for (let i = 0; i < size; i++) {
    const { source, target } = corpus.sentence();
    units.push({ id: `u${i}`, source, target });
  }
  for (let i = 0; i < size; i++) {
    // Documents of 25 segments: neighbours are the context of an in-context match.
    units[i].prevSource = i % 25 === 0 ? null : units[i - 1].source;
    units[i].nextSource = i % 25 === 24 || i === size - 1 ? null : units[i + 1].source;
  }
  const makeQueries = (count: number, from: number): string[] => {
    const r = rng(from);
    const made: string[] = [];
    for (let i = 0; i < count; i++) made.push(r() < 0.1 ? corpus.sentence().source : corpus.edit(units![Math.floor(r() * size)].source));
    return made;
  };
  const queries = makeQueries(queryCount, seed + 1);
  const words = new Set<string>();
  for (const unit of units) for (const word of unit.source.toLowerCase().match(/\p{L}[\p{L}\d-]*/gu) ?? []) words.add(word);
  const warmUp = makeQueries(WARM_UP, seed + 2);
  const index = new TmIndex();
  gc();
  const started = performance.now();
  for (const unit of units) index.add(unit);
  const buildSeconds = (performance.now() - started) / 1000;
  units = null;
  gc();
  gc();
  const memory = process.memoryUsage();

  for (const query of warmUp) index.lookup(query); // JIT warm-up with other queries, as in a running server
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const firsts: ({ unitId: string; score: number } | undefined)[] = [];
  for (const query of queries) {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const matches = index.lookup(query);
    times.push(performance.now() - t0);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
    firsts.push(matches[0]);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);

  let withBest = 0;
  let mismatches = 0;
  const verified = Math.min(verifyCount, queries.length);
  for (let i = 0; i < verified; i++) {
    const best = index.scanBest(queries[i], 75);
    const found = firsts[i];
    if (best) withBest++;
    if ((best === null) !== (found === undefined) || (best && found && (best.unitId !== found.unitId || best.score !== found.score))) {
      mismatches++;
      console.error(`mismatch: ${JSON.stringify(queries[i])} scan=${JSON.stringify(best && [best.unitId, best.score])} index=${JSON.stringify(found && [found.unitId, found.score])}`);
    }
  }
  const round = (x: number, digits: number): number => Number(x.toFixed(digits));
  return {
    size,
    words: words.size,
    buildSeconds: round(buildSeconds, 1),
    heapUsedMB: mb(memory.heapUsed),
    rssMB: mb(memory.rss),
    queries: queries.length,
    p50ms: round(quantile(times, 0.5), 2),
    p99ms: round(quantile(times, 0.99), 2),
    maxms: round(times[times.length - 1], 2),
    cpuP50ms: round(quantile(cpuTimes, 0.5), 2),
    cpuP99ms: round(quantile(cpuTimes, 0.99), 2),
    verified,
    withBest,
    recall: withBest === 0 ? 1 : round((withBest - mismatches) / withBest, 4),
    mismatches,
    gc: typeof (globalThis as { gc?: unknown }).gc === 'function',
  };
}

function main(): void {
  const { sizes, queries, verify, seed, child } = flagsOrExit('bench:tm', USAGE, tmBenchOptions);
  const verifyFor = (size: number): number => verify ?? (size > 100000 ? 200 : queries);
  if (child !== undefined) {
    process.stdout.write(`${JSON.stringify(run(child, queries, verifyFor(child), seed))}\n`);
    return;
  }
  const results: Result[] = [];
  for (const size of sizes) {
    const args = [...process.execArgv, __filename, '--child', String(size), '--queries', String(queries), '--seed', String(seed)];
    if (verify !== undefined) args.push('--verify', String(verify));
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`benchmark for ${size} units failed (${child.status})`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop()!) as Result);
  }
  console.log(`TM lookup benchmark (one core; lookup with minScore 75, limit 5, diffs included; after ${WARM_UP} warm-up lookups)`);
  console.log(`queries: ${queries} per size, 90% edits of stored units (of these: 1 word replaced 30%, 2 words 20%, a digit of a number 15%, 1–2 words dropped 15%, a word inserted 10%, lower-cased 5%, unchanged 5%), 10% new sentences`);
  console.log('units      words   build s  heapUsed MB  RSS MB  p50 ms  p99 ms  max ms  cpu p50  cpu p99  recall (verified by scanBest)');
  for (const r of results) {
    const recall = `${(r.recall * 100).toFixed(2)}% of ${r.withBest} with a best ≥ 75, ${r.verified}${r.verified < r.queries ? ` of ${r.queries} (subset)` : ''} queries scanned`;
    console.log(
      `${String(r.size).padEnd(10)} ${String(r.words).padStart(6)}  ${String(r.buildSeconds).padStart(7)}  ${String(r.heapUsedMB).padStart(11)}  ${String(r.rssMB).padStart(6)}  ${r.p50ms.toFixed(2).padStart(6)}  ${r.p99ms.toFixed(2).padStart(6)}  ${r.maxms.toFixed(2).padStart(6)}  ${r.cpuP50ms.toFixed(2).padStart(7)}  ${r.cpuP99ms.toFixed(2).padStart(7)}  ${recall}`,
    );
  }
  console.log('p50/p99/max: wall-clock ms per lookup; cpu: process CPU ms per lookup (equal on an idle machine); memory after build and a full GC.');
  console.log('recall: share of the queries whose exhaustive best match (≥ 75) is lookup\'s first match (same unit, same score); above 100,000 units on a subset, exhaustive scans being slow.');
  if (results.some((r) => !r.gc)) console.log('note: run with node --expose-gc for memory measured after a full collection');
  console.log(JSON.stringify({ bench: 'tm', results }));
}

main();
