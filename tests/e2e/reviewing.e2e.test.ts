// Review corner cases: a coordinator (reviewer and translator at once) corrects a translated segment
// and approves it; the confirm that comes first is refused for QA errors and goes through the
// QA-override dialog, then the approval follows. A rejection waits for the reviewer's own correction
// to be saved: when it was not, nothing is rejected and the dialog says why.
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, runMtThroughApi, startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { focusedLabel, row, target, waitForGrid } from './support/grid';
import { asPerson, eventually } from './support/pages';

jest.setTimeout(120_000);

const SOURCES = ['Die Förderung beträgt höchstens 5.000 Euro.', 'Rückfragen beantwortet das Büro in Zittau.'];
const MT: Record<string, string> = {
  [SOURCES[0]]: 'Dofinansowanie wynosi maksymalnie 5.000 euro.',
  [SOURCES[1]]: 'Na pytania odpowiada biuro w Żytawie.',
};
/** The coordinator's correction of segment 1 drops its number: the numbers check refuses the confirm. */
const WITHOUT_NUMBER = 'Dofinansowanie wynosi maksymalnie kilka tysięcy euro.';
const OVERRIDE_REASON = 'Kwota zgodnie z umową, bez liczby.';

describeE2e('reviewing: approving a correction with QA errors, rejecting after a failed save', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e({ deepl: { translate: (text) => MT[text] ?? `PL: ${text}` } });
    // The coordinator approves what they corrected themselves: the project allows that.
    await env.api(env.people.coordinator, 'PATCH', `/api/projects/${env.projectId}/settings`, { allowSelfApproval: true });
    documentId = await submitDocument(env, SOURCES.join('\n\n') + '\n', { title: 'Förderhöhe' });
    await runMtThroughApi(env, documentId);
    for (const segment of await allSegments(env, documentId)) {
      await env.api(env.people.translator, 'POST', `/api/segments/${segment.id}/confirm`, { version: segment.version });
    }
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('approving a correction whose confirm has QA errors opens the QA-override dialog, then approves', async () => {
    await asPerson(env, env.people.coordinator, 'approve-qa-override', async ({ page, allowConsoleError }) => {
      allowConsoleError(/status of 409 \(Conflict\).*\/api\/segments\/[^/]+\/confirm/);
      await page.goto(`/documents/${documentId}/review`);
      await waitForGrid(page, SOURCES.length);
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));
      await page.keyboard.press('Control+A');
      await page.keyboard.type(WITHOUT_NUMBER);
      await page.keyboard.press('Control+Enter');

      const dialog = page.getByRole('dialog', { name: 'Segment 1 has QA errors' });
      await dialog.waitFor();
      expect(await page.getByTestId('toast-error').count()).toBe(0);
      await dialog.getByTestId('qa-override-reason').fill(OVERRIDE_REASON);
      await dialog.getByTestId('qa-override-confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await eventually(async () => expect(await row(page, 0).getAttribute('data-state')).toBe('approved'));
      // Approved with Ctrl+Enter: on to the next unreviewed segment.
      await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 2'));
      expect((await allSegments(env, documentId))[0]).toMatchObject({ target: WITHOUT_NUMBER, state: 'approved', qaOverride: OVERRIDE_REASON });
    });
  });

  test('a rejection after a correction that failed to save rejects nothing and says so in the dialog', async () => {
    const before = (await allSegments(env, documentId))[1];
    await asPerson(env, env.people.reviewer, 'reject-unsaved', async ({ page, allowConsoleError }) => {
      allowConsoleError(/status of 500/);
      await page.goto(`/documents/${documentId}/review`);
      await waitForGrid(page, SOURCES.length);
      await page.route(`**/api/segments/${before.id}`, (route) =>
        route.request().method() === 'PATCH' ? route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"internal","message":"Interner Fehler."}' }) : route.continue(),
      );
      await target(page, 1).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Na pytania odpowiada biuro Euroregionu.');
      await page.keyboard.press('Control+Shift+Enter');
      const dialog = page.getByTestId('reject-dialog');
      await dialog.getByTestId('reject-reason').fill('Proszę sprawdzić nazwę biura.');
      await dialog.getByTestId('reject-confirm').click();
      await eventually(async () =>
        expect(await dialog.getByRole('alert').textContent()).toBe('Your change to segment 2 is not saved, so it was not rejected. Save it (or settle the conflict) first.'),
      );
      expect(await dialog.getByTestId('reject-reason').inputValue()).toBe('Proszę sprawdzić nazwę biura.');
      expect((await allSegments(env, documentId))[1]).toMatchObject({ state: 'translated', target: before.target, version: before.version });
    });
  });
});
