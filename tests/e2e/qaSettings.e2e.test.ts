// The QA settings screen: the coordinator sees every check the server knows with its default severity,
// switches one off and lowers another from the keyboard, saves, and gets the defaults back; a translator
// reads the same settings without controls.
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

/** The checks as the server lists them, in English: [name, default severity]; nbsp is off by default. */
const CHECKS: [id: string, name: string, defaultSeverity: string][] = [
  ['placeholders', 'Placeholders', 'Error'],
  ['numbers', 'Numbers', 'Error'],
  ['urls_emails', 'Web and e-mail addresses', 'Warning'],
  ['glossary_missing', 'Glossary terms', 'Warning'],
  ['glossary_forbidden', 'Forbidden variants', 'Warning'],
  ['untranslated_words', 'Untranslated words', 'Warning'],
  ['same_as_source', 'Same as the source', 'Warning'],
  ['end_punctuation', 'Final punctuation', 'Warning'],
  ['brackets_quotes', 'Brackets and quotation marks', 'Warning'],
  ['whitespace', 'Spaces', 'Warning'],
  ['length_ratio', 'Length', 'Warning'],
  ['inconsistent_translation', 'Consistency', 'Warning'],
  ['mt_unedited', 'Unedited machine translation', 'Note'],
  ['polish_number_format', 'Polish number format', 'Warning'],
  ['straight_quotes', 'Straight quotation marks', 'Warning'],
  ['nbsp', 'Non-breaking spaces', 'Note'],
];
const onByDefault = (id: string) => (id === 'nbsp' ? 'off' : 'on');

/** Each row as [check id, name, default, runs, severity] (the severity a select shows, or the text). */
const rows = (page: Page) =>
  page.getByTestId('qa-check').evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll('td');
      // (No DOM types here: the shapes the page's elements have.)
      const checkbox = tr.querySelector('input[type="checkbox"]') as unknown as { checked: boolean } | null;
      const select = tr.querySelector('select') as unknown as { selectedOptions: { textContent: string | null }[] } | null;
      return [
        tr.getAttribute('data-check') ?? '',
        tr.querySelector('.qa-check-name')?.textContent ?? '',
        cells[0]?.textContent ?? '',
        checkbox ? (checkbox.checked ? 'on' : 'off') : (cells[1]?.textContent ?? ''),
        select ? (select.selectedOptions[0]?.textContent ?? '') : (cells[2]?.textContent ?? ''),
      ];
    }),
  );

describeE2e('the QA settings screen', () => {
  let env: E2eEnv;
  const qaSettings = async () => (await env.api(env.people.coordinator, 'GET', `/api/projects/${env.projectId}`)).body.settings.qa;

  beforeAll(async () => {
    env = await startE2e();
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('the coordinator switches a check off and lowers another from the keyboard, saves, and goes back to the defaults', async () => {
    await asPerson(env, env.people.coordinator, 'qa-settings', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}`);
      await page.getByTestId('project-tool-qa').click();
      await page.getByRole('heading', { level: 1, name: 'Quality checks' }).waitFor();
      await eventually(async () => expect(await rows(page)).toEqual(CHECKS.map(([id, name, severity]) => [id, name, severity, onByDefault(id), severity])));
      expect(await page.getByTestId('qa-save').isDisabled()).toBe(true);

      await page.getByRole('checkbox', { name: 'Run the check “Spaces”' }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('checkbox', { name: 'Run the check “Non-breaking spaces”' }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('combobox', { name: 'Severity of “Numbers”' }).focus();
      await page.keyboard.press('ArrowDown'); // Error → Warning
      expect(await page.getByRole('combobox', { name: 'Severity of “Spaces”' }).isDisabled()).toBe(true);
      expect(await page.getByText('Unsaved changes').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('qa-save').click();
      await eventually(async () => expect(await page.getByTestId('toast').last().textContent()).toContain('Quality checks saved.'));
      expect(await qaSettings()).toEqual({ disabled: ['whitespace'], enabled: ['nbsp'], severity: { numbers: 'warning' } });

      await page.reload();
      await eventually(async () =>
        expect(await rows(page)).toEqual(
          CHECKS.map(([id, name, severity]) => [id, name, severity, id === 'whitespace' ? 'off' : 'on', id === 'numbers' ? 'Warning' : severity]),
        ),
      );
      await screenshot(page, 'qa-settings', { fullPage: true });

      await page.getByRole('button', { name: 'Back to the defaults' }).click();
      await page.getByTestId('qa-save').click();
      await eventually(async () => expect(await qaSettings()).toEqual({ disabled: [], enabled: [], severity: {} }));
      await eventually(async () => expect(await rows(page)).toEqual(CHECKS.map(([id, name, severity]) => [id, name, severity, onByDefault(id), severity])));
    });
  });

  test('a translator reads the settings without controls', async () => {
    await env.api(env.people.coordinator, 'PATCH', `/api/projects/${env.projectId}/settings`, { qa: { disabled: ['mt_unedited'], severity: { end_punctuation: 'info' } } });
    await asPerson(env, env.people.translator, 'qa-settings-reader', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}/qa`);
      await eventually(async () =>
        expect(await rows(page)).toEqual(
          CHECKS.map(([id, name, severity]) =>
            id === 'mt_unedited' || id === 'nbsp' ? [id, name, severity, 'Off', '—'] : [id, name, severity, 'On', id === 'end_punctuation' ? 'Note' : severity],
          ),
        ),
      );
      expect(await page.getByRole('checkbox').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save checks' }).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
