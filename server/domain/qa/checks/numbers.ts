// The same numbers on both sides, compared after locale-aware normalization (see numberExtraction).
import type { QaCheck } from '../types';
import { extractNumbers, uncoveredNumbers } from './numberExtraction';

export const numbers: QaCheck = {
  id: 'numbers',
  defaultSeverity: 'error',
  codes: { 'qa.numbers.missing': ['number'], 'qa.numbers.extra': ['number'] },
  run(source, target) {
    const german = extractNumbers(source, 'de');
    const polish = extractNumbers(target, 'pl');
    return [
      ...uncoveredNumbers(german, polish).map((item) => ({ code: 'qa.numbers.missing', params: { number: item.text } })),
      ...uncoveredNumbers(polish, german).map((item) => ({ code: 'qa.numbers.extra', params: { number: item.text } })),
    ];
  },
};
