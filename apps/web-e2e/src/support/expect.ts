import type { Locator, Page } from 'playwright-core';

/**
 * Waits until the locator's first match is visible; jest's expect cannot wait for the page. The
 * first match, not the only one: a text may show twice on purpose (a card and its column total).
 * 15 s leaves room for a cold API and the 2 cores the journeys share with their database.
 */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Waits until the page's title (the browser tab's) is `title`: a page sets it once it has rendered, and a record page once its record has loaded. */
export async function expectTitle(page: Page, title: string): Promise<void> {
  const named = await page.waitForFunction((expected) => document.title === expected, title, { timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  if (!named) throw new Error(`Expected the page title “${title}”, but it is “${await page.title()}”`);
}
