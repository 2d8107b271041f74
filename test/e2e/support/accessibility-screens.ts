import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './app-page';
import { wcagViolations } from './axe';
import { hasChromium, launchBrowser } from './chromium';
import { appUrl } from './app-under-test';

type Theme = 'light' | 'dark' | 'high-contrast';
export const PLAN = '#/plans/plan-haringey-2018';
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/letters/riverside-2024.txt');

export interface Screen {
  readonly name: string;
  readonly persona: string | null;
  readonly hash: string;
  /** Waits for the screen to be ready (and opens any dialog it is about). */
  readonly ready: (page: Page) => Promise<unknown>;
}

/** The screens every theme's accessibility check (and the narrow-window check) opens. */
export const SCREENS: readonly Screen[] = [
  {
    name: 'sign-in',
    persona: null,
    hash: '',
    ready: (p) => p.getByRole('button', { name: /^Amara Okafor/ }).waitFor(),
  },
  {
    name: 'plan-list',
    persona: 'u-dcs',
    hash: '#/plans',
    ready: (p) => p.getByRole('link', { name: /^Haringey JTAI \d{4}: abuse and neglect$/ }).waitFor(),
  },
  {
    name: 'plan-overview',
    persona: 'u-dcs',
    hash: PLAN,
    ready: (p) => p.getByRole('heading', { name: /Areas for improvement/ }).waitFor(),
  },
  {
    name: 'my-actions',
    persona: 'u-police-owner',
    hash: `${PLAN}/my-actions`,
    ready: (p) => p.getByRole('heading', { name: /Police actions/ }).waitFor(),
  },
  {
    name: 'my-actions-dcs',
    persona: 'u-dcs',
    hash: `${PLAN}/my-actions`,
    ready: (p) => p.getByRole('table', { name: 'Areas still waiting for an agency’s action' }).waitFor(),
  },
  {
    name: 'ask-for-actions-dialog',
    persona: 'u-dcs',
    hash: `${PLAN}/my-actions`,
    ready: async (p) => {
      await p.getByRole('button', { name: 'Ask owners for their actions' }).click();
      await p.getByRole('dialog').getByRole('table', { name: 'Who will be asked' }).waitFor();
    },
  },
  {
    name: 'ask-for-updates-dialog',
    persona: 'u-dcs',
    hash: `${PLAN}/dashboard`,
    ready: async (p) => {
      await p.getByRole('button', { name: 'Ask for progress updates' }).click();
      await p.getByRole('dialog').getByRole('table', { name: 'Who will be asked' }).waitFor();
    },
  },
  {
    name: 'grid',
    persona: 'u-dcs',
    hash: `${PLAN}/grid`,
    ready: (p) => p.getByRole('table', { name: 'Actions' }).getByRole('link').first().waitFor(),
  },
  {
    name: 'action-dialog',
    persona: 'u-police-owner',
    hash: `${PLAN}/actions/act-haringey-02`,
    ready: (p) => p.getByRole('dialog').getByRole('heading', { name: 'Edit action' }).waitFor(),
  },
  {
    name: 'post-update-dialog',
    persona: 'u-police-owner',
    hash: `${PLAN}/my-actions`,
    ready: async (p) => {
      await p.getByRole('button', { name: /^Post update on: Second two detective constables/ }).click();
      await p.getByRole('dialog').getByRole('heading', { name: 'Post an update' }).waitFor();
    },
  },
  {
    name: 'action-read-only',
    persona: 'u-lead-member',
    hash: `${PLAN}/actions/act-haringey-02`,
    ready: (p) =>
      p
        .getByRole('dialog')
        .getByText(/Only Police owners/)
        .waitFor(),
  },
  {
    name: 'action-history',
    persona: 'u-chief-executive',
    hash: `${PLAN}/actions/act-haringey-02`,
    ready: async (p) => {
      await p
        .getByRole('dialog')
        .getByRole('button', { name: /^Change history/ })
        .click();
      await p.getByRole('dialog').getByRole('list', { name: 'Changes, newest first' }).waitFor();
    },
  },
  {
    // A hovered row takes the theme's hover colours: in high contrast its links must still be read.
    name: 'table-row-hovered',
    persona: 'u-dcs',
    hash: PLAN,
    ready: async (p) => {
      const link = p
        .getByRole('table', { name: /^Actions for / })
        .first()
        .getByRole('link')
        .first();
      await link.hover();
    },
  },
  {
    name: 'statement-reading',
    persona: 'u-dcs',
    hash: `${PLAN}/submission`,
    ready: async (p) => {
      await p.getByRole('button', { name: 'Read the statement as it stands' }).click();
      await p.getByRole('article').getByRole('heading', { name: 'Named contacts' }).waitFor();
    },
  },
  {
    name: 'letter-import',
    persona: 'u-dcs',
    hash: '#/new-plan',
    ready: (p) => p.getByRole('button', { name: 'Read the pasted text' }).waitFor(),
  },
  {
    name: 'letter-review',
    persona: 'u-dcs',
    hash: '#/new-plan',
    ready: async (p) => {
      await p.getByRole('textbox', { name: /Or paste the letter/ }).fill(readFileSync(FIXTURE, 'utf8'));
      await p.getByRole('button', { name: 'Read the pasted text' }).click();
      await p.getByRole('button', { name: 'Create plan and findings' }).waitFor();
    },
  },
  {
    name: 'site-setup',
    persona: 'u-dcs',
    hash: '#/site-setup',
    ready: (p) => p.getByRole('button', { name: 'Re-apply permissions' }).waitFor(),
  },
  {
    name: 'new-action-dialog',
    persona: 'u-dcs',
    hash: PLAN,
    ready: async (p) => {
      await p.getByRole('button', { name: 'Add action to area for improvement 2', exact: true }).click();
      await p.getByRole('dialog').getByRole('heading', { name: 'New action' }).waitFor();
    },
  },
];

/**
 * Opens a screen in the tab of its person, made the first time (`size`: the tab's window): the tab
 * loads the app once, then moves between that person's screens within it.
 */
export function screenOpener(context: () => BrowserContext, size?: { width: number; height: number }) {
  const tabs = new Map<string | null, Page>();
  return async (screen: Screen): Promise<Page> => {
    const url = `${appUrl}/${screen.persona ? `?as=${screen.persona}` : ''}${screen.hash}`;
    let page = tabs.get(screen.persona);
    if (!page) {
      page = await context().newPage();
      if (size) await page.setViewportSize(size);
      if (!screen.persona) await page.addInitScript(() => window.sessionStorage.clear());
      tabs.set(screen.persona, page);
    }
    // Only the address's hash differs between one person's screens, so this navigates within the app.
    if (page.url() !== url) await page.goto(url);
    return page;
  };
}

/**
 * Every screen in `theme` has no WCAG 2.2 AA violations. One file per theme, so the three run side by
 * side, each with its own app (see app-under-test.ts).
 */
export const describeAccessibilityIn = (theme: Theme) =>
  describe.skipIf(!hasChromium)(`accessibility in the ${theme} theme`, () => {
    let context: BrowserContext;
    const open = screenOpener(() => context);
    beforeAll(async () => {
      context = await launchBrowser({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await context.addInitScript((t) => window.localStorage.setItem('jtai.theme', t), theme);
    });
    afterAll(async () => context?.close());

    it.each(SCREENS)('$name has no WCAG 2.2 AA violations', async (screen) => {
      const page = await open(screen);
      await screen.ready(page);
      await screenshot(page, `a11y-${theme}-${screen.name}`);
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
