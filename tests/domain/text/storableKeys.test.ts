// Keys a store can hold: user-chosen keys with NUL, a leading "$" or a lone surrogate are found, at any
// depth, with their path; "." is allowed (abbreviations end with one).
import { InvalidInput } from '../../../server/domain/errors';
import { DEFAULT_RULES, mergeRules } from '../../../server/domain/segmentation/rules';
import { unstorableKeyReason, unstorableKeys } from '../../../server/domain/text/storableKeys';

describe('unstorableKeyReason', () => {
  test.each([
    ['z.B.', null],
    ['Vorh.', null],
    ['U$-Dollar', null],
    ['👩‍👩‍👧', null],
    ['', null],
    ['Vor\u0000h.', 'a key may not contain a NUL character'],
    ['\u0000', 'a key may not contain a NUL character'],
    ['$where', 'a key may not start with "$"'],
    ['$', 'a key may not start with "$"'],
    ['Ab\ud800k.', 'a key may not hold invalid Unicode (a lone surrogate)'],
    ['\udc00', 'a key may not hold invalid Unicode (a lone surrogate)'],
  ])('%j → %j', (key, reason) => {
    expect(unstorableKeyReason(key)).toBe(reason);
  });
});

describe('unstorableKeys', () => {
  test('finds bad keys at any depth, inside arrays too, with dotted paths; values are not keys', () => {
    const value = {
      rules: { de: { abbreviations: { 'Nr.': 'before_number', '$gt': 'may_end', 'a\u0000b': 'never_ends' } } },
      list: [{ ok: 1 }, { '$ne': 1 }],
      text: '$not a key \u0000',
    };
    expect(unstorableKeys(value, ['body'])).toEqual([
      { path: 'body.rules.de.abbreviations.$gt', message: 'a key may not start with "$"' },
      { path: 'body.rules.de.abbreviations.a\u0000b', message: 'a key may not contain a NUL character' },
      { path: 'body.list.1.$ne', message: 'a key may not start with "$"' },
    ]);
  });

  test('plain values and clean objects have none', () => {
    expect([unstorableKeys('$x'), unstorableKeys(null), unstorableKeys([1, 'a']), unstorableKeys({ 'z. B.': { 'Dr.': 1 } })]).toEqual([[], [], [], []]);
  });
});

describe('mergeRules refuses project rules whose abbreviations no store can hold (an SRX import passes no request validator)', () => {
  test.each([
    ['a NUL byte', { pl: { abbreviations: { 'ul\u0000.': 'never_ends' as const } } }, 'pl.abbreviations.ul\u0000.'],
    ['a leading $', { de: { abbreviations: { '$Vorh.': 'never_ends' as const } } }, 'de.abbreviations.$Vorh.'],
  ])('an abbreviation with %s is invalid_key, naming its path', (_name, rules, path) => {
    let thrown: unknown;
    try {
      mergeRules(DEFAULT_RULES, rules);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInput);
    expect([(thrown as InvalidInput).code, ((thrown as InvalidInput).details?.issues as { path: string }[]).map((i) => i.path)]).toEqual(['invalid_key', [path]]);
  });

  test('an abbreviation with dots is accepted', () => {
    expect(mergeRules(DEFAULT_RULES, { de: { abbreviations: { 'Vorh.': 'never_ends' } } }).de.abbreviations['Vorh.']).toBe('never_ends');
  });
});
