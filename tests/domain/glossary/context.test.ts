// What the glossary says about one segment: QA entries (approved terms only) and the segment view.
import { glossaryForbidden } from '../../../server/domain/qa/checks/glossaryForbidden';
import { glossaryMissing } from '../../../server/domain/qa/checks/glossaryMissing';
import {
  deeplGlossaryEntries,
  glossaryContext,
  normalizeTermFields,
  segmentGlossary,
  termFields,
  type GlossaryTermFields,
} from '../../../server/domain/glossary';

const GLOSSARY: GlossaryTermFields[] = [
  termFields('Freistaat Sachsen', 'Wolne Państwo Saksonia', { forbidden: ['Kraj Związkowy Saksonia'] }),
  termFields('Landkreis Görlitz', 'powiat zgorzelecki'),
  termFields('Grenzraum', 'pogranicze', { compound: true }),
  termFields('Kleinprojektefonds', 'Fundusz Małych Projektów', { status: 'proposed' }),
];

describe('glossaryContext', () => {
  test('lists each approved term of the source once, with its verdict on the (inflected) target', () => {
    const source = 'Der Freistaat Sachsen und der Landkreis Görlitz fördern den Grenzraum des Freistaates Sachsen.';
    const target = 'Wolne Państwo Saksonia i powiat zgorzelecki wspierają pogranicze.';
    expect(glossaryContext(source, target, GLOSSARY)).toEqual([
      { source: 'Freistaat Sachsen', target: 'Wolne Państwo Saksonia', forbidden: ['Kraj Związkowy Saksonia'], found: true },
      { source: 'Landkreis Görlitz', target: 'powiat zgorzelecki', forbidden: [], found: true },
      { source: 'Grenzraum', target: 'pogranicze', forbidden: [], found: true },
    ]);
  });

  test('reports a term whose Polish form is missing, accepting any case form', () => {
    const source = 'Im Landkreis Görlitz und im Freistaat Sachsen.';
    const target = 'W powiecie zgorzeleckim i w Kraju Związkowym Saksonii.';
    expect(glossaryContext(source, target, GLOSSARY).map((e) => [e.source, e.found])).toEqual([
      ['Landkreis Görlitz', true],
      ['Freistaat Sachsen', false],
    ]);
  });

  test('leaves proposed terms out and finds nothing without a target', () => {
    expect(glossaryContext('Aus dem Kleinprojektefonds', 'Z Funduszu Małych Projektów', GLOSSARY)).toEqual([]);
    expect(glossaryContext('Im Grenzraum', null, GLOSSARY)).toEqual([{ source: 'Grenzraum', target: 'pogranicze', forbidden: [], found: false }]);
  });

  test('marks a case-sensitive term, so glossary_forbidden matches the approved form in its capitals only', () => {
    const terms = [termFields('Niederschlesien', 'Dolny Śląsk', { caseSensitive: true, forbidden: ['Śląsk'] })];
    const glossary = glossaryContext('In Niederschlesien.', 'Na dolnym śląsku.', terms);
    expect(glossary).toEqual([{ source: 'Niederschlesien', target: 'Dolny Śląsk', forbidden: ['Śląsk'], found: false, caseSensitive: true }]);
    expect(glossaryForbidden.run('In Niederschlesien.', 'Na dolnym śląsku.', { glossary })).toEqual([
      { code: 'qa.glossary_forbidden.forbidden_used', params: { found: 'śląsku', expected: 'Dolny Śląsk' } },
    ]);
  });

  test('feeds the QA checks glossary_missing and glossary_forbidden', () => {
    const source = 'Der Freistaat Sachsen fördert die Grenzraumstudie.';
    const target = 'Kraj Związkowy Saksonia wspiera badanie.';
    const glossary = glossaryContext(source, target, GLOSSARY);
    expect(glossaryMissing.run(source, target, { glossary })).toEqual([
      { code: 'qa.glossary_missing.term_missing', params: { source: 'Freistaat Sachsen', target: 'Wolne Państwo Saksonia' } },
      { code: 'qa.glossary_missing.term_missing', params: { source: 'Grenzraum', target: 'pogranicze' } },
    ]);
    expect(glossaryForbidden.run(source, target, { glossary })).toEqual([
      { code: 'qa.glossary_forbidden.forbidden_used', params: { found: 'Kraj Związkowy Saksonia', expected: 'Wolne Państwo Saksonia' } },
    ]);
  });
});

describe('segmentGlossary', () => {
  test('groups the hits per term with positions, the verdict and forbidden variants found', () => {
    const source = 'Freistaat Sachsen: Grenzraum, Grenzräume und der Kleinprojektefonds.';
    const target = 'Kraj Związkowy Saksonia: pogranicze i Fundusz Małych Projektów.';
    expect(segmentGlossary(source, target, GLOSSARY)).toEqual([
      {
        term: GLOSSARY[0],
        positions: [{ start: 0, end: 17, text: 'Freistaat Sachsen', kind: 'exact' }],
        satisfied: false,
        forbidden: [{ variant: 'Kraj Związkowy Saksonia', start: 0, end: 23, text: 'Kraj Związkowy Saksonia' }],
      },
      {
        term: GLOSSARY[2],
        positions: [
          { start: 19, end: 28, text: 'Grenzraum', kind: 'exact' },
          { start: 30, end: 40, text: 'Grenzräume', kind: 'inflected' },
        ],
        satisfied: true,
        forbidden: [],
      },
      {
        term: GLOSSARY[3],
        positions: [{ start: 49, end: 67, text: 'Kleinprojektefonds', kind: 'exact' }],
        satisfied: true,
        forbidden: [],
      },
    ]);
  });

  test('says null for a segment without target', () => {
    expect(segmentGlossary('Im Grenzraum', null, GLOSSARY).map((hit) => [hit.satisfied, hit.forbidden])).toEqual([[null, []]]);
  });
});

describe('deeplGlossaryEntries', () => {
  test('sends approved terms, each German form once (the first wins)', () => {
    const terms = [...GLOSSARY, termFields('Grenzraum', 'obszar przygraniczny')];
    expect(deeplGlossaryEntries(terms)).toEqual([
      { source: 'Freistaat Sachsen', target: 'Wolne Państwo Saksonia' },
      { source: 'Landkreis Görlitz', target: 'powiat zgorzelecki' },
      { source: 'Grenzraum', target: 'pogranicze' },
    ]);
  });
});

describe('normalizeTermFields', () => {
  test('trims, collapses spaces, drops empty and duplicate forbidden variants and the approved form', () => {
    expect(
      normalizeTermFields(termFields('  Freistaat\u00A0 Sachsen ', ' Wolne  Państwo Saksonia', { note: '  ', forbidden: ['Saksonia', ' ', 'saksonia', 'wolne państwo saksonia'] })),
    ).toEqual(termFields('Freistaat Sachsen', 'Wolne Państwo Saksonia', { note: null, forbidden: ['Saksonia'] }));
  });

  test('rejects empty terms, control characters and a "|" in a variant, listing every problem', () => {
    expect(() => normalizeTermFields(termFields(' ', 'a\u0007b', { forbidden: ['x|y'] }))).toThrow(
      expect.objectContaining({
        code: 'invalid_glossary_term',
        details: { problems: ['de is empty', 'pl contains control characters', 'forbidden variant contains "|"'] },
      }),
    );
  });
});
