// The README's API walkthrough, run as written: the shell block after the `walkthrough` marker is
// executed with bash against a test server (fake DeepL on 127.0.0.1), so a reader who follows it gets
// what it promises. It needs bash and curl, which CI has (the suite says why when they are missing).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createDeeplTranslator } from '../../../server/integrations/deepl';
import { commandAvailable, describeWithTools } from '../../support/externalTool';
import { startFakeDeepl, type FakeDeepl } from '../../support/fakeDeepl';
import { startTestApp, type TestApp } from '../../support/testApp';

const run = promisify(execFile);

/** The body of the fenced shell block that follows the walkthrough marker in README.md. */
function walkthroughScript(readme: string): string {
  const marker = readme.indexOf('<!-- walkthrough:');
  if (marker < 0) throw new Error('README.md has no walkthrough marker');
  const fence = /```sh\n([\s\S]*?)```/.exec(readme.slice(marker));
  if (!fence) throw new Error('no ```sh block after the walkthrough marker');
  return fence[1];
}

const missingTools = (): string | null =>
  ['bash', 'curl'].filter((tool) => !commandAvailable(tool)).map((tool) => `${tool} is missing`).join(', ') || null;

describeWithTools('README: the workflow through the API', missingTools, () => {
  let deepl: FakeDeepl;
  let app: TestApp;
  let workDir: string;

  beforeAll(async () => {
    deepl = await startFakeDeepl();
    app = await startTestApp({ translator: createDeeplTranslator({ authKey: deepl.authKey, serverUrl: deepl.url }) });
    await app.createUser({ roles: ['admin'], email: 'admin@nysa.local', name: 'Admin', password: 'Walk-through-2026' });
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nysa-walkthrough-'));
  });
  afterAll(async () => {
    await app.close();
    await deepl.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  });

  test('takes the press release from submission to the approved Polish export with three people', async () => {
    const script = walkthroughScript(fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8'));
    const { stdout } = await run('bash', ['-c', script], {
      cwd: workDir,
      env: { ...process.env, BASE: app.baseUrl, ADMIN_PASSWORD: 'Walk-through-2026' },
      timeout: 60_000,
    });
    expect(stdout).toBe(
      '{"approved":2,"skipped":[]}\n# Spotkanie\n\nW dniach 30 i 31 stycznia 2019 r. w Dreźnie odbyło się 4. spotkanie.',
    );
    const users = await app.store.users.list();
    expect(users.map((user) => user.email).sort()).toEqual(['admin@nysa.local', 'anna@example.pl', 'piotr@example.pl']);
  }, 60_000); // as long as the script may run: a few dozen curl calls take over 20 s next to the browser tests
});
