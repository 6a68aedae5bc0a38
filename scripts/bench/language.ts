// Language identification accuracy on the fixture sentences (never used to build the profiles),
// overall, per language and for short segments (1–3 words). `npx tsx scripts/bench/language.ts`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identifyLanguage, type IdentifiedLanguage } from '../../server/domain/language/identify';

const FIXTURES = join(__dirname, '../../tests/fixtures/language');
const LANGUAGES: IdentifiedLanguage[] = ['de', 'pl', 'other', 'neutral'];

const lines = (lang: IdentifiedLanguage) =>
  readFileSync(join(FIXTURES, `${lang}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const isShort = (line: string) => line.trim().split(/\s+/).length <= 3;
const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

const rows: { language: string; correct: number; total: number; shortCorrect: number; shortTotal: number }[] = [];
const confusions: string[] = [];
for (const lang of LANGUAGES) {
  const row = { language: lang, correct: 0, total: 0, shortCorrect: 0, shortTotal: 0 };
  for (const line of lines(lang)) {
    const found = identifyLanguage(line, { documentLanguage: 'de' });
    const ok = found === lang;
    row.total++;
    row.correct += ok ? 1 : 0;
    if (isShort(line)) {
      row.shortTotal++;
      row.shortCorrect += ok ? 1 : 0;
    }
    if (!ok) confusions.push(`${lang} → ${found}: ${line}`);
  }
  rows.push(row);
}
const all = rows.reduce((s, r) => ({ correct: s.correct + r.correct, total: s.total + r.total }), { correct: 0, total: 0 });
console.log('language  correct/total  accuracy  short (1–3 words)');
for (const r of rows) {
  console.log(`${r.language.padEnd(8)}  ${`${r.correct}/${r.total}`.padStart(13)}  ${pct(r.correct, r.total).padStart(8)}  ${r.shortCorrect}/${r.shortTotal} (${pct(r.shortCorrect, r.shortTotal)})`);
}
console.log(`overall   ${`${all.correct}/${all.total}`.padStart(13)}  ${pct(all.correct, all.total).padStart(8)}`);
console.log('misidentified:');
for (const line of confusions) console.log(`  ${line}`);
console.log(JSON.stringify({ bench: 'language', overall: all, rows }));
