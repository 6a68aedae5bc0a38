// scripts/reset-admin: a lost admin password is replaced from the terminal.
import { main } from '../../scripts/reset-admin';
import { hashPassword, verifyPassword } from '../../server/commands/auth/passwords';
import { buildSession, buildUser } from '../support/builders';
import { cliFixture } from './support/cliFixture';

describe('reset-admin', () => {
  const cli = cliFixture();

  /** The oldest admin (deactivated unless said otherwise), a newer admin, a translator; the first has a session. */
  const seed = (firstActive = true) =>
    cli.withStore(async (store) => {
      const hash = await hashPassword('vergessen-2026', { N: 1024, r: 8, p: 1 });
      await store.users.create(buildUser({ id: 'first', email: 'chef@nysa.test', roles: ['admin'], passwordHash: hash, active: firstActive, createdAt: '2026-01-01T00:00:00.000Z' }));
      await store.users.create(buildUser({ id: 'second', email: 'zweite@nysa.test', roles: ['admin'], passwordHash: hash, createdAt: '2026-02-01T00:00:00.000Z' }));
      await store.users.create(buildUser({ id: 'anna', roles: ['translator'], passwordHash: hash, createdAt: '2025-01-01T00:00:00.000Z' }));
      await store.sessions.create(buildSession({ userId: firstActive ? 'first' : 'second' }));
    });

  test('generates a password for the first admin, shows it once in a box, and ends the admin’s sessions', async () => {
    await seed();

    expect([await main([], cli.io, cli.config), cli.err]).toEqual([0, []]);

    const box = cli.out[0];
    const password = /Password: (\S+)/.exec(box)![1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(box).toContain('E-mail:   chef@nysa.test');
    expect(box.split('\n').filter((line) => /^#+$/.test(line))).toHaveLength(2);
    expect(cli.out[1]).toBe('1 open session(s) of chef@nysa.test were ended.');
    await cli.withStore(async (store) => {
      expect(await verifyPassword(password, (await store.users.findById('first'))!.passwordHash)).toBe(true);
      expect(await verifyPassword('vergessen-2026', (await store.users.findById('second'))!.passwordHash)).toBe(true);
      expect(await store.sessions.deleteByUser('first')).toEqual([]);
      const [entry] = (await store.audit.list({ offset: 0, limit: 1 })).items;
      expect(entry).toMatchObject({ kind: 'admin_password_reset', actorId: null, ip: null, target: { type: 'user', id: 'first' } });
    });
  });

  test('sets a given password; the oldest active admin is the one reset', async () => {
    await seed(false);

    expect(await main(['--password', 'Neisse-Brücke-2026'], cli.io, cli.config)).toBe(0);

    expect(cli.out[0]).toBe('The password of the admin account was reset. zweite@nysa.test signs in with the password you gave.');
    await cli.withStore(async (store) => {
      expect(await verifyPassword('Neisse-Brücke-2026', (await store.users.findById('second'))!.passwordHash)).toBe(true);
    });
  });

  test('a given password the policy refuses exits 1 and changes nothing', async () => {
    await seed();

    expect(await main(['--password', 'password1'], cli.io, cli.config)).toBe(1);

    expect(cli.err).toEqual(['error: This password is one of the 1000 most common passwords and easy to guess. Please choose another one.', '  password: is one of the most common passwords']);
    await cli.withStore(async (store) => {
      expect(await verifyPassword('vergessen-2026', (await store.users.findById('first'))!.passwordHash)).toBe(true);
    });
  });

  test('without any admin it exits 1 saying so; an unknown option exits 2 with the usage', async () => {
    expect(await main([], cli.io, cli.config)).toBe(1);
    expect(cli.err).toEqual(['error: There is no administrator account yet. Start Nysa once to create one.']);
    cli.err = [];
    expect(await main(['--email', 'x'], cli.io, cli.config)).toBe(2);
    expect(cli.err[1]).toBe("usage: npm run reset-admin [-- --password '<new password>']");
  });
});
