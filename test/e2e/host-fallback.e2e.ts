import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/app-page';
import { hasChromium, launchBrowser } from './support/chromium';
import { appUrl } from './support/app-under-test';

/** A page on another origin (127.0.0.1 and its own port, where the app is on localhost) that frames the tab. */
function framingPage(src: string): string {
  return `<!doctype html><html lang="en"><head><title>Partner intranet</title></head>
<body><h1>Partner intranet</h1><iframe title="JTAI Action Plan" src="${src}" style="width:1200px;height:800px"></iframe></body></html>`;
}

describe.skipIf(!hasChromium)('the tab framed by a page that is not Teams', () => {
  let browser: BrowserContext;
  let parent: Server;
  let parentUrl: string;

  beforeAll(async () => {
    parent = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(framingPage(`${appUrl}/`));
    });
    await new Promise<void>((resolve) => parent.listen(0, '127.0.0.1', resolve));
    parentUrl = `http://127.0.0.1:${(parent.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => parent?.close(resolve));
  });

  it('gives up on the host handshake and shows the standalone sign-in picker', async () => {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(parentUrl);
    const frame = await appFrame(page.frames.bind(page));
    expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);

    // The frame's own clock, read on the first animation frame the picker is on screen.
    const shown = await frame.waitForFunction(
      () =>
        [...document.querySelectorAll('button')].some((b) => /^Amara Okafor/.test(b.textContent ?? ''))
          ? performance.now()
          : false,
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    const pickerShown = (await shown.jsonValue()) as number;
    await frame.getByRole('button', { name: /^Amara Okafor/ }).waitFor();
    const timing = await frame.evaluate(() => {
      const started = performance.getEntriesByName('jtai:host-handshake-started')[0];
      const detected = performance.getEntriesByName('jtai:host-detected')[0] as PerformanceMark | undefined;
      return {
        started: started?.startTime ?? null,
        detected: detected?.startTime ?? null,
        detail: detected?.detail as { kind?: string } | undefined,
      };
    });
    await screenshot(page, 'host-fallback-framed');
    console.log(
      `framed start: handshake began ${Math.round(timing.started ?? NaN)} ms after navigation, gave up after ${Math.round((timing.detected ?? NaN) - (timing.started ?? NaN))} ms, picker shown ${Math.round(pickerShown - (timing.started ?? NaN))} ms after the handshake began`,
    );

    expect(timing.started).not.toBeNull();
    // It gave up on the host by itself and showed the picker (how long that took is logged above, not judged).
    expect(timing.detail?.kind).toBe('standalone');
    expect(timing.detected).not.toBeNull();
  });

  it('signs in without waiting for a host a second time', async () => {
    const page = browser.pages()[0]!;
    const frame = await appFrame(page.frames.bind(page));
    await frame.getByRole('button', { name: /^Amara Okafor/ }).click();
    await frame
      .getByRole('link', { name: /^Haringey JTAI \d{4}: abuse and neglect$/ })
      .first()
      .waitFor();
    // One handshake in all: signing in did not wait for a host again.
    const handshakes = await frame.evaluate(() => performance.getEntriesByName('jtai:host-handshake-started').length);
    expect(handshakes).toBe(1);
  });
});

async function appFrame(frames: () => Frame[]): Promise<Frame> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = frames().find((f) => f.url().startsWith(appUrl));
    if (frame) return frame;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`No frame loaded ${appUrl}`);
}
