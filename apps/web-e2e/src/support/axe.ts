import { readFileSync } from 'fs';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What a journey must not ship; `moderate` and `minor` findings are advice, not failures. */
const FAILING_IMPACTS: ImpactValue[] = ['serious', 'critical'];

export interface AxeViolation {
  /** axe's rule id, e.g. `color-contrast`. */
  id: string;
  impact: ImpactValue;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core on the page as it is now and returns its serious and critical violations.
 * axe is evaluated through the DevTools protocol rather than `page.addScriptTag`: the API's
 * Content-Security-Policy (`script-src 'self'`) refuses an inline script tag, and turning CSP off
 * for the journeys would hide the CSP errors they assert away.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  });
  return results.filter((v): v is AxeViolation => v.impact !== null && FAILING_IMPACTS.includes(v.impact));
}

/** One line per rule, then each offending element's selector and what axe says to fix. */
export function formatAxeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n\s*/g, ' ')}`);
      return `  ${v.id} (${v.impact}, ${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'}): ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Fails with every serious and critical axe violation on the page, naming `where` (the URL, a step). */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(`axe found ${violations.length} serious or critical accessibility violation(s) on ${where}:\n${formatAxeViolations(violations)}`);
  }
}
