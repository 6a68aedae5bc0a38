// Suites that need a program from outside the repository (Debian's chromium, pandoc, soffice, xliff2po,
// xmllint …): run when the tool is there; otherwise skipped with a printed reason on a developer
// machine, and failing in CI (`CI` set), where .ci/run installs every such program.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** True when `command` can be started (it is on PATH and runs). */
export function commandAvailable(command: string, args: readonly string[] = ['--version']): boolean {
  const run = spawnSync(command, args, { stdio: 'ignore', timeout: 30_000 });
  return run.error === undefined && run.status !== null;
}

/** True when `file` exists and may be executed. */
export const executableAvailable = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * `describe` when `missing()` returns null; otherwise `describe.skip` after printing why, or in CI a
 * suite with one failing test (`check`) naming what is missing.
 */
export function describeWithTools(name: string, missing: () => string | null, body: () => void, check = 'the tools it needs are installed'): void {
  const reason = missing();
  if (reason === null) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      test(check, () => {
        throw new Error(`${reason}. CI must install it (.ci/run).`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${reason}.`);
  describe.skip(name, body);
}

export interface ExternalTool {
  /** The executable, e.g. /usr/bin/pandoc. */
  path: string;
  /** What needs it and how to install it, e.g. "the DOCX reader tests need Debian's pandoc (apt-get install -y pandoc)". */
  neededFor: string;
  /** The name of the failing test in CI, e.g. "pandoc is installed". */
  check: string;
}

/** describeWithTools for one executable at a known path. */
export function describeWithTool(tool: ExternalTool, name: string, body: () => void): void {
  describeWithTools(name, () => (executableAvailable(tool.path) ? null : `${tool.path} is missing: ${tool.neededFor}`), body, tool.check);
}

/** Debian's pandoc: an independent reader of the DOCX and HTML files Nysa writes. */
export const PANDOC: ExternalTool = {
  path: '/usr/bin/pandoc',
  neededFor: "the format reader tests need Debian's pandoc (apt-get install -y pandoc)",
  check: 'pandoc is installed',
};
