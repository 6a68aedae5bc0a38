// WCAG 2.1 A/AA (EN 301 549, the Web Accessibility Directive) on every screen, in every state it can
// show: axe-core runs in the page (support/axe.ts) after each state is reached, and a test fails on
// any violation, listed as "screen → rule: help @ target". One app, one browser, one page a person,
// reused from screen to screen. The workspace is checked in all three interface languages.
import type { Locator, Page, Route } from 'playwright-core';
import { axeViolations } from './support/axe';
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { setUpA11yData, MT_POLISH, SENTENCES, type A11yData } from './support/a11yData';
import { startE2e, type E2eEnv, type Person } from './support/e2eApp';
import { focusedLabel, row, target, waitForGrid } from './support/grid';
import { eventually, openAs, type RolePage } from './support/pages';

jest.setTimeout(180_000);

describeE2e('accessibility of every screen (axe-core, WCAG 2.1 A and AA)', () => {
  let env: E2eEnv;
  let data: A11yData;
  const opened = new Map<string, RolePage>();
  /** The violations found by the running test, each with its screen. */
  const found: string[] = [];

  beforeAll(async () => {
    env = await startE2e({ deepl: { translate: (text) => MT_POLISH[text] ?? `PL: ${text}` } });
    data = await setUpA11yData(env);
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    for (const rolePage of opened.values()) await rolePage.close();
    await env?.close();
    for (const rolePage of opened.values()) rolePage.assertClean();
  });
  afterEach(() => {
    // Each test ends with none found: a failing test lists them all, not only the first.
    expect(found.splice(0)).toEqual([]);
  });

  /** The signed-in page of a person (opened once, then reused). */
  async function pageOf(person: Person, key = person.email): Promise<Page> {
    let rolePage = opened.get(key);
    if (!rolePage) {
      rolePage = await openAs(env, person);
      // The tests below provoke these on purpose: refused confirms and saves, conflicts, an unknown document.
      rolePage.allowConsoleError(/status of (400|404|409)/);
      opened.set(key, rolePage);
    }
    return rolePage.page;
  }

  async function audit(page: Page, screen: string): Promise<void> {
    for (const violation of await axeViolations(page)) found.push(`${screen} → ${violation}`);
  }

  /** Opens the path, waits until the element of test id `ready` (or the locator) shows, checks the page. */
  async function visit(page: Page, path: string, ready: string | ((page: Page) => Locator), screen: string): Promise<void> {
    await page.goto(path);
    await (typeof ready === 'string' ? page.getByTestId(ready).first() : ready(page)).waitFor();
    await audit(page, screen);
  }

  const workspacePath = (mode: 'translate' | 'review') => `/documents/${data.documentId}${mode === 'review' ? '/review' : ''}`;
  async function openWorkspace(page: Page, mode: 'translate' | 'review'): Promise<void> {
    await page.goto(workspacePath(mode));
    await waitForGrid(page, SENTENCES.length);
  }
  /** Waits for a dialog by its name, checks the page with it open, closes it with Escape. */
  async function auditDialog(page: Page, name: string | RegExp, screen: string): Promise<void> {
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    await audit(page, screen);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }

  test('sign-in: empty, and after a refused password', async () => {
    const rolePage = await openAs(env, env.people.translator, { signIn: false, path: '/' });
    opened.set('signed-out', rolePage);
    const { page } = rolePage;
    rolePage.allowConsoleError(/status of 401/);
    await page.getByLabel('E-mail').waitFor();
    await audit(page, 'sign-in');
    await page.getByLabel('E-mail').fill(env.people.translator.email);
    await page.getByLabel('Password').fill('falsch-falsch-falsch');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The e-mail address or password is incorrect.').waitFor();
    await audit(page, 'sign-in with an error');
  });

  test('documents (empty, and full with MT running), the submit page with a preview', async () => {
    const outsider = await pageOf(data.outsider);
    await outsider.getByTestId('documents-empty').waitFor();
    await audit(outsider, 'documents, empty');

    // A real job ends before or after the check at the machine's pace: the list is shown the server's
    // answer with the document's job running (3 of 9 segments).
    const page = await pageOf(env.people.editor);
    const running = { status: 'running', done: 3, total: 9 };
    await page.route('**/api/overview', async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { items: { id: string; mtJob: Record<string, unknown> | null }[] };
      for (const item of body.items) if (item.id === data.documentId && item.mtJob) Object.assign(item.mtJob, running);
      await route.fulfill({ response, json: body });
    });
    await page.route(`**/api/documents/${data.documentId}/mt`, async (route: Route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), ...running } });
    });
    await page.goto('/');
    await page.getByRole('progressbar').first().waitFor();
    await page.getByTestId('download-export').waitFor();
    await audit(page, 'documents, MT running, one overdue, one approved');
    await page.unrouteAll({ behavior: 'ignoreErrors' });

    await page.goto('/submit');
    await page.getByTestId('submit-text').fill('# Einladung\n\nDer Landkreis Görlitz lädt ein. Die Anmeldung ist bis zum 31. März möglich.\n');
    await page.getByTestId('submit-preview').click();
    await page.getByTestId('preview-segment').first().waitFor();
    await audit(page, 'submit, with a preview');
  });

  test('dashboard, document statistics, projects, a project, people, a missing page', async () => {
    const page = await pageOf(env.people.coordinator);
    await visit(page, '/dashboard', 'dashboard-document-row', 'dashboard');
    await visit(page, `/documents/${data.documentId}/stats`, 'document-stats', 'document statistics');
    await visit(page, '/projects', 'project-row', 'projects');
    await page.goto(`/projects/${env.projectId}`);
    await page.getByRole('navigation', { name: 'Project tools' }).waitFor();
    // The person select appears with the candidates of a search (GET /api/projects/:id/member-candidates).
    await page.getByTestId('member-search').fill('a');
    await page.getByTestId('member-user').waitFor();
    await audit(page, 'project (coordinator)');
    await visit(page, '/no/such/page', (page) => page.getByText('This page does not exist.'), 'missing page');

    const translator = await pageOf(env.people.translator);
    await visit(translator, `/projects/${env.projectId}`, (page) => page.getByRole('navigation', { name: 'Project tools' }), 'project (translator)');

    const admin = await pageOf(data.admin);
    await admin.goto('/users');
    await admin.getByRole('heading', { level: 1 }).waitFor();
    await admin.getByRole('cell', { name: env.people.reviewer.email }).waitFor();
    await audit(admin, 'people');
  });

  test('glossary with its dialogs, the concordance search with hits, none and a refused query', async () => {
    const page = await pageOf(env.people.coordinator);
    await visit(page, `/projects/${env.projectId}/glossary`, 'glossary-term', 'glossary (coordinator)');
    await page.getByTestId('glossary-add').click();
    await page.getByTestId('term-save').click();
    await page.getByRole('dialog', { name: 'Add a term' }).locator('[aria-invalid="true"]').first().waitFor();
    await auditDialog(page, 'Add a term', 'glossary, add dialog with errors');
    await page.getByRole('button', { name: 'Edit “Förderung”' }).click();
    await auditDialog(page, 'Edit “Förderung”', 'glossary, edit dialog');
    await page.getByRole('button', { name: 'Delete “Antrag”' }).click();
    await auditDialog(page, 'Delete “Antrag”?', 'glossary, delete dialog');
    await page.getByRole('button', { name: 'In memory: how was “Förderung” translated?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Concordance search' });
    await dialog.getByTestId('concordance-hit').first().waitFor();
    await auditDialog(page, 'Concordance search', 'glossary, concordance dialog');

    const translator = await pageOf(env.people.translator);
    await visit(translator, `/projects/${env.projectId}/glossary`, 'glossary-term', 'glossary (translator)');
    await visit(translator, `/projects/${env.projectId}/concordance?q=F%C3%B6rderung&lang=de`, 'concordance-hit', 'concordance, hits');
    await translator.getByTestId('concordance-query').fill('Zollamt');
    await translator.keyboard.press('Enter');
    await eventually(async () => expect(await translator.getByTestId('concordance-status').textContent()).toBe('No pair in the memory contains “Zollamt” in German.'));
    await audit(translator, 'concordance, no hits');
    await translator.getByTestId('concordance-query').fill('„…“');
    await translator.keyboard.press('Enter');
    await translator.getByText('Enter at least one word.').waitFor();
    await audit(translator, 'concordance, refused query');
  });

  test('alignments: the list, the editor with low-confidence pairs, its dialogs and a 409 banner', async () => {
    const page = await pageOf(env.people.translator);
    await visit(page, `/projects/${env.projectId}/alignments`, 'alignment-row', 'alignments');
    await visit(page, `/projects/${env.projectId}/alignments/${data.alignmentId}`, (page) => page.locator('.bead-low').first(), 'alignment editor, low-confidence pairs');
    await page.getByTestId('bead').first().focus();
    await page.keyboard.press('?');
    await auditDialog(page, 'Keys of the alignment editor', 'alignment editor, keys');
    await page.keyboard.press('s');
    await auditDialog(page, 'Split pair 1', 'alignment editor, split dialog');
    await page.keyboard.press('Control+Enter');
    await auditDialog(page, 'Confirm the alignment?', 'alignment editor, confirm dialog');

    const current = await env.api(env.people.editor, 'GET', `/api/alignments/${data.alignmentId}`);
    await env.api(env.people.editor, 'POST', `/api/alignments/${data.alignmentId}/merge`, { bead: 2, version: current.body.version });
    await page.keyboard.press('m');
    await page.getByTestId('alignment-problem').waitFor();
    await audit(page, 'alignment editor, 409 banner');
    await page.getByRole('button', { name: 'Show the current pairs' }).click();
    await page.getByTestId('alignment-problem').waitFor({ state: 'detached' });
    await page.getByTestId('bead').first().focus();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('dialog', { name: 'Confirm the alignment?' }).getByRole('button', { name: 'Confirm' }).click();
    await page.getByTestId('alignment-confirmed').waitFor();
    await audit(page, 'alignment editor, confirmed');
  });

  test('a project without a glossary, memory or alignments; settings read by a translator', async () => {
    const page = await pageOf(env.people.coordinator);
    const empty = await env.api(env.people.coordinator, 'POST', '/api/projects', { name: 'Leeres Projekt', sourceLang: 'de', targetLang: 'pl' }, 201);
    for (const [tool, ready] of [
      ['glossary', 'glossary-add'],
      ['alignments', 'alignment-create'],
      ['concordance', 'concordance-query'],
    ] as const) {
      await page.goto(`/projects/${empty.body.id}/${tool}`);
      await page.getByTestId(ready).waitFor();
      await audit(page, `${tool}, empty project`);
    }
    const translator = await pageOf(env.people.translator);
    await translator.goto(`/projects/${env.projectId}/segmentation`);
    await translator.getByRole('heading', { level: 1 }).waitFor();
    await translator.getByRole('heading', { level: 2 }).first().waitFor();
    await audit(translator, 'segmentation rules (translator)');
  });

  test('segmentation rules and QA settings', async () => {
    const page = await pageOf(env.people.coordinator);
    await page.goto(`/projects/${env.projectId}/segmentation`);
    await page.getByTestId('try-text').waitFor();
    await page.getByTestId('try-text').fill('Das Büro (Zittau) ist Mo. bis Fr. geöffnet. Anträge bis 31.3. einreichen.');
    await page.getByRole('button', { name: 'Split into sentences' }).click();
    await page.getByTestId('try-segments').locator('li').first().waitFor();
    await audit(page, 'segmentation rules');
    await visit(page, `/projects/${env.projectId}/qa`, 'qa-check', 'QA settings (coordinator)');
    const translator = await pageOf(env.people.translator);
    await visit(translator, `/projects/${env.projectId}/qa`, 'qa-check', 'QA settings (translator)');
  });

  test('workspace, translate mode: every state and origin, QA issues, glossary hits, presence, the side panel, toasts', async () => {
    const page = await pageOf(env.people.translator);
    await openWorkspace(page, 'translate');
    // Segment 1 is active: its QA error inline, the glossary hit in its source, a TM match in the panel.
    await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));
    await row(page, 0).locator('.seg-qa-list').waitFor();
    await row(page, 0).getByTestId('segment-source').locator('mark').first().waitFor();
    await page.getByTestId('side-panel').locator('.panel-tm-target').filter({ hasText: 'Dofinansowanie wynosi maksymalnie 4.000 euro.' }).waitFor();
    await audit(page, 'workspace (translate): QA issues, glossary hit, TM match');

    // Someone else edits segment 2: it is marked.
    const second = await pageOf(env.people.secondTranslator);
    await openWorkspace(second, 'translate');
    await target(second, 1).click();
    await row(page, 1).getByTestId('segment-presence').waitFor({ timeout: 10_000 });
    await target(page, 1).click();
    await page.getByTestId('side-panel').getByText(MT_POLISH[SENTENCES[1]]).first().waitFor();
    await audit(page, 'workspace (translate): presence, MT in the panel');

    // The repetition's row tools; an info toast (no MT for the new segment).
    await target(page, 8).click();
    await row(page, 8).getByTestId('context-specific').waitFor();
    await target(page, 6).click();
    await page.keyboard.press('Control+Space');
    await page.getByTestId('toast').filter({ hasText: 'There is no MT proposal for this segment.' }).waitFor();
    await audit(page, 'workspace (translate): new segment, info toast');

    // A save the server refuses: the row, the banner and an error toast say so.
    await page.route(`**/api/segments/${data.segmentIds[8]}`, (route) =>
      route.request().method() === 'PATCH' ? route.fulfill({ status: 400, contentType: 'application/json', body: '{"error":"invalid_body","message":"Ungültige Anfrage."}' }) : route.continue(),
    );
    await target(page, 8).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Tak.');
    await page.getByTestId('unsaved-banner').waitFor();
    await page.getByTestId('toast-error').waitFor();
    await audit(page, 'workspace (translate): not saved, error toast');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByTestId('retry-all-saves').click();
    await page.getByTestId('unsaved-banner').waitFor({ state: 'detached' });
  });

  test('workspace: MT running and failed in the header, filters, a search without hits, a collapsed panel section, an unknown document', async () => {
    const page = await pageOf(env.people.translator);
    for (const job of [
      { status: 'running', done: 3, total: 9 },
      { status: 'failed', done: 3, total: 9, error: { code: 'quota_exceeded', message: 'Das DeepL-Kontingent ist aufgebraucht.', detail: null } },
    ]) {
      await page.route(`**/api/documents/${data.documentId}`, async (route: Route) => {
        const response = await route.fetch();
        const view = (await response.json()) as { mtJob: object };
        await route.fulfill({ response, json: { ...view, mtJob: { ...view.mtJob, ...job } } });
      });
      await page.route(`**/api/documents/${data.documentId}/mt`, async (route: Route) => {
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...((await response.json()) as object), ...job } });
      });
      await openWorkspace(page, 'translate');
      await page.getByTestId(job.status === 'running' ? 'workspace-mt-progress' : 'document-title').waitFor();
      if (job.status === 'failed') await page.getByText('Das DeepL-Kontingent ist aufgebraucht.', { exact: false }).waitFor();
      await audit(page, `workspace: MT ${job.status}`);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
    await openWorkspace(page, 'translate');
    await page.getByTestId('filter-rejected').click();
    await eventually(async () => expect(await page.getByTestId('segment-row').count()).toBe(1));
    await audit(page, 'workspace: filtered');
    await page.getByTestId('filter-search').fill('Zollamt');
    await page.getByText('No segment matches the filter “Rejected” and the search.', { exact: false }).waitFor();
    await audit(page, 'workspace: nothing matches');
    await page.getByTestId('filter-search').fill('');
    await page.getByTestId('filter-all').click();
    await target(page, 0).click();
    await page.getByTestId('side-panel').getByRole('button', { expanded: true }).first().click();
    await page.getByTestId('side-panel').getByRole('button', { expanded: false }).first().waitFor();
    await audit(page, 'workspace: a collapsed panel section');
    await page.getByTestId('side-panel').getByRole('button', { expanded: false }).first().click();
    await visit(page, '/documents/no-such-document', (page) => page.getByText('This document does not exist or you cannot see it.'), 'workspace: unknown document');
  });

  test('workspace, translate mode: the conflict dialog and banner, QA override, shortcut help, concordance', async () => {
    const page = await pageOf(env.people.translator);
    await openWorkspace(page, 'translate');
    await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 1'));
    await page.keyboard.press('Control+Enter');
    await auditDialog(page, 'Segment 1 has QA errors', 'workspace: QA-override dialog');
    await page.keyboard.press('Control+/');
    await auditDialog(page, 'Keyboard shortcuts', 'workspace: shortcut help');
    await page.keyboard.press('Control+K');
    await page.getByRole('dialog', { name: 'Concordance search' }).getByTestId('concordance-status').filter({ hasText: /pair/ }).waitFor();
    await auditDialog(page, 'Concordance search', 'workspace: concordance dialog');

    // My save of segment 2 is held until someone else's is in: mine is refused (409).
    const id = data.segmentIds[1];
    const before = (await env.api(env.people.translator, 'GET', `/api/segments/${id}`)).body as { version: number };
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/api/segments/${id}`, async (route) => {
      if (route.request().method() === 'PATCH') await released;
      await route.continue();
    });
    await target(page, 1).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Powiat wspiera spotkania.');
    await page.waitForRequest((request) => request.method() === 'PATCH' && request.url().endsWith(id));
    await env.api(env.people.secondTranslator, 'PATCH', `/api/segments/${id}`, { target: 'Powiat Görlitz wspiera spotkania mieszkańców.', version: before.version });
    release();
    await auditDialog(page, 'Segment 2 was changed by someone else', 'workspace: conflict dialog');
    await page.getByTestId('resolve-conflict').waitFor();
    await audit(page, 'workspace: conflict banner');
    await page.getByTestId('resolve-conflict').click();
    await page.getByTestId('conflict-take-theirs').click();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  test('workspace, review mode: the diff, approve and reject, the reject and bulk-approve dialogs; a coordinator\'s row tools', async () => {
    const page = await pageOf(env.people.reviewer);
    await openWorkspace(page, 'review');
    await eventually(async () => expect(await focusedLabel(page)).toBe('Polish translation, segment 3'));
    await row(page, 2).locator('.seg-diff').waitFor();
    await audit(page, 'workspace (review)');
    await page.keyboard.press('Control+Shift+Enter');
    await auditDialog(page, 'Reject segment 3', 'workspace (review): reject dialog');
    await page.getByTestId('bulk-approve').click();
    await auditDialog(page, /Approve/, 'workspace (review): bulk-approve dialog');

    const coordinator = await pageOf(env.people.coordinator);
    await openWorkspace(coordinator, 'translate');
    await row(coordinator, 5).getByTestId('unlock-segment').waitFor();
    await target(coordinator, 8).click();
    await row(coordinator, 8).getByTestId('lock-segment').waitFor();
    await audit(coordinator, 'workspace (coordinator): unlock, lock, own translation');
  });

  test.each(['de', 'pl'] as const)('the workspace in %s: both modes, a dialog, the lang attributes', async (language) => {
    for (const person of [env.people.translator, env.people.coordinator]) {
      const page = await pageOf(person);
      await page.goto('/');
      await page.getByTestId('language-switch').selectOption(language);
      await eventually(async () => expect(await page.evaluate('document.documentElement.lang')).toBe(language));
      for (const mode of person === env.people.translator ? (['translate'] as const) : (['translate', 'review'] as const)) {
        await openWorkspace(page, mode);
        await row(page, 0).locator('.seg-qa-list, .seg-source').first().waitFor();
        await audit(page, `workspace (${mode}, ${language}, ${person.name})`);
      }
      await page.keyboard.press('Control+/');
      await auditDialog(page, /./, `workspace: shortcut help (${language})`);
      expect(await target(page, 0).getAttribute('lang')).toBe('pl');
      expect(await row(page, 0).getByTestId('segment-source').getAttribute('lang')).toBe('de');
    }
  });

});
