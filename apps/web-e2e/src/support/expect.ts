import type { Locator } from 'playwright-core';

/**
 * Waits until the locator's first match is visible; jest's expect cannot wait for the page. The
 * first match, not the only one: a text may show twice on purpose (a card and its column total).
 * 15 s leaves room for a cold API and the 2 cores the journeys share with their database.
 */
export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}
