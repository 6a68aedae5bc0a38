// Documents as files in the browser: the editor drops the Smart Integration press release as a Word
// file on the submit page, sees the segmentation preview (the same as the server's) and submits it; a file
// Nysa cannot use is refused in the interface language, before sending (a .doc) or by the server (a web
// page named .docx). The translator downloads the XLIFF 1.2 export from the document list, brings it
// back with one unit translated and sees what it changed; the workspace offers the same files (the review
// table as a Word file). axe-core finds no violation in any of these states.
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { fixtureBytes, postForm } from '../support/upload';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, runMtThroughApi, startE2e, type E2eEnv } from './support/e2eApp';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(180_000);

const DOCX = 'docx/smart-integration.docx';
const FILE_NAME = 'Smart-Integration.docx';

/** Drops a file on the submit page's drop zone as a person dragging it from the desktop would. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  // Built in the page (a DataTransfer holding a File), the bytes carried in as base64.
  const dataTransfer = await page.evaluateHandle(`(() => {
    const binary = atob(${JSON.stringify(Buffer.from(bytes).toString('base64'))});
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(binary, (char) => char.charCodeAt(0))], ${JSON.stringify(name)}));
    return transfer;
  })()`);
  const zone = page.getByTestId('submit-dropzone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

describeE2e('documents as files: Word upload, refusals, downloads and XLIFF import', () => {
  let env: E2eEnv;

  beforeAll(async () => {
    env = await startE2e();
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  const preview = async (name: string, bytes: Uint8Array, language = 'en') =>
    postForm(env.app, `/api/projects/${env.projectId}/documents/preview`, env.people.editor.token, { files: [{ name, bytes }] }, { 'accept-language': language });
  const documents = async () => (await env.api(env.people.coordinator, 'GET', `/api/projects/${env.projectId}/documents`)).body.items as { id: string; title: string; format: string; segmentCount: number }[];

  test('the editor drops a Word file, sees its segmentation and title, and submits it', async () => {
    const expected = await preview(FILE_NAME, fixtureBytes(DOCX));
    expect(expected.status).toBe(200);
    await asPerson(env, env.people.editor, 'formats-submit', async ({ page }) => {
      await page.goto('/submit');
      await page.getByTestId('submit-dropzone').waitFor();
      await dropFile(page, FILE_NAME, fixtureBytes(DOCX));
      expect(await page.getByTestId('submit-upload').textContent()).toMatch(/^Smart-Integration\.docx \(\d+ KB\) will be uploaded as it is\.Remove the file$/);
      expect(await page.getByTestId('submit-text').count()).toBe(0);
      expect(await page.getByTestId('submit-detected-format').textContent()).toBe('Format: Word document');
      expect(await page.getByTestId('submit-title').inputValue()).toBe('Smart-Integration');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByTestId('submit-preview').click();
      await eventually(async () => expect(await page.getByTestId('preview-segment').count()).toBe(expected.body.segmentCount));
      // The preview shows the server's segments in order, and the document's own title replaces the file name.
      expect(await page.getByTestId('preview-segment').locator('.preview-source').first().textContent()).toBe(expected.body.segments[0].source);
      expect(await page.getByTestId('submit-title').inputValue()).toBe(expected.body.title);
      expect(await page.getByTestId('preview-segment').and(page.locator('[data-locked="true"]')).count()).toBe(
        (expected.body.segments as { locked: boolean }[]).filter((segment) => segment.locked).length,
      );
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'submit-docx-preview', { fullPage: true });

      await page.getByTestId('submit-document').click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByText(`“${expected.body.title}” submitted: ${expected.body.segmentCount} segments.`).waitFor();
    });
    expect((await documents()).map((d) => [d.title, d.format, d.segmentCount])).toEqual([[expected.body.title, 'docx', expected.body.segmentCount]]);
  });

  test('a legacy .doc is refused before sending, a web page named .docx by the server, both in German', async () => {
    const html = fixtureBytes('html/smart-integration.html');
    const refused = await preview('Seite.docx', html, 'de');
    expect(refused.status).toBeGreaterThanOrEqual(400);
    await asPerson(env, env.people.editor, 'formats-refused', async (rolePage) => {
      const { page } = rolePage;
      rolePage.allowConsoleError(new RegExp(`status of ${refused.status}`));
      await page.goto('/submit');
      await page.getByTestId('language-switch').selectOption('de');
      await page.getByRole('heading', { level: 1, name: 'Deutschen Text einreichen' }).waitFor();

      await page.getByTestId('submit-file').setInputFiles({ name: 'alt.doc', mimeType: 'application/msword', buffer: Buffer.from(fixtureBytes('docx/bad-ole.doc')) });
      expect(await page.getByTestId('submit-file-error').textContent()).toBe('„alt.doc“ kann nicht verwendet werden: Wählen Sie eine .docx-, .html-, .xlf-, .md- oder .txt-Datei.');
      expect(await page.getByTestId('submit-upload').count()).toBe(0);

      await page.getByTestId('submit-file').setInputFiles({ name: 'Seite.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(html) });
      expect(await page.getByTestId('submit-file-error').count()).toBe(0);
      await page.getByTestId('submit-preview').click();
      const error = page.getByTestId('submit-error');
      await error.waitFor();
      expect(await error.textContent()).toBe(refused.body.message);
      expect(await page.getByTestId('preview-segment').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('language-switch').selectOption('en');
    });
    expect(await documents()).toHaveLength(1);
  });

  test('the translator downloads the XLIFF, brings it back translated and sees the summary; the workspace offers the same files', async () => {
    const [document] = await documents();
    const documentId = document!.id;
    await runMtThroughApi(env, documentId);
    const unit = (await allSegments(env, documentId)).find((segment) => segment.source.startsWith('Bei den drei Projektpartnern'))!;
    const polish = 'Trzej partnerzy projektu zgodzili się, że we wszystkich pakietach roboczych osiągnięto znaczne postępy.';

    await asPerson(env, env.people.translator, 'formats-files', async ({ page }) => {
      await page.goto('/');
      const row = page.getByRole('row').filter({ hasText: document!.title });
      const menu = row.getByTestId('document-files');
      await menu.locator('summary').click();
      // Not approved yet: no Polish document, no TMX.
      expect(await menu.locator('a').allTextContents()).toEqual(['XLIFF 1.2 (Trados, memoQ)', 'XLIFF 2.0', 'Review table (Word)', 'Review table (web page)']);
      expect(await axeViolations(page)).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('download-xliff12').click()]);
      expect(download.suggestedFilename()).toBe(`${document!.title}.de-pl.xlf`);
      const exported = fs.readFileSync(await download.path(), 'utf8');
      expect(exported).toContain('<xliff version="1.2"');

      // A CAT tool fills one unit and marks it translated.
      const pattern = new RegExp(`(<trans-unit id="${unit.id}"[\\s\\S]*?<target state=")[^"]*(">)[\\s\\S]*?(</target>)`);
      expect(pattern.test(exported)).toBe(true);
      const returned = exported.replace(pattern, `$1translated$2${polish}$3`);
      await menu.locator('summary').click();
      await row.getByTestId('import-xliff-file').setInputFiles({ name: 'zurueck.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(returned, 'utf8') });
      const summary = page.getByTestId('import-summary');
      await summary.waitFor();
      // Every other unit (the locked Polish notes too) comes back as it left.
      expect(await summary.getByRole('listitem').allTextContents()).toEqual(['1 segment updated, 1 of them confirmed.', `${document!.segmentCount - 1} units unchanged.`]);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'xliff-import-summary');
      await page.getByTestId('import-summary-close').click();
      await summary.waitFor({ state: 'detached' });

      await page.goto(`/documents/${documentId}`);
      const wsMenu = page.getByTestId('workspace').getByTestId('document-files');
      await wsMenu.locator('summary').click();
      const [review] = await Promise.all([page.waitForEvent('download'), wsMenu.getByTestId('download-bilingual').click()]);
      expect(fs.readFileSync(await review.path()).subarray(0, 2).toString('latin1')).toBe('PK');
      // The header's tools, with the menu open (the whole workspace is audited by the accessibility suite).
      expect(await axeViolations(page, '[data-testid="workspace"] .ws-header-tools')).toEqual([]);
    });
    const imported = (await allSegments(env, documentId)).find((segment) => segment.id === unit.id)!;
    expect([imported.state, imported.target, imported.origin]).toEqual(['translated', polish, 'xliff']);
  });
});
