// People working on one document together, in Chromium: a reviewer rejects a segment (the reason opens a
// thread), the translator answers with an @mention, and each sees their bell's count change live; a
// coordinator assigns a range and "My work" shows it to the translator with its due dates. Every screen
// passes axe-core (WCAG 2.1 A/AA).
import { axeViolations } from './support/axe';
import { describeE2e } from './support/browser';
import { allSegments, runMtThroughApi, submitDocument, type E2eEnv } from './support/e2eApp';
import { row, waitForGrid } from './support/grid';
import { eventually, screenshot, type RolePage } from './support/pages';
import { sharedDocument } from './support/sharedDocument';

jest.setTimeout(180_000);

const SENTENCES = [
  'Der Landkreis Görlitz fördert Vereine.',
  'Gefördert werden Begegnungen von Kindern.',
  'Die Sprache der Begegnung ist frei wählbar.',
  'Rückfragen beantwortet das Euroregionsbüro.',
  'Anträge sind bis Ende März einzureichen.',
];
const REASON = 'Bitte „Begegnung“ als <b>spotkanie</b> übersetzen (Glossar).';

describeE2e('working on a document together', () => {
  const shared = sharedDocument(SENTENCES.join('\n\n') + '\n', 'Begegnungsfonds 2026');

  const openPage = (person: E2eEnv['people']['translator'], path: string): Promise<RolePage> => shared.open(person, path);
  const unread = (rolePage: RolePage) => rolePage.page.getByTestId('notification-bell').getAttribute('data-unread');

  test('the reviewer rejects a segment, the translator answers with an @mention; each bell counts up live', async () => {
    const { translator, reviewer } = shared.env.people;
    // The translator confirms every segment through the API: the review can start.
    for (const segment of await allSegments(shared.env, shared.documentId, translator)) {
      await shared.env.api(translator, 'POST', `/api/segments/${segment.id}/confirm`, {});
    }

    const reviewing = await openPage(reviewer, `/documents/${shared.documentId}/review`);
    await waitForGrid(reviewing.page, SENTENCES.length);
    const translating = await openPage(translator, `/documents/${shared.documentId}`);
    await waitForGrid(translating.page, SENTENCES.length);
    expect([await unread(reviewing), await unread(translating)]).toEqual(['0', '0']);

    // The reviewer rejects segment 2 with a reason.
    await row(reviewing.page, 1).getByTestId('reject-segment').click();
    await reviewing.page.getByTestId('reject-reason').fill(REASON);
    await reviewing.page.getByTestId('reject-confirm').click();
    await eventually(async () => expect(await row(reviewing.page, 1).getAttribute('data-state')).toBe('rejected'));

    // The translator's bell counts it at once, and the row shows its open thread.
    await eventually(async () => expect(await unread(translating)).toBe('1'), 5_000);
    const badge = row(translating.page, 1).getByTestId('segment-comments');
    await eventually(async () => expect([await badge.getAttribute('data-count'), await badge.getAttribute('data-open')]).toEqual(['1', '1']), 5_000);

    // "Open comments" keeps only that segment.
    await translating.page.getByTestId('filter-comments').click();
    await eventually(async () => expect(await translating.page.getByTestId('segment-row').count()).toBe(1));
    await row(translating.page, 1).getByTestId('segment-source').click();

    // The thread in the side panel: the reason, as text, in the reviewer's name.
    const thread = translating.page.getByTestId('comment-thread');
    await thread.waitFor();
    expect(await thread.getByTestId('comment-text').first().textContent()).toBe(REASON);
    expect(await thread.locator('b').count()).toBe(0);
    expect(await thread.getByTestId('comment').first().textContent()).toContain(reviewer.name);
    await screenshot(translating.page, 'comments-thread');
    expect(await axeViolations(translating.page)).toEqual([]);

    // The translator answers, mentioning the reviewer by the member list.
    const reply = thread.getByTestId('comment-reply');
    await reply.getByTestId('comment-reply-mention').selectOption({ label: reviewer.name });
    await reply.getByTestId('comment-reply-text').press('End');
    await reply.getByTestId('comment-reply-text').pressSequentially('passt so?');
    await reply.getByTestId('comment-reply-submit').click();
    await eventually(async () => expect(await thread.getByTestId('comment').count()).toBe(2));
    expect(await thread.getByTestId('comment-text').nth(1).textContent()).toBe(`@${reviewer.name.replace(/\s+/g, '')} passt so?`);

    // The reviewer's bell counts the mention live; its list leads to the segment.
    await eventually(async () => expect(await unread(reviewing)).toBe('1'), 5_000);
    await reviewing.page.getByTestId('notification-bell').click();
    const item = reviewing.page.getByTestId('notification-panel').getByTestId('notification-item').first();
    await item.waitFor();
    expect(await item.getAttribute('data-kind')).toBe('mention');
    expect(await item.textContent()).toContain(`${translator.name} mentioned you on segment 2 of “Begegnungsfonds 2026”`);
    await screenshot(reviewing.page, 'notification-bell');
    expect(await axeViolations(reviewing.page)).toEqual([]);
    await item.getByTestId('notification-mark-read').click();
    await eventually(async () => expect(await unread(reviewing)).toBe('0'));
    await reviewing.page.keyboard.press('Escape');
    expect(await reviewing.page.getByTestId('notification-panel').isHidden()).toBe(true);

    // The reviewer resolves the thread: the translator's row shows no open thread any more.
    await translating.page.getByTestId('filter-all').click();
    await row(reviewing.page, 1).getByTestId('segment-source').click();
    await reviewing.page.getByTestId('comment-resolve').click();
    await eventually(async () => expect(await badge.getAttribute('data-open')).toBe('0'), 5_000);
    expect([await badge.getAttribute('data-count'), await translating.page.getByTestId('filter-comments').getAttribute('data-count')]).toEqual(['2', '0']);
  });

  test('a coordinator assigns a range with due dates; "My work" shows it to the translator, who opens on it', async () => {
    const { coordinator, secondTranslator, reviewer } = shared.env.people;
    // A document nobody has translated yet (the first one's translation is finished).
    const fresh = await submitDocument(shared.env, SENTENCES.join('\n\n') + '\n', { title: 'Kleinprojektefonds 2026' });
    await runMtThroughApi(shared.env, fresh);
    const assigning = await openPage(coordinator, `/documents/${fresh}/assignments`);
    const form = assigning.page.getByTestId('assignment-form');
    await form.waitFor();
    await form.getByTestId('assignment-range').check();
    await form.getByTestId('assignment-first').fill('3');
    await form.getByTestId('assignment-last').fill('5');
    await eventually(async () => expect(await form.getByTestId('assignment-translator').locator('option').count()).toBeGreaterThan(1));
    await form.getByTestId('assignment-translator').selectOption({ label: secondTranslator.name });
    await form.getByTestId('assignment-reviewer').selectOption({ label: reviewer.name });
    await form.getByTestId('assignment-translation-due').fill('2031-03-14');
    await form.getByTestId('assignment-review-due').fill('2031-03-21');
    await form.getByTestId('assignment-submit').click();
    const assignmentRow = assigning.page.getByTestId('assignment-row');
    await assignmentRow.waitFor();
    expect(await assignmentRow.textContent()).toContain('segments 3–5');
    expect(await assignmentRow.textContent()).toContain(secondTranslator.name);
    await screenshot(assigning.page, 'assignments', { fullPage: true });
    expect(await axeViolations(assigning.page)).toEqual([]);

    // The translator signs in and lands on "My work".
    const working = await openPage(secondTranslator, '/');
    await working.page.waitForURL((url) => url.pathname === '/work');
    const item = working.page.getByTestId('work-item');
    await item.waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute('data-step')).toBe('translation');
    expect(await item.getByTestId('work-range').textContent()).toBe('segments 3–5');
    expect(await item.getByTestId('work-due').textContent()).toContain('Due 14 Mar 2031');
    expect(await item.textContent()).toContain('Kleinprojektefonds 2026');
    expect(await working.page.getByTestId('notification-bell').getAttribute('data-unread')).toBe('1');
    await screenshot(working.page, 'my-work', { fullPage: true });
    expect(await axeViolations(working.page)).toEqual([]);

    // Opening it puts the cursor into the range; segments outside it stay editable (unassigned), none is someone else's.
    await item.getByTestId('work-open').click();
    await waitForGrid(working.page, SENTENCES.length);
    await eventually(async () => expect(Number(await working.page.locator('.seg-row.is-active').getAttribute('data-index'))).toBeGreaterThanOrEqual(2));
    expect(await working.page.getByTestId('segment-others').count()).toBe(0);
  });
});
