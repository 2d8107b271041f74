import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/app-page';
import { PLAN, SCREENS, screenOpener, type Screen } from './support/accessibility-screens';
import { wcagViolations } from './support/axe';
import { NARROW, overflowing } from './support/overflow';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** Screens at 320 px besides the accessibility screens (see support/overflow.ts for why 320). */
const MORE_SCREENS: readonly Screen[] = [
  {
    name: 'governance',
    persona: 'u-dcs',
    hash: `${PLAN}/governance`,
    ready: (p) => p.getByRole('table', { name: 'Stage timeline' }).waitFor(),
  },
  {
    name: 'dashboard',
    persona: 'u-dcs',
    hash: `${PLAN}/dashboard`,
    ready: (p) => p.getByRole('table', { name: 'Overdue actions' }).waitFor(),
  },
  {
    name: 'agencies-and-people',
    persona: 'u-dcs',
    hash: `${PLAN}/settings`,
    ready: (p) => p.getByRole('table', { name: 'People in this plan' }).waitFor(),
  },
  {
    name: 'submission',
    persona: 'u-dcs',
    hash: `${PLAN}/submission`,
    ready: (p) => p.getByRole('heading', { name: 'Written statement of action' }).waitFor(),
  },
  {
    name: 'inbox',
    persona: 'u-police-owner',
    hash: '#/inbox',
    ready: (p) => p.getByRole('heading', { name: 'Inbox' }).waitFor(),
  },
  {
    name: 'header-menu-and-plan-details',
    persona: 'u-police-owner',
    hash: `${PLAN}/my-actions`,
    ready: async (p) => {
      await p.getByRole('heading', { name: /Police actions/ }).waitFor();
      await p.getByRole('button', { name: 'Menu' }).click();
      await p.getByRole('button', { name: 'Plan details' }).click();
      await p.getByRole('combobox', { name: 'Theme' }).waitFor();
      await p.getByText('Letter date').waitFor();
    },
  },
];

describe.skipIf(!hasChromium)('a 320 px window (a phone, or a desktop at 400% zoom)', () => {
  let context: BrowserContext;
  const open = screenOpener(() => context, NARROW);
  beforeAll(async () => {
    context = await launchBrowser();
  });
  afterAll(async () => context?.close());

  it.each([...MORE_SCREENS, ...SCREENS])('$name fits the width, with no WCAG 2.2 AA violations', async (screen) => {
    const page = await open(screen);
    await screen.ready(page);
    await screenshot(page, `narrow-${screen.name}`);
    // Fluent's message bars measure themselves once shown, then lay out again: wait for them.
    await expect.poll(() => overflowing(page)).toEqual([]);
    expect(await wcagViolations(page)).toEqual([]);
  });

  it('puts a partner owner’s actions in the first screenful, with the header and facts a key press away', async () => {
    const page = await context.newPage();
    await page.setViewportSize(NARROW);
    await page.bringToFront();
    await page.goto(`${appUrl}/?as=u-police-owner${PLAN}/my-actions`);
    const heading = page.getByRole('heading', { name: /Police actions/ });
    await heading.waitFor();
    const bottom = async () => (await heading.boundingBox())!.y + (await heading.boundingBox())!.height;
    expect(await bottom()).toBeLessThanOrEqual(NARROW.height);

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Plan' }).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('jtai.theme'))).toBe('dark');
    await menu.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('combobox', { name: 'Theme' }).count()).toBe(0);

    const details = page.getByRole('button', { name: 'Plan details' });
    await details.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Submitted by').waitFor();
    expect(await details.getAttribute('aria-expanded')).toBe('true');
  });

  it('a table too wide for the window scrolls in its own box, from the keyboard too', async () => {
    // A tab of its own, in front: Chromium scrolls from the keyboard only in the tab that has focus.
    const page = await context.newPage();
    await page.setViewportSize(NARROW);
    await page.bringToFront();
    await page.goto(`${appUrl}/?as=u-dcs${PLAN}/dashboard`);
    const box = page.getByRole('region', { name: 'Overdue actions', exact: true });
    await box.getByRole('table', { name: 'Overdue actions' }).waitFor();
    await box.focus();
    const scrolled = () => box.evaluate((el) => el.scrollLeft);
    expect(await scrolled()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(scrolled).toBeGreaterThan(0);
    await expect(box.getByRole('columnheader', { name: 'Latest update' }).count()).resolves.toBe(1);

    // With room for every column it is a plain table: no box to scroll and no extra stop for the Tab key.
    await page.setViewportSize({ width: 1366, height: 900 });
    await expect.poll(() => box.count()).toBe(0);
    await expect(page.getByRole('table', { name: 'Overdue actions' }).count()).resolves.toBe(1);
  });
});
