// The segmentation rules screen: the coordinator adds an abbreviation and sees a German text split
// differently, gets a regex the server refuses explained in the interface language (Polish here), adds an
// exception, downloads the rules as SRX (holding the abbreviation), and imports an SRX file (a broken one
// is refused with its line). A translator reads the rules without controls to change them.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { emptyLanguageRules } from '../../server/domain/segmentation/rules';
import { exportSrx } from '../../server/domain/segmentation/srx';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

const TEXT = 'Das Vorh. Brückenbau beginnt im Mai. Die Kosten trägt der Freistaat.';

const germanRules = (page: Page) => page.getByTestId('rules-de');
/** The German abbreviations as shown: [abbreviation, kind]. */
const abbreviations = (page: Page) =>
  germanRules(page)
    .getByTestId('abbreviation-row')
    .evaluateAll((rows) => rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']));
const exceptions = (page: Page) =>
  germanRules(page)
    .getByTestId('exception-row')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 3).map((cell) => cell.textContent ?? '')));
const trySentences = async (page: Page): Promise<string[]> => {
  await page.getByRole('button', { name: 'Split into sentences' }).click();
  await page.getByTestId('try-segments').waitFor();
  return page.getByTestId('try-segments').locator('li').allTextContents();
};

describeE2e('the segmentation rules screen', () => {
  let env: E2eEnv;
  const rulesUrl = () => `/api/projects/${env.projectId}/segmentation`;

  beforeAll(async () => {
    env = await startE2e();
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('the coordinator adds an abbreviation and an exception, a refused regex is explained in Polish, and the SRX download holds the abbreviation', async () => {
    await asPerson(env, env.people.coordinator, 'segmentation', async (rolePage) => {
      const { page } = rolePage;
      await page.goto(`/projects/${env.projectId}`);
      await page.getByTestId('project-tool-segmentation').click();
      await page.getByRole('heading', { level: 1, name: 'Segmentation rules' }).waitFor();
      // The rules load after the heading: wait for them rather than count what is there yet.
      await germanRules(page).getByText('The project adds no abbreviations.').waitFor();

      await page.getByLabel('German text').fill(TEXT);
      expect(await trySentences(page)).toEqual(['Das Vorh.', 'Brückenbau beginnt im Mai.', 'Die Kosten trägt der Freistaat.']);

      await page.getByTestId('abbreviation-text-de').fill('Vorh.');
      await page.getByTestId('abbreviation-kind-de').selectOption('never_ends');
      await page.getByTestId('abbreviation-text-de').press('Enter');
      await eventually(async () => expect(await abbreviations(page)).toEqual([['Vorh.', 'Never ends a sentence']]));
      await eventually(async () => expect(await trySentences(page)).toEqual(['Das Vorh. Brückenbau beginnt im Mai.', 'Die Kosten trägt der Freistaat.']));

      // A regex that cannot compile: the server refuses it (400), in the language the interface is in.
      rolePage.allowConsoleError(/status of 400/);
      await page.getByTestId('language-switch').selectOption('pl');
      await page.getByRole('heading', { level: 1, name: 'Reguły segmentacji' }).waitFor();
      await page.getByTestId('exception-before-de').fill('(');
      await germanRules(page).getByRole('button', { name: 'Dodaj wyjątek' }).click();
      const error = page.getByTestId('exception-error-de');
      await error.waitFor();
      expect([await error.getAttribute('role'), await error.textContent()]).toEqual(['alert', 'Reguła segmentacji jest nieprawidłowa: jej wyrażenia regularnego nie da się użyć.']);
      expect(await exceptions(page)).toEqual([]);
      await page.getByTestId('language-switch').selectOption('en');

      await page.getByTestId('exception-effect-de').selectOption('break');
      await page.getByTestId('exception-before-de').fill('Mai\\.');
      await page.getByTestId('exception-after-de').fill(' ');
      await page.getByTestId('exception-after-de').press('Enter');
      await eventually(async () => expect(await exceptions(page)).toEqual([['Break here', 'Mai\\.', ' ']]));
      expect(await page.getByTestId('exception-error-de').count()).toBe(0);
      await screenshot(page, 'segmentation', { fullPage: true });
      expect(await axeViolations(page)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the rules as SRX' }).click()]);
      expect(download.suggestedFilename()).toBe('segmentation.srx');
      const srx = fs.readFileSync((await download.path()) as string, 'utf8');
      expect(srx).toBe((await env.api(env.people.coordinator, 'GET', `${rulesUrl()}?format=srx`)).text);
      expect(srx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<srx xmlns="http://www.lisa.org/srx20" version="2.0">')).toBe(true);
      expect(srx).toContain('<beforebreak>Mai\\.</beforebreak>');
      expect(srx).toMatch(/<beforebreak>[^<]*Vorh[^<]*<\/beforebreak>/);
    });

    const stored = await env.api(env.people.coordinator, 'GET', rulesUrl());
    expect(stored.body.rules).toEqual({ de: { abbreviations: { 'Vorh.': 'never_ends' }, exceptions: [{ break: true, before: 'Mai\\.', after: ' ' }] } });
  });

  test('an SRX file replaces the additions after a confirmation; a broken one is refused with its line', async () => {
    const srx = exportSrx({ de: { ...emptyLanguageRules(), abbreviations: { 'Bhf.': 'may_end' } }, pl: emptyLanguageRules() });
    await asPerson(env, env.people.coordinator, 'segmentation-import', async (rolePage) => {
      const { page } = rolePage;
      await page.goto(`/projects/${env.projectId}/segmentation`);
      await germanRules(page).getByTestId('abbreviation-row').first().waitFor();

      rolePage.allowConsoleError(/status of 400/);
      await page.getByLabel('Import an SRX file').setInputFiles({ name: 'kaputt.srx', mimeType: 'application/xml', buffer: Buffer.from('<srx version="2.0">\n<header>\n</srx>') });
      await page.getByRole('dialog', { name: 'Import the SRX file?' }).getByRole('button', { name: 'Import' }).click();
      const error = page.getByTestId('srx-error');
      await error.waitFor();
      expect(await error.textContent()).toBe('The SRX file is not valid SRX 2.0; the details give the line. (Line 3)');
      expect(await abbreviations(page)).toEqual([['Vorh.', 'Never ends a sentence']]);

      await page.getByLabel('Import an SRX file').setInputFiles({ name: 'bahn.srx', mimeType: 'application/xml', buffer: Buffer.from(srx) });
      const confirm = page.getByRole('dialog', { name: 'Import the SRX file?' });
      expect(await confirm.locator('p').first().textContent()).toBe(
        'The German and Polish rules of “bahn.srx” replace the project\'s added abbreviations and exceptions. The built-in rules stay.',
      );
      await confirm.getByRole('button', { name: 'Import' }).click();
      await eventually(async () => expect(await abbreviations(page)).toEqual([['Bhf.', 'Ends a sentence before a sentence start']]));
      expect(await page.getByTestId('srx-error').count()).toBe(0);
    });

    const stored = await env.api(env.people.coordinator, 'GET', rulesUrl());
    expect([stored.body.rules.de.abbreviations, stored.body.rules.pl.abbreviations]).toEqual([{ 'Bhf.': 'may_end' }, {}]);
  });

  test('a translator reads the rules and may download them, without controls to change them', async () => {
    await asPerson(env, env.people.translator, 'segmentation-reader', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}/segmentation`);
      await eventually(async () => expect(await abbreviations(page)).toEqual([['Bhf.', 'Ends a sentence before a sentence start']]));
      expect(await page.getByRole('main').getByRole('button').count()).toBe(0);
      expect(await page.getByLabel('Import an SRX file').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Download the rules as SRX' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
