// scripts/create-user: the same rules as POST /api/users, run as a system action.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../scripts/create-user';
import { verifyPassword } from '../../server/commands/auth/passwords';
import { loadConfig, type Config } from '../../server/config';
import { createSqliteStore } from '../../server/storage/sqlite';

describe('create-user', () => {
  let dir: string;
  let config: Config;
  let out: string[];
  let err: string[];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-cli-'));
    config = { ...loadConfig({}), dataDir: dir, mongodbUri: null };
    out = [];
    err = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (...argv: string[]) => main(argv, io, config);

  test('creates the user, prints it as JSON and exits 0', async () => {
    const code = await run('--email', 'Anna@Example.PL', '--name', 'Anna Nowak', '--password', 'secret123', '--roles', 'translator, reviewer');
    expect([code, err]).toEqual([0, []]);
    const printed = JSON.parse(out.join('\n'));
    expect(printed).toEqual({ id: expect.any(String), email: 'anna@example.pl', name: 'Anna Nowak', roles: ['translator', 'reviewer'], active: true, createdAt: expect.any(String) });
    const store = createSqliteStore({ file: path.join(dir, 'nysa.sqlite') });
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
    err = [];
    const code = await run('--email', 'ANNA@example.pl', '--name', 'Anna', '--password', 'secret123', '--roles', 'reviewer');
    expect([code, err]).toEqual([1, ['error: This e-mail address is already registered.']]);
  });

  test('a short password and an unknown role exit 1, naming each problem', async () => {
    const code = await run('--email', 'ola@example.pl', '--name', 'Ola', '--password', 'short', '--roles', 'translator,boss');
    expect(code).toBe(1);
    expect(err).toEqual([
      'error: The request contains invalid data.',
      '  password: must be at least 8 characters',
      '  roles.1: unknown role "boss" (known: admin, coordinator, editor, translator, reviewer)',
    ]);
    expect(out).toEqual([]);
  });

  test('a missing or unknown option exits 2 with the usage', async () => {
    expect(await run('--email', 'ola@example.pl', '--name', 'Ola')).toBe(2);
    expect(err[0]).toBe('error: missing --password, --roles');
    expect(err[1]).toMatch(/^usage: npm run create-user -- --email/);
    err = [];
    expect(await run('--email', 'a@b.pl', '--name', 'A', '--password', 'secret123', '--roles', 'admin', '--admin')).toBe(2);
    expect(err[0]).toBe('error: unknown flag --admin');
  });
});
