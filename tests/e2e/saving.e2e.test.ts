// Saving when the server fails: a failed save is tried again a bounded number of times, each wait
// twice as long, then the row and a banner say "not saved" until the translator retries; the text
// stays in the editor and in the unload guard all along. Leaving the page stops every timer of the
// workspace. The page's clock is Playwright's, so a minute of waiting takes none.
import type { Page, Route } from 'playwright-core';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { row, target, waitForGrid } from './support/grid';
import { asPerson, eventually, type RolePage } from './support/pages';

jest.setTimeout(120_000);

const SENTENCES = ['Der Landkreis Görlitz fördert Vereine.', 'Rückfragen beantwortet das Euroregionsbüro.'];
const TYPED = 'Powiat zgorzelecki wspiera stowarzyszenia.';

/** Answers every save (PATCH of a segment) with 503 while `failing` is true; counts the saves sent. */
async function flakySaves(page: Page): Promise<{ sent: () => number; heal: () => void }> {
  let sent = 0;
  let failing = true;
  await page.route('**/api/segments/*', async (route: Route) => {
    if (route.request().method() !== 'PATCH') return route.continue();
    sent += 1;
    if (!failing) return route.continue();
    return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'unavailable', message: 'Server überlastet.' }) });
  });
  return { sent: () => sent, heal: () => void (failing = false) };
}

/** Whether leaving the page now would ask first (the unload guard). */
const unloadAsks = (page: Page) =>
  page.evaluate(`(() => { const event = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(event); return event.defaultPrevented; })()`);

describeE2e('saving when the server fails', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e();
    documentId = await submitDocument(env, SENTENCES.join('\n\n') + '\n', { title: 'Vereinsförderung' });
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  /** Opens the document on a page whose clock the test moves; the failed saves it provokes are expected. */
  async function openOnClock({ page, allowConsoleError }: RolePage): Promise<void> {
    allowConsoleError(/status of 503/);
    await page.clock.install();
    await page.goto(`/documents/${documentId}`);
    await waitForGrid(page, SENTENCES.length);
  }

  test('a failed save is tried again after 2, 4, 8, 16 and 32 s, then waits for "Try again"; the text is never lost', async () => {
    await asPerson(env, env.people.translator, 'save-retries', async (rolePage) => {
      const { page } = rolePage;
      await openOnClock(rolePage);
      const saves = await flakySaves(page);
      const status = row(page, 0).getByTestId('save-status');

      // From here the page's time moves only when the test moves it, so each wait is measured exactly
      // however busy the machine is (the page's clock runs on until the pause: 2 s ahead is never its past).
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2_000);
      await target(page, 0).click();
      await page.keyboard.type(TYPED);
      await eventually(async () => {
        await page.clock.runFor(20);
        expect(saves.sent()).toBe(1);
      });
      await eventually(async () => expect(await status.textContent()).toBe('Not saved – trying again shortly'));
      expect(await page.getByTestId('toast-error').allTextContents()).toEqual(['Server überlastet.×']);

      for (const [wait, attempts] of [[2_000, 2], [4_000, 3], [8_000, 4], [16_000, 5], [32_000, 6]]) {
        // The next try is planned when the page has handled the failed answer; the test's own steps of the
        // paused clock blur that moment by a few milliseconds, hence the 50 ms on either side.
        await eventually(async () => expect(await status.getAttribute('data-status')).toBe('error'));
        await page.clock.fastForward(wait - 50);
        expect(saves.sent()).toBe(attempts - 1);
        await page.clock.fastForward(100);
        await eventually(() => expect(saves.sent()).toBe(attempts));
      }
      await eventually(async () => expect(await status.textContent()).toBe('Not saved'));
      // No more tries by itself, however long it waits; one toast said it, the row and the banner keep saying it.
      await page.clock.fastForward(10 * 60_000);
      expect(saves.sent()).toBe(6);
      expect(await page.getByTestId('unsaved-banner').textContent()).toBe('1 segment could not be saved. Its text stays here until saving succeeds.Try again');
      expect(await target(page, 0).textContent()).toBe(TYPED);
      expect(await unloadAsks(page)).toBe(true);
      expect((await allSegments(env, documentId))[0].target).toBeNull();

      await page.clock.resume();
      saves.heal();
      await page.getByTestId('retry-all-saves').click();
      await eventually(async () => expect(await status.textContent()).toBe('Saved'));
      expect(await page.getByTestId('unsaved-banner').count()).toBe(0);
      expect(await unloadAsks(page)).toBe(false);
      expect((await allSegments(env, documentId))[0]).toMatchObject({ target: TYPED, state: 'draft' });
    });
  });

  test('leaving the workspace stops its retries and its document refresh', async () => {
    await asPerson(env, env.people.translator, 'save-unmount', async (rolePage) => {
      const { page } = rolePage;
      await openOnClock(rolePage);
      let documentReads = 0;
      await page.route(`**/api/documents/${documentId}`, (route) => {
        documentReads += 1;
        return route.continue();
      });
      const saves = await flakySaves(page);

      // A failing save, then away to the list: one last try on the way out, and no timer after that.
      await target(page, 1).click();
      await page.keyboard.type('Pytania kieruje się do biura.');
      await eventually(() => expect(saves.sent()).toBe(1));
      await page.getByTestId('back-to-documents').click();
      await page.getByTestId('document-row').first().waitFor();
      await eventually(() => expect(saves.sent()).toBe(2));
      await page.clock.fastForward(10 * 60_000);
      expect(saves.sent()).toBe(2);
      expect(documentReads).toBe(0);

      // A save that goes through on the way out would refresh the document's progress a moment
      // later: not once the page is gone.
      saves.heal();
      await page.goto(`/documents/${documentId}`);
      await waitForGrid(page, SENTENCES.length);
      await target(page, 0).click();
      await page.keyboard.press('Control+A');
      await page.clock.pauseAt(Date.now() + 24 * 60 * 60_000);
      await page.keyboard.type('Powiat wspiera stowarzyszenia.');
      const readsBefore = documentReads;
      const savesBefore = saves.sent();
      await page.getByTestId('back-to-documents').click();
      await eventually(() => expect(saves.sent()).toBe(savesBefore + 1));
      await eventually(async () => expect((await allSegments(env, documentId))[0].target).toBe('Powiat wspiera stowarzyszenia.'));
      // The page takes the save's answer in its own time: the clock moves on in steps, with real pauses between.
      for (let step = 0; step < 10; step += 1) {
        await page.clock.runFor(1_000);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(documentReads).toBe(readsBefore);
    });
  });
});
