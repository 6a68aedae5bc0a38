// Polish quotations are written „…”: straight double quotes around Polish words are reported with the
// Polish form as the suggestion. (A lone straight quote is the brackets_quotes check's business.)
import { proseOf } from '../text';
import type { QaCheck, QaFinding } from '../types';

const QUOTED = /"([^"\n]*\p{L}[^"\n]*)"/gu;

export const straightQuotes: QaCheck = {
  id: 'straight_quotes',
  defaultSeverity: 'warning',
  codes: { 'qa.straight_quotes.straight': ['found', 'suggestion'] },
  run(_source, target) {
    const issues: QaFinding[] = [];
    for (const match of proseOf(target).matchAll(QUOTED)) {
      const quoted = match[1] as string;
      issues.push({ code: 'qa.straight_quotes.straight', params: { found: `"${quoted}"`, suggestion: `„${quoted}”` } });
    }
    return issues;
  },
};
