import { findInflected, glossaryForbidden, polishStem } from '../../../server/domain/qa/checks/glossaryForbidden';
import { glossaryMissing } from '../../../server/domain/qa/checks/glossaryMissing';
import type { QaGlossaryEntry } from '../../../server/domain/qa/types';
import { checkTable, issue } from './table';

const landkreis: QaGlossaryEntry = { source: 'Landkreis', target: 'powiat', forbidden: ['okręg'], found: true };
const kreisfrei: QaGlossaryEntry = { source: 'kreisfreie Stadt', target: 'miasto na prawach powiatu', forbidden: ['gmina miejska'], found: true };
const land: QaGlossaryEntry = { source: 'Bundesland', target: 'kraj związkowy', forbidden: ['województwo', 'land'], found: true };

checkTable(glossaryMissing, {
  good: [
    ['no glossary', 'Der Landkreis Görlitz informiert.', 'Powiat Görlitz informuje.'],
    ['terms found', 'Der Landkreis Görlitz informiert.', 'Powiat Görlitz informuje.', { glossary: [landkreis] }],
  ],
  bad: [
    [
      'a term not found',
      'Der Landkreis Görlitz informiert.',
      'Okręg Görlitz informuje.',
      [issue('qa.glossary_missing.term_missing', { source: 'Landkreis', target: 'powiat' })],
      { glossary: [{ ...landkreis, found: false }, land] },
    ],
  ],
});

checkTable(glossaryForbidden, {
  good: [
    ['no forbidden variant', 'Der Landkreis Görlitz informiert.', 'Powiat Görlitz informuje.', { glossary: [landkreis] }],
    ['a longer word that starts alike', 'Im Landkreis gibt es Wälder.', 'W powiecie są okręgowe lasy.', { glossary: [landkreis] }],
    ['a variant inside another word', 'Das Bundesland Sachsen.', 'Kraj związkowy Saksonia, landszaft.', { glossary: [land] }],
  ],
  bad: [
    [
      'a forbidden variant, inflected',
      'Im Landkreis Görlitz gibt es 53 Gemeinden.',
      'W okręgu Görlitz są 53 gminy.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'okręgu', expected: 'powiat' })],
      { glossary: [landkreis] },
    ],
    [
      'a forbidden variant capitalized',
      'Der Landkreis Görlitz informiert.',
      'Okręg Görlitz informuje.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'Okręg', expected: 'powiat' })],
      { glossary: [landkreis] },
    ],
    [
      'a forbidden phrase, inflected',
      'In der kreisfreien Stadt Dresden leben 560.000 Menschen.',
      'W gminie miejskiej Drezno mieszka 560 000 osób.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'gminie miejskiej', expected: 'miasto na prawach powiatu' })],
      { glossary: [kreisfrei] },
    ],
    [
      'two forbidden variants of one term',
      'Das Bundesland Sachsen.',
      'Land Saksonia to województwo.',
      [
        issue('qa.glossary_forbidden.forbidden_used', { found: 'województwo', expected: 'kraj związkowy' }),
        issue('qa.glossary_forbidden.forbidden_used', { found: 'Land', expected: 'kraj związkowy' }),
      ],
      { glossary: [land] },
    ],
  ],
});

describe('Polish stems', () => {
  test.each([
    ['okręg', 'okręg'], ['okręgu', 'okręg'], ['okręgiem', 'okręg'], ['okręgach', 'okręg'], ['gminie', 'gmin'],
    ['gminą', 'gmin'], ['województwie', 'województw'], ['Województwa', 'województw'], ['land', 'land'],
  ])('%s → %s', (word, stem) => {
    expect(polishStem(word)).toBe(stem);
  });

  test('a phrase is found only as whole consecutive words', () => {
    expect(findInflected('Rada gminy miejskiej obraduje.', 'gmina miejska')).toBe('gminy miejskiej');
    expect(findInflected('Gmina i miejska rada.', 'gmina miejska')).toBeNull();
  });
});
