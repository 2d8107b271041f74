import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
  type Download,
} from 'playwright-core';

/** Debian's Chromium; the tests never download a browser of their own. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserOptions {
  readonly colorScheme?: 'light' | 'dark';
}

const contextOptions = (options: BrowserOptions): BrowserContextOptions => ({
  viewport: { width: 1366, height: 900 },
  colorScheme: options.colorScheme ?? 'light',
  locale: 'en-GB',
  timezoneId: 'Europe/London',
  acceptDownloads: true,
});

/** Starts the one Chromium the browser test files share (the e2e global setup does, once per run). */
export function launchSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/** The shared Chromium's address when running under vitest's e2e project, else null. */
async function sharedChromiumEndpoint(): Promise<string | null> {
  if (!process.env.VITEST) return null;
  const { inject } = await import('vitest');
  return inject('chromiumWsEndpoint') || null;
}

/**
 * A fresh browser session: one per person in a journey, so each has their own cookies and storage.
 * Under the e2e project it is a new context in the Chromium the run shares (starting a browser per
 * file cost seconds each on a busy machine); elsewhere (`npm run bench`) a browser of its own.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<BrowserContext> {
  const endpoint = await sharedChromiumEndpoint();
  if (endpoint) {
    const browser = await chromium.connect(endpoint);
    const context = await browser.newContext(contextOptions(options));
    // Closing the session also ends this file's connection; the shared Chromium stays up.
    const closeContext = context.close.bind(context);
    context.close = async (closeOptions) => {
      await closeContext(closeOptions);
      await browser.close();
    };
    // A persistent profile opens with one blank page, which the tests use as the person's tab.
    await context.newPage();
    return context;
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'jtai-chromium-'));
  return chromium.launchPersistentContext(profile, {
    ...contextOptions(options),
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: FLAGS,
  });
}

/**
 * A download saved to a file of its own. The browser is shared over a connection, where Playwright
 * keeps no local path for a download (`path()` throws); `saveAs` copies it across.
 */
export async function savedDownload(download: Download): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'jtai-download-')), download.suggestedFilename());
  await download.saveAs(file);
  return file;
}
