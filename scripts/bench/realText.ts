// The real-text corpus of tests/fixtures/segmentation/realtext (see its README): German and Polish
// running prose with sentence boundaries labelled by hand, one sentence per line, paragraphs separated by
// blank lines. Files ending in "-a" are the development half, "-b" the held-out half.
import fs from 'node:fs';
import path from 'node:path';
import type { SegmentationLanguage } from '../../server/domain/segmentation/rules';
import { repoRoot } from './support';

export const REALTEXT_DIR = path.join(repoRoot, 'tests', 'fixtures', 'segmentation', 'realtext');

export type Half = 'development' | 'held-out';

export interface RealTextFile {
  name: string;
  lang: SegmentationLanguage;
  half: Half;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
}

export function readRealText(): RealTextFile[] {
  return fs
    .readdirSync(REALTEXT_DIR)
    .filter((name) => /^(de|pl)-.+-[ab]\.txt$/.test(name))
    .sort()
    .map((name) => {
      const paragraphs = fs
        .readFileSync(path.join(REALTEXT_DIR, name), 'utf8')
        .split(/\n\s*\n/)
        .map((block) => block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')))
        .filter((sentences) => sentences.length > 0);
      return { name, lang: name.slice(0, 2) as SegmentationLanguage, half: name.endsWith('-a.txt') ? 'development' : 'held-out', paragraphs };
    });
}

/** All sentences of some files as one stream, joined by single spaces, with each sentence's span. */
export function stream(files: RealTextFile[]): { text: string; spans: { start: number; end: number }[] } {
  let text = '';
  const spans: { start: number; end: number }[] = [];
  for (const sentence of files.flatMap((file) => file.paragraphs.flat())) {
    if (text) text += ' ';
    spans.push({ start: text.length, end: text.length + sentence.length });
    text += sentence;
  }
  return { text, spans };
}

export interface BoundaryScore {
  /** Boundaries between sentences (the stream's end is none). */
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Sentences whose span is exactly right, and the span F1 over gold and found sentences. */
  spanCorrect: number;
  spanF1: number;
}

/** Boundary and span scores of `found` spans against the `gold` spans of the same stream. */
export function score(gold: { start: number; end: number }[], found: { start: number; end: number }[], length: number): BoundaryScore {
  const ends = (spans: { end: number }[]) => new Set(spans.map((s) => s.end).filter((end) => end < length));
  const goldEnds = ends(gold);
  const foundEnds = ends(found);
  const correct = [...foundEnds].filter((end) => goldEnds.has(end)).length;
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = foundEnds.size ? correct / foundEnds.size : 0;
  const recall = goldEnds.size ? correct / goldEnds.size : 0;
  const goldSpans = new Set(gold.map((s) => `${s.start}:${s.end}`));
  const spanCorrect = found.filter((s) => goldSpans.has(`${s.start}:${s.end}`)).length;
  return {
    gold: goldEnds.size,
    found: foundEnds.size,
    correct,
    precision,
    recall,
    f1: f(precision, recall),
    spanCorrect,
    spanF1: f(found.length ? spanCorrect / found.length : 0, gold.length ? spanCorrect / gold.length : 0),
  };
}
