// scrypt password hashes.
import { DEFAULT_SCRYPT_PARAMS, hashPassword, verifyPassword } from '../../server/commands/auth/passwords';

describe('passwords', () => {
  test('a hash has the form scrypt$N$r$p$salt$hash with the default cost and verifies its password', async () => {
    const hash = await hashPassword('Zażółć gęślą jaźń');
    const [scheme, n, r, p, salt, key] = hash.split('$');
    expect([scheme, Number(n), Number(r), Number(p)]).toEqual(['scrypt', DEFAULT_SCRYPT_PARAMS.N, DEFAULT_SCRYPT_PARAMS.r, DEFAULT_SCRYPT_PARAMS.p]);
    expect([Buffer.from(salt, 'base64').length, Buffer.from(key, 'base64').length]).toEqual([16, 64]);
    expect(await verifyPassword('Zażółć gęślą jaźń', hash)).toBe(true);
  });

  test('a wrong password does not verify', async () => {
    const hash = await hashPassword('geheim-123', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('geheim-124', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  test('the same password hashes differently each time (random salt)', async () => {
    const params = { N: 1024, r: 8, p: 1 };
    expect(await hashPassword('geheim-123', params)).not.toBe(await hashPassword('geheim-123', params));
  });

  test('verification uses the parameters stored in the hash', async () => {
    const cheap = await hashPassword('geheim-123', { N: 512, r: 4, p: 2 });
    expect(cheap.startsWith('scrypt$512$4$2$')).toBe(true);
    expect(await verifyPassword('geheim-123', cheap)).toBe(true);
  });

  test('the same text in composed and decomposed Unicode is the same password', async () => {
    const hash = await hashPassword('Gru\u0308n', { N: 1024, r: 8, p: 1 });
    expect(await verifyPassword('Gr\u00fcn', hash)).toBe(true);
  });

  test.each([
    ['', 'empty'],
    ['bcrypt$10$abc', 'another scheme'],
    ['scrypt$1024$8$1$c2FsdA==', 'missing hash'],
    ['scrypt$abc$8$1$c2FsdA==$aGFzaA==', 'non-numeric cost'],
    ['scrypt$1000$8$1$c2FsdA==$aGFzaA==', 'N not a power of two'],
    ['scrypt$1024$8$1$c2FsdA==$aGFzaA==$extra', 'extra field'],
  ])('a malformed hash (%p: %s) never verifies and never throws', async (stored) => {
    await expect(verifyPassword('geheim-123', stored)).resolves.toBe(false);
  });
});
