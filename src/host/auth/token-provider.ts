import type * as Msal from '@azure/msal-browser';
import { initializeTeams } from '../teams/teams-sdk';
import { scopesFor } from './graph-scopes';
import { authorityFor, msalConfiguration } from './msal-settings';
import type { SiteAccess } from './site-access';
import { TokenError, errorCodeOf, interactiveFailure } from './token-error';

type MsalSdk = typeof Msal;
interface Client {
  readonly sdk: MsalSdk;
  readonly pca: Msal.IPublicClientApplication;
}

/** The one owner of token acquisition; the Graph client only ever sees `getToken`. */
export interface TokenProvider {
  /** An access token for Microsoft Graph with these scopes (the app's usual ones by default). */
  getToken(scopes?: readonly string[]): Promise<string>;
  /** An access token for Microsoft Graph that lets "Set up this site" create lists, columns and indexes. */
  getSetupToken(): Promise<string>;
  /** An access token for SharePoint REST on the host of `siteUrl` (used only for setup and permission sync). */
  getSharePointToken(siteUrl: string): Promise<string>;
}

export interface TokenProviderOptions {
  /** The Entra app registration's client id. */
  readonly clientId: string;
  /**
   * `nested`: inside Teams, SharePoint or Outlook, through the host (Nested App Authentication).
   * `browser`: a page of its own against a real tenant, with pop-up or redirect sign-in.
   */
  readonly mode: 'nested' | 'browser';
  /** The tenant the host runs in (from its context); null signs in through `organizations`. */
  readonly tenantId?: string | null;
  /** The person the host says is signed in; saves them typing their name. */
  readonly loginHint?: string | null;
  /** Browser mode: the redirect bridge page registered in Entra, e.g. `https://host/redirect.html`. */
  readonly redirectUri?: string;
  readonly scopes?: readonly string[];
  readonly authorityHost?: string;
  /** The tenant's choice of tenant-wide permissions (`all`, the default) or `Sites.Selected` (`selected`). */
  readonly siteAccess?: SiteAccess;
}

/** Codes that mean "a person has to sign in or consent", whatever class MSAL wrapped them in. */
const INTERACTION_CODES = new Set(['no_account_error', 'interaction_required', 'login_required', 'consent_required']);

/**
 * Silent first; when MSAL says interaction is required, one sign-in window at a time (a caller
 * that queued behind another's window tries silently once more before opening its own); a silent
 * failure that is not about interaction (network, timeout) is retried once. msal-browser is
 * loaded on first use, in its own chunk, and nested app authentication is created only after the
 * host handshake (`app.initialize()`) has resolved.
 */
export function createTokenProvider(options: TokenProviderOptions): TokenProvider {
  const appScopes = scopesFor(options.siteAccess);
  const defaultScopes = options.scopes ?? appScopes.graph;
  let client: Promise<Client> | null = null;
  let prompts: Promise<unknown> = Promise.resolve();

  const load = (): Promise<Client> => {
    if (!client) {
      const opening = openClient(options);
      client = opening;
      opening.catch(() => {
        if (client === opening) client = null;
      });
    }
    return client;
  };

  const interactively = (c: Client, scopes: string[]): Promise<string> => {
    const turn = prompts.then(() => silent(c, scopes, options).catch(() => prompt(c, scopes, options)));
    prompts = turn.catch(() => undefined);
    return turn;
  };

  const provider: TokenProvider = {
    getSetupToken: () => provider.getToken(appScopes.provisioning),
    getSharePointToken: (siteUrl) => provider.getToken(appScopes.sharePoint(siteUrl)),
    async getToken(scopes = defaultScopes) {
      const c = await load();
      const request = [...scopes];
      try {
        return await silent(c, request, options);
      } catch (first) {
        if (needsInteraction(c.sdk, first)) return interactively(c, request);
        try {
          return await silent(c, request, options);
        } catch (second) {
          if (needsInteraction(c.sdk, second)) return interactively(c, request);
          throw silentFailure(second);
        }
      }
    },
  };
  return provider;
}

async function openClient(options: TokenProviderOptions): Promise<Client> {
  if (options.mode === 'nested') await initializeTeams();
  const sdk = await import(/* webpackChunkName: "msal" */ '@azure/msal-browser');
  if (options.mode === 'nested') {
    // Where the host offers no nested-app-auth bridge, this falls back to a standard client with the
    // same configuration (createNestablePublicClientApplication's reference): its pop-up must come
    // back to the registered redirect page, not to the tab's own address (AADSTS50011).
    const configuration = msalConfiguration(options);
    return { sdk, pca: await sdk.createNestablePublicClientApplication(configuration) };
  }
  const pca = new sdk.PublicClientApplication(msalConfiguration(options));
  await pca.initialize();
  // Coming back from a redirect sign-in (the bridge page sent us home with the response).
  const redirected = await pca.handleRedirectPromise();
  if (redirected?.account) pca.setActiveAccount(redirected.account);
  return { sdk, pca };
}

async function silent(c: Client, scopes: string[], options: TokenProviderOptions): Promise<string> {
  const { pca } = c;
  const loginHint = options.loginHint ?? undefined;
  const account =
    pca.getActiveAccount() ??
    (loginHint || options.tenantId
      ? pca.getAccount({
          ...(loginHint ? { loginHint } : {}),
          ...(options.tenantId ? { tenantId: options.tenantId } : {}),
        })
      : null) ??
    pca.getAllAccounts()[0] ??
    null;
  if (account) return (await pca.acquireTokenSilent({ scopes, account, ...tenantAuthority(options) })).accessToken;
  // No account cached yet: the host (NAA) or an existing session may still sign the person in silently.
  if (options.mode === 'nested' || loginHint) {
    const result = await pca.ssoSilent({ scopes, ...tenantAuthority(options), ...(loginHint ? { loginHint } : {}) });
    if (result.account) pca.setActiveAccount(result.account);
    return result.accessToken;
  }
  throw new c.sdk.InteractionRequiredAuthError('no_account_error', 'Nobody has signed in in this browser yet.');
}

async function prompt(c: Client, scopes: string[], options: TokenProviderOptions): Promise<string> {
  const request = {
    scopes,
    ...tenantAuthority(options),
    ...(options.loginHint ? { loginHint: options.loginHint } : {}),
  };
  try {
    const result = await c.pca.acquireTokenPopup(request);
    if (result.account) c.pca.setActiveAccount(result.account);
    return result.accessToken;
  } catch (error) {
    const failure = interactiveFailure(error);
    if (failure.kind === 'popup-blocked' && options.mode === 'browser') {
      // A page of its own can leave for the sign-in page instead; it comes back through redirect.html.
      await c.pca.acquireTokenRedirect(request);
      return new Promise<string>(() => undefined);
    }
    if (failure.kind === 'popup-blocked') throw inHostWithoutSignIn(options, failure);
    throw failure;
  }
}

/**
 * The tenant each request names. A nested client hands the host only the request's own authority
 * (msal-browser's NestedAppAuthAdapter.toNaaTokenRequest), never the configured one, and given none
 * the host picks the tenant; a B2B guest needs the partnership's tenant, where its site is, so every
 * request names the tenant the host runs in.
 */
function tenantAuthority(options: TokenProviderOptions): { authority?: string } {
  return options.tenantId ? { authority: authorityFor(options.tenantId, options.authorityHost) } : {};
}

function needsInteraction(sdk: MsalSdk, error: unknown): boolean {
  if (error instanceof sdk.InteractionRequiredAuthError) return true;
  const code = errorCodeOf(error);
  return code !== null && INTERACTION_CODES.has(code);
}

function silentFailure(error: unknown): TokenError {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return new TokenError(
    'sign-in-failed',
    `Could not get a Microsoft 365 sign-in token${detail}. Check the connection and try again.`,
    errorCodeOf(error),
    error,
  );
}

/**
 * Inside a host that neither signs the person in for the app (no nested-app-auth bridge) nor lets
 * a framed page open a sign-in window, nothing the tab does can sign in: say where it can be done.
 */
function inHostWithoutSignIn(options: TokenProviderOptions, failure: TokenError): TokenError {
  const home = options.redirectUri ? new URL(options.redirectUri).origin : null;
  const where = home ? ` (${home})` : '';
  return new TokenError(
    'popup-blocked',
    `This app cannot sign you in here: the app hosting it did not let it open a sign-in window. Open JTAI Action Plan in its own browser tab${where}, or in Microsoft Teams, sign in there, then come back.`,
    failure.code,
    failure,
  );
}
