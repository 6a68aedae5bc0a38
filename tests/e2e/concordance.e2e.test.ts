// The concordance search: a translator opens it from the project page and searches German and Polish
// words in the memory (filled here by a confirmed alignment); hits show both sides with the found words
// marked, markup in a unit stays text, results page by 20, the search lives in the address, and the same
// search opens as a dialog from a glossary term.
import type { Locator, Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

const TOWNS = Array.from({ length: 24 }, (_, i) => i + 1);
const GERMAN = [
  'Die Förderung kleiner Projekte beginnt im Mai.',
  'Der Antrag enthält <b>keine</b> Unterschrift.',
  'Die Projektförderung endet im Jahr 2027.',
  ...TOWNS.map((n) => `Projekt Nummer ${n} wird in Görlitz umgesetzt.`),
];
const POLISH = [
  'Dofinansowanie małych projektów rozpoczyna się w maju.',
  'Wniosek nie zawiera <b>żadnego</b> podpisu.',
  'Dofinansowanie projektów kończy się w roku 2027.',
  ...TOWNS.map((n) => `Projekt numer ${n} jest realizowany w Görlitz.`),
];

const hits = (scope: Page | Locator): Locator => scope.getByTestId('concordance-hit');
/** Each hit as [German, Polish, the marked words]. */
const shownHits = (scope: Page | Locator) =>
  hits(scope).evaluateAll((items) =>
    items.map((item) => [
      item.querySelector('[data-testid="concordance-source"]')?.textContent ?? '',
      item.querySelector('[data-testid="concordance-target"]')?.textContent ?? '',
      [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    ]),
  );
const status = (scope: Page | Locator) => scope.getByTestId('concordance-status').textContent();

describeE2e('the concordance search', () => {
  let env: E2eEnv;
  const today = () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date());

  beforeAll(async () => {
    env = await startE2e();
    const created = await env.api(env.people.editor, 'POST', `/api/projects/${env.projectId}/alignments`, { de: GERMAN.join('\n\n'), pl: POLISH.join('\n\n') }, 201);
    expect(created.body.beads.map((bead: { de: string[]; pl: string[] }) => [bead.de.length, bead.pl.length])).toEqual(GERMAN.map(() => [1, 1]));
    const confirmed = await env.api(env.people.editor, 'POST', `/api/alignments/${created.body.id}/confirm`, { version: created.body.version });
    expect(confirmed.body.units).toBe(GERMAN.length);
    await env.api(env.people.coordinator, 'POST', `/api/projects/${env.projectId}/glossary`, { de: 'Förderung', pl: 'dofinansowanie' }, 201);
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('a translator searches German and Polish words, sees them marked and where the pairs come from; markup stays text', async () => {
    await asPerson(env, env.people.translator, 'concordance', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}`);
      await page.getByTestId('project-tool-concordance').click();
      await page.getByRole('heading', { level: 1, name: 'Concordance search' }).waitFor();
      // The field has the focus: typing and Enter search.
      await page.keyboard.type('förderung');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await status(page)).toBe('1 pair contains “förderung” in German.'));
      expect(await shownHits(page)).toEqual([[GERMAN[0], POLISH[0], ['Förderung']]]);
      expect(await page.getByTestId('concordance-origin').textContent()).toBe(`From aligned documents · ${today()}`);

      await page.getByLabel('Polish').check();
      await page.getByTestId('concordance-query').fill('DOFINANSOWANIE');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      await eventually(async () => expect(await status(page)).toBe('2 pairs contain “DOFINANSOWANIE” in Polish.'));
      expect((await shownHits(page)).sort()).toEqual([
        [GERMAN[0], POLISH[0], ['Dofinansowanie']],
        [GERMAN[2], POLISH[2], ['Dofinansowanie']],
      ]);

      await page.getByLabel('German').check();
      // <b> and </b> are words of the unit's text too: a phrase search would need them; words in any order do not.
      await page.getByTestId('concordance-query').fill('Unterschrift keine');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await shownHits(page)).toEqual([[GERMAN[1], POLISH[1], ['keine', 'Unterschrift']]]));
      expect(await hits(page).locator('b').count()).toBe(0);

      await page.getByTestId('concordance-query').fill('„…“');
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('concordance-query').getAttribute('aria-invalid')).toBe('true');
      await eventually(async () => expect(await page.getByText('Enter at least one word.').count()).toBe(1));
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('results come 20 at a time, and the search is kept in the address across a reload', async () => {
    await asPerson(env, env.people.translator, 'concordance-pages', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}/concordance`);
      await page.getByTestId('concordance-query').fill('Görlitz');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await status(page)).toBe('24 pairs contain “Görlitz” in German.'));
      expect(await hits(page).count()).toBe(20);
      expect(await page.getByRole('navigation', { name: 'Pages of results' }).textContent()).toContain('1–20 of 24');
      await page.getByRole('button', { name: 'Next' }).click();
      await eventually(async () => expect(await hits(page).count()).toBe(4));
      expect(await page.getByRole('navigation', { name: 'Pages of results' }).textContent()).toContain('21–24 of 24');
      expect(await page.locator('.concordance-hits').getAttribute('start')).toBe('21');
      expect((await shownHits(page)).every(([, , marks]) => JSON.stringify(marks) === '["Görlitz"]')).toBe(true);

      expect(new URL(page.url()).search).toBe(`?q=G%C3%B6rlitz&lang=de`);
      await page.reload();
      await eventually(async () => expect(await status(page)).toBe('24 pairs contain “Görlitz” in German.'));
      expect(await page.getByTestId('concordance-query').inputValue()).toBe('Görlitz');
      await screenshot(page, 'concordance');
    });
  });

  test('the same search opens as a dialog from a glossary term, and Escape gives the focus back', async () => {
    await asPerson(env, env.people.translator, 'concordance-dialog', async ({ page }) => {
      await page.goto(`/projects/${env.projectId}/glossary`);
      const opener = page.getByRole('button', { name: 'In memory: how was “Förderung” translated?' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'Concordance search' });
      await eventually(async () => expect(await status(dialog)).toBe('1 pair contains “"Förderung"” in German.'));
      expect(await shownHits(dialog)).toEqual([[GERMAN[0], POLISH[0], ['Förderung']]]);
      expect(await dialog.getByTestId('concordance-query').inputValue()).toBe('"Förderung"');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await page.evaluate('document.activeElement.getAttribute("data-testid")')).toBe('term-memory');
    });
  });
});
