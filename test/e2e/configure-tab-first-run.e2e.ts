import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SITE_ID } from '../../src/app/config';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start-emulator';
import { screenshot } from './support/app-page';
import { wcagViolations } from './support/axe';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** One call the app made into the simulated host. */
interface HostCall {
  readonly func: string;
  readonly args: unknown[];
}

/**
 * Stands in for Teams showing a channel tab's configuration page: the page is loaded with a native
 * bridge (as Teams mobile does) in the `settings` frame, in a team's channel. The app's calls are
 * recorded; `settings.setSettings` is answered as Teams answers it. teams-js answers a request by
 * `id` through `window.onNativeMessage`, and the host's Save reaches the app the same way as `settings.save`.
 */
function configurationHostScript(): void {
  const calls: HostCall[] = [];
  (window as unknown as { __hostCalls: HostCall[] }).__hostCalls = calls;
  const answers: Record<string, unknown[]> = {
    initialize: [
      'settings',
      'web',
      JSON.stringify({ apiVersion: 4, supports: { app: {}, pages: { config: {} } } }),
      '2.58.0',
    ],
    getContext: [
      {
        hostName: 'Teams',
        hostClientType: 'web',
        frameContext: 'settings',
        entityId: '',
        locale: 'en-gb',
        theme: 'default',
        groupId: '33333333-3333-4333-8333-333333333333',
        teamId: '19:team@thread.tacv2',
        channelId: '19:channel@thread.tacv2',
        tid: '22222222-2222-4222-8222-222222222222',
      },
    ],
    'settings.setSettings': [true],
  };
  (window as unknown as { nativeInterface: unknown }).nativeInterface = {
    framelessPostMessage(json: string) {
      const request = JSON.parse(json) as { id: number; uuidAsString?: string; func: string; args?: unknown[] };
      calls.push({ func: request.func, args: request.args ?? [] });
      const args = answers[request.func];
      if (!args) return;
      setTimeout(() => {
        const onNativeMessage = (window as unknown as { onNativeMessage?: (event: unknown) => void }).onNativeMessage;
        onNativeMessage?.({ data: { id: request.id, uuidAsString: request.uuidAsString, args } });
      }, 20);
    },
  };
}

const callsOf = (page: Page): Promise<HostCall[]> =>
  page.evaluate(() => (window as unknown as { __hostCalls: HostCall[] }).__hostCalls);

/** Whether Teams' Save is enabled: the last validity state the page set. */
async function saveEnabled(page: Page): Promise<boolean> {
  const validity = (await callsOf(page)).filter((c) => c.func === 'settings.setValidityState');
  return validity.at(-1)?.args[0] === true;
}

/** Selects Teams' Save `times` times at once; resolves with each outcome the page reported, in order. */
async function selectSave(page: Page, times = 1): Promise<string[]> {
  const outcomes = (calls: HostCall[]) => calls.filter((c) => c.func.startsWith('settings.save.'));
  const before = outcomes(await callsOf(page)).length;
  await page.evaluate((count) => {
    const onNativeMessage = (window as unknown as { onNativeMessage: (event: unknown) => void }).onNativeMessage;
    for (let i = 0; i < count; i += 1) onNativeMessage({ data: { func: 'settings.save', args: [{}] } });
  }, times);
  await page.waitForFunction(
    (expected) =>
      (window as unknown as { __hostCalls: HostCall[] }).__hostCalls.filter((c) => c.func.startsWith('settings.save.'))
        .length >= expected,
    before + times,
    { timeout: 60_000 },
  );
  return outcomes(await callsOf(page))
    .slice(before)
    .map((c) => (c.func === 'settings.save.success' ? 'success' : `failure: ${String(c.args[0])}`));
}

describe.skipIf(!hasChromium)('adding the channel tab to a team whose site is empty (first run)', () => {
  let emulator: RunningEmulator;
  let dataDir: string;
  let browser: BrowserContext;
  /** While true, adding a plan member fails as SharePoint failing would: after the plan item exists. */
  let failMemberWrites = false;

  /** The dev server's app, talking to an empty emulator of this test's own in place of its seeded one. */
  async function proxyToEmptyEmulator(route: Route): Promise<void> {
    const request = route.request();
    const body = request.postData() ?? '';
    if (failMemberWrites && request.method() === 'POST' && /\/items$/.test(request.url()) && body.includes('"Role"')) {
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'generalException', message: 'An unexpected error occurred.' } }),
      });
      return;
    }
    const response = await route.fetch({ url: request.url().replace(`${appUrl}/graph`, emulator.url) });
    const text = (await response.text()).replaceAll(emulator.url, `${appUrl}/graph`);
    await route.fulfill({ response, body: text });
  }

  async function openConfiguration(personaId: string): Promise<Page> {
    const page = await browser.newPage();
    await page.addInitScript(configurationHostScript);
    await page.route(`${appUrl}/graph/**`, proxyToEmptyEmulator);
    await page.goto(`${appUrl}/?as=${personaId}#/configure`);
    await page.getByRole('heading', { level: 1, name: 'Choose the action plan for this tab' }).waitFor();
    return page;
  }

  /** Every item of the site's "JTAI Plans" list, read straight from Graph. */
  async function plansListItems(): Promise<{ title: string }[]> {
    const headers = { Authorization: 'Bearer demo.u-dcs' };
    const site = `${emulator.graphBaseUrl}/sites/${LOCAL_SITE_ID}`;
    const lists = (await (await fetch(`${site}/lists`, { headers })).json()) as {
      value: { id: string; displayName: string }[];
    };
    const plans = lists.value.find((l) => l.displayName === 'JTAI Plans');
    if (!plans) return [];
    const items = (await (await fetch(`${site}/lists/${plans.id}/items?expand=fields`, { headers })).json()) as {
      value: { fields: { Title: string; PlanTitle?: string } }[];
    };
    return items.value.map((i) => ({ title: i.fields.Title }));
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'jtai-e2e-empty-site-'));
    emulator = await startEmulator({ port: 0, dataDir, seed: false });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('tells a team member who does not own the site who can set it up, with Save kept disabled', async () => {
    const page = await openConfiguration('u-police-owner');
    await page.getByText('Ask a site owner to set up this site').waitFor();
    const owners = page.getByRole('region', { name: 'The site’s owners' });
    await owners.waitFor();
    expect(await owners.textContent()).toMatch(/Amara Okafor.*Tom Reilly/);
    expect(await page.getByRole('button', { name: 'Set up this site' }).count()).toBe(0);
    expect(await saveEnabled(page)).toBe(false);
    expect(await wcagViolations(page)).toEqual([]);
    await screenshot(page, 'configure-tab-ask-an-owner');
    await page.close();
  });

  it('lets a site owner set the site up from the configuration page, start a plan and save the tab, once', async () => {
    const page = await openConfiguration('u-dcs');
    const setUp = page.getByRole('button', { name: 'Set up this site' });
    await setUp.focus();
    await page.keyboard.press('Enter');
    await page.getByText('This site is set up. Now choose a plan').waitFor({ timeout: 60_000 });
    await page.getByText('There are no plans on this site yet.').waitFor();
    await page.getByRole('radio', { name: 'Start a new plan' }).check();
    await page.getByRole('textbox', { name: /Title of the new plan/ }).fill('Enfield JTAI 2026: exploitation');
    expect(await saveEnabled(page)).toBe(true);
    expect(await wcagViolations(page)).toEqual([]);

    failMemberWrites = true;
    const [failed] = await selectSave(page);
    expect(failed).toMatch(/Select Save again: the same plan will be finished rather than a second one made/);
    await page.getByRole('alert').filter({ hasText: 'The plan could not be started' }).waitFor();
    expect(await plansListItems()).toHaveLength(1);

    failMemberWrites = false;
    expect(await selectSave(page, 2)).toEqual(['success', 'success']);
    const items = await plansListItems();
    expect(items).toHaveLength(1);
    const saved = (await callsOf(page)).filter((c) => c.func === 'settings.setSettings').at(-1)!.args[0];
    expect(saved).toEqual({
      entityId: items[0]!.title,
      contentUrl: `${appUrl}/#/plans/${items[0]!.title}`,
      websiteUrl: `${appUrl}/#/plans/${items[0]!.title}`,
      suggestedDisplayName: 'Enfield JTAI 2026: exploitation',
    });
    await screenshot(page, 'configure-tab-new-plan');
    await page.close();
  });

  it('shows the started plan when the tab is configured again, and saving it makes no other', async () => {
    const page = await openConfiguration('u-dcs');
    await page.getByRole('radio', { name: 'Enfield JTAI 2026: exploitation' }).waitFor();
    expect(await saveEnabled(page)).toBe(true);
    expect(await selectSave(page)).toEqual(['success']);
    expect(await plansListItems()).toHaveLength(1);
    await page.close();
  });
});
