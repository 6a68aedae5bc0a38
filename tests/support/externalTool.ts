// Suites that need a program from outside the repository (xliff2po, xmllint …) follow the pattern of
// the e2e suites (tests/e2e/support/browser.ts): run when the tool is there; otherwise skipped with a
// printed reason on a developer machine, and failing in CI (`CI` set), which must install it.
import { spawnSync } from 'node:child_process';

/** True when `command` can be started (it is on PATH and runs). */
export function commandAvailable(command: string, args: readonly string[] = ['--version']): boolean {
  const run = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return run.error === undefined && run.status !== null;
}

/**
 * `describe` when `missing()` returns null; otherwise `describe.skip` after printing why, or in CI a
 * suite with one failing test naming what is missing.
 */
export function describeWithTools(name: string, missing: () => string | null, body: () => void): void {
  const reason = missing();
  if (reason === null) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      test('the tools it needs are installed', () => {
        throw new Error(`${reason}. CI must install it (.ci/run).`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${reason}.`);
  describe.skip(name, body);
}
