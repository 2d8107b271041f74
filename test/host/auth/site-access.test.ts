import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readSiteAccess, type SiteAccess } from '../../../src/host/auth/site-access';
import { createTeamsMock } from '../teams-mock';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);

const account = { homeAccountId: 'oid.tid', tenantId: '22222222-2222-4222-8222-222222222222', username: 'a@b.example' };
const msal = vi.hoisted(() => {
  class InteractionRequiredAuthError extends Error {}
  return { InteractionRequiredAuthError, createNestablePublicClientApplication: vi.fn() };
});
vi.mock('@azure/msal-browser', () => msal);

/** Each token is the scopes it was asked for, so a test reads what the app requested. */
const acquireTokenSilent = vi.fn(async (request: { scopes: string[] }) => ({ accessToken: request.scopes.join(' ') }));
const SITE = 'https://haringey.sharepoint.com/sites/lscp';

beforeEach(() => {
  Object.assign(teams, createTeamsMock());
  teams.app.initialize.mockResolvedValue();
  msal.createNestablePublicClientApplication.mockImplementation(async () => ({
    getActiveAccount: () => account,
    acquireTokenSilent,
  }));
});

async function tokensFor(siteAccess?: SiteAccess) {
  const { createTokenProvider } = await import('../../../src/host/auth/token-provider');
  return createTokenProvider({
    clientId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f',
    mode: 'nested',
    ...(siteAccess && { siteAccess }),
  });
}

describe('JTAI_SITE_ACCESS', () => {
  it('is "all" when unset or empty, and takes "all" or "selected" in any case', () => {
    expect(readSiteAccess(undefined)).toEqual({ ok: true, access: 'all' });
    expect(readSiteAccess('  ')).toEqual({ ok: true, access: 'all' });
    expect(readSiteAccess('All')).toEqual({ ok: true, access: 'all' });
    expect(readSiteAccess(' Selected ')).toEqual({ ok: true, access: 'selected' });
  });

  it('refuses anything else, saying which values it takes', () => {
    const reading = readSiteAccess('Sites.Selected');
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problem).toMatch(
      /^JTAI_SITE_ACCESS "Sites\.Selected" is not a choice: use "all" .* or "selected" /,
    );
  });
});

describe('the scopes a build asks for', () => {
  it('by default: Sites.ReadWrite.All, Sites.Manage.All for set-up, and AllSites.FullControl on SharePoint', async () => {
    const tokens = await tokensFor();
    await expect(tokens.getToken()).resolves.toBe('Sites.ReadWrite.All User.ReadBasic.All TeamsActivity.Send');
    await expect(tokens.getSetupToken()).resolves.toBe(
      'Sites.ReadWrite.All User.ReadBasic.All TeamsActivity.Send Sites.Manage.All',
    );
    await expect(tokens.getSharePointToken(SITE)).resolves.toBe('https://haringey.sharepoint.com/AllSites.FullControl');
  });

  it('with Sites.Selected: Graph Sites.Selected for every call, set-up included, and SharePoint Sites.Selected', async () => {
    const tokens = await tokensFor('selected');
    await expect(tokens.getToken()).resolves.toBe('Sites.Selected User.ReadBasic.All TeamsActivity.Send');
    await expect(tokens.getSetupToken()).resolves.toBe('Sites.Selected User.ReadBasic.All TeamsActivity.Send');
    await expect(tokens.getSharePointToken(SITE)).resolves.toBe('https://haringey.sharepoint.com/Sites.Selected');
  });

  it('with Sites.Selected, never asks for a tenant-wide site permission', async () => {
    acquireTokenSilent.mockClear();
    const tokens = await tokensFor('selected');
    await tokens.getToken();
    await tokens.getSetupToken();
    await tokens.getSharePointToken(SITE);
    const asked = acquireTokenSilent.mock.calls.flatMap(([request]) => request.scopes);
    expect(asked.filter((scope) => /Sites\.(ReadWrite|Manage|FullControl)\.All|AllSites\./.test(scope))).toEqual([]);
  });
});
