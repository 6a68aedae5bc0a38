// Two people on the same document: a change by one shows in the other's grid within a second, the
// segment someone else is editing is marked, and an edit that crosses another person's save ends in
// the conflict dialog, where merging keeps both texts.
import type { Request, Route } from 'playwright-core';
import { describeE2e } from './support/browser';
import { allSegments, type E2eEnv } from './support/e2eApp';
import { grid, row, target, typeTarget, waitForGrid } from './support/grid';
import { eventually, screenshot, type RolePage } from './support/pages';
import { sharedDocument } from './support/sharedDocument';

jest.setTimeout(120_000);

/** A plain-text document: markup in it is text, and must show as text. */
const SENTENCES = [
  'Ein Test mit <script>window.__xss=1</script> und <img src=x onerror="window.__xss=2"> bleibt harmlos.',
  'Der Landkreis Görlitz fördert Vereine.',
  'Die Förderung beträgt höchstens 5.000 Euro.',
  'Gefördert werden Begegnungen von Kindern.',
  'Die Sprache der Begegnung ist frei wählbar.',
  'Rückfragen beantwortet das Euroregionsbüro.',
];

describeE2e('two people on one document', () => {
  const shared = sharedDocument(SENTENCES.join('\n\n') + '\n', 'Förderrichtlinie Begegnungen');

  const openDocument = async (person: E2eEnv['people']['translator']): Promise<RolePage> => {
    const rolePage = await shared.open(person, `/documents/${shared.documentId}`);
    await waitForGrid(rolePage.page, SENTENCES.length);
    return rolePage;
  };

  test("a change by B shows in A's grid within a second; B's presence is marked in A's row", async () => {
    const a = await openDocument(shared.env.people.translator);
    const b = await openDocument(shared.env.people.secondTranslator);
    const segments = await allSegments(shared.env, shared.documentId);

    // Markup in a plain-text source is shown literally and never runs.
    expect(await row(a.page, 0).getByTestId('segment-source').textContent()).toBe(SENTENCES[0]);
    expect(await grid(a.page).locator('script, img, iframe').count()).toBe(0);
    expect(await a.page.evaluate('typeof window.__xss')).toBe('undefined');

    // B starts editing segment 3: A sees B's name on that row.
    await target(b.page, 2).click();
    const presence = row(a.page, 2).getByTestId('segment-presence');
    await presence.waitFor({ timeout: 5000 });
    expect(await presence.textContent()).toContain(shared.env.people.secondTranslator.name);
    await screenshot(a.page, 'live-presence');

    // B's autosave: from the moment the server answered, A's grid has one second.
    const text = 'Maksymalna kwota dofinansowania wynosi 5.000 euro.';
    const saved = b.page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().endsWith(`/api/segments/${segments[2].id}`) &&
        JSON.parse(response.request().postData() ?? '{}').target === text,
      { timeout: 15_000 },
    );
    await typeTarget(b.page, 2, text);
    expect((await saved).status()).toBe(200);
    const savedAt = Date.now();
    await eventually(async () => expect(await target(a.page, 2).textContent()).toBe(text), 1000, 20);
    console.log(`e2e live update: B's save appeared in A's grid ${Date.now() - savedAt} ms after the server answered`);
    expect(await row(a.page, 2).getAttribute('data-state')).toBe('draft');

    // B moves on with Alt+↓: the marker follows to the next row.
    await b.page.keyboard.press('Alt+ArrowDown');
    await row(a.page, 3).getByTestId('segment-presence').waitFor({ timeout: 5000 });
    await eventually(async () => expect(await row(a.page, 2).getByTestId('segment-presence').count()).toBe(0), 5000);

    // B leaves the document (back to the list, inside the app): the marker goes away.
    await b.page.getByRole('main').getByRole('link', { name: 'Documents' }).first().click();
    await b.page.waitForURL((url) => url.pathname === '/');
    await eventually(async () => expect(await a.page.getByTestId('segment-presence').count()).toBe(0), 5000);
  });

  test('an edit that crosses a newer save opens the conflict dialog with both texts; merging saves the merged text and the history keeps both', async () => {
    const a = await openDocument(shared.env.people.translator);
    // The browser logs the 409 answer to the stale save as a failed resource load: expected here.
    a.allowConsoleError(/status of 409 \(Conflict\).*\/api\/segments\//);
    const index = 4;
    const before = (await allSegments(shared.env, shared.documentId))[index];

    // Hold A's save until B's newer save is in: the order is certain, not a race.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const patches: Request[] = [];
    await a.page.route(`**/api/segments/${before.id}`, async (route: Route) => {
      if (route.request().method() === 'PATCH') {
        patches.push(route.request());
        await released;
      }
      await route.continue();
    });

    const mine = 'Język spotkania można wybrać dowolnie.';
    const theirs = 'Język spotkania jest dowolny.';
    await typeTarget(a.page, index, mine);
    await eventually(() => expect(patches).toHaveLength(1), 5000);
    await shared.env.api(shared.env.people.secondTranslator, 'PATCH', `/api/segments/${before.id}`, { target: theirs, version: before.version }, 200);
    release();

    const dialog = a.page.getByTestId('conflict-dialog');
    await dialog.waitFor({ timeout: 10_000 });
    expect(await dialog.getAttribute('role')).toBe('dialog');
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    const shown = (await dialog.textContent()) ?? '';
    expect(shown).toContain(mine);
    expect(shown).toContain(theirs);
    await screenshot(a.page, 'conflict-dialog');

    const merged = 'Język spotkania jest dowolny i można go wybrać.';
    await dialog.getByTestId('conflict-merge').click();
    const mergeText = dialog.getByTestId('conflict-merge-text');
    await mergeText.fill(merged);
    await dialog.getByTestId('conflict-merge-save').click();
    await dialog.waitFor({ state: 'detached' });

    await eventually(async () => expect((await allSegments(shared.env, shared.documentId))[index]).toMatchObject({ target: merged, version: before.version + 2 }), 10_000);
    await eventually(async () => expect(await target(a.page, index).textContent()).toBe(merged));
    const history = await shared.env.api(shared.env.people.coordinator, 'GET', `/api/segments/${before.id}/history`);
    // Theirs, mine (kept as a refused edit: nothing typed is lost) and the merged text, in that order.
    const tail = history.body.items.slice(-3).map((item: { action: string; actorName: string; toTarget: string }) => [item.action, item.actorName, item.toTarget]);
    expect(tail).toEqual([
      ['edit', shared.env.people.secondTranslator.name, theirs],
      ['edit_conflict', shared.env.people.translator.name, mine],
      ['edit', shared.env.people.translator.name, merged],
    ]);
    // The dialog said who saved theirs: the second translator (not A, whose refused edit is in the history too).
    expect(shown).toContain(`Saved by ${shared.env.people.secondTranslator.name}`);
  });
});
