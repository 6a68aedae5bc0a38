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
// language, and on those of kindCases.ts, per kind of difficulty (Intl.Segmenter with the 'de' / 'pl'
// locale, its segments trimmed, empty ones dropped). Real text: the hand-labelled German and Polish prose
// of tests/fixtures/segmentation/realtext (./realText.ts), each language and half as one stream of
// sentences joined by spaces; boundary precision, recall and F1, and sentence span F1.
// Prints tables and a JSON line.
import { performance } from 'node:perf_hooks';
import { segmentSentences, sentenceSpans, type SentenceSpan } from '../../server/domain/segmentation/sentences';
import type { SegmentationLanguage } from '../../server/domain/segmentation/rules';
import {
  GERMAN_CASES,
  GERMAN_HARD_CASES,
  POLISH_CASES,
  POLISH_HARD_CASES,
  type SegmentationCase,
} from '../../tests/domain/segmentation/cases';
import { CASE_KINDS, GERMAN_KIND_CASES, POLISH_KIND_CASES } from '../../tests/domain/segmentation/kindCases';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { readRealText, score, stream, type Half } from './realText';
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

type Spanner = (text: string, lang: SegmentationLanguage) => SentenceSpan[];

/** Sentence spans as each segmenter finds them, trimmed of whitespace. */
const SPANNERS: Record<string, Spanner> = {
  nysa: (text, lang) => sentenceSpans(text, lang),
  intl: (text, lang) => {
    const spans: SentenceSpan[] = [];
    for (const { segment, index } of INTL[lang].segment(text)) {
      const start = index + (segment.length - segment.trimStart().length);
      const end = index + segment.trimEnd().length;
      if (end > start) spans.push({ start, end });
    }
    return spans;
  },
};

/** Boundary and span scores on the real-text corpus, per language and half. */
function realText() {
  const files = readRealText();
  const rows: { lang: SegmentationLanguage; half: Half; sentences: number; scores: Record<string, ReturnType<typeof score>> }[] = [];
  for (const lang of ['de', 'pl'] as const) {
    for (const half of ['development', 'held-out'] as const) {
      const { text, spans } = stream(files.filter((f) => f.lang === lang && f.half === half));
      const scores = Object.fromEntries(Object.entries(SPANNERS).map(([name, spanner]) => [name, score(spans, spanner(text, lang), text.length)]));
      rows.push({ lang, half, sentences: spans.length, scores });
    }
  }
  return rows;
}

/** Boundaries German rules add on the whole Polish corpus, and Polish rules, per 1,000 sentences. */
function germanRulesOnPolish() {
  const { text, spans } = stream(readRealText().filter((f) => f.lang === 'pl'));
  const extra = (lang: SegmentationLanguage) => {
    const s = score(spans, sentenceSpans(text, lang), text.length);
    return { wrong: s.found - s.correct, perThousand: (1000 * (s.found - s.correct)) / spans.length };
  };
  return { sentences: spans.length, germanRules: extra('de'), polishRules: extra('pl') };
}

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
  const kinds = Object.fromEntries(
    Object.entries(SEGMENTERS).map(([name, segment]) => [
      name,
      Object.fromEntries(
        CASE_KINDS.map((kind) => [kind, { de: accuracy(segment, GERMAN_KIND_CASES[kind], 'de'), pl: accuracy(segment, POLISH_KIND_CASES[kind], 'pl') }]),
      ),
    ]),
  );
  const real = realText();
  const fraction = (a: { correct: number; total: number }) => `${a.correct}/${a.total}`;
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
  console.log('\ncase tables by kind (exact segment lists), Nysa | Intl.Segmenter');
  console.log(
    table([
      ['kind', 'de Nysa', 'de Intl', 'pl Nysa', 'pl Intl'],
      ...CASE_KINDS.map((kind) => [kind, fraction(kinds.nysa![kind]!.de), fraction(kinds.intl![kind]!.de), fraction(kinds.nysa![kind]!.pl), fraction(kinds.intl![kind]!.pl)]),
    ]),
  );
  console.log('\nreal text (tests/fixtures/segmentation/realtext), each half as one stream: boundary P / R / F1, span F1 (%)');
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    table([
      ['language', 'half', 'sentences', 'Nysa P', 'Nysa R', 'Nysa F1', 'Nysa span F1', 'Intl P', 'Intl R', 'Intl F1', 'Intl span F1'],
      ...real.map((r) => [
        r.lang,
        r.half,
        r.sentences,
        ...['nysa', 'intl'].flatMap((name) => {
          const x = r.scores[name]!;
          return [pct(x.precision), pct(x.recall), pct(x.f1), pct(x.spanF1)];
        }),
      ]),
    ]),
  );
  const crossed = germanRulesOnPolish();
  console.log(
    `\nPolish corpus (${crossed.sentences} sentences) split with the German rules: ${crossed.germanRules.wrong} wrong boundaries ` +
      `(${crossed.germanRules.perThousand.toFixed(1)} per 1,000 sentences); with the Polish rules: ${crossed.polishRules.wrong} ` +
      `(${crossed.polishRules.perThousand.toFixed(1)} per 1,000)`,
  );
  console.log(JSON.stringify({ bench: 'segmentation', bytes, blocks: blocks.length, intended, seed, runs, results, kinds, realText: real, germanRulesOnPolish: crossed }));
}

main();
