import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GRAPH_SCOPES, sharePointScopes } from '../../src/host/auth/graph-scopes';
import { createTeamsMock } from './teams-mock';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);

const account = { homeAccountId: 'oid.tid', tenantId: '22222222-2222-4222-8222-222222222222', username: 'a@b.example' };
const msal = vi.hoisted(() => {
  class InteractionRequiredAuthError extends Error {}
  return { InteractionRequiredAuthError, createNestablePublicClientApplication: vi.fn() };
});
vi.mock('@azure/msal-browser', () => msal);

const acquireTokenSilent = vi.fn(async (request: { scopes: string[] }) => ({ accessToken: request.scopes.join(' ') }));

beforeEach(() => {
  Object.assign(teams, createTeamsMock());
  teams.app.initialize.mockResolvedValue();
  msal.createNestablePublicClientApplication.mockImplementation(async () => ({
    getActiveAccount: () => account,
    acquireTokenSilent,
  }));
});

describe('the SharePoint token', () => {
  it('is asked for the SharePoint host’s AllSites.FullControl, leaving the Graph token as it was', async () => {
    expect(sharePointScopes('https://contoso.sharepoint.com/sites/lscp')).toEqual([
      'https://contoso.sharepoint.com/AllSites.FullControl',
    ]);
    const { createTokenProvider } = await import('../../src/host/auth/token-provider');
    const tokens = createTokenProvider({ clientId: '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f', mode: 'nested' });
    await expect(tokens.getSharePointToken('https://contoso.sharepoint.com/sites/lscp')).resolves.toBe(
      'https://contoso.sharepoint.com/AllSites.FullControl',
    );
    await expect(tokens.getToken()).resolves.toBe(GRAPH_SCOPES.join(' '));
  });
});
