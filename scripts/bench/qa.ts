// QA over a 10,000-segment document: every default check on every German–Polish pair, the way a
// save or confirm runs them, timed over the whole document; then the false errors on a corpus of correct
// translations (./qaCorpus.ts). `npx tsx scripts/bench/qa.ts [--segments 10000]`
import { parseDocument } from '../../server/domain/formats';
import { runChecks } from '../../server/domain/qa/registry';
import { flagsOrExit, integerFlag, parseFlags } from '../cli';
import { germanText } from './germanText';
import { checkCorpus, formatCorpusReport, loadCorpus } from './qaCorpus';

const USAGE = 'Usage: npx tsx scripts/bench/qa.ts [--segments 10000]\n';
const count = flagsOrExit('bench:qa', USAGE, (argv) => integerFlag(parseFlags(argv, { segments: {} }).segments, 'segments', 10_000));

/** A plausible "Polish" target: the source with a few typical faults, so checks have work to report. */
function target(source: string, i: number): string {
  if (i % 7 === 0) return source.replace(/\d/, '9'); // a changed number
  if (i % 11 === 0) return `${source}  `; // trailing double space
  if (i % 13 === 0) return source.replace(/[.!?]$/, ''); // lost end punctuation
  return `PL ${source}`;
}

const { segments } = parseDocument('text', germanText(count).content, 'de');
const pairs = segments.map((segment, i) => [segment.source, target(segment.source, i)] as const);

for (let i = 0; i < Math.min(500, pairs.length); i++) runChecks(pairs[i][0], pairs[i][1], {}); // warm-up
const runs: number[] = [];
let issues = 0;
for (let run = 0; run < 3; run++) {
  issues = 0;
  const started = process.hrtime.bigint();
  for (const [source, polish] of pairs) issues += runChecks(source, polish, { mtTarget: polish }).length;
  runs.push(Number(process.hrtime.bigint() - started) / 1e6);
}
const best = Math.min(...runs);
console.log(`segments: ${pairs.length}, issues found: ${issues}`);
console.log(`QA over the document: best ${best.toFixed(0)} ms of ${runs.map((r) => r.toFixed(0)).join(', ')} ms (${((best / pairs.length) * 1000).toFixed(1)} µs per segment)`);
console.log(JSON.stringify({ bench: 'qa', segments: pairs.length, issues, bestMs: Math.round(best), runsMs: runs.map(Math.round) }));
console.log(formatCorpusReport(checkCorpus(loadCorpus())));
