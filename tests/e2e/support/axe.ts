// WCAG 2.1 A/AA checks of what a page shows, by axe-core run inside the page. The script goes in through
// the DevTools protocol (page.evaluate), not a <script> tag, so the app's CSP stays untouched and the
// CSP watch sees nothing. axe's best practices are checked too: heading order, landmarks (unique,
// one main, all content inside one), and the like, which WCAG's own rules leave out.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Every violation as `rule: help @ selector` (empty when the page passes). Without a scope the whole
 * document is checked, so the rules about the page itself run too (its language, title, one main
 * landmark, one first-level heading); a CSS selector checks only what it selects.
 */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axe.source);
  const violations = (await page.evaluate(
    `window.axe.run(${scope === undefined ? 'document' : JSON.stringify(scope)}, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    }).then(function (result) { return result.violations.map(function (v) {
      return { id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return { target: n.target, failureSummary: n.failureSummary }; }) };
    }); })`,
  )) as AxeViolation[];
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} @ ${node.target.join(' ')}`));
}
