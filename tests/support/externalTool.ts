// Suites that need a program outside Node (Debian's chromium, pandoc, soffice …): without it they are
// skipped with a printed reason on a developer machine, and fail in CI (`CI` set), where .ci/run
// installs every such program.
import fs from 'node:fs';

export interface ExternalTool {
  /** The executable, e.g. /usr/bin/pandoc. */
  path: string;
  /** What needs it and how to install it, e.g. "the DOCX reader tests need Debian's pandoc (apt-get install -y pandoc)". */
  neededFor: string;
  /** The name of the failing test in CI, e.g. "pandoc is installed". */
  check: string;
}

export const executableAvailable = (file: string): boolean => {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * `describe` when the tool is there; otherwise `describe.skip` after saying why (never silently), or,
 * in CI, a suite with one failing test that says what is missing.
 */
export function describeWithTool(tool: ExternalTool, name: string, body: () => void): void {
  if (executableAvailable(tool.path)) {
    describe(name, body);
    return;
  }
  const reason = `${tool.path} is missing: ${tool.neededFor}`;
  if (process.env.CI) {
    describe(name, () => {
      test(tool.check, () => {
        throw new Error(`${reason}. CI must install it (.ci/run).`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${reason}.`);
  describe.skip(name, body);
}
