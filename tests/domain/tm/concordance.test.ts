// Concordance matching: folded words, phrases, prefixes, and highlights in the original text.
import { concordanceTokens, foldWord, matchConcordance, parseConcordanceQuery } from '../../../server/domain/tm/concordance';

describe('foldWord', () => {
  test.each([
    ['Görlitz', 'gorlitz'],
    ['Łódź', 'lodz'],
    ['STRASSE', 'strasse'],
    ['Straße', 'strasse'],
    ['składać', 'skladac'],
    ['Żółć', 'zolc'],
    ['Mündliche', 'mundliche'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('concordanceTokens', () => {
  test('splits compounds at hyphens, skips placeholders and punctuation, keeps offsets', () => {
    expect(concordanceTokens('{1}Görlitz-Zgorzelec{/1} am 4. Mai.')).toEqual([
      { norm: 'gorlitz', start: 3, end: 10 },
      { norm: 'zgorzelec', start: 11, end: 20 },
      { norm: 'am', start: 25, end: 27 },
      { norm: '4', start: 28, end: 29 },
      { norm: 'mai', start: 31, end: 34 },
    ]);
  });
});

describe('parseConcordanceQuery', () => {
  test.each([
    ['Förderung  Verein', { phrase: false, terms: [{ norm: 'forderung', prefix: false }, { norm: 'verein', prefix: false }] }],
    ['"kleine Projekte"', { phrase: true, terms: [{ norm: 'kleine', prefix: false }, { norm: 'projekte', prefix: false }] }],
    ['Förder*', { phrase: false, terms: [{ norm: 'forder', prefix: true }] }],
    ['Verein verein', { phrase: false, terms: [{ norm: 'verein', prefix: false }] }],
    ['!!! ?', null],
    ['""', null],
  ])('%s', (query, parsed) => {
    expect(parseConcordanceQuery(query)).toEqual(parsed);
  });
});

describe('matchConcordance', () => {
  const match = (query: string, text: string) => matchConcordance(text, parseConcordanceQuery(query)!);

  test.each([
    // [query, text, highlights or null]
    ['görlitz', 'Der Landkreis Görlitz fördert Vereine.', [{ start: 14, end: 21 }]],
    ['GORLITZ', 'Görlitz-Zgorzelec', [{ start: 0, end: 7 }]],
    ['lodz', 'Spotkanie w Łodzi i w Łódź.', [{ start: 22, end: 26 }]],
    ['vereine landkreis', 'Der Landkreis Görlitz fördert Vereine.', [{ start: 4, end: 13 }, { start: 30, end: 37 }]],
    ['vereine bautzen', 'Der Landkreis Görlitz fördert Vereine.', null],
    ['"fördert vereine"', 'Der Landkreis Görlitz fördert Vereine.', [{ start: 22, end: 37 }]],
    ['"vereine fördert"', 'Der Landkreis Görlitz fördert Vereine.', null],
    ['förder*', 'Die Förderung fördert.', [{ start: 4, end: 13 }, { start: 14, end: 21 }]],
    ['"die förder*"', 'Die Förderung und die Förderer.', [{ start: 0, end: 13 }, { start: 18, end: 30 }]],
    ['verein', 'Vereine', null],
  ])('%s in %s', (query, text, highlights) => {
    expect(match(query, text)).toEqual(highlights);
  });
});
