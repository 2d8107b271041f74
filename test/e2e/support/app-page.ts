import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../test-results');

/** Opens the tab signed in as a demo persona (the `?as=` shortcut the sign-in picker also sets). */
export async function openAs(
  context: BrowserContext,
  appUrl: string,
  personaId: string,
  hash = '#/plans',
  /** More of the address's query, e.g. `liveSeconds=2`. */
  query = '',
): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${appUrl}/?as=${personaId}${query ? `&${query}` : ''}${hash}`);
  return page;
}

/** Saves the page to test-results/ under `npm run screenshots` (SCREENSHOTS=1); plain test runs take none. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env['SCREENSHOTS']) return;
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`), fullPage: true });
}
