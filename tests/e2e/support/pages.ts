// A browser page per person: its own context (cookies, storage), signed in through the real login form,
// English UI unless told otherwise, and a watch on everything that must never happen on a page: console
// errors, uncaught page errors and Content-Security-Policy violations. A test fails when any occurred.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import type { E2eEnv, Person } from './e2eApp';

export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'screenshots');

/** Reports every CSP violation on the console (where the watch below sees it) and keeps a list. */
const CSP_WATCH = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', function (event) {
    var line = 'CSP violation (securitypolicyviolation): ' + event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') +
      ' at ' + (event.sourceFile || '?') + ':' + event.lineNumber;
    window.__cspViolations.push(line);
    console.error(line);
  });
`;

/** The interface language on first load only: a later choice in the app (and a reload) keeps the user's. */
const languageScript = (language: string) => `
  try { if (!localStorage.getItem('nysa.language')) localStorage.setItem('nysa.language', ${JSON.stringify(language)}); } catch (e) {}
`;

export interface RolePage {
  person: Person;
  context: BrowserContext;
  page: Page;
  /** Every console error, page error and CSP violation seen so far (minus allowed console errors). */
  problems: string[];
  /** Accepts console errors matching `pattern` from now on (e.g. the browser's log of an expected 409). */
  allowConsoleError(pattern: RegExp): void;
  /** Throws when a problem occurred. */
  assertClean(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The first page to open (the login form shows there, then the page itself); default '/'. */
  path?: string;
  /** Interface language stored before the first load; default 'en'. */
  language?: 'de' | 'pl' | 'en';
  /** Sign in through the form (default true). */
  signIn?: boolean;
}

const BOUNDED = 15_000;

export async function openAs(env: E2eEnv, person: Person, options: OpenOptions = {}): Promise<RolePage> {
  const context = await env.browser.newContext({
    baseURL: env.baseUrl,
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(BOUNDED);
  context.setDefaultNavigationTimeout(30_000);
  await context.addInitScript({ content: CSP_WATCH });
  await context.addInitScript({ content: languageScript(options.language ?? 'en') });
  const page = await context.newPage();

  const problems: string[] = [];
  const allowed: RegExp[] = [];
  const where = (message: ConsoleMessage) => {
    const { url, lineNumber } = message.location();
    return url ? ` (${url}:${lineNumber})` : '';
  };
  page.on('console', (message) => {
    const text = message.text();
    const csp = /Content[- ]Security[- ]Policy|CSP violation/i.test(text);
    if (message.type() !== 'error' && !csp) return;
    const line = `console.${message.type()}: ${text}${where(message)}`;
    // A signed-out page asks GET /api/me and gets 401 (how the app learns it must show the login form);
    // the browser logs that response as an error, but it is none.
    if (!csp && /status of 401/.test(text) && message.location().url.endsWith('/api/me')) return;
    if (!csp && allowed.some((pattern) => pattern.test(line))) return;
    problems.push(line);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('crash', () => problems.push('page crashed'));

  const rolePage: RolePage = {
    person,
    context,
    page,
    problems,
    allowConsoleError(pattern) {
      allowed.push(pattern);
    },
    assertClean() {
      if (problems.length > 0) throw new Error(`${person.name}'s page reported ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
    async close() {
      await context.close();
    },
  };

  if (options.signIn ?? true) {
    await page.goto(options.path ?? '/');
    await signIn(page, person);
  } else if (options.path) {
    await page.goto(options.path);
  }
  return rolePage;
}

/** Fills the login form (English labels) and waits until the signed-in frame shows the person's name. */
export async function signIn(page: Page, person: Person): Promise<void> {
  await page.getByLabel('E-mail').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('user-name').filter({ hasText: person.name }).waitFor();
}

/**
 * Runs `body` on a fresh signed-in page of `person`; on failure saves `failure-<name>.png`. The page
 * must end clean (no console/page errors, no CSP violation) and is closed either way.
 */
export async function asPerson(env: E2eEnv, person: Person, name: string, body: (rolePage: RolePage) => Promise<void>, options: OpenOptions = {}): Promise<void> {
  const rolePage = await openAs(env, person, options);
  try {
    await body(rolePage);
  } catch (error) {
    await screenshot(rolePage.page, `failure-${name}`).catch(() => undefined);
    if (rolePage.problems.length > 0 && error instanceof Error) {
      error.message += `\n(the page also reported: ${rolePage.problems.join(' | ')})`;
    }
    await rolePage.close();
    throw error;
  }
  if (rolePage.problems.length > 0) await screenshot(rolePage.page, `failure-${name}`).catch(() => undefined);
  await rolePage.close();
  rolePage.assertClean();
}

/**
 * Saves tests/e2e/screenshots/<name>.png: the viewport, or the whole page with `fullPage` (not for the
 * workspace: resizing the viewport for a full-page shot moves its virtualized grid's scroll position).
 */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled', timeout: BOUNDED });
  return file;
}

/**
 * Retries `check` (jest expects inside) until it passes or `timeoutMs` ran out; then rethrows its
 * last failure. For states the UI reaches asynchronously (live updates, autosave, progress).
 */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
