// What the workspace offers beyond typing, without curl: a coordinator unlocks a passage locked on
// submission as Polish (from the keyboard) and locks a segment; a translator marks a twin as needing
// its own translation and takes the mark off; Ctrl+K opens the concordance search with the selected
// words of a source or target, or with the active segment's source.
import type { Page } from 'playwright-core';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, startE2e, submitDocument, type E2eEnv, type SegmentJson } from './support/e2eApp';
import { focusedLabel, row, target, waitForGrid } from './support/grid';
import { asPerson, eventually } from './support/pages';

jest.setTimeout(120_000);

const GERMAN = 'Die Euroregion Neisse fördert kleine Projekte.';
const POLISH_PASSAGE = 'Euroregion Nysa wspiera małe projekty w ramach funduszu.';
/** Segment 2 is Polish and segment 3 neutral (both locked on submission); segment 4 is a twin of segment 1. */
const MIXED = [GERMAN, POLISH_PASSAGE, 'https://www.euroregion-neisse.de', GERMAN].join('\n\n') + '\n';
/** The memory the concordance searches: one aligned pair. */
const MEMORY = { de: GERMAN, pl: 'Euroregion Nysa wspiera małe projekty.' };

/** Selects `words` inside the element (in its first text node holding them), as a person would with the mouse. */
async function select(page: Page, selector: string, words: string): Promise<void> {
  const found = await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(${JSON.stringify(words)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${words.length});
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return true;
    }
    return false;
  })()`);
  expect([selector, words, found]).toEqual([selector, words, true]);
}

/** The flags of a segment the shared SegmentJson leaves out. */
type Flagged = SegmentJson & { repetition: boolean; contextSpecific: boolean };

describeE2e('segment actions and the concordance search in the workspace', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e();
    documentId = await submitDocument(env, MIXED, { title: 'Kleinprojekte' });
    const alignment = await env.api(env.people.editor, 'POST', `/api/projects/${env.projectId}/alignments`, MEMORY, 201);
    await env.api(env.people.editor, 'POST', `/api/alignments/${alignment.body.id}/confirm`, { version: alignment.body.version });
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('a coordinator unlocks the passage taken for Polish from the keyboard, and locks a segment with the mouse', async () => {
    const before = await allSegments(env, documentId);
    expect(before.map((segment) => segment.state)).toEqual(['new', 'locked', 'locked', 'new']);
    await asPerson(env, env.people.coordinator, 'unlock-segment', async ({ page }) => {
      await page.goto(`/documents/${documentId}`);
      await waitForGrid(page, 4);
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));
      expect(await page.getByTestId('unlock-segment').count()).toBe(2);

      // Alt+↓ to the locked passage (read-only), Tab to its "Unlock", Enter.
      await page.keyboard.press('Alt+ArrowDown');
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 2'));
      expect(await target(page, 1).getAttribute('contenteditable')).toBe('false');
      await page.keyboard.press('Tab');
      expect(await focusedLabel(page)).toBe('Unlock segment 2');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await row(page, 1).getAttribute('data-state')).toBe('draft'));
      // The keyboard is back in the passage, now editable (its Unlock button is gone).
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 2'));
      expect(await target(page, 1).getAttribute('contenteditable')).toBe('true');
      expect((await allSegments(env, documentId))[1]).toMatchObject({ state: 'draft', target: POLISH_PASSAGE, version: before[1].version + 1 });

      // The active row offers locking it again.
      await row(page, 1).getByTestId('lock-segment').click();
      await eventually(async () => expect(await row(page, 1).getAttribute('data-state')).toBe('locked'));
      expect((await allSegments(env, documentId))[1].state).toBe('locked');
      expect(await page.getByTestId('unlock-segment').count()).toBe(2);
    });
  });

  test('a translator marks a twin as needing its own translation and takes the mark off; locking is not theirs', async () => {
    const twin = (await allSegments(env, documentId))[3] as Flagged;
    expect([twin.repetition, twin.contextSpecific]).toEqual([true, false]);
    await asPerson(env, env.people.translator, 'context-specific', async ({ page }) => {
      await page.goto(`/documents/${documentId}`);
      await waitForGrid(page, 4);
      expect(await page.getByTestId('unlock-segment').count()).toBe(0);
      expect(await page.getByTestId('lock-segment').count()).toBe(0);
      // Segment 1 is no twin: nothing to mark there.
      expect(await row(page, 0).getByTestId('context-specific').count()).toBe(0);

      await target(page, 3).click();
      await page.keyboard.press('Tab');
      const toggle = row(page, 3).getByTestId('context-specific');
      expect(await page.evaluate('document.activeElement.getAttribute("data-testid")')).toBe('context-specific');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      await page.keyboard.press('Space');
      await eventually(async () => expect(await toggle.getAttribute('aria-pressed')).toBe('true'));
      expect(await row(page, 3).getByRole('img', { name: 'Needs its own translation here (not propagated)' }).count()).toBe(1);
      expect((await allSegments(env, documentId))[3]).toMatchObject({ contextSpecific: true, state: 'new' });

      await row(page, 3).getByRole('button', { name: 'Own translation here' }).click();
      await eventually(async () => expect(await toggle.getAttribute('aria-pressed')).toBe('false'));
      expect(((await allSegments(env, documentId))[3] as Flagged).contextSpecific).toBe(false);
    });
  });

  test('Ctrl+K searches the memory for the active source, the words selected in a source, or in a target', async () => {
    await asPerson(env, env.people.translator, 'workspace-concordance', async ({ page }) => {
      await page.goto(`/documents/${documentId}`);
      await waitForGrid(page, 4);
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));
      const dialog = page.getByRole('dialog', { name: 'Concordance search' });
      const status = dialog.getByTestId('concordance-status');

      await page.keyboard.press('Control+K');
      await eventually(async () => expect(await status.textContent()).toBe(`1 pair contains “${GERMAN}” in German.`));
      expect(await dialog.getByTestId('concordance-query').inputValue()).toBe(GERMAN);
      expect(await dialog.getByTestId('concordance-target').allTextContents()).toEqual([MEMORY.pl]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      expect(await focusedLabel(page)).toBe('Polish translation, segment 1');

      await select(page, '[data-testid="segment-row"][data-index="0"] [data-testid="segment-source"]', 'fördert kleine');
      await page.keyboard.press('Control+K');
      await eventually(async () => expect(await status.textContent()).toBe('1 pair contains “"fördert kleine"” in German.'));
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Words selected in a translation are searched in Polish; the header's button does the same.
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Euroregion wspiera małe projekty.');
      await select(page, '[data-testid="segment-row"][data-index="0"] [data-testid="segment-target"]', 'małe projekty');
      await page.getByTestId('open-concordance').click();
      await eventually(async () => expect(await status.textContent()).toBe('1 pair contains “"małe projekty"” in Polish.'));
      expect(await dialog.getByLabel('Polish').isChecked()).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // The shortcut help lists it.
      await page.keyboard.press('Control+/');
      const help = page.getByTestId('shortcut-help');
      const entry = help.getByRole('row').filter({ hasText: 'Search the translation memory for the selected words' });
      expect(await entry.locator('kbd').allTextContents()).toEqual(['Ctrl', 'K']);
    });
  });
});
