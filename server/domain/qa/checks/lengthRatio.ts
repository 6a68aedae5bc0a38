// A translation much shorter or longer than its source has probably lost or gained content. Polish
// runs about as long as German; short segments vary too much to judge.
import { stripPlaceholders } from '../../segmentation/placeholders';
import type { QaCheck } from '../types';

export const MIN_SOURCE_LENGTH = 20;
export const MIN_RATIO = 0.5;
export const MAX_RATIO = 2.0;

const length = (text: string) => [...stripPlaceholders(text).trim()].length;

export const lengthRatio: QaCheck = {
  id: 'length_ratio',
  defaultSeverity: 'warning',
  codes: { 'qa.length_ratio.too_short': ['percent'], 'qa.length_ratio.too_long': ['percent'] },
  run(source, target) {
    const sourceLength = length(source);
    if (sourceLength < MIN_SOURCE_LENGTH) return [];
    const ratio = length(target) / sourceLength;
    const percent = Math.round(ratio * 100);
    if (ratio < MIN_RATIO) return [{ code: 'qa.length_ratio.too_short', params: { percent } }];
    if (ratio > MAX_RATIO) return [{ code: 'qa.length_ratio.too_long', params: { percent } }];
    return [];
  },
};
