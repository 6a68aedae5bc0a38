// A bilingual tab-separated file (German TAB Polish, one pair a line) checked pair by pair. Lines that
// are not a pair become 'format' errors; empty lines are skipped. Line numbers start at 1.
import { runChecks, type QaSettings } from './registry';
import type { QaContext, QaIssue } from './types';

export interface QaLineIssue extends QaIssue {
  line: number;
}

export const FORMAT_CHECK = 'format';

/** The codes of format issues, with their parameters (none), like a check's `codes`. */
export const FORMAT_CODES: Readonly<Record<string, readonly string[]>> = {
  'qa.format.no_tab': [],
  'qa.format.extra_tab': [],
  'qa.format.empty_source': [],
  'qa.format.empty_target': [],
};

function formatIssue(line: number, code: string): QaLineIssue {
  return { line, check: FORMAT_CHECK, severity: 'error', code, params: {} };
}

export function checkTsvPairs(text: string, settings: QaSettings = {}, context: QaContext = {}): QaLineIssue[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  return lines.flatMap((raw, index): QaLineIssue[] => {
    const line = index + 1;
    if (raw.trim() === '') return [];
    const tab = raw.indexOf('\t');
    if (tab < 0) return [formatIssue(line, 'qa.format.no_tab')];
    const source = raw.slice(0, tab);
    const target = raw.slice(tab + 1);
    if (target.includes('\t')) return [formatIssue(line, 'qa.format.extra_tab')];
    if (source.trim() === '') return [formatIssue(line, 'qa.format.empty_source')];
    if (target.trim() === '') return [formatIssue(line, 'qa.format.empty_target')];
    return runChecks(source, target, context, settings).map((issue) => ({ line, ...issue }));
  });
}
