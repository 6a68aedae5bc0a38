// Leading and trailing whitespace as in the source (it often separates the segment from markup around
// it), and no double spaces the source does not have.
import type { QaCheck, QaFinding } from '../types';

const DOUBLE_SPACE = /[ \u00A0\u2009\u202F]{2,}/u;

export const whitespace: QaCheck = {
  id: 'whitespace',
  defaultSeverity: 'warning',
  codes: {
    'qa.whitespace.leading_missing': [],
    'qa.whitespace.leading_extra': [],
    'qa.whitespace.trailing_missing': [],
    'qa.whitespace.trailing_extra': [],
    'qa.whitespace.double_space': [],
  },
  run(source, target) {
    const issues: QaFinding[] = [];
    const compare = (edge: 'leading' | 'trailing', pattern: RegExp) => {
      const inSource = pattern.test(source);
      const inTarget = pattern.test(target);
      if (inSource && !inTarget) issues.push({ code: `qa.whitespace.${edge}_missing`, params: {} });
      if (!inSource && inTarget) issues.push({ code: `qa.whitespace.${edge}_extra`, params: {} });
    };
    compare('leading', /^\s/u);
    compare('trailing', /\s$/u);
    if (DOUBLE_SPACE.test(target.trim()) && !DOUBLE_SPACE.test(source.trim())) {
      issues.push({ code: 'qa.whitespace.double_space', params: {} });
    }
    return issues;
  },
};
