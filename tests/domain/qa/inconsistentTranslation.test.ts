import { inconsistentTranslation } from '../../../server/domain/qa/checks/inconsistentTranslation';
import { checkTable, issue } from './table';

const source = 'Die Teilnahme ist kostenlos.';
const differs = (other: string) => issue('qa.inconsistent_translation.differs', { other });

checkTable(inconsistentTranslation, {
  good: [
    ['no other translations', source, 'Udział jest bezpłatny.'],
    ['an empty list', source, 'Udział jest bezpłatny.', { otherTranslations: [] }],
    ['the same translation elsewhere', source, 'Udział jest bezpłatny.', { otherTranslations: ['Udział jest bezpłatny.'] }],
    ['the same up to spacing', source, 'Udział jest bezpłatny.', { otherTranslations: [' Udział  jest bezpłatny. '] }],
  ],
  bad: [
    [
      'another wording elsewhere',
      source,
      'Udział jest bezpłatny.',
      [differs('Uczestnictwo jest bezpłatne.')],
      { otherTranslations: ['Uczestnictwo jest bezpłatne.'] },
    ],
    [
      'each differing wording once, in order',
      source,
      'Udział jest bezpłatny.',
      [differs('Uczestnictwo jest bezpłatne.'), differs('Udział nic nie kosztuje.')],
      { otherTranslations: ['Uczestnictwo jest bezpłatne.', 'Udział jest bezpłatny.', 'Udział nic nie kosztuje.', 'Uczestnictwo jest bezpłatne.'] },
    ],
  ],
});
