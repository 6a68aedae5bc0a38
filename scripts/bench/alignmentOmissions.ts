// Alignment with omissions (issue 11, part 3): the gold documents of tests/fixtures/alignment with
// 5–10 % of the sentences dropped at random on each side (the rate drawn per document and seed), as if
// a translator had left sentences out or added some. Sentences whose counterpart was dropped must come
// out as 1-0 and 0-1 beads. Scored over many seeds by the sentence pairs linked (scoreLinks) and by
// whole beads (scoreAlignment), pooled. Documents 01–04 are the ones the cost constants were chosen
// on; 05–07 are held out.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { alignSentences } from '../../server/domain/alignment/align';
import { parseBeadFile } from '../../server/domain/alignment/beadFile';
import { scoreAlignment, scoreLinks, withoutSentences, type AlignmentCase, type AlignmentScore } from '../../server/domain/alignment/evaluate';

export interface OmissionOptions {
  seeds: number;
  minRate: number;
  maxRate: number;
}

export const DEFAULT_OMISSIONS: OmissionOptions = { seeds: 100, minRate: 0.05, maxRate: 0.1 };

/** The documents' names that tuned the constants; every other document is held out. */
export const TUNING_DOCUMENTS = ['01', '02', '03', '04'];

export interface OmissionResult {
  documents: string[];
  cases: number;
  dropped: number;
  sentences: number;
  links: AlignmentScore;
  beads: AlignmentScore;
}

/** The gold documents of a fixture folder, by file name. */
export function loadGoldDocuments(directory: string): Map<string, AlignmentCase> {
  const documents = new Map<string, AlignmentCase>();
  for (const name of readdirSync(directory).filter((f) => f.endsWith('.txt')).sort()) {
    const file = parseBeadFile(readFileSync(join(directory, name), 'utf8'));
    documents.set(name, { de: file.de, pl: file.pl, gold: file.beads });
  }
  return documents;
}

const pooled = (scores: AlignmentScore[]): AlignmentScore => {
  const produced = scores.reduce((sum, s) => sum + s.produced, 0);
  const gold = scores.reduce((sum, s) => sum + s.gold, 0);
  const correct = scores.reduce((sum, s) => sum + s.correct, 0);
  return { produced, gold, correct, precision: produced === 0 ? 1 : correct / produced, recall: gold === 0 ? 1 : correct / gold };
};

/** Each document × seed: drop, align, score; scores are pooled over all of them. */
export function runOmissions(
  documents: ReadonlyMap<string, AlignmentCase>,
  options: OmissionOptions,
  random: (seed: number) => () => number,
): OmissionResult {
  const links: AlignmentScore[] = [];
  const beads: AlignmentScore[] = [];
  let dropped = 0;
  let sentences = 0;
  for (const [name, document] of documents) {
    for (let seed = 1; seed <= options.seeds; seed++) {
      const nameHash = [...name].reduce((hash, ch) => (Math.imul(hash, 31) + ch.charCodeAt(0)) >>> 0, 0);
      const next = random((nameHash + Math.imul(seed, 7919)) >>> 0);
      const rate = options.minRate + next() * (options.maxRate - options.minRate);
      const dropGerman = new Set(document.de.map((_, i) => i).filter(() => next() < rate));
      const dropPolish = new Set(document.pl.map((_, j) => j).filter(() => next() < rate));
      dropped += dropGerman.size + dropPolish.size;
      sentences += document.de.length + document.pl.length;
      const test = withoutSentences(document, (i) => dropGerman.has(i), (j) => dropPolish.has(j));
      const produced = alignSentences(test.de, test.pl);
      links.push(scoreLinks(produced, test.gold));
      beads.push(scoreAlignment(produced, test.gold));
    }
  }
  return { documents: [...documents.keys()], cases: links.length, dropped, sentences, links: pooled(links), beads: pooled(beads) };
}

export function formatOmissionResult(label: string, result: OmissionResult): string {
  const f = (x: number) => x.toFixed(4);
  return [
    `${label}: ${result.documents.length} documents × ${result.cases / Math.max(1, result.documents.length)} seeds, ` +
      `${result.dropped} of ${result.sentences} sentences dropped (${((100 * result.dropped) / Math.max(1, result.sentences)).toFixed(1)} %)`,
    `  pairs: precision ${f(result.links.precision)} (${result.links.correct}/${result.links.produced}), recall ${f(result.links.recall)} (${result.links.correct}/${result.links.gold})`,
    `  beads: precision ${f(result.beads.precision)} (${result.beads.correct}/${result.beads.produced}), recall ${f(result.beads.recall)} (${result.beads.correct}/${result.beads.gold})`,
  ].join('\n');
}
