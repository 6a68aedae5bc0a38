// Safety in the browser: the built client runs under the server's Content-Security-Policy without a
// single violation, and a cookie-authenticated write from another website is refused.
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, screenshot } from './support/pages';

jest.setTimeout(120_000);

describeE2e('security in the browser', () => {
  let env: E2eEnv;

  beforeAll(async () => {
    env = await startE2e();
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test("the page's CSP allows only our own scripts, and no page of the signed-in app reports a violation", async () => {
    const response = await fetch(`${env.baseUrl}/`, { headers: { accept: 'text/html' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(response.status).toBe(200);
    expect(csp.split('; ')).toEqual(expect.arrayContaining(["script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]));
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

    await asPerson(env, env.people.coordinator, 'csp', async ({ page }) => {
      await screenshot(page, 'documents-coordinator');
      for (const path of ['/', '/submit', '/dashboard', '/projects']) {
        await page.goto(path);
        await page.getByTestId('user-name').waitFor();
        await page.waitForLoadState('networkidle');
      }
      // The watch installed before every page load saw no violation (asPerson fails on any).
      expect(await page.evaluate('window.__cspViolations')).toEqual([]);
    });
  });

  test('the login page shows the form in English and signing in with a wrong password says so', async () => {
    await asPerson(
      env,
      env.people.editor,
      'login',
      async (rolePage) => {
        const { page } = rolePage;
        await page.goto('/');
        await page.getByRole('button', { name: 'Sign in' }).waitFor();
        await screenshot(page, 'login');
        // A refused login is a 401 the browser logs on the console; it is expected here.
        rolePage.allowConsoleError(/status of 401.*\/api\/(auth\/login|me)/);
        await page.getByLabel('E-mail').fill(env.people.editor.email);
        await page.getByLabel('Password').fill('falsches-passwort');
        await page.getByRole('button', { name: 'Sign in' }).click();
        const error = page.locator('form [role="alert"]');
        await error.waitFor();
        expect(await error.textContent()).toBe('The e-mail address or password is incorrect.');
      },
      { signIn: false },
    );
  });

  test('a cookie-authenticated POST with a foreign Origin is refused with 403 csrf_rejected', async () => {
    await asPerson(env, env.people.coordinator, 'csrf', async ({ page }) => {
      const body = { name: 'Fremdes Projekt', sourceLang: 'de', targetLang: 'pl' };
      const foreign = await page.request.post('/api/projects', { data: body, headers: { Origin: 'http://evil.example' } });
      expect([foreign.status(), (await foreign.json()).error]).toEqual([403, 'csrf_rejected']);
      const projects = await env.api(env.people.coordinator, 'GET', '/api/projects');
      expect(projects.body.items.map((p: { name: string }) => p.name)).toEqual(['Euroregion Neiße 2026']);
      // The same request from our own origin, with the same cookie, is accepted.
      const own = await page.request.post('/api/projects', { data: body, headers: { Origin: env.baseUrl } });
      expect(own.status()).toBe(201);
    });
  });
});
