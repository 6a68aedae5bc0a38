// A sentence keeps its kind of ending: statement, exclamation, question, colon (introducing a list)
// or ellipsis ("…" and "..." are the same). A heading without punctuation stays without, but Polish
// abbreviations that end a phrase ("2019 r.", "itd.") are not sentence punctuation.
import { stripPlaceholders } from '../../segmentation/placeholders';
import { rememberedPerText } from '../text';
import type { QaCheck } from '../types';

type Ending = '.' | '!' | '?' | ':' | '…' | null;

/** Closing quotes and brackets come off first: „Ja.“ ends with a full stop. */
const CLOSING = new Set([...')]}"\'“”»«’']);
const POLISH_ABBREVIATION_END = /(?:^|[\s(\d])(?:r|w|br|itd|itp|tys)\.$/u;

/** The text without placeholders and without the white space, closing quotes and brackets it ends with. */
function bareOf(text: string): string {
  const stripped = stripPlaceholders(text);
  // From the end, one character at a time: a pattern anchored at the end is tried from every position.
  let end = stripped.length;
  while (end > 0 && (CLOSING.has(stripped[end - 1]!) || /\s/u.test(stripped[end - 1]!))) end--;
  return stripped.slice(0, end);
}

function endingOf(text: string): Ending {
  const bare = bareOf(text);
  if (bare.endsWith('…') || bare.endsWith('...')) return '…';
  const last = bare.slice(-1);
  return last === '.' || last === '!' || last === '?' || last === ':' ? last : null;
}

/** A segment's source is checked again with every save of its target. */
const sourceEnding = rememberedPerText(endingOf);

export const endPunctuation: QaCheck = {
  id: 'end_punctuation',
  defaultSeverity: 'warning',
  codes: {
    'qa.end_punctuation.missing': ['expected'],
    'qa.end_punctuation.different': ['expected', 'found'],
    'qa.end_punctuation.extra': ['found'],
  },
  run(source, target) {
    const expected = sourceEnding(source);
    const found = endingOf(target);
    if (expected === found) return [];
    if (found === null) return [{ code: 'qa.end_punctuation.missing', params: { expected: expected as string } }];
    if (expected !== null) return [{ code: 'qa.end_punctuation.different', params: { expected, found } }];
    if (found === '.' && POLISH_ABBREVIATION_END.test(bareOf(target))) return [];
    return [{ code: 'qa.end_punctuation.extra', params: { found } }];
  },
};
