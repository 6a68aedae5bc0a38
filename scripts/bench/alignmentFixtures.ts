// Alignment precision and recall on the assembled German/Polish documents of tests/fixtures/alignment
// (gold beads, with sentences merged, split and deleted on one side), with anchors and on lengths alone.
// `npx tsx scripts/bench/alignmentFixtures.ts`
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignSentences, parseBeadFile, scoreAlignment } from '../../server/domain/alignment';

const FIXTURES = join(__dirname, '../../tests/fixtures/alignment');
const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

for (const anchors of [true, false]) {
  let correct = 0;
  let produced = 0;
  let gold = 0;
  for (const name of files) {
    const file = parseBeadFile(readFileSync(join(FIXTURES, name), 'utf8'));
    const score = scoreAlignment(alignSentences(file.de, file.pl, { anchors }), file.beads);
    correct += score.correct;
    produced += score.produced;
    gold += score.gold;
  }
  console.log(
    `${anchors ? 'lengths + anchors' : 'lengths only     '}  ${files.length} documents, gold beads ${gold}, produced ${produced}, correct ${correct}: ` +
      `precision ${(correct / produced).toFixed(3)}, recall ${(correct / gold).toFixed(3)}`,
  );
}
