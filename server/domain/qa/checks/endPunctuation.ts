// A sentence keeps its kind of ending: statement, exclamation, question, colon (introducing a list)
// or ellipsis ("…" and "..." are the same). A heading without punctuation stays without, but Polish
// abbreviations that end a phrase ("2019 r.", "itd.") are not sentence punctuation.
import { stripPlaceholders } from '../../segmentation/placeholders';
import type { QaCheck } from '../types';

type Ending = '.' | '!' | '?' | ':' | '…' | null;

/** Closing quotes and brackets come off first: „Ja.“ ends with a full stop. (The lookbehind keeps it linear.) */
const TRAILING = /(?<![\s)\]}"'“”»«’])[\s)\]}"'“”»«’]+$/u;
const POLISH_ABBREVIATION_END = /(?:^|[\s(\d])(?:r|w|br|itd|itp|tys)\.$/u;

function bareOf(text: string): string {
  return stripPlaceholders(text).replace(TRAILING, '');
}

function endingOf(text: string): Ending {
  const bare = bareOf(text);
  if (/(?:…|\.\.\.)$/u.test(bare)) return '…';
  const last = bare.slice(-1);
  return last === '.' || last === '!' || last === '?' || last === ':' ? last : null;
}

export const endPunctuation: QaCheck = {
  id: 'end_punctuation',
  defaultSeverity: 'warning',
  codes: {
    'qa.end_punctuation.missing': ['expected'],
    'qa.end_punctuation.different': ['expected', 'found'],
    'qa.end_punctuation.extra': ['found'],
  },
  run(source, target) {
    const expected = endingOf(source);
    const found = endingOf(target);
    if (expected === found) return [];
    if (found === null) return [{ code: 'qa.end_punctuation.missing', params: { expected: expected as string } }];
    if (expected !== null) return [{ code: 'qa.end_punctuation.different', params: { expected, found } }];
    if (found === '.' && POLISH_ABBREVIATION_END.test(bareOf(target))) return [];
    return [{ code: 'qa.end_punctuation.extra', params: { found } }];
  },
};
