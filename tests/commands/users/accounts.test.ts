// Account commands without HTTP: the first admin, user creation rules, login.
import { ensureAdmin } from '../../../server/commands/users/ensureAdmin';
import type { CommandContext } from '../../../server/commands/context';
import { login } from '../../../server/commands/auth/login';
import { createLoginThrottle } from '../../../server/commands/auth/loginThrottle';
import { SYSTEM_ORIGIN } from '../../../server/domain/audit/types';
import { verifyPassword } from '../../../server/commands/auth/passwords';
import { createUser } from '../../../server/commands/users/create';
import { loadConfig, type Config } from '../../../server/config';
import { Forbidden, InvalidInput, Unauthenticated } from '../../../server/domain/errors';
import { uuidGenerator } from '../../../server/ports/ids';
import { systemClock } from '../../../server/ports/system';
import { commonPasswords } from '../../../server/integrations/commonPasswords';
import { createDisabledTranslator } from '../../../server/integrations/deepl';
import { createSqliteStore } from '../../../server/storage/sqlite';
import { buildUser } from '../../support/builders';

function context(admin: Config['admin']): CommandContext {
  return {
    config: { ...loadConfig({}), admin },
    store: createSqliteStore({ file: ':memory:' }),
    translator: createDisabledTranslator(),
    clock: systemClock,
    ids: uuidGenerator,
    commonPasswords: commonPasswords(),
  };
}

describe('ensureAdmin', () => {
  test('with no users, creates an admin with the configured password, once', async () => {
    const ctx = context({ email: 'Chef@Nysa.Local', password: 'sehr-geheim' });
    expect(await ensureAdmin(ctx)).toEqual({ created: true, email: 'chef@nysa.local', generatedPassword: null });
    const admin = await ctx.store.users.findByEmail('chef@nysa.local');
    expect([admin!.roles, await verifyPassword('sehr-geheim', admin!.passwordHash)]).toEqual([['admin'], true]);
    expect(await ensureAdmin(ctx)).toEqual({ created: false, email: 'Chef@Nysa.Local', generatedPassword: null });
    expect(await ctx.store.users.count()).toBe(1);
    await ctx.store.close();
  });

  test('without a configured password, generates one and returns it to be shown once', async () => {
    const ctx = context({ email: 'admin@nysa.local', password: null });
    const result = await ensureAdmin(ctx);
    expect(result).toEqual({ created: true, email: 'admin@nysa.local', generatedPassword: expect.stringMatching(/^[A-Za-z0-9_-]{20}$/) });
    const admin = await ctx.store.users.findByEmail('admin@nysa.local');
    expect(await verifyPassword(result.generatedPassword!, admin!.passwordHash)).toBe(true);
    await ctx.store.close();
  });

  test('a configured password shorter than 8 characters stops the start with InvalidInput', async () => {
    const ctx = context({ email: 'admin@nysa.local', password: 'kurz' });
    await expect(ensureAdmin(ctx)).rejects.toBeInstanceOf(InvalidInput);
    await ctx.store.close();
  });
});

describe('createUser', () => {
  test('only admins (or the system) may create users', async () => {
    const ctx = context({ email: 'admin@nysa.local', password: null });
    const props = { email: 'a@b.pl', name: 'A', password: 'secret123', roles: ['translator'] };
    await expect(createUser(ctx, { ...props, actor: buildUser({ roles: ['coordinator'] }) })).rejects.toBeInstanceOf(Forbidden);
    await expect(createUser(ctx, { ...props, actor: 'system' })).resolves.toMatchObject({ email: 'a@b.pl', roles: ['translator'] });
    await ctx.store.close();
  });

  test('repeated roles are stored once; a blank name is refused', async () => {
    const ctx = context({ email: 'admin@nysa.local', password: null });
    const user = await createUser(ctx, { actor: 'system', email: 'a@b.pl', name: ' A ', password: 'secret123', roles: ['reviewer', 'reviewer'] });
    expect([user.name, user.roles]).toEqual(['A', ['reviewer']]);
    await expect(createUser(ctx, { actor: 'system', email: 'c@b.pl', name: '  ', password: 'secret123', roles: ['reviewer'] })).rejects.toMatchObject({
      code: 'invalid_input',
      details: { issues: [{ path: 'name', message: 'must be 1 to 200 characters' }] },
    });
    await ctx.store.close();
  });
});

describe('login', () => {
  test('an unknown e-mail and a wrong password throw the same Unauthenticated invalid_credentials', async () => {
    const ctx = context({ email: 'admin@nysa.local', password: null });
    await createUser(ctx, { actor: 'system', email: 'a@b.pl', name: 'A', password: 'secret123', roles: ['translator'] });
    const throttle = createLoginThrottle(ctx.config, ctx.clock, ctx.store.loginAttempts);
    const unknown = await login(ctx, throttle, { email: 'x@b.pl', password: 'secret123', origin: SYSTEM_ORIGIN }).catch((e: unknown) => e);
    const wrong = await login(ctx, throttle, { email: 'a@b.pl', password: 'secret124', origin: SYSTEM_ORIGIN }).catch((e: unknown) => e);
    for (const error of [unknown, wrong]) {
      expect(error).toBeInstanceOf(Unauthenticated);
      expect([(error as Unauthenticated).code, (error as Unauthenticated).message]).toEqual(['invalid_credentials', 'invalid e-mail or password']);
    }
    await ctx.store.close();
  });
});
