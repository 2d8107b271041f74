import type { BrowserContext, Route } from 'playwright-core';

/** A sign-in page the browser was sent to: Entra's authorize endpoint, read from its address. */
export interface AuthorizeRequest {
  readonly tenant: string;
  readonly clientId: string | null;
  readonly redirectUri: string | null;
  readonly prompt: string | null;
}

const LOGIN_HOST = 'https://login.microsoftonline.com';

/**
 * Stands in for Entra ID: answers MSAL's metadata discovery for any tenant, and records each visit
 * to the authorize endpoint (pop-up, redirect or hidden frame) with a page that goes nowhere.
 * Microsoft's other hosts (the teams-js domain list on its CDN) are refused, so nothing leaves the machine.
 */
export async function standInForEntra(context: BrowserContext): Promise<{ authorizeRequests: AuthorizeRequest[] }> {
  const authorizeRequests: AuthorizeRequest[] = [];
  await context.route(`${LOGIN_HOST}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    const tenant = url.pathname.split('/')[1] ?? '';
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      const base = `${LOGIN_HOST}/${tenant}`;
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          token_endpoint: `${base}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/oauth2/v2.0/logout`,
          issuer: `${base}/v2.0`,
          jwks_uri: `${LOGIN_HOST}/${tenant}/discovery/v2.0/keys`,
          response_modes_supported: ['query', 'fragment', 'form_post'],
        }),
      });
      return;
    }
    if (url.pathname.endsWith('/discovery/instance')) {
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          tenant_discovery_endpoint: `${LOGIN_HOST}/${tenant}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [
            {
              preferred_network: 'login.microsoftonline.com',
              preferred_cache: 'login.windows.net',
              aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'],
            },
          ],
        }),
      });
      return;
    }
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      authorizeRequests.push({
        tenant,
        clientId: url.searchParams.get('client_id'),
        redirectUri: url.searchParams.get('redirect_uri'),
        prompt: url.searchParams.get('prompt'),
      });
    }
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><html lang="en"><title>Sign in to your account</title><h1>Sign in to your account</h1></html>',
    });
  });
  await context.route('https://res.cdn.office.net/**', (route) => route.abort());
  return { authorizeRequests };
}
