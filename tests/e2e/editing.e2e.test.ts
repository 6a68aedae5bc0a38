// The translator's editing keys beyond confirming (workflow.e2e.test.ts has those): copying the
// source, inserting the MT proposal, undo, inserting the source's placeholders one by one,
// moving with Alt+arrows, and a confirm refused for QA errors that the translator overrides with a
// reason.
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, runMtThroughApi, startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { focusedLabel, row, target, waitForGrid } from './support/grid';
import { asPerson, eventually } from './support/pages';

jest.setTimeout(120_000);

const MARKDOWN = ['Die Förderung beträgt höchstens 5.000 Euro.', '', 'Wichtige Fristen sind **fett** markiert.', '', 'Rückfragen beantwortet das Büro in Zittau.', ''].join('\n');
const SOURCES = ['Die Förderung beträgt höchstens 5.000 Euro.', 'Wichtige Fristen sind {1}fett{/1} markiert.', 'Rückfragen beantwortet das Büro in Zittau.'];
const MT = ['Dofinansowanie wynosi maksymalnie 5.000 euro.', 'Ważne terminy są oznaczone {1}pogrubieniem{/1}.', 'Na pytania odpowiada biuro w Żytawie.'];
const DEEPL_POLISH: Record<string, string> = {
  [SOURCES[0]]: MT[0],
  'Wichtige Fristen sind <g id="1">fett</g> markiert.': 'Ważne terminy są oznaczone <g id="1">pogrubieniem</g>.',
  [SOURCES[2]]: MT[2],
};

/** Typed over the MT proposal of segment 1. */
const TYPED = 'Dofinansowanie';
/** Segment 1 without its number: the numbers check refuses the confirm. */
const WITHOUT_NUMBER = 'Dofinansowanie wynosi maksymalnie kilka tysięcy euro.';
const OVERRIDE_REASON = 'Kwota jak w umowie, bez liczby.';
/** Segment 2 typed without its markup; Ctrl+. adds the placeholders at the caret (the end). */
const WITHOUT_MARKUP = 'Ważne terminy są oznaczone pogrubieniem.';

describeE2e('the translator edits from the keyboard', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e({ deepl: { translate: (text) => DEEPL_POLISH[text] ?? `PL: ${text}` } });
    documentId = await submitDocument(env, MARKDOWN, { title: 'Förderhinweise', format: 'markdown' });
    await runMtThroughApi(env, documentId);
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('copies the source, brings back the MT proposal, undoes, fills in placeholders and overrides a QA error with a reason', async () => {
    expect((await allSegments(env, documentId)).map((segment) => [segment.source, segment.target, segment.state])).toEqual(
      SOURCES.map((source, index) => [source, MT[index], 'draft']),
    );

    await asPerson(env, env.people.translator, 'editing-keys', async ({ page, allowConsoleError }) => {
      // The browser logs the refused confirm (409 qa_errors) as a failed resource load: expected here.
      allowConsoleError(/status of 409 \(Conflict\).*\/api\/segments\/[^/]+\/confirm/);
      await page.goto(`/documents/${documentId}`);
      await waitForGrid(page, SOURCES.length);
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));

      // Ctrl+Shift+S copies the source, Ctrl+Space puts the MT proposal back; after typing, undo steps
      // back through both.
      await page.keyboard.press('Control+Shift+S');
      await eventually(async () => expect(await target(page, 0).textContent()).toBe(SOURCES[0]));
      await page.keyboard.press('Control+Space');
      await eventually(async () => expect(await target(page, 0).textContent()).toBe(MT[0]));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(TYPED);
      await eventually(async () => expect(await target(page, 0).textContent()).toBe(TYPED));
      await page.keyboard.press('Control+Z');
      await eventually(async () => expect(await target(page, 0).textContent()).toBe(MT[0]));
      await page.keyboard.press('Control+Z');
      await eventually(async () => expect(await target(page, 0).textContent()).toBe(SOURCES[0]));

      // Without its number the confirm is refused; "confirm anyway" with a reason goes through and moves on.
      await page.keyboard.press('Control+A');
      await page.keyboard.type(WITHOUT_NUMBER);
      await page.keyboard.press('Control+Enter');
      const dialog = page.getByTestId('qa-errors-dialog');
      await dialog.waitFor();
      expect(await dialog.getByTestId('qa-errors').locator('li').count()).toBeGreaterThanOrEqual(1);
      await dialog.getByTestId('qa-override-reason').fill(OVERRIDE_REASON);
      await dialog.getByTestId('qa-override-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => expect(await row(page, 0).getAttribute('data-state')).toBe('translated'));
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 2'));
      expect((await allSegments(env, documentId))[0]).toMatchObject({ target: WITHOUT_NUMBER, state: 'translated', qaOverride: OVERRIDE_REASON });

      // Ctrl+. inserts the source's next missing placeholder as a chip, until none is missing.
      await page.keyboard.press('Control+A');
      await page.keyboard.type(WITHOUT_MARKUP);
      await page.keyboard.press('Control+Period');
      await page.keyboard.press('Control+Period');
      await eventually(async () => expect(await target(page, 1).getByTestId('placeholder-chip').allTextContents()).toEqual(['{1}', '{/1}']));
      await page.keyboard.press('Control+Period');
      await page.getByText('All placeholders of the source are in the translation.').waitFor();
      await eventually(async () => expect((await allSegments(env, documentId))[1].target).toBe(`${WITHOUT_MARKUP}{1}{/1}`), 5000);

      // Alt+↓ and Alt+↑ move between the segments.
      await page.keyboard.press('Alt+ArrowDown');
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 3'));
      await page.keyboard.press('Alt+ArrowUp');
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 2'));

      // The side panel's "Insert" puts the MT proposal into the active segment.
      await page.keyboard.press('Alt+ArrowDown');
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 3'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(TYPED);
      await page.getByTestId('side-panel').getByRole('button', { name: 'Insert the MT proposal' }).click();
      await eventually(async () => expect(await target(page, 2).textContent()).toBe(MT[2]));
    });
  });

  test('a conflict put off waits in a banner; taking theirs shows their text and saves nothing of mine', async () => {
    const index = 2;
    const before = (await allSegments(env, documentId))[index];
    const theirs = 'Na pytania odpowiada biuro Euroregionu.';
    await asPerson(env, env.people.translator, 'conflict-theirs', async ({ page, allowConsoleError }) => {
      allowConsoleError(/status of 409 \(Conflict\).*\/api\/segments\//);
      await page.goto(`/documents/${documentId}`);
      await waitForGrid(page, SOURCES.length);
      // My save is held until someone else's newer save is in: mine, based on the older version, is refused.
      let release: () => void = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      let held = 0;
      await page.route(`**/api/segments/${before.id}`, async (route) => {
        if (route.request().method() === 'PATCH') {
          held += 1;
          await released;
        }
        await route.continue();
      });
      await target(page, index).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Moja wersja.');
      await eventually(() => expect(held).toBe(1), 5000);
      await env.api(env.people.secondTranslator, 'PATCH', `/api/segments/${before.id}`, { target: theirs, version: before.version }, 200);
      release();
      const dialog = page.getByTestId('conflict-dialog');
      await dialog.waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('resolve-conflict').click();
      await dialog.getByTestId('conflict-take-theirs').click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => expect(await target(page, index).textContent()).toBe(theirs));
      expect(await page.getByTestId('resolve-conflict').count()).toBe(0);
      expect((await allSegments(env, documentId))[index]).toMatchObject({ target: theirs, version: before.version + 1 });
    });
  });

  test('undo and redo step through inserts and typing alike, with Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', async () => {
    // A document of its own: segment 1 holds the MT proposal, nothing was typed into it yet.
    const undoDocument = await submitDocument(env, `${SOURCES[2]}\n`, { title: 'Rückfragen' });
    await runMtThroughApi(env, undoDocument);
    await asPerson(env, env.people.translator, 'undo-redo', async ({ page }) => {
      await page.goto(`/documents/${undoDocument}`);
      await waitForGrid(page, 1);
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));
      const text = () => target(page, 0).textContent();

      // Inserts only: the browser's own history is empty, the workspace's is not.
      await page.keyboard.press('Control+Shift+S');
      await eventually(async () => expect(await text()).toBe(SOURCES[2]));
      await page.keyboard.press('Control+Z');
      await eventually(async () => expect(await text()).toBe(MT[2]));
      await page.keyboard.press('Control+Shift+Z');
      await eventually(async () => expect(await text()).toBe(SOURCES[2]));
      await page.keyboard.press('Control+Z');
      await eventually(async () => expect(await text()).toBe(MT[2]));
      await page.keyboard.press('Control+Y');
      await eventually(async () => expect(await text()).toBe(SOURCES[2]));

      // Typing is a step too; redo brings it back after undo.
      await page.keyboard.press('Control+A');
      await page.keyboard.type(TYPED);
      await eventually(async () => expect(await text()).toBe(TYPED));
      await page.keyboard.press('Control+Z');
      await eventually(async () => expect(await text()).toBe(SOURCES[2]));
      await page.keyboard.press('Control+Shift+Z');
      await eventually(async () => expect(await text()).toBe(TYPED));
      // Nothing left to redo: the text stays.
      await page.keyboard.press('Control+Y');
      expect(await text()).toBe(TYPED);
      await eventually(async () => expect((await allSegments(env, undoDocument))[0].target).toBe(TYPED), 5000);
    });
  });
});
