import { mergeBeads, replaceBeads, splitBead, unitsFromBeads, validateBeads, type BeadShape } from '../../../server/domain/alignment/editing';
import { InvalidInput } from '../../../server/domain/errors';
import type { AlignmentBead } from '../../../server/domain/alignment/types';

/** Beads written as "de/pl" index lists, e.g. '0,1/0' is German 0 and 1 with Polish 0; '2/' is German 2 alone. */
const beads = (...specs: string[]): BeadShape[] =>
  specs.map((spec) => {
    const [de = '', pl = ''] = spec.split('/');
    const list = (text: string) => (text === '' ? [] : text.split(',').map(Number));
    return { de: list(de), pl: list(pl) };
  });

/** The same with confidences, for the editing functions. */
const scored = (...specs: [string, number][]): AlignmentBead[] =>
  specs.map(([spec, confidence]) => ({ ...beads(spec)[0]!, confidence }));

function invalidBeadsDetails(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInput);
    expect(error).toMatchObject({ code: 'invalid_beads' });
    return (error as InvalidInput).details;
  }
  throw new Error('expected invalid_beads');
}

describe('validateBeads', () => {
  test.each([
    ['1-1 beads', beads('0/0', '1/1'), 2, 2],
    ['every bead shape the aligner makes', beads('0/0', '1,2/1', '3/2,3', '4/', '/4'), 5, 5],
    ['a bead a person made of three and three', beads('0,1,2/0,1,2'), 3, 3],
    ['no sentences at all', [], 0, 0],
  ])('accepts %s', (_name, given, deCount, plCount) => {
    expect(() => validateBeads(given, deCount, plCount)).not.toThrow();
  });

  test.each([
    ['an empty bead', beads('0/0', '/', '1/1'), 2, 2, { reason: 'empty_bead', bead: 1 }],
    ['a German sentence twice', beads('0/0', '0/1'), 1, 2, { reason: 'out_of_order', bead: 1, side: 'de', sentence: 0 }],
    ['Polish sentences out of order', beads('0/1', '1/0'), 2, 2, { reason: 'missing_sentence', bead: 0, side: 'pl', sentence: 0 }],
    ['indices out of order inside a bead', beads('1,0/0'), 2, 1, { reason: 'missing_sentence', bead: 0, side: 'de', sentence: 0 }],
    ['a skipped Polish sentence', beads('0/0', '1/2'), 2, 3, { reason: 'missing_sentence', bead: 1, side: 'pl', sentence: 1 }],
    ['a sentence that does not exist', beads('0/0', '1/1'), 2, 1, { reason: 'unknown_sentence', bead: 1, side: 'pl', sentence: 1 }],
    ['a negative index', [{ de: [-1], pl: [0] }], 1, 1, { reason: 'unknown_sentence', bead: 0, side: 'de', sentence: -1 }],
    ['a fractional index', [{ de: [0.5], pl: [0] }], 1, 1, { reason: 'unknown_sentence', bead: 0, side: 'de', sentence: 0.5 }],
    ['German sentences left over at the end', beads('0/0'), 3, 1, { reason: 'missing_sentence', bead: 1, side: 'de', sentence: 1 }],
    ['no beads for existing sentences', [], 1, 1, { reason: 'missing_sentence', bead: 0, side: 'de', sentence: 0 }],
  ])('refuses %s with invalid_beads and the reason', (_name, given, deCount, plCount, details) => {
    expect(invalidBeadsDetails(() => validateBeads(given, deCount, plCount))).toEqual(details);
  });
});

describe('mergeBeads', () => {
  const current = scored(['0/0', 0.99], ['1/', 0.7], ['/1', 0.6], ['2/2', 0.95]);

  test.each([
    ['a 1-0 and a 0-1 bead into 1-1', 1, scored(['0/0', 0.99], ['1/1', 1], ['2/2', 0.95])],
    ['the first two beads', 0, scored(['0,1/0', 1], ['/1', 0.6], ['2/2', 0.95])],
    ['the last two beads', 2, scored(['0/0', 0.99], ['1/', 0.7], ['2/1,2', 1])],
  ])('merges %s (bead %i with the next)', (_name, index, expected) => {
    expect(mergeBeads(current, index)).toEqual(expected);
  });

  test('leaves the given beads unchanged', () => {
    const copy = structuredClone(current);
    mergeBeads(current, 1);
    expect(current).toEqual(copy);
  });

  test.each([[-1], [3], [4], [1.5]])('refuses bead %p, which has no next bead', (index) => {
    expect(invalidBeadsDetails(() => mergeBeads(current, index))).toEqual({ reason: 'no_such_bead', bead: index });
  });
});

describe('splitBead', () => {
  const current = scored(['0/0', 0.9], ['1,2/1', 0.8], ['3/2,3', 0.7]);

  test.each([
    ['a 2-1 bead into 1-1 and 1-0', 1, 1, 1, scored(['0/0', 0.9], ['1/1', 1], ['2/', 1], ['3/2,3', 0.7])],
    ['a 2-1 bead into 1-0 and 1-1', 1, 1, 0, scored(['0/0', 0.9], ['1/', 1], ['2/1', 1], ['3/2,3', 0.7])],
    ['a 1-2 bead into 1-1 and 0-1', 2, 1, 1, scored(['0/0', 0.9], ['1,2/1', 0.8], ['3/2', 1], ['/3', 1])],
    ['a 1-1 bead into 1-0 and 0-1', 0, 1, 0, scored(['0/', 1], ['/0', 1], ['1,2/1', 0.8], ['3/2,3', 0.7])],
  ])('splits %s', (_name, index, de, pl, expected) => {
    expect(splitBead(current, index, de, pl)).toEqual(expected);
  });

  test.each([
    ['an empty first part', 1, 0, 0],
    ['an empty second part', 1, 2, 1],
    ['more German sentences than the bead has', 1, 3, 0],
    ['a negative count', 2, -1, 1],
  ])('refuses %s', (_name, index, de, pl) => {
    expect(invalidBeadsDetails(() => splitBead(current, index, de, pl))).toEqual({ reason: 'invalid_split', bead: index, de, pl });
  });

  test('refuses a bead that does not exist', () => {
    expect(invalidBeadsDetails(() => splitBead(current, 3, 1, 0))).toEqual({ reason: 'no_such_bead', bead: 3 });
  });
});

describe('replaceBeads', () => {
  const current = scored(['0/0', 0.93], ['1,2/1', 0.81], ['3/', 0.55]);

  test('keeps the confidence of unchanged beads and gives every new one 1', () => {
    expect(replaceBeads(current, beads('0/0', '1/1', '2,3/'), 4, 2)).toEqual(scored(['0/0', 0.93], ['1/1', 1], ['2,3/', 1]));
  });

  test('validates the new beads against the sentence counts', () => {
    expect(invalidBeadsDetails(() => replaceBeads(current, beads('0/0', '1,2,3/'), 4, 2))).toEqual({
      reason: 'missing_sentence',
      bead: 2,
      side: 'pl',
      sentence: 1,
    });
  });
});

describe('unitsFromBeads', () => {
  test('gives one pair per bead with sentences on both sides, joined with a space, in order', () => {
    const alignment = {
      deSentences: ['Der Rat tagte.', 'Er beschloss den Haushalt.', 'Die Sitzung war öffentlich.', 'Fotos: Stadt Görlitz'],
      plSentences: ['Rada obradowała i uchwaliła budżet.', 'Posiedzenie było jawne.', 'Tłumaczenie: Biuro Miasta'],
      beads: scored(['0,1/0', 0.97], ['2/1', 0.99], ['3/', 0.6], ['/2', 0.6]),
    };
    expect(unitsFromBeads(alignment)).toEqual([
      { source: 'Der Rat tagte. Er beschloss den Haushalt.', target: 'Rada obradowała i uchwaliła budżet.' },
      { source: 'Die Sitzung war öffentlich.', target: 'Posiedzenie było jawne.' },
    ]);
  });

  test('gives nothing for an alignment without pairs', () => {
    expect(unitsFromBeads({ deSentences: ['Hallo.'], plSentences: [], beads: scored(['0/', 1]) })).toEqual([]);
  });
});
