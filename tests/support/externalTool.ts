// Tests that check Nysa's output with an independent program (pandoc, xmllint …) follow the pattern of
// tests/e2e/support/browser.ts: without the program they are skipped with a printed reason on a
// developer machine, and fail in CI (`CI` set), which installs it.
import fs from 'node:fs';

export interface ExternalTool {
  /** What the program is called, e.g. "pandoc". */
  name: string;
  path: string;
  /** How to get it, e.g. "apt-get install -y pandoc". */
  install: string;
}

export function toolAvailable(tool: ExternalTool): boolean {
  try {
    fs.accessSync(tool.path, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** `describe` when the tool is there; otherwise a printed skip, or in CI one failing test saying what is missing. */
export function describeWithTool(tool: ExternalTool, name: string, body: () => void): void {
  if (toolAvailable(tool)) {
    describe(name, body);
    return;
  }
  const reason = `${tool.path} is missing: these tests need ${tool.name} (${tool.install})`;
  if (process.env.CI) {
    describe(name, () => {
      test(`${tool.name} is installed`, () => {
        throw new Error(`${reason}. CI must install it.`);
      });
    });
    return;
  }
  console.warn(`skipping "${name}": ${reason}.`);
  describe.skip(name, body);
}

export const PANDOC: ExternalTool = { name: "Debian's pandoc", path: '/usr/bin/pandoc', install: 'apt-get install -y pandoc' };
