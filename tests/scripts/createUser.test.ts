// scripts/create-user: the same rules as POST /api/users, run as a system action.
import path from 'node:path';
import { main } from '../../scripts/create-user';
import { verifyPassword } from '../../server/commands/auth/passwords';
import { createSqliteStore } from '../../server/storage/sqlite';
import { cliFixture } from './support/cliFixture';

describe('create-user', () => {
  const cli = cliFixture();

  const run = (...argv: string[]) => main(argv, cli.io, cli.config);

  test('creates the user, prints it as JSON and exits 0', async () => {
    const code = await run('--email', 'Anna@Example.PL', '--name', 'Anna Nowak', '--password', 'secret123', '--roles', 'translator, reviewer');
    expect([code, cli.err]).toEqual([0, []]);
    const printed = JSON.parse(cli.out.join('\n'));
    expect(printed).toEqual({ id: expect.any(String), email: 'anna@example.pl', name: 'Anna Nowak', roles: ['translator', 'reviewer'], active: true, createdAt: expect.any(String) });
    const store = createSqliteStore({ file: path.join(cli.dir, 'nysa.sqlite') });
    try {
      const stored = await store.users.findByEmail('anna@example.pl');
      expect(stored!.id).toBe(printed.id);
      expect(await verifyPassword('secret123', stored!.passwordHash)).toBe(true);
    } finally {
      await store.close();
    }
  });

  test('a taken e-mail exits 1 with a clear message', async () => {
    await run('--email', 'anna@example.pl', '--name', 'Anna', '--password', 'secret123', '--roles', 'translator');
    cli.err = [];
    const code = await run('--email', 'ANNA@example.pl', '--name', 'Anna', '--password', 'secret123', '--roles', 'reviewer');
    expect([code, cli.err]).toEqual([1, ['error: This e-mail address is already registered.']]);
  });

  test('a short password and an unknown role exit 1, naming each problem', async () => {
    const code = await run('--email', 'ola@example.pl', '--name', 'Ola', '--password', 'short', '--roles', 'translator,boss');
    expect(code).toBe(1);
    expect(cli.err).toEqual([
      'error: The request contains invalid data.',
      '  password: must be at least 8 characters',
      '  roles.1: unknown role "boss" (known: admin, coordinator, editor, translator, reviewer)',
    ]);
    expect(cli.out).toEqual([]);
  });

  test('a missing or unknown option exits 2 with the usage', async () => {
    expect(await run('--email', 'ola@example.pl', '--name', 'Ola')).toBe(2);
    expect(cli.err[0]).toBe('error: missing --password, --roles');
    expect(cli.err[1]).toMatch(/^usage: npm run create-user -- --email/);
    cli.err = [];
    expect(await run('--email', 'a@b.pl', '--name', 'A', '--password', 'secret123', '--roles', 'admin', '--admin')).toBe(2);
    expect(cli.err[0]).toBe('error: unknown flag --admin');
  });
});
