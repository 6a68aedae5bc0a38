// A new German version of a translated, partly approved press release, in real Chromium: the editor
// stores it from the document's page ("New version": paste, see what changes, store), the reviewer
// filters the workspace down to what changed and sees the meeting sentence flagged with its German word
// diff, and the coordinator reads the revision's summary in the timeline. Fixtures: tests/fixtures/revisions.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixtureBytes, postForm } from '../support/upload';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { row, waitForGrid } from './support/grid';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(120_000);

const fixtureText = (name: string) => readFileSync(path.join(__dirname, '../fixtures/revisions', name), 'utf8');
const FIRST = fixtureText('smart-integration.md');
const SECOND = fixtureText('smart-integration-2.md');
const MEETING_INDEX = 4;
const ADDED_INDEX = 14;

describeE2e('a new version of a document, in the browser', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e();
    documentId = await submitDocument(env, FIRST, { format: 'markdown', title: 'Smart Integration: 4. Treffen' });
    // Translated (a stand-in keeping numbers and placeholders) and partly approved, through the API.
    const { translator, reviewer } = env.people;
    for (const { id } of await allSegments(env, documentId)) {
      const segment = (await env.api(translator, 'GET', `/api/segments/${id}`)).body;
      if (segment.state !== 'new' && segment.state !== 'draft') continue;
      await env.api(translator, 'PATCH', `/api/segments/${id}`, { target: `[pl] ${segment.source}`, version: segment.version });
      await env.api(translator, 'POST', `/api/segments/${id}/confirm`, { overrideQa: { reason: 'Test' } });
    }
    for (const segment of (await allSegments(env, documentId)).slice(0, 12)) {
      if (segment.state === 'translated') await env.api(reviewer, 'POST', `/api/segments/${segment.id}/approve`, undefined, [200, 409]);
    }
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('the editor pastes the new German text on the document page, sees what changes and stores it', async () => {
    await asPerson(env, env.people.editor, 'revision-editor', async ({ page }) => {
      await page.goto(`/documents/${documentId}/stats`);
      await page.getByTestId('open-revision').click();
      const dialog = page.getByTestId('revision-dialog');
      await dialog.getByTestId('revision-text').fill(SECOND);
      await dialog.getByTestId('revision-preview-button').click();

      const counts = dialog.getByTestId('revision-counts');
      await counts.waitFor();
      const figures = await counts.locator('li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-figure'), item.getAttribute('data-value')]));
      expect(figures.slice(0, 4)).toEqual([
        ['unchanged', '13'],
        ['changed', '1'],
        ['new', '1'],
        ['removed', '1'],
      ]);
      const preview = dialog.getByTestId('revision-preview');
      // "Am 30. und 31. Januar 2019" → "Am 31. Januar und 1. Februar 2019", word by word; the new sentence inserted.
      const [changed, added, removed] = await preview.getByTestId('revision-change').all();
      expect((await changed.locator('del').allTextContents()).join(' ')).toBe('deleted: 30 deleted: 31 deleted: Januar');
      expect((await changed.locator('ins').allTextContents()).join(' ')).toContain('Februar');
      expect(await added.locator('ins').textContent()).toBe('Die Ergebnisse der Grenzraumstudie werden im Herbst 2019 in Breslau vorgestellt.');
      expect(await removed.locator('del').textContent()).toContain('Bei den drei Projektpartnern bestand hierbei Einigkeit');
      expect(await axeViolations(page, '[data-testid="revision-dialog"]')).toEqual([]);
      await screenshot(page, 'revision-preview');

      await dialog.getByTestId('revision-store').click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => expect(await page.getByTestId('revision-item').count()).toBe(2));
    });
    const stored = await env.api(env.people.editor, 'GET', `/api/documents/${documentId}`);
    expect(stored.body).toMatchObject({ revision: 2, segmentCount: 15 });
  });

  test('the reviewer filters the workspace down to what changed and sees the meeting sentence flagged with its German diff', async () => {
    await asPerson(env, env.people.reviewer, 'revision-reviewer', async ({ page }) => {
      await page.goto(`/documents/${documentId}/review`);
      await waitForGrid(page, 15);

      const filter = page.getByTestId('filter-revised');
      expect(await filter.getAttribute('data-count')).toBe('2');
      await filter.click();
      await eventually(async () => expect(await page.getByTestId('segment-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-index')))).toEqual([String(MEETING_INDEX), String(ADDED_INDEX)]));

      const meeting = row(page, MEETING_INDEX);
      expect(await meeting.getAttribute('data-state')).toBe('draft');
      const flag = meeting.getByTestId('segment-revision');
      expect(await flag.getAttribute('data-kind')).toBe('changed');
      expect(await flag.locator('.seg-revision-label').textContent()).toBe('Changed in version 2');
      const diff = flag.getByTestId('segment-source-diff');
      expect((await diff.locator('del').allTextContents()).join(' ')).toBe('deleted: 30 deleted: 31 deleted: Januar');
      expect((await diff.locator('ins').allTextContents()).join(' ')).toContain('Februar');
      expect(await meeting.getByTestId('segment-target').textContent()).toContain('[pl] Am 30. und 31. Januar 2019');
      expect(await row(page, ADDED_INDEX).getByTestId('segment-revision').getAttribute('data-kind')).toBe('new');
      expect(await axeViolations(page, '[data-testid="segment-grid"]')).toEqual([]);
      await screenshot(page, 'revision-workspace-filtered');
    });
  });

  test('the coordinator reads the revision’s summary in the timeline', async () => {
    await asPerson(env, env.people.coordinator, 'revision-coordinator', async ({ page }) => {
      await page.goto(`/documents/${documentId}/stats`);
      const second = page.locator('[data-testid="revision-item"][data-number="2"]');
      await second.waitFor();
      expect(await second.locator('h3').textContent()).toBe('Version 2: new German text');
      expect(await second.textContent()).toContain(env.people.editor.name);
      const figures = await second.locator('[data-testid="revision-counts"] li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-figure'), item.getAttribute('data-value')]));
      // The meeting sentence had a translation: its words are the ones to review again.
      const wordsToReview = ((await allSegments(env, documentId))[MEETING_INDEX] as unknown as { wordCount: number }).wordCount;
      expect(figures).toEqual([
        ['unchanged', '13'],
        ['changed', '1'],
        ['new', '1'],
        ['removed', '1'],
        ['wordsToReview', String(wordsToReview)],
      ]);
      await second.locator('summary').click();
      expect(await second.locator('details li').allTextContents()).toEqual([expect.stringContaining('Bei den drei Projektpartnern bestand hierbei Einigkeit')]);
      expect(await page.getByTestId('open-revision').count()).toBe(1);
      await screenshot(page, 'revision-timeline', { fullPage: true });
    });
    await asPerson(env, env.people.translator, 'revision-translator-no-action', async ({ page }) => {
      await page.goto(`/documents/${documentId}/stats`);
      await page.locator('[data-testid="revision-item"][data-number="2"]').waitFor();
      expect(await page.getByTestId('open-revision').count()).toBe(0);
    });
    expect((await allSegments(env, documentId)).filter((segment) => segment.source.startsWith('Bei den drei'))).toEqual([]);
  });
});

describeE2e('a new version of a Word document, in the browser', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e();
    const submitted = await postForm(env.app, `/api/projects/${env.projectId}/documents`, env.people.editor.token, { files: [{ name: 'smart-integration.docx', bytes: fixtureBytes('docx/smart-integration.docx') }] });
    documentId = submitted.body.id;
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  /** The press release as DOCX with its meeting moved: the same file, one text changed. */
  function movedMeeting(): Buffer {
    const files = unzipSync(fixtureBytes('docx/smart-integration.docx'));
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']).replace('Am 30. und 31. Januar 2019', 'Am 31. Januar und 1. Februar 2019'));
    return Buffer.from(zipSync(files));
  }

  test('the editor uploads the new Word file (no text field), sees the one changed sentence and stores it', async () => {
    const before = await allSegments(env, documentId);
    await asPerson(env, env.people.editor, 'revision-docx', async ({ page }) => {
      await page.goto(`/documents/${documentId}/stats`);
      await page.getByTestId('open-revision').click();
      const dialog = page.getByTestId('revision-dialog');
      expect(await dialog.getByTestId('revision-text').count()).toBe(0);
      await dialog.getByTestId('revision-file').setInputFiles({ name: 'smart-integration-2.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: movedMeeting() });
      await dialog.getByTestId('revision-preview-button').click();
      const counts = dialog.getByTestId('revision-counts');
      await counts.waitFor();
      const figures = await counts.locator('li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-figure'), item.getAttribute('data-value')]));
      expect(figures.slice(0, 4)).toEqual([
        ['unchanged', String(before.length - 1)],
        ['changed', '1'],
        ['new', '0'],
        ['removed', '0'],
      ]);
      expect(await axeViolations(page, '[data-testid="revision-dialog"]')).toEqual([]);
      await dialog.getByTestId('revision-store').click();
      await dialog.waitFor({ state: 'detached' });
    });
    const stored = await env.api(env.people.editor, 'GET', `/api/documents/${documentId}`);
    expect(stored.body).toMatchObject({ revision: 2, format: 'docx', segmentCount: before.length });
  });
});
