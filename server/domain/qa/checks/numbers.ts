// The same numbers on both sides, compared after locale-aware normalization (see numberExtraction).
// A number the check may not recognise on the other side (a decade written out) is only uncertain.
import type { QaCheck, QaFinding } from '../types';
import { rememberedPerText } from '../text';
import { extractNumbers, uncoveredNumbers, type NumberItem } from './numberExtraction';

const germanNumbers = rememberedPerText((source) => extractNumbers(source, 'de'));

const finding = (code: string, item: NumberItem): QaFinding => ({ code, params: { number: item.text }, ...(item.doubtful ? { uncertain: true } : {}) });

export const numbers: QaCheck = {
  id: 'numbers',
  defaultSeverity: 'error',
  codes: { 'qa.numbers.missing': ['number'], 'qa.numbers.extra': ['number'] },
  run(source, target) {
    const german = germanNumbers(source);
    const polish = extractNumbers(target, 'pl');
    return [
      ...uncoveredNumbers(german, polish).map((item) => finding('qa.numbers.missing', item)),
      ...uncoveredNumbers(polish, german).map((item) => finding('qa.numbers.extra', item)),
    ];
  },
};
