// The repetition keys of a submission are asked of the store in batches bounded by count and by
// characters (commands/documents/usedSourceKeys.ts), so that no lookup holds the server long.
import { keyBatches } from '../../../server/commands/documents/usedSourceKeys';

describe('keyBatches', () => {
  it('cuts a batch at the most keys', () => {
    const keys = Array.from({ length: 7 }, (_, i) => `k${i}`);

    expect(keyBatches(keys, 3, 1_000)).toEqual([['k0', 'k1', 'k2'], ['k3', 'k4', 'k5'], ['k6']]);
  });

  it('cuts a batch before the key that would pass the most characters, in order', () => {
    const keys = ['a'.repeat(40), 'b'.repeat(50), 'c'.repeat(20), 'd'.repeat(90), 'e'.repeat(5)];

    expect(keyBatches(keys, 10, 100).map((batch) => batch.map((key) => `${key[0]}${key.length}`))).toEqual([['a40', 'b50'], ['c20'], ['d90', 'e5']]);
  });

  it('puts a key longer than the most characters in a batch of its own', () => {
    expect(keyBatches(['x', 'y'.repeat(300), 'z'], 10, 100).map((batch) => batch.map((key) => key.length))).toEqual([[1], [300], [1]]);
  });

  it('makes no batch of no keys', () => {
    expect(keyBatches([])).toEqual([]);
  });

  it('by default: 1,000 keys or 200,000 characters', () => {
    expect(keyBatches(Array.from({ length: 2_500 }, (_, i) => String(i))).map((batch) => batch.length)).toEqual([1_000, 1_000, 500]);
    expect(keyBatches(Array.from({ length: 100 }, () => 'w'.repeat(5_000))).map((batch) => batch.length)).toEqual([40, 40, 20]);
  });
});
