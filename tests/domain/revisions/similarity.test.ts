import { similarityBound, similarityTokens, sourceSimilarity } from '../../../server/domain/revisions/similarity';

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
