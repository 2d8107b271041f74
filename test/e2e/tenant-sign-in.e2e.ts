import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GRAPH_SCOPES } from '../../src/host/auth/graph-scopes';
import { HOST_HANDSHAKE_TIMEOUT_MS } from '../../src/host/detect-host';
import { hasChromium, launchBrowser } from './support/chromium';
import { standInForEntra, type AuthorizeRequest } from './tenant/entra-stand-in';
import { HOST_SHAPES, HOST_TENANT, hostRecord, openInHost, type NestedTokenRequest } from './tenant/fake-hosts';
import { buildTenantApp, serveTenantApp, TENANT_BUILD, type TenantBuild } from './tenant/tenant-build';

const REDIRECT_PAGE = `${TENANT_BUILD.hostUrl}/redirect.html`;
const authority = (tenant: string) => `https://login.microsoftonline.com/${tenant}`;

/** Polls until `read` gives a value (the tab signs in on its own, after the host handshake). */
async function eventually<T>(read: () => Promise<T | undefined> | T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 240; i += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

const firstTokenRequest = async (page: Page): Promise<NestedTokenRequest | undefined> =>
  (await hostRecord(page)).nested.find((r) => r.method === 'GetToken' || r.method === 'GetTokenPopup');

describe.skipIf(!hasChromium)('a council tenant build reaches sign-in in every host, with the right tenant', () => {
  let build: TenantBuild;
  let browser: BrowserContext | undefined;

  beforeAll(async () => {
    build = await buildTenantApp();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  afterAll(() => build?.remove());

  async function freshBrowser(): Promise<{ authorizeRequests: AuthorizeRequest[] }> {
    browser = await launchBrowser();
    await serveTenantApp(browser, build);
    return standInForEntra(browser);
  }

  it("in a plain browser, signs in to the registration's own tenant and comes back through redirect.html", async () => {
    const entra = await freshBrowser();
    const page = await browser!.newPage();
    await page.goto(`${TENANT_BUILD.hostUrl}/#/plans`);
    const request = await eventually(() => entra.authorizeRequests[0], 'the sign-in page');
    expect(request).toEqual(
      expect.objectContaining({
        tenant: TENANT_BUILD.tenantId,
        clientId: TENANT_BUILD.clientId,
        redirectUri: REDIRECT_PAGE,
      }),
    );
  });

  for (const shape of HOST_SHAPES.filter((s) => s.nestedAppAuth)) {
    it(`in ${shape.name}, asks the host for a token for the host's tenant, and never leaves the tab`, async () => {
      const entra = await freshBrowser();
      const { hostPage } = await openInHost(browser!, shape);
      const request = await eventually(() => firstTokenRequest(hostPage), 'a token request through the host');
      expect(request.tokenParams?.clientId).toBe(TENANT_BUILD.clientId);
      expect(request.tokenParams?.authority).toBe(authority(HOST_TENANT));
      expect(request.tokenParams?.scope?.split(' ')).toEqual(expect.arrayContaining([...GRAPH_SCOPES]));
      const calls = (await hostRecord(hostPage)).calls;
      expect(calls[0]).toBe('initialize');
      expect(calls).toContain('getContext');
      expect(entra.authorizeRequests).toEqual([]);
    });
  }

  it('on a phone whose connection is slow to bring teams-js, still waits for the host rather than signing in on its own', async () => {
    const entra = await freshBrowser();
    // The tab's own host chunk takes longer than the host gets to answer: only the host's answer is timed.
    await browser!.route(/\/teams-host(\.[0-9a-f]+)?\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2 * HOST_HANDSHAKE_TIMEOUT_MS));
      await route.fallback();
    });
    const outlookOnIos = HOST_SHAPES.find((s) => s.name === 'Outlook on iOS (frameless)')!;
    const { hostPage } = await openInHost(browser!, outlookOnIos);
    const request = await eventually(() => firstTokenRequest(hostPage), 'a token request through the host');
    expect(request.tokenParams?.authority).toBe(authority(HOST_TENANT));
    expect(entra.authorizeRequests).toEqual([]);
  });

  for (const shape of HOST_SHAPES.filter((s) => !s.nestedAppAuth)) {
    it(`in ${shape.name}, falls back to its own sign-in for the host's tenant, through the registered redirect page`, async () => {
      const entra = await freshBrowser();
      const { hostPage } = await openInHost(browser!, shape);
      const request = await eventually(() => entra.authorizeRequests[0], 'the sign-in page');
      expect(request).toEqual(
        expect.objectContaining({ tenant: HOST_TENANT, clientId: TENANT_BUILD.clientId, redirectUri: REDIRECT_PAGE }),
      );
      expect((await hostRecord(hostPage)).calls).toContain('getContext');
    });
  }
});
