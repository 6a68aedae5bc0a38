// The interface language: switching to Polish changes the texts, dates follow the language, and the
// choice survives a reload.
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

describeE2e('the interface language', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e();
    documentId = await submitDocument(env, 'Der Landkreis Görlitz fördert Vereine.\n', { title: 'Vereinsförderung', dueDate: '2027-03-31T12:00:00.000Z' });
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('switching to Polski translates the interface, formats dates in Polish and is remembered after a reload', async () => {
    await asPerson(env, env.people.editor, 'language', async ({ page }) => {
      const nav = page.getByRole('navigation');
      const dueCell = page.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);
      await dueCell.waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await nav.getByRole('link').allTextContents()).toEqual(['My work', 'Documents', 'Submit a text', 'Projects', 'My account']);
      expect(await dueCell.textContent()).toContain('31 Mar 2027');

      await page.getByTestId('language-switch').selectOption('pl');
      await eventually(async () => expect(await nav.getByRole('link').allTextContents()).toEqual(['Moja praca', 'Dokumenty', 'Prześlij tekst', 'Projekty', 'Moje konto']));
      expect(await page.getAttribute('html', 'lang')).toBe('pl');
      expect(await page.getByRole('button', { name: 'Wyloguj' }).count()).toBe(1);
      await eventually(async () => expect(await dueCell.textContent()).toContain('31 mar 2027'));
      await screenshot(page, 'documents-pl');

      await page.reload();
      await dueCell.waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('pl');
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Moja praca', 'Dokumenty', 'Prześlij tekst', 'Projekty', 'Moje konto']);
      expect(await dueCell.textContent()).toContain('31 mar 2027');
      expect(await page.getByTestId('language-switch').inputValue()).toBe('pl');

      await page.getByTestId('language-switch').selectOption('de');
      await eventually(async () => expect(await dueCell.textContent()).toContain('31.03.2027'));
      expect(await page.getAttribute('html', 'lang')).toBe('de');
    });
  });
});
