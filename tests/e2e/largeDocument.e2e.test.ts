// A 5,000-segment document opens and takes a keystroke, loads completely, scrolls to its end and saves
// an edit there. The times are printed, not asserted: timed assertions belong in benchmarks
// (scripts/bench/clientGrid.ts, docs/benchmarks.md).
import { describeE2e, E2E_SETUP_TIMEOUT_MS } from './support/browser';
import { allSegments, startE2e, submitDocument, type E2eEnv } from './support/e2eApp';
import { grid, row, rowStates, target, waitForGrid } from './support/grid';
import { asPerson, eventually, screenshot } from './support/pages';

jest.setTimeout(180_000);

const SEGMENTS = 5000;
const TOWNS = ['Görlitz', 'Zittau', 'Löbau', 'Bautzen', 'Niesky', 'Weißwasser', 'Ebersbach', 'Herrnhut'];

/** Sentence n (1-based): distinct, one paragraph each. */
const sentence = (n: number): string =>
  `Satz ${n} beschreibt die Förderung der Gemeinde ${TOWNS[n % TOWNS.length]} im Landkreis Görlitz.`;

describeE2e('a 5,000-segment document in the browser', () => {
  let env: E2eEnv;
  let documentId: string;

  beforeAll(async () => {
    env = await startE2e();
    const text = Array.from({ length: SEGMENTS }, (_, i) => sentence(i + 1)).join('\n\n') + '\n';
    documentId = await submitDocument(env, text, { title: 'Fünftausend Sätze' });
    const stored = await env.api(env.people.coordinator, 'GET', `/api/documents/${documentId}`);
    expect(stored.body.segmentCount).toBe(SEGMENTS);
  }, E2E_SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await env?.close();
  });

  test('opens, takes a keystroke in the first row, loads all segments, scrolls to the end, saves segment 4,999 and finds it by search', async () => {
    await asPerson(env, env.people.translator, 'large-document', async ({ page }) => {
      const started = Date.now();
      await page.goto(`/documents/${documentId}`);
      const first = target(page, 0);
      await first.click();
      await page.keyboard.type('W');
      await eventually(async () => expect(await first.textContent()).toBe('W'), 30_000, 10);
      const interactive = Date.now() - started;
      await waitForGrid(page, SEGMENTS, 60_000);
      const loaded = Date.now() - started;
      console.log(`e2e 5,000 segments: interactive (first editor took a keystroke) after ${interactive} ms, all ${SEGMENTS} loaded after ${loaded} ms`);
      expect(await page.getByTestId('segment-row').count()).toBeLessThan(100); // virtualized: only rows in view are rendered

      // The grid's own scroll, to its very end: the last rows are rendered.
      await grid(page).evaluate((element) => {
        const scroller = [element, ...element.querySelectorAll('*')].find(
          (candidate) => candidate.scrollHeight > candidate.clientHeight + 10 && ['auto', 'scroll'].includes(candidate.ownerDocument.defaultView.getComputedStyle(candidate).overflowY),
        );
        if (!scroller) throw new Error('the segment grid has no scrolling element');
        scroller.scrollTop = scroller.scrollHeight;
      });
      await row(page, SEGMENTS - 1).waitFor();
      const editor = target(page, SEGMENTS - 2);
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Zdanie 4999 opisuje dofinansowanie gminy Zittau w powiecie zgorzeleckim.');
      await screenshot(page, 'workspace-5000-end');
      await eventually(async () => {
        const segments = await allSegments(env, documentId);
        expect([segments[0].target, segments[SEGMENTS - 2].target, segments[SEGMENTS - 2].state]).toEqual([
          'W',
          'Zdanie 4999 opisuje dofinansowanie gminy Zittau w powiecie zgorzeleckim.',
          'draft',
        ]);
      }, 15_000);
      expect(await row(page, SEGMENTS - 2).getAttribute('data-state')).toBe('draft');

      // The text search over all 5,000 finds exactly that one.
      await page.getByTestId('filter-search').fill('Satz 4999 ');
      await eventually(async () => expect(await rowStates(page)).toEqual({ [SEGMENTS - 2]: 'draft' }), 5000);
      expect(await page.getByTestId('filter-all').textContent()).toMatch(/^\D+1$/);
    });
  });
});
