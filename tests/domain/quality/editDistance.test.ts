// Post-edit distance (server/domain/quality/editDistance.ts): character Levenshtein, placeholders as one
// character each, normalised by the longer text.
import { levenshtein, LEVENSHTEIN_CELLS_MAX, postEditDistance } from '../../../server/domain/quality/editDistance';

describe('levenshtein', () => {
  test.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['Zgorzelec', 'Zgorzelcu', 2],
    ['flaw', 'lawn', 2],
  ])('%j → %j costs %i', (a, b, expected) => {
    expect(levenshtein([...a], [...b])).toBe(expected);
  });
});

describe('postEditDistance', () => {
  test('an unedited proposal is 0, a complete rewrite of equal length is 1', () => {
    expect(postEditDistance('Spotkanie w Zgorzelcu.', 'Spotkanie w Zgorzelcu.')).toEqual({ distance: 0, ratio: 0 });
    expect(postEditDistance('abcd', 'wxyz')).toEqual({ distance: 4, ratio: 1 });
  });

  test('the distance is divided by the longer text’s length in characters', () => {
    expect(postEditDistance('Spotkanie odbędzie się w Zgorzelcu.', 'Spotkanie odbyło się w Zgorzelcu.')).toEqual({ distance: 5, ratio: 5 / 35 }); // ę→y, d→ł, z→o, −i, −e
  });

  test('a placeholder counts as one character: moving a tag costs two, not eight', () => {
    expect(postEditDistance('{1}Ala{/1} ma kota', 'Ala ma {1}kota{/1}')).toEqual({ distance: 4, ratio: 4 / 13 });
    expect(postEditDistance('a{2/}b', 'ab')).toEqual({ distance: 1, ratio: 1 / 3 });
  });

  test('an empty proposal gives the target’s length and ratio 1; two empty texts give 0', () => {
    expect(postEditDistance('', 'Dzień dobry')).toEqual({ distance: 11, ratio: 1 });
    expect(postEditDistance('', '')).toEqual({ distance: 0, ratio: 0 });
  });

  test('characters outside the BMP count once (code points, not UTF-16 units)', () => {
    expect(postEditDistance('a😀b', 'ab')).toEqual({ distance: 1, ratio: 1 / 3 });
  });

  test('pairs beyond the Levenshtein budget use the character diff: same text changed in one place costs that place', () => {
    const long = 'x'.repeat(Math.ceil(Math.sqrt(LEVENSHTEIN_CELLS_MAX)) + 10);
    const result = postEditDistance(`${long}a`, `${long}b`);
    expect(result.distance).toBe(2);
  });
});
