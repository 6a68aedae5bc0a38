// Language identification accuracy on the fixture sentences (never used to build the profiles),
// overall, per language and for short segments (1–3 words); then on Polish passages inside German
// documents: the paragraphs of the real-text corpus (tests/fixtures/segmentation/realtext), German ones
// with a Polish one after every second, parsed as a plain-text document and identified as submission
// does, segment by segment with the paragraph's language as prior, beside the old way (each segment
// alone, German prior). `npx tsx scripts/bench/language.ts`
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../server/domain/formats';
import { identifyLanguage, type IdentifiedLanguage } from '../../server/domain/language/identify';
import { readRealText } from './realText';

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

/** Polish paragraphs inside a German document: how their segments (and the German ones) are identified. */
function polishInGerman() {
  const files = readRealText();
  const paragraphs = (lang: string) => files.filter((f) => f.lang === lang).flatMap((f) => f.paragraphs.map((p) => p.join(' ')));
  const polish = paragraphs('pl');
  const german = paragraphs('de');
  const blocks: { text: string; lang: 'de' | 'pl' }[] = [];
  german.forEach((text, i) => {
    blocks.push({ text, lang: 'de' });
    if (i % 2 === 1 && polish.length) blocks.push({ text: polish.shift() as string, lang: 'pl' });
  });
  for (const text of polish) blocks.push({ text, lang: 'pl' });
  const document = blocks.map((b) => b.text).join('\n\n');
  const segments = parseDocument('text', document, 'de').segments;
  // Which block each segment came from: blocks are in order and their segments too.
  let block = 0;
  let rest = blocks[0]!.text;
  const counts = {
    pl: { total: 0, asSubmitted: 0, alone: 0 },
    de: { total: 0, asSubmitted: 0, alone: 0 },
  };
  const misses: string[] = [];
  for (const segment of segments) {
    while (!rest.includes(segment.source)) rest = blocks[++block]!.text;
    rest = rest.slice(rest.indexOf(segment.source) + segment.source.length);
    const lang = blocks[block]!.lang;
    const submitted = identifyLanguage(segment.source, { documentLanguage: segment.blockLanguage ?? 'de' });
    const alone = identifyLanguage(segment.source, { documentLanguage: 'de' });
    const right = (found: IdentifiedLanguage) => found === lang || found === 'neutral';
    counts[lang].total++;
    if (right(submitted)) counts[lang].asSubmitted++;
    else misses.push(`${lang} → ${submitted}: ${segment.source}`);
    if (right(alone)) counts[lang].alone++;
  }
  return { blocks: blocks.length, counts, misses };
}

const embedded = polishInGerman();
console.log(`\nPolish paragraphs inside a German document (${embedded.blocks} paragraphs of the real-text corpus)`);
console.log('segments  total  right as submitted (paragraph prior)  right alone (German prior)');
for (const lang of ['pl', 'de'] as const) {
  const c = embedded.counts[lang];
  console.log(`${lang.padEnd(8)}  ${String(c.total).padStart(5)}  ${`${c.asSubmitted} (${pct(c.asSubmitted, c.total)})`.padStart(36)}  ${`${c.alone} (${pct(c.alone, c.total)})`.padStart(26)}`);
}
for (const line of embedded.misses) console.log(`  ${line}`);
console.log(JSON.stringify({ bench: 'language', overall: all, rows, polishInGerman: embedded.counts }));
