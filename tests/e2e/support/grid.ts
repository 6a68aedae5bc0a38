// Reading and driving the segment grid of the workspace through its test hooks.
import type { Locator, Page } from 'playwright-core';
import { eventually } from './pages';

export const grid = (page: Page): Locator => page.getByTestId('segment-grid');
export const row = (page: Page, index: number): Locator => page.locator(`[data-testid="segment-row"][data-index="${index}"]`);
export const target = (page: Page, index: number): Locator => row(page, index).getByTestId('segment-target');

/** Waits until the grid has loaded `count` segments and is no longer busy. */
export async function waitForGrid(page: Page, count: number, timeoutMs = 30_000): Promise<void> {
  await grid(page).waitFor({ timeout: timeoutMs });
  await eventually(async () => {
    expect([await grid(page).getAttribute('aria-busy'), await grid(page).getAttribute('data-loaded')]).toEqual(['false', String(count)]);
  }, timeoutMs);
}

/** The state each rendered row shows, by segment index (read in one go: rows come and go while scrolling). */
export const rowStates = (page: Page): Promise<Record<number, string>> =>
  page
    .getByTestId('segment-row')
    .evaluateAll((rows) => rows.map((element) => [Number(element.getAttribute('data-index')), element.getAttribute('data-state') ?? ''] as [number, string]))
    .then((pairs) => Object.fromEntries(pairs));

/** The aria-label of the focused element (the active target editor says which segment it is). */
export const focusedLabel = (page: Page): Promise<string | null> =>
  page.evaluate('document.activeElement ? document.activeElement.getAttribute("aria-label") : null') as Promise<string | null>;

/**
 * Replaces the text of a segment's target the way a person does: click into it, select all of it
 * (Ctrl+A selects only the editor's content), type the new text.
 */
export async function typeTarget(page: Page, index: number, text: string): Promise<void> {
  const editor = target(page, index);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
