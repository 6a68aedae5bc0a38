// Issue 13, "done when", in Chromium: on the Smart Integration press release (DeepL proposals confirmed
// by the translator), the reviewer annotates three errors from the keyboard in review mode (Alt+E, the
// arrow keys for category and severity, Tab, Enter), approves, and the coordinator opens the report as
// an HTML page and downloads it as a PDF: the MQM score and the post-edit distance of DeepL's proposals.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, runMtThroughApi, startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { waitForGrid } from './support/grid';
import { asPerson, eventually } from './support/pages';

jest.setTimeout(120_000);

const PRESS_RELEASE = readFileSync(path.join(__dirname, '../fixtures/segmentation/smart-integration.md'), 'utf8');

describeE2e('quality: LQA annotations from the keyboard and the report', () => {
  let env: E2eEnv;
  let documentId: string;
  let segmentCount: number;

  beforeAll(async () => {
    env = await startE2e({ deepl: { translate: (text) => `PL ${text}` } });
    documentId = await submitDocument(env, PRESS_RELEASE, { title: 'Smart Integration', format: 'markdown' });
    await runMtThroughApi(env, documentId);
    const segments = await allSegments(env, documentId);
    segmentCount = segments.length;
    for (const segment of segments) {
      const current = (await allSegments(env, documentId)).find((s) => s.id === segment.id)!;
      if (current.state !== 'draft') continue;
      await env.api(env.people.translator, 'POST', `/api/segments/${current.id}/confirm`, { version: current.version, overrideQa: { reason: 'Testtext' } });
    }
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('the reviewer annotates three errors without the mouse; the history shows them', async () => {
    await asPerson(env, env.people.reviewer, 'lqa-keyboard', async ({ page }) => {
      await page.goto(`/documents/${documentId}/review`);
      await waitForGrid(page, segmentCount);
      const form = page.getByTestId('lqa-form');
      // The form keeps the last category and severity (a reviewer often repeats them): each step moves
      // from there, + down, − up. It starts at "Terminology" and "Minor".
      const annotations: { category: number; severity: number; comment: string }[] = [
        { category: 2, severity: 1, comment: 'Termin aus dem Glossar' }, // Terminology / Inconsistent with termbase, major
        { category: 3, severity: -1, comment: '' }, // Accuracy / Mistranslation, minor
        { category: -1, severity: 2, comment: 'Ort fehlt' }, // Accuracy, critical
      ];
      const arrows = async (steps: number) => {
        for (let i = 0; i < Math.abs(steps); i += 1) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
      };
      let annotated = 0;
      for (const annotation of annotations) {
        // Alt+Down moves to the next segment; only confirmed (translated) segments offer the form.
        for (let step = 0; step < segmentCount && !(await form.isVisible()); step += 1) await page.keyboard.press('Alt+ArrowDown');
        await page.keyboard.press('Alt+e');
        await eventually(async () => expect(await page.evaluate('document.activeElement ? document.activeElement.getAttribute("data-testid") : null')).toBe('lqa-category'));
        await arrows(annotation.category);
        await page.keyboard.press('Tab');
        await arrows(annotation.severity);
        await page.keyboard.press('Tab');
        await page.keyboard.type(annotation.comment);
        await page.keyboard.press('Enter');
        annotated += 1;
        await eventually(async () => expect(await page.getByTestId('lqa-item').count()).toBe(1));
        await page.keyboard.press('Alt+ArrowDown');
        await eventually(async () => expect(await page.getByTestId('lqa-item').count()).toBe(0));
      }
      expect(annotated).toBe(3);
    });

    const stored = await env.app.store.lqaAnnotations.listByDocuments([documentId]);
    expect(stored.map((a) => [a.category, a.severity, a.comment])).toEqual([
      ['terminology/inconsistent_with_termbase', 'major', 'Termin aus dem Glossar'],
      ['accuracy/mistranslation', 'minor', null],
      ['accuracy', 'critical', 'Ort fehlt'],
    ]);
    const history = await env.api(env.people.reviewer, 'GET', `/api/segments/${stored[0].segmentId}/history`);
    expect(history.body.items.at(-1)).toMatchObject({ action: 'annotate', note: 'MQM Terminology / Inconsistent with termbase (major): Termin aus dem Glossar' });
  });

  test('the coordinator opens the report page and downloads the PDF from the document page', async () => {
    await env.api(env.people.reviewer, 'POST', `/api/documents/${documentId}/approve`, {});
    await asPerson(env, env.people.coordinator, 'lqa-report', async ({ page, context }) => {
      await page.goto(`/documents/${documentId}/stats`);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('quality-report-pdf').click()]);
      expect(download.suggestedFilename()).toBe('Quality report – Smart Integration.pdf');

      const [report] = await Promise.all([context.waitForEvent('page'), page.getByTestId('quality-report-html').click()]);
      await report.waitForLoadState();
      expect(await report.locator('h1').textContent()).toBe('Quality report: Smart Integration');
      const result = await report.locator('table.summary tr', { hasText: 'Result' }).locator('td').textContent();
      expect(result).toBe('Fail');
      expect(await report.locator('tr[data-origin="mt"] th').textContent()).toBe('DeepL');
      expect(await report.locator('li[data-severity]').count()).toBe(3);
      await report.close();
    });
  });
});
