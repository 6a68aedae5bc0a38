// Alignment benchmark: `npx tsx scripts/bench/alignment.ts [--sentences 10000] [--seed 7] [--omission-seeds 100]`.
// Part 1, omissions (./alignmentOmissions.ts): every gold document with 5–10 % of its sentences dropped
// on each side, over many seeds, tuning documents and held-out documents apart.
// Part 2 builds a large German/Polish pair from the gold beads of tests/fixtures/alignment — beads drawn at
// random (seeded), numbers of three digits or more renamed consistently on both sides, then Polish
// omissions, German omissions, whole deleted paragraphs, merges and splits applied — aligns it and
// prints the time and precision/recall against the generated gold.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { alignSentences } from '../../server/domain/alignment/align';
import { parseBeadFile } from '../../server/domain/alignment/beadFile';
import { scoreAlignment } from '../../server/domain/alignment/evaluate';
import { CliUsageError, integerFlag, parseFlags } from '../cli';
import { DEFAULT_OMISSIONS, TUNING_DOCUMENTS, formatOmissionResult, loadGoldDocuments, runOmissions } from './alignmentOmissions';

export interface TextPair {
  de: string[];
  pl: string[];
}

export interface BenchmarkPair {
  de: string[];
  pl: string[];
  gold: { de: number[]; pl: number[] }[];
}

export interface BenchmarkOptions {
  /** German sentences to aim for (the Polish side ends up within a few percent). */
  sentences: number;
  seed: number;
  /** Per bead: probability of dropping the Polish side (1-0) and the German side (0-1). */
  omission: number;
  /** Per bead: probability of merging it with the next one on the Polish side (2-1) and German side (1-2). */
  merge: number;
  /** Per bead: probability of starting a deleted paragraph (5–30 beads lose one side). */
  deletedParagraph: number;
}

export const DEFAULT_BENCHMARK: BenchmarkOptions = {
  sentences: 10_000,
  seed: 7,
  omission: 0.01,
  merge: 0.02,
  deletedParagraph: 0.002,
};

/** mulberry32: a small seeded generator, so the benchmark is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Replaces each digit run of 3+ digits by the same random digits on both sides of a bead. */
function renameNumbers(pair: TextPair, random: () => number): TextPair {
  const mapping = new Map<string, string>();
  const rename = (text: string) =>
    text.replace(/\d{3,}/g, (run) => {
      let renamed = mapping.get(run);
      if (!renamed) {
        renamed = String(1 + Math.floor(random() * 9)) + [...run.slice(1)].map(() => Math.floor(random() * 10)).join('');
        mapping.set(run, renamed);
      }
      return renamed;
    });
  return { de: pair.de.map(rename), pl: pair.pl.map(rename) };
}

/** The 1-1 beads of the fixtures, as text pairs: the material the benchmark recombines. */
export function loadFixtureBeads(directory: string): TextPair[] {
  const pairs: TextPair[] = [];
  for (const name of readdirSync(directory).filter((f) => f.endsWith('.txt')).sort()) {
    const file = parseBeadFile(readFileSync(join(directory, name), 'utf8'));
    for (const bead of file.beads) {
      if (bead.de.length === 1 && bead.pl.length === 1) {
        pairs.push({ de: bead.de.map((i) => file.de[i] as string), pl: bead.pl.map((j) => file.pl[j] as string) });
      }
    }
  }
  return pairs;
}

/** Joins two sentences of one side into one, as a translator merging them would. */
function joinSentences(a: string, b: string): string {
  return `${a.replace(/[.!?:]$/, '')}, ${b.charAt(0).toLowerCase()}${b.slice(1)}`;
}

export function buildBenchmarkPair(pool: readonly TextPair[], options: BenchmarkOptions): BenchmarkPair {
  const random = seededRandom(options.seed);
  const beads: TextPair[] = [];
  let germanCount = 0;
  let deletedRun = 0;
  let deletedSide: 'de' | 'pl' = 'de';
  while (germanCount < options.sentences) {
    const source = pool[Math.floor(random() * pool.length)] as TextPair;
    let bead = renameNumbers(source, random);
    const roll = random();
    if (deletedRun === 0 && roll < options.deletedParagraph) {
      deletedRun = 5 + Math.floor(random() * 26);
      deletedSide = deletedSide === 'pl' ? 'de' : 'pl'; // alternating, so both sides stay near the same size
    }
    if (deletedRun > 0) {
      deletedRun -= 1;
      bead = deletedSide === 'pl' ? { de: bead.de, pl: [] } : { de: [], pl: bead.pl };
    } else if (roll < options.omission) {
      bead = { de: bead.de, pl: [] };
    } else if (roll < 2 * options.omission) {
      bead = { de: [], pl: bead.pl };
    } else if (roll < 2 * options.omission + options.merge) {
      // 2-1: the Polish translator merged this sentence with the next one.
      const next = renameNumbers(pool[Math.floor(random() * pool.length)] as TextPair, random);
      bead = { de: [...bead.de, ...next.de], pl: [joinSentences(bead.pl[0] as string, next.pl[0] as string)] };
    } else if (roll < 2 * options.omission + 2 * options.merge) {
      // 1-2: the German original had one sentence where the Polish has two.
      const next = renameNumbers(pool[Math.floor(random() * pool.length)] as TextPair, random);
      bead = { de: [joinSentences(bead.de[0] as string, next.de[0] as string)], pl: [...bead.pl, ...next.pl] };
    }
    beads.push(bead);
    germanCount += bead.de.length;
  }
  const pair: BenchmarkPair = { de: [], pl: [], gold: [] };
  for (const bead of beads) {
    pair.gold.push({
      de: bead.de.map((_, k) => pair.de.length + k),
      pl: bead.pl.map((_, k) => pair.pl.length + k),
    });
    pair.de.push(...bead.de);
    pair.pl.push(...bead.pl);
  }
  return pair;
}

function findFixtures(): string {
  for (let dir = __dirname; ; dir = resolve(dir, '..')) {
    const candidate = join(dir, 'tests', 'fixtures', 'alignment');
    if (existsSync(candidate)) return candidate;
    if (resolve(dir, '..') === dir) throw new Error('tests/fixtures/alignment not found above ' + __dirname);
  }
}

export const ALIGNMENT_BENCH_USAGE = 'Usage: npx tsx scripts/bench/alignment.ts [--sentences 10000] [--seed 7] [--omission-seeds 100]\n';

/** Omissions over the tuning documents, the other fixture documents, and the documents written after tuning. */
function omissionReport(directory: string, seeds: number): string {
  const documents = loadGoldDocuments(directory);
  const isTuning = (name: string) => TUNING_DOCUMENTS.some((prefix) => name.startsWith(prefix));
  const pick = (tuning: boolean) => new Map([...documents].filter(([name]) => isTuning(name) === tuning));
  const options = { ...DEFAULT_OMISSIONS, seeds };
  return [
    `alignment with omissions (${Math.round(options.minRate * 100)}–${Math.round(options.maxRate * 100)} % of the sentences dropped on each side; target: pairs precision and recall ≥ 0.97)`,
    formatOmissionResult('  tuning documents (01–04)', runOmissions(pick(true), options, seededRandom)),
    formatOmissionResult('  held-out documents (05–07)', runOmissions(pick(false), options, seededRandom)),
    formatOmissionResult('  held-out documents written after tuning (held-out/)', runOmissions(loadGoldDocuments(join(directory, 'held-out')), options, seededRandom)),
  ].join('\n');
}

/** Throws CliUsageError for bad flags. */
export function runAlignmentBenchmark(argv: readonly string[]): string {
  const flags = parseFlags(argv, { sentences: {}, seed: {}, 'omission-seeds': {} });
  const options = {
    ...DEFAULT_BENCHMARK,
    sentences: integerFlag(flags.sentences, 'sentences', DEFAULT_BENCHMARK.sentences),
    seed: integerFlag(flags.seed, 'seed', DEFAULT_BENCHMARK.seed),
  };
  const omissions = omissionReport(findFixtures(), integerFlag(flags['omission-seeds'], 'omission-seeds', DEFAULT_OMISSIONS.seeds));
  const pair = buildBenchmarkPair(loadFixtureBeads(findFixtures()), options);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const beads = alignSentences(pair.de, pair.pl);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const score = scoreAlignment(beads, pair.gold);
  const kinds = new Map<string, number>();
  for (const bead of pair.gold) kinds.set(`${bead.de.length}-${bead.pl.length}`, (kinds.get(`${bead.de.length}-${bead.pl.length}`) ?? 0) + 1);
  return [
    omissions,
    `alignment benchmark (seed ${options.seed})`,
    `  sentences: ${pair.de.length} German × ${pair.pl.length} Polish`,
    `  gold beads: ${score.gold} (${[...kinds].sort().map(([k, v]) => `${k}: ${v}`).join(', ')})`,
    `  time: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s)`,
    `  precision: ${score.precision.toFixed(4)} (${score.correct}/${score.produced})`,
    `  recall: ${score.recall.toFixed(4)} (${score.correct}/${score.gold})`,
  ].join('\n');
}

if (require.main === module) {
  try {
    process.stdout.write(runAlignmentBenchmark(process.argv.slice(2)) + '\n');
  } catch (error) {
    process.stderr.write(`bench:alignment: ${(error as Error).message}\n${error instanceof CliUsageError ? ALIGNMENT_BENCH_USAGE : ''}`);
    process.exitCode = 2;
  }
}
