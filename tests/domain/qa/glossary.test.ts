import { glossaryForbidden } from '../../../server/domain/qa/checks/glossaryForbidden';
import { glossaryMissing } from '../../../server/domain/qa/checks/glossaryMissing';
import type { QaGlossaryEntry } from '../../../server/domain/qa/types';
import { checkTable, issue } from './table';

const landkreis: QaGlossaryEntry = { source: 'Landkreis', target: 'powiat', forbidden: ['okręg'], found: true };
const kreisfrei: QaGlossaryEntry = { source: 'kreisfreie Stadt', target: 'miasto na prawach powiatu', forbidden: ['gmina miejska'], found: true };
const land: QaGlossaryEntry = { source: 'Bundesland', target: 'kraj związkowy', forbidden: ['województwo', 'land'], found: true };
const freistaat: QaGlossaryEntry = { source: 'Freistaat Sachsen', target: 'Wolne Państwo Saksonia', forbidden: ['Saksonia'], found: true };
const niederschlesien: QaGlossaryEntry = { source: 'Niederschlesien', target: 'Dolny Śląsk', forbidden: ['Śląsk'], found: true };
const woiwodschaft: QaGlossaryEntry = {
  source: 'Woiwodschaft Niederschlesien',
  target: 'Województwo Dolnośląskie',
  forbidden: ['Dolny Śląsk'],
  found: true,
  caseSensitive: true,
};

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
    ['a variant inside the approved term', 'Der Freistaat Sachsen.', 'Wolne Państwo Saksonia.', { glossary: [freistaat] }],
    ['a variant inside the approved term, genitive', 'Des Freistaates Sachsen.', 'Rząd Wolnego Państwa Saksonii.', { glossary: [freistaat] }],
    ['a variant inside the approved term, instrumental', 'Mit dem Freistaat Sachsen.', 'Z Wolnym Państwem Saksonią.', { glossary: [freistaat] }],
    ['a variant inside the approved term, lower case', 'Im Freistaat Sachsen.', 'W wolnym państwie saksonii.', { glossary: [freistaat] }],
    ['a variant inside the approved term, genitive of two words', 'Niederschlesiens Städte.', 'Miasta Dolnego Śląska.', { glossary: [niederschlesien] }],
    ['a variant inside a URL', 'Siehe Freistaat Sachsen.', 'Zob. Wolne Państwo Saksonia, www.saksonia.de.', { glossary: [freistaat] }],
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
    [
      'a variant alone, genitive',
      'Im Freistaat Sachsen.',
      'W Saksonii.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'Saksonii', expected: 'Wolne Państwo Saksonia' })],
      { glossary: [freistaat] },
    ],
    [
      'a variant alone, instrumental, beside the approved term',
      'Der Freistaat Sachsen und Sachsen.',
      'Wolne Państwo Saksonia z Saksonią.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'Saksonią', expected: 'Wolne Państwo Saksonia' })],
      { glossary: [freistaat] },
    ],
    [
      'a two-word variant, genitive',
      'Die Woiwodschaft Niederschlesien.',
      'Władze Dolnego Śląska.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'Dolnego Śląska', expected: 'Województwo Dolnośląskie' })],
      { glossary: [woiwodschaft] },
    ],
    [
      'a variant that a case-sensitive term in other capitals does not cover',
      'Die Woiwodschaft Niederschlesien.',
      'Urząd województwa dolnośląskiego i Dolnego Śląska.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'Dolnego Śląska', expected: 'Województwo Dolnośląskie' })],
      { glossary: [woiwodschaft] },
    ],
    [
      'a variant used twice, reported once at its first place',
      'Im Freistaat Sachsen.',
      'Saksonia i Saksonii.',
      [issue('qa.glossary_forbidden.forbidden_used', { found: 'Saksonia', expected: 'Wolne Państwo Saksonia' })],
      { glossary: [freistaat] },
    ],
  ],
});
