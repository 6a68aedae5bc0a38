// rememberedPerText: what the checks find in a German source is found once per source, however often its
// target is saved again; a full memory starts afresh, and a check gives the same issues either way.
import { numbers } from '../../../server/domain/qa/checks/numbers';
import { rememberedPerText } from '../../../server/domain/qa/text';

describe('rememberedPerText', () => {
  test('analyses each distinct source once and hands back the same result', () => {
    const seen: string[] = [];
    const lengthOf = rememberedPerText((source) => (seen.push(source), { length: source.length }));
    const first = lengthOf('Am 31. März 2020.');
    expect([lengthOf('Am 31. März 2020.'), lengthOf('Zwei Sätze.'), lengthOf('Am 31. März 2020.')]).toEqual([{ length: 17 }, { length: 11 }, { length: 17 }]);
    expect(lengthOf('Am 31. März 2020.')).toBe(first);
    expect(seen).toEqual(['Am 31. März 2020.', 'Zwei Sätze.']);
  });

  test('keeps at most `kept` sources: when full, it starts afresh', () => {
    const seen: string[] = [];
    const upper = rememberedPerText((source) => (seen.push(source), source.toUpperCase()), 2);
    for (const source of ['a', 'b', 'a', 'c', 'a', 'c']) upper(source);
    // 'c' fills it beyond two: the memory is cleared, 'c' kept; 'a' is analysed again.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });

  test('the numbers check gives the same issues for a source it has seen before, whatever the target', () => {
    const source = 'Am 31. März 2020 wurden 80.000 Euro bewilligt.';
    const run = (target: string) => numbers.run(source, target, {}).map((finding) => [finding.code, finding.params]);
    expect(run('Dnia 31 marca 2020 r. przyznano 80 tys. euro.')).toEqual([]);
    expect(run('Dnia 30 marca 2020 r. przyznano 80 tys. euro.')).toEqual([
      ['qa.numbers.missing', { number: '31. März 2020' }],
      ['qa.numbers.extra', { number: '30 marca 2020' }],
    ]);
    expect(run('Dnia 31 marca 2020 r. przyznano 80 tys. euro.')).toEqual([]);
  });
});
