// WCAG 2.1 A/AA checks of what a page shows, by axe-core run inside the page. The script goes in through
// the DevTools protocol (page.evaluate), not a <script> tag, so the app's CSP stays untouched and the
// CSP watch sees nothing. Heading order is a best practice in axe's terms; it is checked too.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Every violation as `rule: help @ selector` (empty when the page passes). */
export async function axeViolations(page: Page, scope?: string): Promise<string[]> {
  const loaded = await page.evaluate('typeof window.axe === "object"');
  if (!loaded) await page.evaluate(axe.source);
  const violations = (await page.evaluate(
    `window.axe.run(${JSON.stringify(scope ?? 'body')}, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      rules: { 'heading-order': { enabled: true }, 'page-has-heading-one': { enabled: true } },
      resultTypes: ['violations'],
    }).then(function (result) { return result.violations.map(function (v) {
      return { id: v.id, help: v.help, nodes: v.nodes.map(function (n) { return { target: n.target, failureSummary: n.failureSummary }; }) };
    }); })`,
  )) as AxeViolation[];
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} @ ${node.target.join(' ')}`));
}
