// Sentence segmentation benchmark: Nysa's segmenter beside Node's Intl.Segmenter (ICU), the segmenter a
// translator gets for free, on the same text in the same run.
//
//   npx tsx scripts/bench/segmentation.ts [--mb 20] [--seed 20190130] [--runs 3]
//
// Throughput: a seeded German text of at least --mb MB (UTF-8) — press releases and funding notices from
// the grammar in ./germanText.ts, with the inputs of the German case table mixed in — split into blocks
// (paragraphs and lines, as the formats do) and segmented block by block on one core (the main thread):
// a warm-up, then --runs passes of each segmenter in turn, so both see the same machine; the best pass
// counts. Accuracy: exact segment lists on the case tables of tests/domain/segmentation/cases.ts, per
// language (Intl.Segmenter with the 'de' / 'pl' locale, its segments trimmed, empty ones dropped).
// Prints a table and a JSON line.
import { performance } from 'node:perf_hooks';
import { segmentSentences } from '../../server/domain/segmentation/sentences';
import type { SegmentationLanguage } from '../../server/domain/segmentation/rules';
import {
  GERMAN_CASES,
  GERMAN_HARD_CASES,
  POLISH_CASES,
  POLISH_HARD_CASES,
  type SegmentationCase,
} from '../../tests/domain/segmentation/cases';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { machine, table } from './support';

type Segmenter = (text: string, lang: SegmentationLanguage) => string[];

const INTL: Record<SegmentationLanguage, Intl.Segmenter> = {
  de: new Intl.Segmenter('de', { granularity: 'sentence' }),
  pl: new Intl.Segmenter('pl', { granularity: 'sentence' }),
};

const SEGMENTERS: Record<string, Segmenter> = {
  nysa: (text, lang) => segmentSentences(text, lang),
  intl: (text, lang) => {
    const out: string[] = [];
    for (const { segment } of INTL[lang].segment(text)) {
      const trimmed = segment.trim();
      if (trimmed) out.push(trimmed);
    }
    return out;
  },
};

const USAGE = 'Usage: npx tsx scripts/bench/segmentation.ts [--mb 20] [--seed 20190130] [--runs 3]\n';

/** The benchmark text as blocks, and how many segments it is written to give. */
function corpus(minBytes: number, seed: number): { blocks: string[]; bytes: number; intended: number } {
  for (let segments = Math.ceil(minBytes / 80); ; segments = Math.ceil(segments * 1.1)) {
    const text = germanText(segments, seed);
    const blocks: string[] = [];
    let intended = text.segments;
    text.content.split(/\n+/).forEach((block, i) => {
      if (!block.trim()) return;
      blocks.push(block);
      // One case input after every 50th block, cycling through the table.
      if (i % 50 === 49) {
        const [input, expected] = GERMAN_CASES[Math.floor(i / 50) % GERMAN_CASES.length] as SegmentationCase;
        blocks.push(input);
        intended += expected.length;
      }
    });
    const bytes = blocks.reduce((sum, block) => sum + Buffer.byteLength(block) + 1, 0);
    if (bytes >= minBytes) return { blocks, bytes, intended };
  }
}

function pass(segment: Segmenter, blocks: string[]): { seconds: number; segments: number } {
  const start = performance.now();
  let segments = 0;
  for (const block of blocks) segments += segment(block, 'de').length;
  return { seconds: (performance.now() - start) / 1000, segments };
}

/** Warm-up on a quarter of the blocks, then `runs` passes of each segmenter in turn; the best pass counts. */
function throughput(blocks: string[], bytes: number, runs: number) {
  const warmUp = blocks.slice(0, Math.ceil(blocks.length / 4));
  for (const segment of Object.values(SEGMENTERS)) pass(segment, warmUp);
  const best = Object.fromEntries(Object.keys(SEGMENTERS).map((name) => [name, { seconds: Infinity, segments: 0 }]));
  for (let run = 0; run < runs; run++) {
    for (const [name, segment] of Object.entries(SEGMENTERS)) {
      const result = pass(segment, blocks);
      if (result.seconds < best[name]!.seconds) best[name] = result;
    }
  }
  return Object.fromEntries(
    Object.entries(best).map(([name, b]) => [name, { mbPerSecond: bytes / 1e6 / b.seconds, bestSeconds: b.seconds, segments: b.segments }]),
  );
}

function accuracy(segment: Segmenter, cases: SegmentationCase[], lang: SegmentationLanguage) {
  const correct = cases.filter(([input, expected]) => JSON.stringify(segment(input, lang)) === JSON.stringify(expected)).length;
  return { correct, total: cases.length, percent: (100 * correct) / cases.length };
}

function main(): void {
  const { minMb, seed, runs } = flagsOrExit('bench:segmentation', USAGE, (argv) => {
    const flags = parseFlags(argv, { mb: {}, seed: {}, runs: {} });
    return { minMb: integerFlag(flags.mb, 'mb', 20), seed: integerFlag(flags.seed, 'seed', 20190130), runs: integerFlag(flags.runs, 'runs', 3) };
  });
  const { blocks, bytes, intended } = corpus(minMb * 1e6, seed);
  console.log(`Sentence segmentation benchmark (${new Date().toISOString()}; ${machine()})`);
  console.log(`text: ${(bytes / 1e6).toFixed(1)} MB, ${blocks.length} blocks, ${intended} intended segments, seed ${seed}`);
  console.log(`one core, warm-up on a quarter of the blocks, then ${runs} passes of each in turn, best pass counts\n`);

  const speed = throughput(blocks, bytes, runs);
  const results = Object.fromEntries(
    Object.entries(SEGMENTERS).map(([name, segment]) => [
      name,
      {
        ...speed[name]!,
        de: accuracy(segment, GERMAN_CASES, 'de'),
        pl: accuracy(segment, POLISH_CASES, 'pl'),
        deHard: accuracy(segment, GERMAN_HARD_CASES, 'de'),
        plHard: accuracy(segment, POLISH_HARD_CASES, 'pl'),
      },
    ]),
  );
  const score = (a: { correct: number; total: number; percent: number }) => `${a.correct}/${a.total} (${a.percent.toFixed(1)} %)`;
  console.log(
    table([
      ['segmenter', 'MB/s', 'best pass s', 'segments (intended ' + intended + ')', 'German cases', 'Polish cases', 'hard de', 'hard pl'],
      ...Object.entries(results).map(([name, r]) => [
        name === 'nysa' ? 'Nysa segmentSentences' : "Intl.Segmenter('de'/'pl')",
        r.mbPerSecond.toFixed(2),
        r.bestSeconds.toFixed(3),
        r.segments,
        score(r.de),
        score(r.pl),
        `${r.deHard.correct}/${r.deHard.total}`,
        `${r.plHard.correct}/${r.plHard.total}`,
      ]),
    ]),
  );
  console.log(JSON.stringify({ bench: 'segmentation', bytes, blocks: blocks.length, intended, seed, runs, results }));
}

main();
