// Alignment of an existing German text and its Polish version, in the browser: a translator pastes the
// German text and uploads the Polish file, the editor shows the pairs side by side with the one the
// aligner was unsure of marked, and the translator fixes them from the keyboard (merge, split, moving a
// Polish sentence), sees a concurrent change reported (409) instead of overwritten, and confirms: the
// pairs become translation units. The tests build on each other.
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

const DE = [
  'Der Landkreis Görlitz fördert Begegnungen.',
  'Die Anträge sind bis zum 31. März einzureichen.',
  'Das Büro in Zittau beantwortet Rückfragen.',
  'Die Auszahlung erfolgt nach Vorlage der Belege.',
];
const PL = [
  'Powiat Görlitz wspiera spotkania stowarzyszeń z Saksonii i Dolnego Śląska, organizowane przez lokalne kluby sportowe.',
  'Wnioski do 31 marca.',
  'Na pytania odpowiada biuro w Żytawie.',
  'Wypłata następuje po przedłożeniu dokumentów.',
];
const TITLE = 'Förderaufruf 2026';

/** Each pair as shown: [German sentences, Polish sentences, marked as low confidence]. */
const pairs = (page: Page) =>
  page.getByTestId('bead').evaluateAll((items) =>
    items.map((item) => [
      [...item.querySelectorAll('[data-testid="bead-de"] .bead-sentence')].map((s) => s.textContent ?? ''),
      [...item.querySelectorAll('[data-testid="bead-pl"] .bead-sentence')].map((s) => s.textContent ?? ''),
      item.classList.contains('bead-low') && (item.querySelector('.badge-low')?.textContent ?? '').includes('Low confidence'),
    ]),
  );
const FIXED = DE.map((de, i) => [[de], [PL[i]], false]);
const selectedIndex = (page: Page) => page.evaluate('document.activeElement.getAttribute("aria-selected") === "true" ? Number(document.activeElement.dataset.index) : null');

describeE2e('aligning existing German and Polish texts', () => {
  let env: E2eEnv;
  let editorPath = '';

  beforeAll(async () => {
    env = await startE2e();
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('a translator creates an alignment from a pasted German text and a Polish file; unsure pairs are marked', async () => {
    await asPerson(env, env.people.translator, 'alignment-create', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}`);
      await page.getByTestId('project-tool-alignments').click();
      await page.getByRole('heading', { level: 1, name: 'Alignments' }).waitFor();
      await eventually(async () => expect(await page.getByText('No alignments yet.').count()).toBe(1)); // the list loads after the heading

      await page.getByLabel('Name').fill(TITLE);
      await page.getByLabel('German text (pasted or from the file)').fill(`${DE.join(' ')}\n`);
      await page.getByLabel('Polish file (.txt or .md)').setInputFiles({ name: 'wezwanie.txt', mimeType: 'text/plain', buffer: Buffer.from(`${PL.join(' ')}\n`) });
      await eventually(async () => expect(await page.getByLabel('Polish text (pasted or from the file)').inputValue()).toBe(`${PL.join(' ')}\n`));
      await page.getByRole('button', { name: 'Align the texts' }).click();

      await page.getByRole('heading', { level: 1, name: `Alignment: ${TITLE}` }).waitFor();
      editorPath = new URL(page.url()).pathname;
      // The first Polish sentence says much more than the German one: paired, but marked as unsure.
      expect(await pairs(page)).toEqual([[[DE[0]], [PL[0]], true], ...FIXED.slice(1)]);
      expect(await page.getByTestId('bead-confidence').allTextContents()).toEqual(['Confidence: 37%⚠ Low confidence', 'Confidence: 100%', 'Confidence: 100%', 'Confidence: 99%']);
      expect(await page.getByTestId('alignment-summary').textContent()).toBe('Draft 4 pairs from 4 German and 4 Polish sentences. 1 pair has a low confidence: please check it.');
      await screenshot(page, 'alignment-editor');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('merge, split and moving a sentence work from the keyboard, and the help lists the keys', async () => {
    await asPerson(env, env.people.translator, 'alignment-keys', async ({ page }) => {
      await page.goto(editorPath);
      await page.getByTestId('bead').first().focus();
      // M joins pairs 1 and 2; S and Enter split them again (the default: one and one). A pair a person
      // made is no longer marked as unsure.
      await page.keyboard.press('m');
      await eventually(async () => expect(await pairs(page)).toEqual([[[DE[0], DE[1]], [PL[0], PL[1]], false], FIXED[2], FIXED[3]]));
      expect(await selectedIndex(page)).toBe(0);
      await page.keyboard.press('s');
      const firstSplit = page.getByRole('dialog', { name: 'Split pair 1' });
      await firstSplit.waitFor();
      await page.keyboard.press('Enter');
      await firstSplit.waitFor({ state: 'detached' });
      await eventually(async () => expect(await pairs(page)).toEqual(FIXED));
      expect(await selectedIndex(page)).toBe(0);

      // To pair 3, merge it with pair 4 by the button, then split it again with S and Enter (the default: one and one).
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await selectedIndex(page)).toBe(2);
      await page.getByRole('button', { name: 'Merge with next' }).click();
      await eventually(async () => expect(await pairs(page)).toEqual([FIXED[0], FIXED[1], [[DE[2], DE[3]], [PL[2], PL[3]], false]]));
      expect(await selectedIndex(page)).toBe(2);
      await page.keyboard.press('s');
      const split = page.getByRole('dialog', { name: 'Split pair 3' });
      expect(await split.getByTestId('split-part').allTextContents()).toEqual([`First pair${DE[2]}${PL[2]}`, `Second pair${DE[3]}${PL[3]}`]);
      await page.keyboard.press('Enter');
      await split.waitFor({ state: 'detached' });
      await eventually(async () => expect(await pairs(page)).toEqual(FIXED));

      // Shift+↓ gives the Polish sentence of pair 3 to pair 4; Shift+↑ on pair 4 takes it back.
      await page.keyboard.press('Shift+ArrowDown');
      await eventually(async () => expect(await pairs(page)).toEqual([FIXED[0], FIXED[1], [[DE[2]], [], false], [[DE[3]], [PL[2], PL[3]], false]]));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Shift+ArrowUp');
      await eventually(async () => expect(await pairs(page)).toEqual(FIXED));
      // The keyboard focus stayed on the pair (the moves replaced neither list item).
      expect(await selectedIndex(page)).toBe(3);

      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keys of the alignment editor' });
      await help.waitFor(); // count() does not wait for the dialog to open
      expect(await help.locator('tbody tr').count()).toBe(14);
      expect(await help.getByRole('row', { name: /Move its last Polish sentence to the next pair/ }).textContent()).toBe('Shift + ↓Move its last Polish sentence to the next pair');
      await page.keyboard.press('Escape');
      await help.waitFor({ state: 'detached' });
      expect(await selectedIndex(page)).toBe(3);
    });
  });

  test('a change saved meanwhile by someone else is reported, not overwritten; confirming turns the pairs into translation units', async () => {
    await asPerson(env, env.people.translator, 'alignment-confirm', async (rolePage) => {
      const { page } = rolePage;
      await page.goto(editorPath);
      await page.getByTestId('bead').first().focus();

      // The editor merges pairs 1 and 2 behind the page's back.
      const alignmentId = editorPath.split('/').pop() as string;
      const current = await env.api(env.people.editor, 'GET', `/api/alignments/${alignmentId}`);
      await env.api(env.people.editor, 'POST', `/api/alignments/${alignmentId}/merge`, { bead: 0, version: current.body.version });

      rolePage.allowConsoleError(/status of 409/);
      await page.keyboard.press('m');
      const problem = page.getByTestId('alignment-problem');
      await problem.waitFor();
      expect(await problem.locator('span').textContent()).toBe(
        `Someone else changed these pairs meanwhile (now version ${current.body.version + 1}). Your change was not saved.`,
      );
      expect(await pairs(page)).toEqual(FIXED);
      await problem.getByRole('button', { name: 'Show the current pairs' }).click();
      await eventually(async () => expect(await pairs(page)).toEqual([[[DE[0], DE[1]], [PL[0], PL[1]], false], FIXED[2], FIXED[3]]));
      await problem.waitFor({ state: 'detached' });

      // Split it back, then confirm with Ctrl+Enter.
      await page.keyboard.press('s');
      await page.getByRole('dialog', { name: 'Split pair 1' }).waitFor();
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await pairs(page)).toEqual(FIXED));
      await page.keyboard.press('Control+Enter');
      const confirm = page.getByRole('dialog', { name: 'Confirm the alignment?' });
      expect(await confirm.locator('p').first().textContent()).toBe(
        'The 4 pairs go into the translation memory (pairs with only one language are left out). The alignment can no longer be changed afterwards.',
      );
      await confirm.getByRole('button', { name: 'Confirm' }).click();
      await confirm.waitFor({ state: 'detached' });
      await page.getByTestId('alignment-confirmed').waitFor();
      expect(await page.getByTestId('toast').last().textContent()).toContain('Confirmed: 4 translation units added to the memory.');
      expect(await page.getByRole('button', { name: 'Merge with next' }).count()).toBe(0);

      await page.getByRole('link', { name: '← All alignments' }).click();
      const row = page.getByTestId('alignment-row');
      await row.waitFor();
      expect(await row.locator('th, td').allTextContents()).toEqual([TITLE, 'Confirmed', '4', '4', expect.any(String)]);
    });

    const units = await env.api(env.people.translator, 'GET', `/api/projects/${env.projectId}/tm/units`);
    expect(units.body.items.map((unit: { source: string; target: string; origin: string }) => [unit.source, unit.target, unit.origin])).toEqual(
      DE.map((de, i) => [de, PL[i], 'alignment']),
    );
  });
});
