// The glossary screen, term by term: a translator finds it from the navigation and proposes a term (an
// empty field is refused and named), without controls for terms that are not theirs; the coordinator
// searches, filters, approves the proposal, edits it, adds a term from the keyboard alone, deletes one,
// and sees a concurrent change reported instead of overwritten. The tests build on each other.
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

interface TermJson {
  id: string;
  de: string;
  pl: string;
  note: string | null;
  status: string;
  version: number;
  forbidden: string[];
}

const rows = (page: Page): Locator => page.getByTestId('glossary-term');
const rowOf = (page: Page, german: string): Locator => rows(page).filter({ has: page.getByRole('rowheader', { name: german, exact: true }) });
/** Each row as [German, Polish, status] in the order shown. */
const table = (page: Page) =>
  rows(page).evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('.term-pl')?.textContent ?? '', tr.getAttribute('data-status') ?? '']),
  );

describeE2e('the glossary screen', () => {
  let env: E2eEnv;
  const glossaryPath = () => `/projects/${env.projectId}/glossary`;
  const terms = async (): Promise<TermJson[]> =>
    ((await env.api(env.people.coordinator, 'GET', `/api/projects/${env.projectId}/glossary`)).body.items as TermJson[]).sort((a, b) => a.de.localeCompare(b.de));

  beforeAll(async () => {
    env = await startE2e();
    await env.api(env.people.coordinator, 'POST', `/api/projects/${env.projectId}/glossary`, { de: 'Landkreis', pl: 'powiat', note: 'Verwaltungseinheit' }, 201);
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('a translator reaches the glossary from the navigation and proposes a term; an empty Polish term is refused first', async () => {
    await asPerson(env, env.people.translator, 'glossary-translator', async ({ page }) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Projects' }).click();
      await page.getByRole('link', { name: 'Euroregion Neiße 2026' }).click();
      // The project page shows a translator its tools and members, not the coordinators' controls.
      await page.getByRole('navigation', { name: 'Project tools' }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Project tools' }).getByRole('link').allTextContents()).toEqual([
        'GlossaryTerms one by one: search, add, propose, approve',
        'Concordance searchFind German or Polish words in the translation memory',
        'AlignmentsPair existing German and Polish texts for the memory',
        'Segmentation rulesAbbreviations, exceptions, SRX import and export',
        'Quality checksWhich checks run and how severe they are',
      ]);
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Members', 'Translation memory', 'Glossary']);
      expect(await page.getByRole('button', { name: 'Add to project' }).count()).toBe(0);
      expect(await page.locator('input[type="file"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('project-tool-glossary').click();
      await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
      // The heading comes before the terms do: the list is read after the page opens.
      await eventually(async () => expect(await table(page)).toEqual([['Landkreis', 'powiat', 'approved']]));
      // Not theirs: no edit, delete or approve on the coordinator's term; the memory look-up is for everyone.
      expect(await rowOf(page, 'Landkreis').getByRole('button').allTextContents()).toEqual(['In memory']);

      await page.getByRole('button', { name: 'Propose a term' }).click();
      const dialog = page.getByRole('dialog', { name: 'Propose a term' });
      await page.getByLabel('German term').fill('Grenzraum');
      await dialog.getByRole('button', { name: 'Propose' }).click();
      const polish = dialog.getByLabel('Polish term');
      expect([await polish.getAttribute('aria-invalid'), await dialog.getByText('Enter the Polish term.').count()]).toEqual(['true', 1]);
      expect(await page.evaluate('document.activeElement.getAttribute("data-testid")')).toBe('term-pl');
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.type('obszar przygraniczny');
      await dialog.getByLabel('Note').fill('Gebiet beiderseits der Grenze');
      await dialog.getByLabel('Forbidden Polish variants').fill('strefa graniczna');
      await page.keyboard.press('Enter'); // a textarea keeps Enter: the variant list gets a new line
      await dialog.getByRole('button', { name: 'Propose' }).click();
      await dialog.waitFor({ state: 'detached' });

      await eventually(async () => expect(await table(page)).toEqual([['Grenzraum', 'obszar przygraniczny', 'proposed'], ['Landkreis', 'powiat', 'approved']]));
      const proposal = rowOf(page, 'Grenzraum');
      expect(await proposal.getByText('Your proposal').count()).toBe(1);
      expect(await proposal.getByRole('button').allTextContents()).toEqual(['Edit', 'Delete', 'In memory']);
      expect(await proposal.textContent()).toContain('Not: strefa graniczna');
      expect(await page.getByTestId('toast').last().textContent()).toContain('“Grenzraum” proposed. A coordinator will approve it.');
      await screenshot(page, 'glossary-translator');
      expect(await axeViolations(page)).toEqual([]);
    });

    const stored = await terms();
    expect(stored.map(({ de, pl, note, status, forbidden }) => ({ de, pl, note, status, forbidden }))).toEqual([
      { de: 'Grenzraum', pl: 'obszar przygraniczny', note: 'Gebiet beiderseits der Grenze', status: 'proposed', forbidden: ['strefa graniczna'] },
      { de: 'Landkreis', pl: 'powiat', note: 'Verwaltungseinheit', status: 'approved', forbidden: [] },
    ]);
  });

  test('the coordinator searches, filters, approves and edits the proposal, adds a term by keyboard and deletes one', async () => {
    await asPerson(env, env.people.coordinator, 'glossary-coordinator', async ({ page }) => {
      await page.goto(glossaryPath());
      await page.getByTestId('glossary-search').fill('GRENZ');
      await eventually(async () => expect(await table(page)).toEqual([['Grenzraum', 'obszar przygraniczny', 'proposed']]));
      expect(await page.getByTestId('glossary-count').textContent()).toBe('1 of 2 terms shown');
      await page.getByTestId('glossary-search').fill('');
      await page.getByLabel('Show').selectOption('proposed');
      await eventually(async () => expect(await table(page)).toEqual([['Grenzraum', 'obszar przygraniczny', 'proposed']]));

      await page.getByRole('button', { name: 'Approve “Grenzraum”' }).click();
      await eventually(async () => expect(await table(page)).toEqual([]));
      await eventually(async () => expect(await page.getByText('No term matches the search.').count()).toBe(1));
      await page.getByLabel('Show').selectOption('all');
      await eventually(async () => expect(await table(page)).toEqual([['Grenzraum', 'obszar przygraniczny', 'approved'], ['Landkreis', 'powiat', 'approved']]));

      await page.getByRole('button', { name: 'Edit “Grenzraum”' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit “Grenzraum”' });
      await edit.getByLabel('Polish term').fill('pogranicze');
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.waitFor({ state: 'detached' });
      await eventually(async () => expect(await table(page)).toEqual([['Grenzraum', 'pogranicze', 'approved'], ['Landkreis', 'powiat', 'approved']]));
      // The dialog gave the focus back to the button that opened it.
      expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Edit “Grenzraum”');

      // Adding from the keyboard alone: the dialog opens on the German field, Tab goes on, Enter saves.
      await page.getByRole('button', { name: 'Add a term' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('dialog', { name: 'Add a term' }).waitFor();
      await page.keyboard.type('Städtepartnerschaft');
      await page.keyboard.press('Tab');
      await page.keyboard.type('partnerstwo miast');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await eventually(async () =>
        expect(await table(page)).toEqual([
          ['Grenzraum', 'pogranicze', 'approved'],
          ['Landkreis', 'powiat', 'approved'],
          ['Städtepartnerschaft', 'partnerstwo miast', 'approved'],
        ]),
      );

      await page.getByRole('button', { name: 'Delete “Landkreis”' }).click();
      const confirm = page.getByRole('dialog', { name: 'Delete “Landkreis”?' });
      expect(await confirm.textContent()).toContain('“Landkreis” → “powiat” will be removed from the glossary.');
      // Cancel has the focus: Enter right away would not delete.
      expect(await page.evaluate('document.activeElement.textContent')).toBe('Cancel');
      await confirm.getByRole('button', { name: 'Delete' }).click();
      await confirm.waitFor({ state: 'detached' });
      await eventually(async () => expect(await table(page)).toEqual([['Grenzraum', 'pogranicze', 'approved'], ['Städtepartnerschaft', 'partnerstwo miast', 'approved']]));
      expect(await page.evaluate('document.activeElement.getAttribute("data-testid")')).toBe('glossary-search');
      await screenshot(page, 'glossary-coordinator');
    });

    expect((await terms()).map(({ de, pl, status, version }) => ({ de, pl, status, version }))).toEqual([
      { de: 'Grenzraum', pl: 'pogranicze', status: 'approved', version: 3 },
      { de: 'Städtepartnerschaft', pl: 'partnerstwo miast', status: 'approved', version: 1 },
    ]);
  });

  test('a change someone else saved meanwhile is reported in the dialog (409), and their version can be taken over', async () => {
    await asPerson(env, env.people.coordinator, 'glossary-conflict', async (rolePage) => {
      const { page } = rolePage;
      await page.goto(glossaryPath());
      await page.getByRole('button', { name: 'Edit “Städtepartnerschaft”' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit “Städtepartnerschaft”' });
      await edit.getByLabel('Note').fill('Partnerschaft zweier Städte');

      const [term] = (await terms()).filter((t) => t.de === 'Städtepartnerschaft');
      await env.api(env.people.coordinator, 'PATCH', `/api/projects/${env.projectId}/glossary/${term.id}`, { pl: 'partnerstwo miast bliźniaczych', version: term.version });

      rolePage.allowConsoleError(/status of 409/);
      await edit.getByRole('button', { name: 'Save' }).click();
      const alert = edit.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('p').textContent()).toBe('Someone else changed this glossary entry meanwhile. Please reload it and check your change.');
      await alert.getByRole('button', { name: 'Continue from the current version' }).click();
      expect(await edit.getByLabel('Polish term').inputValue()).toBe('partnerstwo miast bliźniaczych');
      await edit.getByLabel('Note').fill('Partnerschaft zweier Städte');
      await edit.getByRole('button', { name: 'Save' }).click();
      await edit.waitFor({ state: 'detached' });
      await eventually(async () => expect(await rowOf(page, 'Städtepartnerschaft').locator('.term-pl').textContent()).toBe('partnerstwo miast bliźniaczych'));
    });

    const [term] = (await terms()).filter((t) => t.de === 'Städtepartnerschaft');
    expect([term.pl, term.note, term.version]).toEqual(['partnerstwo miast bliźniaczych', 'Partnerschaft zweier Städte', 3]);
  });
});
