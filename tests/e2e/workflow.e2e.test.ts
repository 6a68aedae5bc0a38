// The main path in real Chromium, each person in their own browser context: the editor submits
// a German Markdown text and starts MT, the translator post-edits and confirms everything from the
// keyboard, the reviewer rejects one segment and bulk-approves the rest, the translator fixes the
// rejected one, the reviewer approves it, and the coordinator sees the document approved and
// downloads the Polish export. The tests run in order and build on each other.
import fs from 'node:fs';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, startE2e, type E2eEnv, type SegmentJson } from './support/e2eApp';
import { focusedLabel, grid, row, rowStates, target, typeTarget, waitForGrid } from './support/grid';
import { asPerson, eventually, screenshot } from './support/pages';

/** The text sighted readers see in each element (screen-reader-only parts left out). */
const visibleTexts = (locator: import('playwright-core').Locator): Promise<string[]> =>
  locator.evaluateAll((elements) =>
    elements.map((element) =>
      [...element.childNodes]
        .filter((node) => !(node.classList && node.classList.contains('visually-hidden')))
        .map((node) => node.textContent)
        .join(''),
    ),
  );

jest.setTimeout(120_000);

const TITLE = 'Kleinprojektefonds 2027';
const DUE = '2027-03-31';

/** Pasted into the submit form: 8 segments, bold text, a link, and markup that must never run. */
const GERMAN = [
  '# Kleinprojektefonds der Euroregion Neisse',
  '',
  'Der Kleinprojektefonds fördert Begegnungen von Vereinen aus Sachsen und Niederschlesien. Wichtige Fristen sind **fett** markiert.',
  '',
  'Anträge sind bis zum 31. März einzureichen. Alle Formulare finden Sie auf der [Webseite der Euroregion](https://www.euroregion-neisse.de).',
  '',
  'Ein Test mit <script>window.__xss=1</script> und <img src=x onerror="window.__xss=2"> bleibt harmlos.',
  '',
  'Rückfragen beantwortet das Büro in Zittau. Die Auszahlung erfolgt nach Vorlage der Belege.',
  '',
].join('\n');

/** The segments' sources as the server stores them: inline markup becomes placeholders. */
const SOURCES = [
  'Kleinprojektefonds der Euroregion Neisse',
  'Der Kleinprojektefonds fördert Begegnungen von Vereinen aus Sachsen und Niederschlesien.',
  'Wichtige Fristen sind {1}fett{/1} markiert.',
  'Anträge sind bis zum 31. März einzureichen.',
  'Alle Formulare finden Sie auf der {1}Webseite der Euroregion{/1}.',
  'Ein Test mit {1/}window.__xss=1{2/} und {3/} bleibt harmlos.',
  'Rückfragen beantwortet das Büro in Zittau.',
  'Die Auszahlung erfolgt nach Vorlage der Belege.',
];

/** What the fake DeepL answers for each text it receives (placeholders arrive as XML tags). */
const DEEPL_POLISH: Record<string, string> = {
  'Kleinprojektefonds der Euroregion Neisse': 'Fundusz Małych Projektów Euroregionu Nysa',
  'Der Kleinprojektefonds fördert Begegnungen von Vereinen aus Sachsen und Niederschlesien.':
    'Fundusz Małych Projektów wspiera spotkania stowarzyszeń z Saksonii i Dolnego Śląska.',
  'Wichtige Fristen sind <g id="1">fett</g> markiert.': 'Ważne terminy są oznaczone <g id="1">pogrubieniem</g>.',
  'Anträge sind bis zum 31. März einzureichen.': 'Wnioski należy składać do 31 marca.',
  'Alle Formulare finden Sie auf der <g id="1">Webseite der Euroregion</g>.':
    'Wszystkie formularze znajdą Państwo na <g id="1">stronie internetowej Euroregionu</g>.',
  'Ein Test mit <x id="1"/>window.__xss=1<x id="2"/> und <x id="3"/> bleibt harmlos.':
    'Test z <x id="1"/>window.__xss=1<x id="2"/> i <x id="3"/> pozostaje nieszkodliwy.',
  'Rückfragen beantwortet das Büro in Zittau.': 'Na pytania odpowiada biuro w Żytawie.',
  'Die Auszahlung erfolgt nach Vorlage der Belege.': 'Wypłata następuje po przedłożeniu dokumentów.',
};

const MT_TARGETS = [
  'Fundusz Małych Projektów Euroregionu Nysa',
  'Fundusz Małych Projektów wspiera spotkania stowarzyszeń z Saksonii i Dolnego Śląska.',
  'Ważne terminy są oznaczone {1}pogrubieniem{/1}.',
  'Wnioski należy składać do 31 marca.',
  'Wszystkie formularze znajdą Państwo na {1}stronie internetowej Euroregionu{/1}.',
  'Test z {1/}window.__xss=1{2/} i {3/} pozostaje nieszkodliwy.',
  'Na pytania odpowiada biuro w Żytawie.',
  'Wypłata następuje po przedłożeniu dokumentów.',
];

/** The translator's post-edit of segment 4 (index 3): „należy” becomes „można”. */
const EDITED_INDEX = 3;
const EDITED = 'Wnioski można składać do 31 marca.';
/** The reviewer sends segment 7 (index 6) back; the translator's fix. */
const REJECTED_INDEX = 6;
const REJECT_REASON = 'Biuro należy do Euroregionu – proszę to dopisać.';
const FIXED = 'Na pytania odpowiada biuro Euroregionu w Żytawie.';

const FINAL_TARGETS = MT_TARGETS.map((text, index) => (index === EDITED_INDEX ? EDITED : index === REJECTED_INDEX ? FIXED : text));

/** The Polish Markdown export: the German document's structure and markup around the final targets. */
const EXPECTED_EXPORT = [
  '# Fundusz Małych Projektów Euroregionu Nysa',
  '',
  'Fundusz Małych Projektów wspiera spotkania stowarzyszeń z Saksonii i Dolnego Śląska. Ważne terminy są oznaczone **pogrubieniem**.',
  '',
  'Wnioski można składać do 31 marca. Wszystkie formularze znajdą Państwo na [stronie internetowej Euroregionu](https://www.euroregion-neisse.de).',
  '',
  'Test z <script>window.__xss=1</script> i <img src=x onerror="window.__xss=2"> pozostaje nieszkodliwy.',
  '',
  'Na pytania odpowiada biuro Euroregionu w Żytawie. Wypłata następuje po przedłożeniu dokumentów.',
  '',
].join('\n');

/** Characters DeepL billed: every source sent once, placeholders as the XML tags sent. */
const BILLED = Object.keys(DEEPL_POLISH).reduce((sum, text) => sum + [...text].length, 0);

describeE2e('the main path of every role, in the browser', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e({ deepl: { translate: (text) => DEEPL_POLISH[text] ?? `PL: ${text}` } });
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  const segments = (): Promise<SegmentJson[]> => allSegments(env, documentId);
  const openDocumentRow = (page: import('playwright-core').Page) => page.locator(`[data-testid="document-row"][data-document-id="${documentId}"]`);

  test('the editor pastes a German Markdown text, previews its segments, submits it and runs MT', async () => {
    await asPerson(env, env.people.editor, 'editor', async ({ page }) => {
      await screenshot(page, 'documents-empty', { fullPage: true });
      await page.getByRole('navigation').getByRole('link', { name: 'Submit a text' }).click();
      await page.waitForURL('**/submit');

      const project = page.getByTestId('submit-project');
      await project.selectOption({ label: 'Euroregion Neiße 2026' });
      await page.getByTestId('submit-title').fill(TITLE);
      await page.getByTestId('submit-due').fill(DUE);
      await page.getByTestId('submit-format').selectOption('markdown');
      await page.getByTestId('submit-text').fill(GERMAN);
      await page.getByTestId('submit-preview').click();

      const preview = page.getByTestId('preview-segment');
      await eventually(async () => expect(await preview.count()).toBe(8));
      const previewTexts = await preview.allTextContents();
      SOURCES.forEach((source, index) => {
        // A placeholder may show as a chip ({1}) or as its markup; the words are there either way.
        for (const words of source.split(/\{\/?\d+\/?\}/).filter((part) => part.trim() !== '')) expect(previewTexts[index]).toContain(words.trim());
      });
      expect(await page.locator('main script, main img[src="x"]').count()).toBe(0);
      await screenshot(page, 'submit-preview', { fullPage: true });

      await page.getByTestId('submit-document').click();
      await page.waitForURL((url) => url.pathname === '/');
      const row = page.getByTestId('document-row').filter({ hasText: TITLE });
      await row.waitFor();
      documentId = (await row.getAttribute('data-document-id')) as string;
      const stored = await env.api(env.people.editor, 'GET', `/api/documents/${documentId}`);
      expect(stored.body).toMatchObject({ title: TITLE, format: 'markdown', segmentCount: 8, status: 'in_translation' });
      expect(stored.body.dueDate.slice(0, 10)).toBe(DUE);
      expect((await segments()).map((s) => s.source)).toEqual(SOURCES);

      // Slow DeepL down so the progress is seen running, then let it finish.
      env.deepl.delay(1500);
      await row.getByTestId('start-mt').click();
      const progress = row.getByTestId('mt-progress');
      await progress.waitFor();
      await screenshot(page, 'documents-mt-running', { fullPage: true });
      env.deepl.delay(0);
      await env.app.deps.mtJobs.idle();
      const job = await env.api(env.people.editor, 'GET', `/api/documents/${documentId}/mt`);
      expect(job.body).toMatchObject({ status: 'done', done: 8, total: 8, billedCharacters: BILLED, error: null });
      // The page follows the job to its end: the bar fills up to 8 of 8 and says done.
      await eventually(async () => {
        expect(await progress.getAttribute('data-status')).toBe('done');
        expect([await progress.locator('progress').getAttribute('value'), await progress.locator('progress').getAttribute('max')]).toEqual(['8', '8']);
      }, 10_000);
      expect(await row.getByTestId('document-status').getAttribute('data-status')).toBe('in_translation');
      await screenshot(page, 'documents', { fullPage: true });
      expect((await segments()).map((s) => [s.target, s.state, s.origin])).toEqual(MT_TARGETS.map((text) => [text, 'draft', 'mt']));
    });
  });

  test('the translator post-edits one segment, waits for the autosave and confirms all with Ctrl+Enter; markup shows as text', async () => {
    await asPerson(env, env.people.translator, 'translator', async ({ page }) => {
      await openDocumentRow(page).getByTestId('open-translate').click();
      await page.waitForURL(`**/documents/${documentId}`);
      await waitForGrid(page, 8);
      expect(await page.getByTestId('segment-row').count()).toBe(8);
      expect(await rowStates(page)).toEqual({ 0: 'draft', 1: 'draft', 2: 'draft', 3: 'draft', 4: 'draft', 5: 'draft', 6: 'draft', 7: 'draft' });
      expect(await target(page, 3).textContent()).toBe(MT_TARGETS[3]);

      // Nothing from the German source ran or was turned into elements.
      const xssSource = row(page, 5).getByTestId('segment-source');
      expect(await xssSource.textContent()).toBe(SOURCES[5]);
      expect(await xssSource.getByTestId('placeholder-chip').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-placeholder')))).toEqual([
        '{1/}',
        '{2/}',
        '{3/}',
      ]);
      expect(await grid(page).locator('script, img, iframe').count()).toBe(0);
      expect(await page.evaluate('typeof window.__xss')).toBe('undefined');

      // Post-edit by typing; the autosave stores it (debounced) with the segment's version.
      const before = (await segments())[EDITED_INDEX];
      await typeTarget(page, EDITED_INDEX, EDITED);
      await eventually(async () => {
        const saved = (await segments())[EDITED_INDEX];
        expect([saved.target, saved.state, saved.origin, saved.version]).toEqual([EDITED, 'draft', 'human', before.version + 1]);
      }, 10_000);
      expect(await page.getByTestId('side-panel').textContent()).toContain(MT_TARGETS[EDITED_INDEX]); // the MT proposal of the active segment
      await screenshot(page, 'workspace-translate');

      await page.keyboard.press('Control+/');
      await page.getByTestId('shortcut-help').waitFor();
      await screenshot(page, 'shortcut-help');
      await page.keyboard.press('Escape');
      await page.getByTestId('shortcut-help').waitFor({ state: 'detached' });
      expect(await focusedLabel(page)).toBe('Polish translation, segment 4');

      // Keyboard only from here: up to the first segment, then Ctrl+Enter eight times.
      for (let i = 0; i < EDITED_INDEX; i++) await page.keyboard.press('Alt+ArrowUp');
      expect(await focusedLabel(page)).toBe('Polish translation, segment 1');
      for (let index = 0; index < 8; index++) {
        expect(await focusedLabel(page)).toBe(`Polish translation, segment ${index + 1}`);
        await page.keyboard.press('Control+Enter');
        await eventually(async () => expect(await row(page, index).getAttribute('data-state')).toBe('translated'));
        if (index < 7) await eventually(async () => expect(await focusedLabel(page)).toBe(`Polish translation, segment ${index + 2}`));
      }
      expect((await segments()).map((s) => [s.target, s.state])).toEqual(MT_TARGETS.map((text, i) => [i === EDITED_INDEX ? EDITED : text, 'translated']));
      expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
      // The due day the editor picked, as the documents list shows it (a day, not an instant).
      expect(await page.getByRole('main').textContent()).toContain('Due 31 Mar 2027');
    });
  });

  test('the reviewer sees the word diff of the post-edit, rejects one segment with a reason and bulk-approves the rest', async () => {
    await asPerson(env, env.people.reviewer, 'reviewer', async ({ page }) => {
      await openDocumentRow(page).getByTestId('open-review').click();
      await page.waitForURL(`**/documents/${documentId}/review`);
      await waitForGrid(page, 8);

      const diff = row(page, EDITED_INDEX).getByTestId('review-diff');
      expect(await visibleTexts(diff.locator('del'))).toEqual(['należy']);
      expect(await visibleTexts(diff.locator('ins'))).toEqual(['można']);
      // Unchanged MT shows no insertions or deletions anywhere else.
      expect(await grid(page).locator('[data-testid="review-diff"] ins, [data-testid="review-diff"] del').count()).toBe(2);
      await screenshot(page, 'workspace-review-diff');

      await row(page, REJECTED_INDEX).getByTestId('reject-segment').click();
      const dialog = page.getByTestId('reject-dialog');
      await dialog.waitFor();
      expect(await dialog.getAttribute('role')).toBe('dialog');
      await dialog.getByTestId('reject-reason').fill(REJECT_REASON);
      await screenshot(page, 'reject-dialog');
      await dialog.getByTestId('reject-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => expect(await row(page, REJECTED_INDEX).getAttribute('data-state')).toBe('rejected'));

      await page.getByTestId('bulk-approve').click();
      const confirmButton = page.getByTestId('bulk-approve-confirm');
      await confirmButton.waitFor();
      await screenshot(page, 'bulk-approve-confirm');
      await confirmButton.click();
      await confirmButton.waitFor({ state: 'detached' });
      const expected = { 0: 'approved', 1: 'approved', 2: 'approved', 3: 'approved', 4: 'approved', 5: 'approved', 6: 'rejected', 7: 'approved' };
      await eventually(async () => expect(await rowStates(page)).toEqual(expected));
      expect((await segments()).map((s) => s.state)).toEqual(Object.values(expected));
      await screenshot(page, 'workspace-review-after-bulk');
    });
    const history = await env.api(env.people.coordinator, 'GET', `/api/segments/${(await segments())[REJECTED_INDEX].id}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ action: 'reject', note: REJECT_REASON, toState: 'rejected' });
  });

  test('the translator finds the rejected segment through its filter, fixes it and confirms it', async () => {
    await asPerson(env, env.people.translator, 'translator-fix', async ({ page }) => {
      await openDocumentRow(page).getByTestId('open-translate').click();
      await waitForGrid(page, 8);
      const rejectedFilter = page.getByTestId('filter-rejected');
      expect(await rejectedFilter.textContent()).toMatch(/^\D+1$/); // "Rejected" and its count, 1
      await rejectedFilter.click();
      await eventually(async () => expect(await rowStates(page)).toEqual({ [REJECTED_INDEX]: 'rejected' }));
      await screenshot(page, 'workspace-filter-rejected');

      await typeTarget(page, REJECTED_INDEX, FIXED);
      await eventually(async () => expect((await segments())[REJECTED_INDEX]).toMatchObject({ target: FIXED, state: 'draft' }), 10_000);
      expect(await focusedLabel(page)).toBe(`Polish translation, segment ${REJECTED_INDEX + 1}`);
      await page.keyboard.press('Control+Enter');
      await eventually(async () => expect((await segments())[REJECTED_INDEX]).toMatchObject({ target: FIXED, state: 'translated' }));
      await eventually(async () => expect(await row(page, REJECTED_INDEX).getAttribute('data-state')).toBe('translated'));
    });
  });

  test('the reviewer approves the fixed segment with one key; the document is approved', async () => {
    await asPerson(env, env.people.reviewer, 'reviewer-approve', async ({ page }) => {
      await page.goto(`/documents/${documentId}/review`);
      await waitForGrid(page, 8);
      // The only unreviewed segment is where review mode starts; Ctrl+Enter approves it.
      await row(page, REJECTED_INDEX).getByTestId('approve-segment').waitFor();
      await eventually(async () => expect(await focusedLabel(page)).toBe(`Polish translation, segment ${REJECTED_INDEX + 1}`));
      await page.keyboard.press('Control+Enter');
      await eventually(async () => expect(await row(page, REJECTED_INDEX).getAttribute('data-state')).toBe('approved'));
    });
    expect((await segments()).map((s) => [s.target, s.state])).toEqual(FINAL_TARGETS.map((text) => [text, 'approved']));
    const status = await env.api(env.people.coordinator, 'GET', `/api/documents/${documentId}`);
    expect(status.body).toMatchObject({ status: 'approved', percentApproved: 100, billedCharacters: BILLED });
  });

  test('the coordinator sees it approved with the billed characters, drills down to its statistics and downloads the export', async () => {
    const overview = await env.api(env.people.coordinator, 'GET', '/api/overview');
    const billedTotal = overview.body.items.reduce((sum: number, item: { billedCharacters: number }) => sum + item.billedCharacters, 0);
    expect(billedTotal).toBe(BILLED);
    expect(BILLED).toBeGreaterThan(0);

    await asPerson(env, env.people.coordinator, 'coordinator', async ({ page }) => {
      await page.getByRole('navigation').getByRole('link', { name: 'Dashboard' }).click();
      await page.waitForURL('**/dashboard');
      const dashboardRow = page.locator(`[data-testid="dashboard-document-row"][data-document-id="${documentId}"]`);
      await dashboardRow.waitFor();
      expect(await dashboardRow.textContent()).toContain(TITLE);
      expect(await dashboardRow.textContent()).toContain('100%');
      expect(await dashboardRow.textContent()).toContain(String(BILLED));
      const billed = page.getByTestId('billed-total');
      await eventually(async () => expect(Number((await billed.textContent())?.replace(/\D/g, ''))).toBe(billedTotal));
      await page.getByTestId('approved-per-day-chart').waitFor();
      await screenshot(page, 'dashboard', { fullPage: true });

      await dashboardRow.locator(`a[href="/documents/${documentId}/stats"]`).first().click();
      await page.waitForURL(`**/documents/${documentId}/stats`);
      await page.getByText(TITLE).first().waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(page, 'stats', { fullPage: true });

      await page.getByRole('navigation').getByRole('link', { name: 'Documents' }).click();
      const exportLink = openDocumentRow(page).getByTestId('download-export');
      expect(await openDocumentRow(page).getByTestId('document-status').getAttribute('data-status')).toBe('approved');
      const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
      expect(download.suggestedFilename()).toBe(`${TITLE}.pl.md`);
      const file = await download.path();
      expect(fs.readFileSync(file, 'utf8')).toBe(EXPECTED_EXPORT);
      await screenshot(page, 'documents-approved', { fullPage: true });
    });
  });

  test('the editor may upload a .md file instead of pasting: its text, format and segments are previewed', async () => {
    await asPerson(env, env.people.editor, 'editor-upload', async ({ page }) => {
      await page.goto('/submit');
      await page.getByTestId('submit-file').setInputFiles({ name: 'Kleinprojektefonds.md', mimeType: 'text/markdown', buffer: Buffer.from(GERMAN, 'utf8') });
      await eventually(async () => expect(await page.getByTestId('submit-text').inputValue()).toBe(GERMAN));
      expect(await page.getByTestId('submit-format').inputValue()).toBe('markdown');
      await page.getByTestId('submit-preview').click();
      await eventually(async () => expect(await page.getByTestId('preview-segment').count()).toBe(8));
    });
  });
});
