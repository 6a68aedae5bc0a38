// Post-edit distance (server/domain/quality/editDistance.ts): character Levenshtein, placeholders as one
// character each, normalised by the longer text.
import { levenshtein, LEVENSHTEIN_CELLS_MAX, postEditDistance } from '../../../server/domain/quality/editDistance';
import { bestCpuMs } from '../../support/cpuTime';

/** Seeded letters a–z, in words of 6 (a space after every sixth letter). */
function words(length: number, seed: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; out.length < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += i % 7 === 6 ? ' ' : String.fromCharCode(97 + (x % 26));
  }
  return out;
}

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
    expect(postEditDistance(long, `${long} i więcej`)).toEqual({ distance: 9, ratio: 9 / (long.length + 9) });
  });

  // Beyond the Levenshtein budget the diff's work is bounded too (domain/text/boundedDiff.ts): a confirm
  // runs this on the server's main thread, and the unbounded character diff of two unlike texts of 5,000
  // characters took seconds there.
  test('a long text changed in one place: the characters the diff inserts and deletes', () => {
    // "koniec" → "początek": "o" and "e" kept, 4 characters deleted and 6 inserted.
    expect(postEditDistance(`${'Wniosek '.repeat(300)}koniec`, `${'Wniosek '.repeat(300)}początek`)).toEqual({ distance: 10, ratio: 10 / 2408 });
  });

  test('a long text with many words changed: beyond the character diff’s bound, changed words count whole', () => {
    const proposal = `${'Wniosek '.repeat(300)}koniec`;
    const target = `${'Projekt '.repeat(100)}${'Wniosek '.repeat(200)}koniec`;
    // Some 1,000 character edits, over the bound; 100 words out and 100 in: 700 characters each way.
    expect(postEditDistance(proposal, target)).toEqual({ distance: 1400, ratio: 1400 / 2406 });
    // 300 words out and 300 in: over the word diff's bound as well, so the longer length.
    expect(postEditDistance(proposal, `${'Projekt '.repeat(300)}koniec`)).toEqual({ distance: 2406, ratio: 1 });
  });

  test('two texts unlike in every word: the longer length, an upper bound', () => {
    expect(postEditDistance('a'.repeat(3_000), 'b'.repeat(3_000))).toEqual({ distance: 3_000, ratio: 1 });
    expect(postEditDistance('Tekst', 'x'.repeat(100_000))).toEqual({ distance: 100_000, ratio: 1 });
  });

  // Linear work: reading 100,000 characters into tokens takes some 50 ms here; quadratic work on them
  // would take minutes.
  test.each<[string, number, string, string]>([
    ['two unlike texts of 5,000 characters', 50, words(5_000, 1), words(5_000, 2)],
    ['two unlike texts of 100,000 characters (a target’s longest)', 200, words(100_000, 3), words(100_000, 4)],
    ['a proposal of 100 characters and a target of 100,000', 200, words(100, 5), words(100_000, 6)],
  ])('%s take less than %i ms of CPU', (_what, limitMs, proposal, target) => {
    expect(proposal).not.toBe(target);
    postEditDistance(proposal, target); // warm-up
    expect(bestCpuMs(() => postEditDistance(proposal, target))).toBeLessThan(limitMs);
  });
});
