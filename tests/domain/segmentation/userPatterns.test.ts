import { DomainError } from '../../../server/domain/errors';
import { cpuMs } from '../../support/cpuTime';
import {
  compileUserPattern,
  unsupportedConstruct,
  UnsupportedPattern,
} from '../../../server/domain/segmentation/userPatterns';

describe('unsupportedConstruct', () => {
  const refused: [string, number, string, string][] = [
    ['(?<=Nr)\\.', 0, '(?<=', 'lookbehind'],
    ['\\bAbs(?<!x)\\.', 5, '(?<!', 'lookbehind'],
    ['\\s+(?=[A-Z])', 3, '(?=', 'lookahead'],
    ['\\s+(?!und)', 3, '(?!', 'lookahead'],
    ['(a)b\\1', 4, '\\1', 'backreference'],
    ['(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\\10', 30, '\\10', 'backreference'],
    ['(?<q>["„])x\\k<q>', 11, '\\k<q>', 'backreference'],
    ['x(?>y+)', 1, '(?>', 'atomic_group'],
  ];
  test.each(refused)('%j at %i: %s', (pattern, position, construct, feature) => {
    expect(unsupportedConstruct(pattern)).toEqual({ position, construct, feature });
  });

  const accepted = ['(x+x+)+y', '[(?=]\\.', '\\(?=\\)', '[]?!]\\s', '[^]\\\\1]', '(?:Dr|Prof)\\.', '(?<name>a)b', '\\\\1', '\\p{Lu}\\p{Ll}+'];
  test.each(accepted)('accepts %j', (pattern) => {
    expect(unsupportedConstruct(pattern)).toBeNull();
  });
});

describe('compileUserPattern', () => {
  it('runs a pattern that backtracking engines take exponential time on, in linear time', () => {
    const regex = compileUserPattern('(x+x+)+y', 'u');
    const used = cpuMs(() => {
      expect(regex.test('x'.repeat(100_000))).toBe(false);
      expect(regex.test(`${'x'.repeat(100_000)}y`)).toBe(true);
    });
    expect(used).toBeLessThan(2000);
  });

  it('refuses lookbehind with code unsupported_pattern, the position and where it was found', () => {
    let error: unknown;
    try {
      compileUserPattern('Nr(?<!x)\\.', 'u', { lang: 'de', index: 0, field: 'before' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnsupportedPattern);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'unsupported_pattern',
      params: { position: 2, construct: '(?<!' },
      details: { lang: 'de', index: 0, field: 'before', position: 2, construct: '(?<!', feature: 'lookbehind' },
    });
  });

  it('throws a SyntaxError for a pattern that does not compile', () => {
    expect(() => compileUserPattern('(', 'u')).toThrow(SyntaxError);
  });

  it('places the pattern in a template but reports the position in the pattern itself', () => {
    expect(compileUserPattern('Mai\\.', 'u', {}, (p) => `(?:${p})$`).test('am 3. Mai.')).toBe(true);
    expect(() => compileUserPattern('a\\1', 'u', {}, (p) => `(?:${p})$`)).toThrow(
      expect.objectContaining({ params: { position: 1, construct: '\\1' } }),
    );
  });
});
