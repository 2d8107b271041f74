import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_SCOPES, PROVISIONING_SCOPES } from '../../src/host/auth/graph-scopes';
import type { TokenProviderOptions } from '../../src/host/auth/token-provider';
import { createTeamsMock } from './teams-mock';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);

/** msal-browser at its module boundary: the error classes and the two ways to make a client. */
const msal = vi.hoisted(() => {
  class AuthError extends Error {
    constructor(
      readonly errorCode: string,
      message?: string,
    ) {
      super(message ?? errorCode);
    }
  }
  class InteractionRequiredAuthError extends AuthError {}
  class BrowserAuthError extends AuthError {}
  return {
    AuthError,
    InteractionRequiredAuthError,
    BrowserAuthError,
    createNestablePublicClientApplication: vi.fn(),
    PublicClientApplication: vi.fn(),
  };
});
vi.mock('@azure/msal-browser', () => msal);

const TENANT = '22222222-2222-4222-8222-222222222222';
const account = { homeAccountId: 'oid.tid', tenantId: TENANT, username: 'amara.okafor@haringey.example' };

/** A client whose silent calls succeed once someone has signed in (an active account). */
function fakeClient() {
  let active: typeof account | null = null;
  let tokens = 0;
  const result = () => ({ accessToken: `token-${++tokens}`, account });
  return {
    initialize: vi.fn(() => Promise.resolve()),
    handleRedirectPromise: vi.fn(() => Promise.resolve(null)),
    getActiveAccount: vi.fn(() => active),
    getAccount: vi.fn(() => null),
    getAllAccounts: vi.fn(() => []),
    setActiveAccount: vi.fn((a: typeof account | null) => void (active = a)),
    acquireTokenSilent: vi.fn(async () => {
      if (!active) throw new msal.InteractionRequiredAuthError('interaction_required');
      return result();
    }),
    ssoSilent: vi.fn(async (): Promise<ReturnType<typeof result>> => {
      throw new msal.InteractionRequiredAuthError('consent_required', 'AADSTS65001: consent required');
    }),
    acquireTokenPopup: vi.fn(async () => result()),
    acquireTokenRedirect: vi.fn(() => Promise.resolve()),
  };
}

type Client = ReturnType<typeof fakeClient>;
let client: Client;

async function provider(options: Partial<TokenProviderOptions> = {}) {
  const { createTokenProvider } = await import('../../src/host/auth/token-provider');
  return createTokenProvider({
    clientId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
    mode: 'nested',
    tenantId: TENANT,
    loginHint: 'amara.okafor@haringey.example',
    ...options,
  });
}

beforeEach(() => {
  vi.resetModules();
  Object.assign(teams, createTeamsMock());
  teams.app.initialize.mockResolvedValue();
  client = fakeClient();
  msal.createNestablePublicClientApplication.mockReset().mockImplementation(async () => client);
  msal.PublicClientApplication.mockReset().mockImplementation(function () {
    return client;
  });
});

describe('token provider inside Teams, SharePoint and Outlook (nested app authentication)', () => {
  it('returns a token silently when the host already has one', async () => {
    client.setActiveAccount(account);
    const tokens = await provider();
    await expect(tokens.getToken()).resolves.toBe('token-1');
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({
      scopes: [...GRAPH_SCOPES],
      account,
      authority: `https://login.microsoftonline.com/${TENANT}`,
    });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('asks for Sites.ReadWrite.All, User.ReadBasic.All and TeamsActivity.Send; Sites.Manage.All only when provisioning', async () => {
    client.setActiveAccount(account);
    const tokens = await provider();
    await tokens.getToken();
    await tokens.getToken(PROVISIONING_SCOPES);
    const scopes = client.acquireTokenSilent.mock.calls.map(
      (call) => (call as unknown as [{ scopes: string[] }])[0].scopes,
    );
    expect(scopes[0]).toEqual(['Sites.ReadWrite.All', 'User.ReadBasic.All', 'TeamsActivity.Send']);
    expect(scopes[1]).toContain('Sites.Manage.All');
  });

  it('loads msal only when a token is first needed, and creates NAA only after app.initialize() resolved', async () => {
    let initialized!: () => void;
    teams.app.initialize.mockReturnValue(new Promise<void>((resolve) => (initialized = resolve)));
    client.setActiveAccount(account);
    const tokens = await provider();
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
    const token = tokens.getToken();
    await new Promise((r) => setTimeout(r, 20));
    expect(teams.app.initialize).toHaveBeenCalled();
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
    initialized();
    await expect(token).resolves.toBe('token-1');
    expect(msal.createNestablePublicClientApplication).toHaveBeenCalledTimes(1);
  });

  it('signs in to the tenant the host runs in (guests from partner tenants get tokens for it)', async () => {
    client.setActiveAccount(account);
    await (await provider()).getToken();
    expect(msal.createNestablePublicClientApplication.mock.calls[0]![0]).toMatchObject({
      auth: {
        clientId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
        authority: `https://login.microsoftonline.com/${TENANT}`,
      },
    });
  });

  it('gives the fallback without a host bridge the registered redirect page', async () => {
    client.setActiveAccount(account);
    await (await provider({ redirectUri: 'https://jtai.example.org/redirect.html' })).getToken();
    expect(msal.createNestablePublicClientApplication.mock.calls[0]![0]).toMatchObject({
      auth: { redirectUri: 'https://jtai.example.org/redirect.html' },
    });
  });

  it('uses the organizations authority when the host names no tenant', async () => {
    client.setActiveAccount(account);
    await (await provider({ tenantId: null })).getToken();
    expect(msal.createNestablePublicClientApplication.mock.calls[0]![0]).toMatchObject({
      auth: { authority: 'https://login.microsoftonline.com/organizations' },
    });
  });

  it('on InteractionRequiredAuthError opens the sign-in pop-up, then stays silent', async () => {
    const tokens = await provider();
    await expect(tokens.getToken()).resolves.toBe('token-1');
    expect(client.ssoSilent).toHaveBeenCalledWith(
      expect.objectContaining({ loginHint: 'amara.okafor@haringey.example' }),
    );
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
    expect(client.acquireTokenPopup).toHaveBeenCalledWith({
      scopes: [...GRAPH_SCOPES],
      authority: `https://login.microsoftonline.com/${TENANT}`,
      loginHint: 'amara.okafor@haringey.example',
    });
    expect(client.setActiveAccount).toHaveBeenCalledWith(account);
    await expect(tokens.getToken()).resolves.toBe('token-2');
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('opens one pop-up for callers that need interaction at the same time', async () => {
    const tokens = await provider();
    const all = await Promise.all([tokens.getToken(), tokens.getToken(), tokens.getToken(PROVISIONING_SCOPES)]);
    expect(all).toHaveLength(3);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('retries a silent failure that is not about interaction once, without a pop-up', async () => {
    client.setActiveAccount(account);
    client.acquireTokenSilent.mockRejectedValueOnce(
      new msal.BrowserAuthError('monitor_window_timeout', 'Token renewal timed out'),
    );
    const tokens = await provider();
    await expect(tokens.getToken()).resolves.toBe('token-1');
    expect(client.acquireTokenSilent).toHaveBeenCalledTimes(2);
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('gives up with a clear error when silent fails twice for another reason', async () => {
    client.setActiveAccount(account);
    client.acquireTokenSilent.mockRejectedValue(new msal.BrowserAuthError('no_network_connectivity', 'No network'));
    const tokens = await provider();
    await expect(tokens.getToken()).rejects.toMatchObject({
      name: 'TokenError',
      kind: 'sign-in-failed',
      code: 'no_network_connectivity',
      message: expect.stringMatching(/Could not get a Microsoft 365 sign-in token .*Check the connection/),
    });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('says the person cancelled when they close the pop-up', async () => {
    client.acquireTokenPopup.mockRejectedValue(new msal.BrowserAuthError('user_cancelled', 'User cancelled the flow.'));
    const tokens = await provider();
    await expect(tokens.getToken()).rejects.toMatchObject({
      kind: 'cancelled',
      message: 'Sign-in was cancelled before it finished. Try again to continue.',
    });
  });

  it('says where sign-in can happen when the host neither signs in for the app nor lets it open a window', async () => {
    client.acquireTokenPopup.mockRejectedValue(
      new msal.BrowserAuthError('popup_window_error', 'Error opening popup window.'),
    );
    const tokens = await provider({ redirectUri: 'https://jtai.example.org/redirect.html' });
    await expect(tokens.getToken()).rejects.toMatchObject({
      kind: 'popup-blocked',
      message: expect.stringContaining(
        'Open JTAI Action Plan in its own browser tab (https://jtai.example.org), or in Microsoft Teams, sign in there, then come back.',
      ),
    });
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('explains any other pop-up failure and points to permissions and consent', async () => {
    client.acquireTokenPopup.mockRejectedValue(
      new msal.InteractionRequiredAuthError(
        'consent_required',
        'AADSTS65001: The user or administrator has not consented.',
      ),
    );
    const tokens = await provider();
    const error = await tokens.getToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TokenError', kind: 'sign-in-failed', code: 'consent_required' });
    expect((error as Error).message).toMatch(
      /did not complete \(AADSTS65001.*\)\. Try again; .*permissions and consent/,
    );
  });

  it('can try again after a failed pop-up', async () => {
    client.acquireTokenPopup.mockRejectedValueOnce(new msal.BrowserAuthError('user_cancelled'));
    const tokens = await provider();
    await expect(tokens.getToken()).rejects.toMatchObject({ kind: 'cancelled' });
    await expect(tokens.getToken()).resolves.toMatch(/^token-/);
  });
});

describe('token provider in a plain browser against a tenant', () => {
  it('uses PublicClientApplication with the redirect bridge page and picks up a redirect response', async () => {
    client.setActiveAccount(account);
    const tokens = await provider({
      mode: 'browser',
      redirectUri: 'https://jtai.example.org/redirect.html',
      tenantId: null,
    });
    await tokens.getToken();
    expect(msal.PublicClientApplication).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: expect.objectContaining({
          redirectUri: 'https://jtai.example.org/redirect.html',
          authority: 'https://login.microsoftonline.com/organizations',
        }),
      }),
    );
    expect(client.initialize).toHaveBeenCalled();
    expect(client.handleRedirectPromise).toHaveBeenCalled();
    expect(msal.createNestablePublicClientApplication).not.toHaveBeenCalled();
    expect(teams.app.initialize).not.toHaveBeenCalled();
  });

  it('goes straight to the pop-up when nobody has signed in in this browser', async () => {
    const tokens = await provider({
      mode: 'browser',
      loginHint: null,
      redirectUri: 'https://jtai.example.org/redirect.html',
    });
    await expect(tokens.getToken()).resolves.toBe('token-1');
    expect(client.ssoSilent).not.toHaveBeenCalled();
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('falls back to a redirect sign-in when the pop-up is blocked', async () => {
    client.acquireTokenPopup.mockRejectedValue(new msal.BrowserAuthError('popup_window_error'));
    const tokens = await provider({
      mode: 'browser',
      loginHint: null,
      redirectUri: 'https://jtai.example.org/redirect.html',
    });
    void tokens.getToken();
    await vi.waitFor(() =>
      expect(client.acquireTokenRedirect).toHaveBeenCalledWith({
        scopes: [...GRAPH_SCOPES],
        authority: `https://login.microsoftonline.com/${TENANT}`,
      }),
    );
  });
});
