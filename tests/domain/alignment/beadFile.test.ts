import { parseBeadFile, scoreAlignment } from '../../../server/domain/alignment';
import { lengthCost, sentenceLength } from '../../../server/domain/alignment/lengthModel';

describe('parseBeadFile', () => {
  it('reads beads, sentence lists, omissions and paragraph breaks', () => {
    const file = parseBeadFile(
      [
        '# a comment',
        'Titel ||| Tytuł',
        '',
        'Satz eins. ## Satz zwei. ||| Zdanie pierwsze i drugie.',
        'Nur deutsch. |||',
        '||| Tylko po polsku.',
        'Satz drei. ||| Zdanie trzecie. ## Zdanie czwarte.',
      ].join('\n'),
    );
    expect(file.de).toEqual(['Titel', 'Satz eins.', 'Satz zwei.', 'Nur deutsch.', 'Satz drei.']);
    expect(file.pl).toEqual(['Tytuł', 'Zdanie pierwsze i drugie.', 'Tylko po polsku.', 'Zdanie trzecie.', 'Zdanie czwarte.']);
    expect(file.beads).toEqual([
      { de: [0], pl: [0] },
      { de: [1, 2], pl: [1] },
      { de: [3], pl: [] },
      { de: [], pl: [2] },
      { de: [4], pl: [3, 4] },
    ]);
    expect(file.paragraphStarts).toEqual({ de: [1], pl: [1] });
  });

  it.each([
    ['no separator', 'Satz ohne Gegenstück'],
    ['two separators', 'A ||| B ||| C'],
    ['an empty bead', ' ||| '],
  ])('refuses a line with %s', (_, line) => {
    expect(() => parseBeadFile(line)).toThrow(expect.objectContaining({ code: 'invalid_bead_file' }));
  });
});

describe('scoreAlignment', () => {
  it('counts beads identical to gold ones', () => {
    const gold = [
      { de: [0], pl: [0] },
      { de: [1, 2], pl: [1] },
      { de: [3], pl: [] },
    ];
    const produced = [
      { de: [0], pl: [0] },
      { de: [1], pl: [1] },
      { de: [2], pl: [] },
      { de: [3], pl: [] },
    ];
    expect(scoreAlignment(produced, gold)).toEqual({ produced: 4, gold: 3, correct: 2, precision: 0.5, recall: 2 / 3 });
  });

  it('treats empty alignments as perfect', () => {
    expect(scoreAlignment([], [])).toEqual({ produced: 0, gold: 0, correct: 0, precision: 1, recall: 1 });
  });
});

describe('the length model', () => {
  it('counts characters without placeholders', () => {
    expect(sentenceLength(' {1}Görlitz{/1} liegt an der Neiße. ')).toBe(27);
  });

  it('costs nothing for the expected length and more the further a length strays', () => {
    expect(lengthCost(100, 98)).toBeCloseTo(0, 1);
    const costs = [98, 110, 130, 160, 200].map((pl) => lengthCost(100, pl));
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(lengthCost(100, 200)).toBeGreaterThan(15);
    expect(Number.isFinite(lengthCost(1000, 1))).toBe(true);
  });
});
