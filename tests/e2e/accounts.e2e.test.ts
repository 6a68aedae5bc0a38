// Accounts in Chromium, one test per new screen: the People page (edit, deactivate and reactivate,
// a reset link), My account (password, API tokens), the reset-password page (signed out), the audit
// trail (admins; a coordinator's project activity), and the member search of the project page.
// Every screen is used from the keyboard where a person would, and checked with axe-core.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { PERSON_PASSWORD, startE2e, submitDocument, type E2eEnv, type Person } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2 A/AA rules on the page as it is now, contrast aside (the colours are the app's,
 * not these screens'); returns "rule: target" for every violation. Evaluated through the DevTools
 * protocol, so the page's CSP (no inline scripts) does not stop it and sees nothing.
 */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  // A string, evaluated in the page: the tests are compiled without the DOM's types.
  return page.evaluate<string[]>(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, rules: { 'color-contrast': { enabled: false } } })
    .then((result) => result.violations.flatMap((violation) => violation.nodes.map((node) => violation.id + ': ' + node.target.join(' '))))`);
}

const toast = (page: Page, text: string | RegExp) => page.locator('.toast').filter({ hasText: text }).first().waitFor();

describeE2e('accounts in the browser', () => {
  let env: E2eEnv;
  let admin: Person;

  /** A person stored directly, with the e2e password. */
  const person = async (name: string, email: string, roles: Parameters<E2eEnv['app']['createUser']>[0]['roles'] = ['translator']): Promise<Person> => {
    const { user, token } = await env.app.createUser({ name, email, roles, password: PERSON_PASSWORD });
    return { id: user.id, name, email, password: PERSON_PASSWORD, token };
  };

  beforeAll(async () => {
    env = await startE2e();
    admin = await person('Ada Admin', 'ada.admin@nysa.test', ['admin']);
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('People: an admin changes roles, deactivates and reactivates an account, and gets a reset link', async () => {
    const leaving = await person('Lena Lange', 'lena.lange@nysa.test');
    await asPerson(env, admin, 'people', async ({ page }) => {
      await page.getByRole('link', { name: 'People' }).click();
      const row = page.getByTestId('user-lena.lange@nysa.test');
      await row.waitFor();

      // Edit from the keyboard: focus the button, Enter opens the dialog with the name field focused.
      await page.getByRole('button', { name: 'Edit Lena Lange' }).focus();
      await page.keyboard.press('Enter');
      const edit = page.getByTestId('edit-user-dialog');
      await edit.getByLabel('Reviewer').check();
      expect(await accessibilityViolations(page)).toEqual([]);
      await edit.getByRole('button', { name: 'Save' }).click();
      await toast(page, 'Changes to Lena Lange saved.');
      expect((await env.app.store.users.findById(leaving.id))!.roles).toEqual(['translator', 'reviewer']);

      await page.getByRole('button', { name: 'Deactivate Lena Lange' }).click();
      await page.getByTestId('active-dialog').getByRole('button', { name: 'Deactivate' }).click();
      await toast(page, 'Lena Lange was deactivated.');
      await row.getByText('inactive').waitFor();
      expect((await env.app.request('GET', '/api/me', { token: leaving.token })).status).toBe(401);
      await screenshot(page, 'people-inactive');

      await page.getByRole('button', { name: 'Reactivate Lena Lange' }).click();
      await page.getByTestId('active-dialog').getByRole('button', { name: 'Reactivate' }).click();
      await toast(page, 'Lena Lange was reactivated.');
      await eventually(async () => expect(await row.getByText('inactive').count()).toBe(0));

      await page.getByRole('button', { name: 'Password reset link for Lena Lange' }).click();
      const link = page.getByTestId('reset-link');
      await eventually(async () => expect(await link.inputValue()).toMatch(new RegExp(`^${env.baseUrl}/reset-password#token=`)));
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('reset-link-dialog').waitFor({ state: 'detached' });
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test('My account: someone changes their password and creates, uses and revokes an API token', async () => {
    const anna = await person('Anna Kowalska', 'anna.kowalska@nysa.test');
    await asPerson(env, anna, 'account', async ({ page }) => {
      await page.getByRole('link', { name: 'My account' }).click();
      await page.getByRole('heading', { name: 'My account' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.getByLabel('Current password').fill(PERSON_PASSWORD);
      await page.getByLabel('New password', { exact: true }).fill('Neisse-Brücke-2026');
      await page.getByLabel('Repeat the new password').fill('Neisse-Brücke-2026');
      await page.getByRole('button', { name: 'Change password' }).click();
      await toast(page, 'Your password was changed.');
      expect((await env.app.login('anna.kowalska@nysa.test', 'Neisse-Brücke-2026')).status).toBe(200);

      await page.getByLabel('Name', { exact: true }).fill('Export-Skript');
      await page.getByRole('button', { name: 'Create token' }).click();
      const secret = await page.getByTestId('issued-token').inputValue();
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByTestId('issued-token-dialog').getByRole('button', { name: 'Close' }).click();
      const tokens = page.getByTestId('tokens-table');
      await tokens.getByText('Export-Skript').waitFor();
      await screenshot(page, 'account');
      expect((await env.app.request('GET', '/api/me', { token: secret })).body.email).toBe('anna.kowalska@nysa.test');

      await page.getByRole('button', { name: 'Revoke the token Export-Skript' }).click();
      await page.getByTestId('revoke-token-dialog').getByRole('button', { name: 'Revoke' }).click();
      await toast(page, 'The token “Export-Skript” was revoked.');
      await eventually(async () => expect(await tokens.getByText('Export-Skript').count()).toBe(0));
      expect((await env.app.request('GET', '/api/me', { token: secret })).status).toBe(401);
    });
  });

  test('Reset password: following the link, signed out, sets a new password that then signs in', async () => {
    const jan = await person('Jan Zieliński', 'jan.zielinski@nysa.test');
    const issued = await env.api(admin, 'POST', `/api/users/${jan.id}/password-reset`, undefined, 201);
    await asPerson(
      env,
      jan,
      'reset-password',
      async ({ page }) => {
        await page.goto(issued.body.url.replace(env.baseUrl, ''));
        await page.getByRole('heading', { name: 'Set a new password' }).waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.getByLabel('New password', { exact: true }).fill('Oder-Brücke-2027');
        await page.getByLabel('Repeat the new password').fill('Oder-Brücke-2027');
        await page.keyboard.press('Enter');
        await page.getByText('Your new password is set. Sign in as jan.zielinski@nysa.test with it.').waitFor();
        await screenshot(page, 'reset-password-done');
        await page.getByRole('button', { name: 'Go to sign-in' }).click();

        await page.getByLabel('E-mail').fill('jan.zielinski@nysa.test');
        await page.getByLabel('Password').fill('Oder-Brücke-2027');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByTestId('user-name').filter({ hasText: 'Jan Zieliński' }).waitFor();
      },
      { signIn: false },
    );
  });

  test('Audit trail: an admin filters it; a coordinator sees who exported which document of the project', async () => {
    const documentId = await submitDocument(env, 'Die Stadt Görlitz lädt ein.', { title: 'Einladung Görlitz' });
    await env.api(env.people.coordinator, 'GET', `/api/documents/${documentId}/export?allowUnapproved=true`);

    await asPerson(env, admin, 'audit-admin', async ({ page }) => {
      await page.getByRole('link', { name: 'Audit trail' }).click();
      const table = page.getByTestId('audit-table');
      await table.waitFor();
      await page.getByTestId('audit-kind').selectOption({ label: 'Document exported' });
      await page.getByRole('button', { name: 'Show' }).click();
      await eventually(async () => expect(await table.locator('tbody tr').count()).toBe(1));
      expect(await table.locator('tbody tr').first().innerText()).toMatch(/Document exported\s+Klaus Richter\s+Document: Einladung Görlitz\s+Euroregion Neiße 2026\s+127\.0\.0\.1/);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'audit-admin');
    });

    await asPerson(env, env.people.coordinator, 'audit-coordinator', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}`);
      await page.getByRole('link', { name: 'Activity log' }).click();
      await page.getByRole('heading', { name: 'Activity in Euroregion Neiße 2026' }).waitFor();
      const row = page.getByTestId('audit-table').locator('tbody tr').filter({ hasText: 'Document exported' });
      expect(await row.innerText()).toMatch(/Document exported\s+Klaus Richter\s+Document: Einladung Görlitz/);
      expect(await page.getByRole('columnheader', { name: 'Address' }).count()).toBe(0);
    });
  });

  test('Project members: a coordinator finds a person by part of the name and adds them', async () => {
    await person('Zofia Wójcik', 'zofia.wojcik@nysa.test');
    await asPerson(env, env.people.coordinator, 'add-member', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}`);
      await page.getByTestId('member-search').fill('wojc');
      const select = page.getByTestId('member-user');
      await eventually(async () => expect(await select.locator('option').allInnerTexts()).toEqual(['Zofia Wójcik (zofia.wojcik@nysa.test)']));
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Add to project' }).click();
      await toast(page, 'Member added.');
      await page.locator('.member-list').getByText('Zofia Wójcik').waitFor();
    });
  });
});
