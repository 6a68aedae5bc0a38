// A target identical to its German source was most likely not translated. Segments that are only
// numbers, codes ("gGmbH"), addresses or names (every word capitalized, or a particle of a name such as
// "Görlitz an der Neiße") are the same in both languages and are not reported, nor is a Polish source
// (a Polish paragraph in a German document stays as it is).
import { proseOf, wordsOf } from '../text';
import type { QaCheck } from '../types';

/** Lower-case words that occur inside names of places, people and institutions. */
const NAME_PARTICLES = new Set([
  'von', 'van', 'vom', 'zu', 'zum', 'zur', 'de', 'der', 'den', 'des', 'dem', 'die', 'das', 'an', 'am', 'im',
  'in', 'ob', 'bei', 'auf', 'und',
]);
const POLISH_LETTER = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]/u;

function isTranslatable(source: string): boolean {
  const prose = proseOf(source);
  if (POLISH_LETTER.test(prose)) return false;
  return wordsOf(prose).some(({ word }) => word.length >= 2 && /^\p{Ll}+$/u.test(word) && !NAME_PARTICLES.has(word));
}

export const sameAsSource: QaCheck = {
  id: 'same_as_source',
  defaultSeverity: 'warning',
  codes: { 'qa.same_as_source.identical': [] },
  run(source, target) {
    if (source.trim() !== target.trim() || !isTranslatable(source)) return [];
    return [{ code: 'qa.same_as_source.identical', params: {} }];
  },
};
