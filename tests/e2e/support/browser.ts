// Debian's Chromium, driven by playwright-core (no browser is ever downloaded). Without it the e2e suites
// are skipped with a printed reason on a developer machine, and fail in CI (CI installs it).
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; NYSA_E2E_CHROMIUM points elsewhere (e.g. to check the missing-browser path). */
export const CHROMIUM_PATH = process.env.NYSA_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** For beforeAll hooks that start the app: the first one of a run may build the client (or wait for it). */
export const E2E_SETUP_TIMEOUT_MS = 300_000;

export const chromiumAvailable = (): boolean => {
  try {
    fs.accessSync(CHROMIUM_PATH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * `describe` when Chromium is there; otherwise `describe.skip` after saying why (never silently), or,
 * in CI (`CI` set), a suite with one failing test that says what is missing.
 */
export function describeE2e(name: string, body: () => void): void {
  if (chromiumAvailable()) {
    describe(name, body);
    return;
  }
  const reason = `${CHROMIUM_PATH} is missing: the end-to-end tests need Debian's chromium (apt-get install -y chromium)`;
  if (process.env.CI) {
    describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`${reason}. CI must install it (.ci/run).`);
      });
    });
    return;
  }
  console.warn(`e2e: skipping "${name}": ${reason}.`);
  describe.skip(name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}
