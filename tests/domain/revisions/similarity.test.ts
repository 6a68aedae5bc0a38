import { bagSimilarity, similarityBound, similarityTokens, sourceSimilarity, tokenSimilarity } from '../../../server/domain/revisions/similarity';
import { bestCpuMs } from '../../support/cpuTime';

describe('sourceSimilarity', () => {
  it('is 1 for the same words, whatever the case and punctuation', () => {
    expect(sourceSimilarity('Das Treffen fand statt.', 'das Treffen fand statt!')).toBe(1);
  });

  it('is 0 when no word is shared', () => {
    expect(sourceSimilarity('Das Treffen fand statt.', 'Wir danken allen.')).toBe(0);
  });

  it('counts the words in common, in order: 2 · common / (words of both)', () => {
    // 11 and 12 tokens; "30. und" → "1. Februar" keeps 10 of them in order.
    const before = 'Am 30. und 31. Januar 2019 fand in Dresden das Treffen statt.';
    const after = 'Am 31. Januar und 1. Februar 2019 fand in Dresden das Treffen statt.';

    expect(similarityTokens(before)).toEqual(['am', '30', 'und', '31', 'januar', '2019', 'fand', 'in', 'dresden', 'das', 'treffen', 'statt']);
    expect(sourceSimilarity(before, after)).toBeCloseTo((2 * 10) / (12 + 13), 10);
  });

  it('compares placeholders as tokens of their own', () => {
    expect(similarityTokens('Das {1}Sächsische{/1} Ministerium{2/}')).toEqual(['das', '{1}', 'sächsische', '{/1}', 'ministerium', '{2/}']);
  });
});

describe('similarityBound', () => {
  it('is the similarity of the shorter list wholly contained in the longer', () => {
    expect(similarityBound(2, 6)).toBe(0.5);
    expect(similarityBound(0, 0)).toBe(1);
    expect(similarityBound(0, 3)).toBe(0);
  });
});

describe('bagSimilarity', () => {
  it('counts the tokens in common in any order, each as often as both have it', () => {
    expect(bagSimilarity(['a', 'b', 'c'], ['c', 'b', 'a'])).toBe(1);
    expect(bagSimilarity(['a', 'a', 'b'], ['a', 'c'])).toBe((2 * 1) / 5);
    expect(bagSimilarity([], [])).toBe(1);
    expect(bagSimilarity(['a'], [])).toBe(0);
  });
});

describe('tokenSimilarity', () => {
  it('in order is never above the bag similarity: a swap keeps one of two', () => {
    expect(tokenSimilarity(['erst', 'dann'], ['dann', 'erst'])).toBe(0.5);
    expect(bagSimilarity(['erst', 'dann'], ['dann', 'erst'])).toBe(1);
  });

  it('below the threshold asked for, answers the bag similarity without a diff', () => {
    // In order one token in common (2 / 12); as a bag four (8 / 12).
    const a = ['a', 'b', 'c', 'd', 'e', 'f'];
    const b = ['f', 'e', 'd', 'c', 'x', 'y'];
    expect(tokenSimilarity(a, b)).toBeCloseTo(2 / 12, 10);
    expect(tokenSimilarity(a, b, 0.7)).toBeCloseTo(8 / 12, 10);
    expect(tokenSimilarity(a, b, 0.5)).toBeCloseTo(2 / 12, 10);
  });

  // Two long sources too unlike for the bounded diff (domain/text/boundedDiff.ts) but alike as bags.
  it('for sources too unlike to diff, answers the bag similarity, at once', () => {
    const words = Array.from({ length: 1_000 }, (_, i) => `w${i}`);
    const reversed = [...words].reverse();
    expect(tokenSimilarity(words, reversed)).toBe(1);
    tokenSimilarity(words, reversed);
    expect(bestCpuMs(() => tokenSimilarity(words, reversed))).toBeLessThan(50);
  });
});
