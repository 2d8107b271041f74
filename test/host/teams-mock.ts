import type { app } from '@microsoft/teams-js';
import { vi } from 'vitest';

/**
 * The parts of teams-js the host layer calls, as mocks a test file hands to
 * `vi.mock('@microsoft/teams-js', () => teams)` (created in `vi.hoisted`).
 */
export function createTeamsMock() {
  return {
    app: {
      initialize: vi.fn<(origins?: string[]) => Promise<void>>(),
      getContext: vi.fn<() => Promise<app.Context>>(),
      registerOnThemeChangeHandler: vi.fn<(handler: (theme: string) => void) => void>(),
    },
    pages: {
      isSupported: vi.fn(() => true),
      shareDeepLink: vi.fn(),
      navigateToApp: vi.fn(() => Promise.resolve()),
      config: {
        setValidityState: vi.fn(),
        setConfig: vi.fn(() => Promise.resolve()),
        registerOnSaveHandler: vi.fn(),
      },
    },
  };
}

/** A Teams context as a channel tab in a team sees it, with overrides. */
export function teamsContext(
  overrides: { app?: Partial<app.AppInfo>; page?: Partial<app.PageInfo> } & Partial<
    Omit<app.Context, 'app' | 'page'>
  > = {},
): app.Context {
  const { app: appInfo, page, ...rest } = overrides;
  return {
    app: {
      locale: 'en-gb',
      theme: 'default',
      sessionId: 's-1',
      host: { name: 'Teams', clientType: 'web', sessionId: 'h-1' },
      ...appInfo,
    } as app.AppInfo,
    page: { id: 'plan-haringey-2018', frameContext: 'content', ...page } as app.PageInfo,
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      userPrincipalName: 'amara.okafor@haringey.example',
      tenant: { id: '22222222-2222-4222-8222-222222222222' },
    },
    team: { internalId: '19:team', groupId: '33333333-3333-4333-8333-333333333333' },
    sharePointSite: {
      teamSiteUrl: 'https://haringey.sharepoint.com/sites/SafeguardingPartnership',
      teamSiteDomain: 'haringey.sharepoint.com',
      teamSitePath: '/sites/SafeguardingPartnership',
    },
    dialogParameters: {},
    ...rest,
  } as app.Context;
}
