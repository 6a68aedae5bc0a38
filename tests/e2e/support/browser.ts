// Debian's Chromium, driven by playwright-core (no browser is ever downloaded). Without it the e2e suites
// are skipped with a printed reason on a developer machine, and fail in CI (CI installs it).
import { chromium, type Browser } from 'playwright-core';
import { describeWithTool, executableAvailable } from '../../support/externalTool';

/** Debian's Chromium; NYSA_E2E_CHROMIUM points elsewhere (e.g. to check the missing-browser path). */
export const CHROMIUM_PATH = process.env.NYSA_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** For beforeAll hooks that start the app: the first one of a run may build the client (or wait for it). */
export const E2E_SETUP_TIMEOUT_MS = 300_000;

export const chromiumAvailable = (): boolean => executableAvailable(CHROMIUM_PATH);

/** `describe` when Chromium is there; see describeWithTool for what happens when it is not. */
export function describeE2e(name: string, body: () => void): void {
  const neededFor = "the end-to-end tests need Debian's chromium (apt-get install -y chromium)";
  describeWithTool({ path: CHROMIUM_PATH, neededFor, check: 'Chromium is installed' }, name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 30_000 });
}
