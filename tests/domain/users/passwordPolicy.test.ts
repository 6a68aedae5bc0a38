// The password policy: a minimum length, and none of the 1,000 most common passwords
// (@zxcvbn-ts/language-common, through integrations/commonPasswords).
import { passwordProblem, requireAcceptablePassword, WeakPassword, type CommonPasswords } from '../../../server/domain/users/passwordPolicy';
import { COMMON_PASSWORD_COUNT, commonPasswords } from '../../../server/integrations/commonPasswords';

describe('the common-password list', () => {
  test('holds the 1,000 most common passwords of @zxcvbn-ts/language-common, lower case', () => {
    // Fails with "the password policy needs the package @zxcvbn-ts/language-common …" when it is not installed.
    const list = commonPasswords();
    expect([COMMON_PASSWORD_COUNT, list.size]).toEqual([1000, 1000]);
    for (const password of ['123456', 'password', 'qwerty', 'iloveyou', 'trustno1']) expect([password, list.has(password)]).toEqual([password, true]);
    expect(list.has('grenzland-2026-haslo')).toBe(false);
  });
});

describe('passwordProblem', () => {
  const common = commonPasswords();

  test.each([
    ['', 'password_too_short'],
    ['sieben7', 'password_too_short'],
    ['password', 'password_too_common'],
    ['PassWord1', 'password_too_common'],
    ['QWERTY123', 'password_too_common'],
    ['x'.repeat(1025), 'password_too_long'],
    ['acht8888', null],
    ['Neisse-Brücke-2026', null],
    ['x'.repeat(1024), null],
  ])('%j → %s', (password, problem) => {
    expect(passwordProblem(password, common)).toBe(problem);
  });

  test('counts characters, not UTF-16 units: eight letters outside the BMP are long enough, seven are not', () => {
    expect(passwordProblem('𝔊'.repeat(8), common)).toBeNull();
    expect(passwordProblem('𝔊'.repeat(7), common)).toBe('password_too_short');
  });

  test('takes any list behind the interface', () => {
    const tiny: CommonPasswords = { size: 1, has: (password) => password === 'grenzland' };
    expect(passwordProblem('Grenzland', tiny)).toBe('password_too_common');
    expect(passwordProblem('iloveyou', tiny)).toBeNull();
  });
});

describe('requireAcceptablePassword', () => {
  test('throws WeakPassword with the problem as code, the limits as parameters and the field as the issue path', () => {
    let thrown: unknown;
    try {
      requireAcceptablePassword('letmein1', { size: 1000, has: (password) => password === 'letmein1' }, 'newPassword');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WeakPassword);
    expect(thrown).toMatchObject({
      code: 'password_too_common',
      params: { min: 8, max: 1024, size: 1000 },
      details: { issues: [{ path: 'newPassword', message: 'is one of the most common passwords' }] },
    });
  });
});
