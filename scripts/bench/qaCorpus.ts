// False errors of the QA checks on correct translations (issue 11, part 4): every pair of
// tests/fixtures/qa/numbers-corpus.tsv (careful German/Polish translations full of numbers, dates, times,
// fractions, spelled-out numbers, ordinals, decades and multipliers; see the README beside it) is
// checked with every default check. A correct pair should get no error: an error blocks confirmation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runChecks } from '../../server/domain/qa/registry';
import type { QaIssue } from '../../server/domain/qa/types';

export const NUMBERS_CORPUS = join(__dirname, '../../tests/fixtures/qa/numbers-corpus.tsv');

/** The corpus as [German, Polish] pairs ("#" lines are comments). */
export function loadCorpus(path = NUMBERS_CORPUS): [string, string][] {
  const rows = parse(readFileSync(path, 'utf8'), { delimiter: '\t', comment: '#', quote: false, skip_empty_lines: true, relax_column_count: false }) as string[][];
  return rows.map((row) => [row[0] as string, row[1] as string]);
}

export interface CorpusReport {
  pairs: number;
  /** Pairs with at least one issue of severity error from the numbers check, and from any check. */
  numbersErrors: number;
  numbersWarnings: number;
  anyErrors: number;
  /** The pairs the numbers check still calls wrong, with its issues. */
  flagged: { source: string; target: string; issues: QaIssue[] }[];
}

export function checkCorpus(pairs: readonly [string, string][]): CorpusReport {
  const report: CorpusReport = { pairs: pairs.length, numbersErrors: 0, numbersWarnings: 0, anyErrors: 0, flagged: [] };
  for (const [source, target] of pairs) {
    const issues = runChecks(source, target, {});
    const numbers = issues.filter((issue) => issue.check === 'numbers');
    if (numbers.some((issue) => issue.severity === 'error')) {
      report.numbersErrors++;
      report.flagged.push({ source, target, issues: numbers });
    } else if (numbers.length > 0) report.numbersWarnings++;
    if (issues.some((issue) => issue.severity === 'error')) report.anyErrors++;
  }
  return report;
}

export function formatCorpusReport(report: CorpusReport): string {
  const percent = (n: number) => `${((100 * n) / Math.max(1, report.pairs)).toFixed(1)} %`;
  return [
    `correct pairs of tests/fixtures/qa/numbers-corpus.tsv: ${report.pairs}`,
    `  numbers check: error on ${report.numbersErrors} pairs (${percent(report.numbersErrors)}; target ≤ 1 %), warning only on ${report.numbersWarnings} (${percent(report.numbersWarnings)})`,
    `  any default check: error on ${report.anyErrors} pairs (${percent(report.anyErrors)})`,
    ...report.flagged.map((f) => `  still an error: ${f.source} | ${f.target} | ${f.issues.map((i) => `${i.code} ${Object.values(i.params).join(' ')}`).join('; ')}`),
  ].join('\n');
}
