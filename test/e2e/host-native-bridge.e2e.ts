import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** What the simulated host saw and what the app decided, read from the page. */
interface BridgeRun {
  readonly calls: string[];
  readonly detected: { kind?: string; hostName?: string } | null;
  readonly handshakeStarted: boolean;
}

/**
 * Stands in for Outlook on Android: the tab is the top-level page (no iframe), and the host injects
 * `window.nativeInterface` before any script runs. teams-js (src/internal/communication.ts) then
 * sends each request as JSON through `nativeInterface.framelessPostMessage` and takes the answers
 * through `window.onNativeMessage({ data })`, matching them by `id` and `uuidAsString`.
 */
function nativeHostScript(): void {
  const calls: string[] = [];
  (window as unknown as { __bridgeCalls: string[] }).__bridgeCalls = calls;
  const answers: Record<string, unknown[]> = {
    initialize: [
      'content',
      'android',
      JSON.stringify({ apiVersion: 4, supports: { app: {}, pages: { config: {} } } }),
      '2.58.0',
    ],
    getContext: [
      {
        hostName: 'Outlook',
        hostClientType: 'android',
        frameContext: 'content',
        entityId: 'plans',
        locale: 'en-gb',
        theme: 'default',
        userObjectId: '11111111-1111-4111-8111-111111111111',
        userPrincipalName: 'amara.okafor@haringey.example',
        tid: '22222222-2222-4222-8222-222222222222',
      },
    ],
  };
  (window as unknown as { nativeInterface: unknown }).nativeInterface = {
    framelessPostMessage(json: string) {
      const request = JSON.parse(json) as { id: number; uuidAsString?: string; func: string };
      calls.push(request.func);
      const args = answers[request.func];
      if (!args) return;
      // A native host answers asynchronously, after the call into it has returned.
      setTimeout(() => {
        const onNativeMessage = (window as unknown as { onNativeMessage?: (event: unknown) => void }).onNativeMessage;
        onNativeMessage?.({ data: { id: request.id, uuidAsString: request.uuidAsString, args } });
      }, 20);
    },
  };
}

/** Waits for the app to have started (the demo sign-in picker is up), then reads the run. */
async function readRun(page: Page): Promise<BridgeRun> {
  await page.getByRole('button', { name: /^Amara Okafor/ }).waitFor({ timeout: 30_000 });
  return page.evaluate(() => {
    const detected = performance.getEntriesByName('jtai:host-detected')[0] as PerformanceMark | undefined;
    return {
      calls: [...((window as unknown as { __bridgeCalls?: string[] }).__bridgeCalls ?? [])],
      detected: (detected?.detail as BridgeRun['detected']) ?? null,
      handshakeStarted: performance.getEntriesByName('jtai:host-handshake-started').length > 0,
    };
  });
}

describe.skipIf(!hasChromium)('the tab loaded without a frame by a native host (Teams or Outlook mobile)', () => {
  let browser: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('talks to the host through its injected bridge and takes it for Outlook, not a plain browser', async () => {
    const page = await browser.newPage();
    try {
      await page.addInitScript(nativeHostScript);
      await page.goto(`${appUrl}/`);
      const run = await readRun(page);
      expect(await page.evaluate(() => window.self === window.top)).toBe(true);
      expect(run.handshakeStarted).toBe(true);
      expect(run.calls.slice(0, 2)).toEqual(['initialize', 'getContext']);
      expect(run.detected).toEqual({ kind: 'teams', hostName: 'outlook' });
      await screenshot(page, 'host-native-bridge');
    } finally {
      await page.close();
    }
  });

  it('stays standalone at once on a plain top-level page, without a handshake', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${appUrl}/`);
      const run = await readRun(page);
      expect(run.handshakeStarted).toBe(false);
      expect(run.detected).toBeNull();
      expect(run.calls).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
