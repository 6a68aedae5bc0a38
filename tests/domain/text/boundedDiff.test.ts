// Text comparisons with bounded work (server/domain/text/boundedDiff.ts): the diff of two texts a few
// edits apart, and none at all (undefined) past the bound, found in milliseconds however unlike and long
// the texts. Unbounded, the `diff` package took seconds of CPU on two unlike texts of 5,000 characters.
import { diffArraysWithin, diffCharsWithin, diffWordsWithin, MAX_EDITS } from '../../../server/domain/text/boundedDiff';
import { bestCpuMs } from '../../support/cpuTime';

/** Seeded letters a–z: two seeds give texts with no long run in common. */
function letters(length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(97 + (x % 26));
  }
  return out;
}

const parts = (changes: { value: string; added: boolean; removed: boolean }[] | undefined) =>
  changes?.map((change) => [change.added ? '+' : change.removed ? '-' : '=', change.value]);

describe('bounded diffs', () => {
  test('within the bound, the diff itself', () => {
    expect(parts(diffCharsWithin('Zgorzelec', 'Zgorzelcu'))).toEqual([['=', 'Zgorzel'], ['-', 'e'], ['=', 'c'], ['+', 'u']]);
    expect(parts(diffWordsWithin('Das Treffen fand statt.', 'Das Treffen findet statt.'))).toEqual([
      ['=', 'Das Treffen '],
      ['-', 'fand'],
      ['+', 'findet'],
      ['=', ' statt.'],
    ]);
    expect(diffArraysWithin(['a', 'b', 'c'], ['a', 'c'])?.map((change) => [change.removed ? '-' : change.added ? '+' : '=', change.value])).toEqual([
      ['=', ['a']],
      ['-', ['b']],
      ['=', ['c']],
    ]);
  });

  test('a comparator decides what is equal', () => {
    const changes = diffArraysWithin([{ text: 'A' }], [{ text: 'a' }], (x, y) => x.text.toLowerCase() === y.text.toLowerCase());
    expect(changes?.map((change) => [change.added, change.removed, change.count])).toEqual([[false, false, 1]]);
  });

  test('exactly at the bound still a diff; one edit more, none', () => {
    const a = 'x'.repeat(10);
    expect(diffCharsWithin(a, `${a}yy`, 2)).toBeDefined();
    expect(diffCharsWithin(a, `${a}yyy`, 2)).toBeUndefined();
    expect(diffArraysWithin([1, 2, 3], [4, 5, 6], undefined, 5)).toBeUndefined();
    expect(diffArraysWithin([1, 2, 3], [4, 5, 6], undefined, 6)).toHaveLength(2);
  });

  test(`texts more than ${MAX_EDITS} edits apart give no diff`, () => {
    expect(diffCharsWithin(letters(2_000, 1), letters(2_000, 2))).toBeUndefined();
    expect(diffWordsWithin('wort '.repeat(300), 'słowo '.repeat(300))).toBeUndefined();
  });

  test.each([
    ['characters', () => diffCharsWithin(letters(20_000, 1), letters(20_000, 2))],
    ['words', () => diffWordsWithin(letters(20_000, 3).replace(/[aeiou]/g, ' '), letters(20_000, 4).replace(/[aeiou]/g, ' '))],
    ['tokens', () => diffArraysWithin([...letters(20_000, 5)], [...letters(20_000, 6)])],
    ['alternating tokens', () => diffArraysWithin(Array.from({ length: 20_000 }, () => 'a'), Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'a' : 'b')))],
  ])('two unlike texts of 20,000 %s take less than 50 ms of CPU', (_what, compare) => {
    compare(); // warm-up
    expect(bestCpuMs(compare)).toBeLessThan(50);
  });
});
