// A Polish variant the glossary rules out appears in the target, in any case and inflection:
// words are compared by a rough stem (common case endings stripped), whole words only.
import type { QaCheck, QaFinding } from '../types';
import { proseOf } from '../text';

/** Noun and adjective endings, longest first; a stem keeps at least three letters. */
const ENDINGS = [
  'iego', 'iemu', 'ami', 'ach', 'ego', 'emu', 'owi', 'ymi', 'imi', 'ych', 'ich', 'iej', 'iem', 'om', 'ów', 'em',
  'ie', 'ej', 'ym', 'im', 'ą', 'ę', 'a', 'u', 'y', 'i', 'o', 'e',
];

export function polishStem(word: string): string {
  const lower = word.toLocaleLowerCase('pl');
  const ending = ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 3);
  return ending ? lower.slice(0, -ending.length) : lower;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const tokens = (text: string) => [...text.matchAll(TOKEN)].map((m) => ({ stem: polishStem(m[0]), start: m.index, end: m.index + m[0].length }));

/** The first place where the phrase's words follow each other in the text, by stem, as written there. */
export function findInflected(text: string, phrase: string): string | null {
  const wanted = tokens(phrase).map((t) => t.stem);
  const words = tokens(text);
  if (wanted.length === 0) return null;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((stem, k) => words[i + k]!.stem === stem)) {
      return text.slice(words[i]!.start, words[i + wanted.length - 1]!.end);
    }
  }
  return null;
}

export const glossaryForbidden: QaCheck = {
  id: 'glossary_forbidden',
  defaultSeverity: 'warning',
  codes: { 'qa.glossary_forbidden.forbidden_used': ['found', 'expected'] },
  run(_source, target, context) {
    const text = proseOf(target);
    const issues: QaFinding[] = [];
    for (const entry of context.glossary ?? []) {
      for (const variant of entry.forbidden ?? []) {
        const found = findInflected(text, variant);
        if (found !== null) issues.push({ code: 'qa.glossary_forbidden.forbidden_used', params: { found, expected: entry.target } });
      }
    }
    return issues;
  },
};
