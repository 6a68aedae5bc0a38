// XLIFF on a large document: the domain part of the export and re-import paths (the issue's target is
// ≤ 2 s each for the whole HTTP path), and extracting and rebuilding a file of another tool, for 1.2
// and 2.0. Median of 3 runs after a warm-up.
//   npx tsx scripts/bench/xliff.ts [--segments 10000]
//
//   export     writeXliff12 / writeXliff20 of the whole document (every 3rd segment with inline tags,
//              every 5th with a QA note)
//   re-import  readXliff of the returned file + planXliffImport against the document's segments
//              (half the targets changed, a tenth of the segments changed in Nysa meanwhile)
//   extract    extractXliff of the returned file as a new document
//   rebuild    rebuildXliff of that skeleton with Polish texts and states
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../../server/domain/formats';
import {
  extractXliff,
  planXliffImport,
  readXliff,
  rebuildXliff,
  writeXliff12,
  writeXliff20,
  type XliffExportDocument,
  type XliffExportSegment,
} from '../../server/domain/formats/xliff';
import type { InlineTag } from '../../server/domain/segments/types';
import { germanText } from './germanText';
import { machine, median, table } from './support';

const argIndex = process.argv.indexOf('--segments');
const count = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 10_000;

const BOLD: InlineTag = { id: 1, type: 'paired', open: '**', close: '**' };
const BREAK: InlineTag = { id: 2, type: 'standalone', open: '<br>', close: '' };

function benchDocument(): XliffExportDocument {
  const parsed = parseDocument('text', germanText(count).content, 'de');
  const segments = parsed.segments.map((segment, i): XliffExportSegment => {
    const tagged = i % 3 === 0;
    const source = tagged ? `{1}${segment.source}{/1}{2/}` : segment.source;
    return {
      id: `seg-${i}`,
      index: i,
      source,
      target: i % 2 === 0 ? `PL ${source}` : null,
      state: i % 2 === 0 ? 'translated' : 'new',
      locked: false,
      version: 1 + (i % 4),
      tags: tagged ? [BOLD, BREAK] : [],
      qaIssues: i % 5 === 0 ? [{ checkId: 'numbers', severity: 'warning', message: 'Zahl fehlt' }] : [],
    };
  });
  return { documentId: 'bench', title: 'bench.txt', sourceLang: 'de', targetLang: 'pl', segments };
}

function timed(run: () => unknown): number {
  run(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const doc = benchDocument();
// What comes back: every segment translated (half of them anew), versions as exported.
const returned: XliffExportDocument = {
  ...doc,
  segments: doc.segments.map((s, i) => ({ ...s, target: i % 2 === 0 ? s.target : `PL* ${s.source}`, state: 'translated' })),
};
// Meanwhile in Nysa a tenth of the segments changed.
const current = doc.segments.map(({ id, source, target, state, version }, i) => ({ id, source, target, state, version: i % 10 === 1 ? version + 1 : version }));

const rows: (string | number)[][] = [['version', 'step', 'ms (median of 3)', 'size']];
for (const [version, write] of [['1.2', writeXliff12], ['2.0', writeXliff20]] as const) {
  const exported = write(doc);
  rows.push([version, 'export', timed(() => write(doc)).toFixed(0), `${(exported.length / 1048576).toFixed(1)} MiB`]);
  const back = write(returned);
  let plan = planXliffImport(current, readXliff(back).units);
  rows.push([version, 're-import (read + plan)', timed(() => (plan = planXliffImport(current, readXliff(back).units))).toFixed(0),
    `${plan.updates.length} updates, ${plan.conflicts.length} conflicts, ${plan.unchanged.length} unchanged`]);
  let extracted = extractXliff(back, { lang: 'de' });
  rows.push([version, 'extract', timed(() => (extracted = extractXliff(back, { lang: 'de' }))).toFixed(0), `${extracted.segments.length} segments`]);
  const texts = extracted.segments.map((s) => ({ text: `PL ${s.source}`, tags: s.tags, state: 'approved' as const }));
  rows.push([version, 'rebuild', timed(() => rebuildXliff(extracted.skeleton, texts)).toFixed(0), '']);
}

console.log(`XLIFF, ${doc.segments.length} segments — ${machine()}`);
console.log(table(rows));
