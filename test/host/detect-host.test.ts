import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostWindow } from '../../src/host/detect-host';
import { STANDALONE_HOST } from '../../src/host/host-kind';
import { createTeamsMock, teamsContext } from './teams-mock';

const teams = vi.hoisted(() => ({}) as ReturnType<typeof createTeamsMock>);
vi.mock('@microsoft/teams-js', () => teams);

/** The host modules keep one handshake per page; every test gets a fresh page. */
async function hostModules() {
  vi.resetModules();
  Object.assign(teams, createTeamsMock());
  const detect = await import('../../src/host/detect-host');
  const theme = await import('../../src/host/teams/host-theme');
  return { ...detect, ...theme };
}

type FrameWindow = HostWindow;
const framed = { self: {}, top: {} } as unknown as FrameWindow;

/** Teams or Outlook on a phone: the tab is the top-level page, and the host has injected its bridge. */
function frameless(): FrameWindow {
  const w = { nativeInterface: { framelessPostMessage: vi.fn() } } as Record<string, unknown>;
  w.self = w;
  w.top = w;
  return w as unknown as FrameWindow;
}

describe('detectHost', () => {
  let m: Awaited<ReturnType<typeof hostModules>>;
  beforeEach(async () => {
    m = await hostModules();
  });

  it('is standalone on a top-level page, without loading or asking teams-js', async () => {
    const w = {};
    await expect(m.detectHost({ window: { self: w, top: w } as unknown as FrameWindow })).resolves.toMatchObject({
      kind: 'standalone',
      hostName: 'standalone',
      site: null,
    });
    expect(teams.app.initialize).not.toHaveBeenCalled();
  });

  it('does not wait on a plain top-level page: no timer, no handshake', async () => {
    const w = {};
    const initializeTeams = vi.fn(() => new Promise<never>(() => undefined));
    vi.useFakeTimers();
    try {
      // Resolves without any timer advancing: nothing raced, nothing awaited.
      await expect(
        m.detectHost({ window: { self: w, top: w } as unknown as FrameWindow, initializeTeams }),
      ).resolves.toMatchObject({ kind: 'standalone' });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    expect(initializeTeams).not.toHaveBeenCalled();
  });

  it('runs the handshake on a top-level page a native host (Teams or Outlook mobile) has bridged', async () => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValue(
      teamsContext({ app: { host: { name: 'Teams', clientType: 'android', sessionId: 'h' } } as never }),
    );
    await expect(m.detectHost({ window: frameless() })).resolves.toMatchObject({
      kind: 'teams',
      hostName: 'teams',
      frame: 'content',
      site: { groupId: '33333333-3333-4333-8333-333333333333' },
    });
    expect(teams.app.initialize).toHaveBeenCalledTimes(1);
    expect(teams.app.initialize).toHaveBeenCalledWith(expect.arrayContaining(['https://*.sharepoint.com']));
  });

  it('races the bridged handshake with the same timeout as a framed one', async () => {
    const initializeTeams = vi.fn(() => new Promise<never>(() => undefined));
    vi.useFakeTimers();
    try {
      const detected = m.detectHost({ window: frameless(), initializeTeams });
      await vi.advanceTimersByTimeAsync(m.HOST_HANDSHAKE_TIMEOUT_MS);
      await expect(detected).resolves.toMatchObject({ kind: 'standalone' });
    } finally {
      vi.useRealTimers();
    }
    expect(initializeTeams).toHaveBeenCalledTimes(1);
  });

  it('does not count loading teams-js against the host: a slow download still finds the host', async () => {
    const host = { ...STANDALONE_HOST, kind: 'teams', hostName: 'outlook' } as const;
    const initializeTeams = vi.fn(() => Promise.resolve(host));
    const loadSdk = () => new Promise((resolve) => setTimeout(resolve, 3 * m.HOST_HANDSHAKE_TIMEOUT_MS));
    vi.useFakeTimers();
    try {
      const detected = m.detectHost({ window: frameless(), initializeTeams, loadSdk });
      await vi.advanceTimersByTimeAsync(3 * m.HOST_HANDSHAKE_TIMEOUT_MS);
      await expect(detected).resolves.toMatchObject({ kind: 'teams', hostName: 'outlook' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('is standalone when teams-js cannot be loaded (offline), without asking a host', async () => {
    const initializeTeams = vi.fn(() => Promise.resolve(STANDALONE_HOST));
    const loadSdk = () => Promise.reject(new Error('Loading chunk teams-host failed.'));
    await expect(m.detectHost({ window: framed, initializeTeams, loadSdk })).resolves.toMatchObject({
      kind: 'standalone',
    });
    expect(initializeTeams).not.toHaveBeenCalled();
  });

  it('still runs the handshake in a frame, whatever the frame has injected', async () => {
    const initializeTeams = vi.fn(() => Promise.resolve(STANDALONE_HOST));
    await m.detectHost({ window: framed, initializeTeams });
    await m.detectHost({ window: { ...framed, nativeInterface: undefined } as FrameWindow, initializeTeams });
    expect(initializeTeams).toHaveBeenCalledTimes(2);
  });

  it('reads a Teams channel tab: team site, channel, user, tenant, locale, theme, plan and sub-page', async () => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValue(
      teamsContext({
        app: { theme: 'dark' } as never,
        page: { subPageId: 'action:act-12' },
        channel: { id: '19:abc123@thread.tacv2' },
      }),
    );
    const host = await m.detectHost({ window: framed });
    expect(host).toEqual({
      kind: 'teams',
      hostName: 'teams',
      theme: 'dark',
      subPageId: 'action:act-12',
      pageId: 'plan-haringey-2018',
      frame: 'content',
      site: {
        url: 'https://haringey.sharepoint.com/sites/SafeguardingPartnership',
        groupId: '33333333-3333-4333-8333-333333333333',
      },
      user: {
        id: '11111111-1111-4111-8111-111111111111',
        upn: 'amara.okafor@haringey.example',
        tenantId: '22222222-2222-4222-8222-222222222222',
      },
      locale: 'en-gb',
      channelId: '19:abc123@thread.tacv2',
    });
  });

  it('passes the SharePoint origins to app.initialize, so SharePoint can host the tab', async () => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValue(teamsContext());
    await m.detectHost({ window: framed });
    expect(teams.app.initialize).toHaveBeenCalledWith(expect.arrayContaining(['https://*.sharepoint.com']));
  });

  it('builds the site URL from domain and path when Teams gives no URL, and falls back to the group', async () => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValueOnce(
      teamsContext({ sharePointSite: { teamSiteDomain: 'contoso.sharepoint.com', teamSitePath: '/sites/lscp' } }),
    );
    await expect(m.detectHost({ window: framed })).resolves.toMatchObject({
      site: { url: 'https://contoso.sharepoint.com/sites/lscp' },
    });
    teams.app.getContext.mockResolvedValueOnce(teamsContext({ sharePointSite: undefined }));
    await expect(m.detectHost({ window: framed })).resolves.toMatchObject({
      site: { url: null, groupId: '33333333-3333-4333-8333-333333333333' },
    });
  });

  it('recognises SharePoint (full page or web part) by its page context, and takes that page’s site', async () => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValue(
      teamsContext({
        team: undefined,
        sharePointSite: undefined,
        sharepoint: { web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/lscp' } },
        page: { id: 'plan-x', frameContext: 'settings' as never },
      }),
    );
    await expect(m.detectHost({ window: framed })).resolves.toMatchObject({
      kind: 'teams',
      hostName: 'sharepoint',
      frame: 'settings',
      site: { url: 'https://contoso.sharepoint.com/sites/lscp', groupId: null },
    });
  });

  it.each([
    ['Outlook', 'outlook'],
    ['OutlookWin32', 'outlook'],
    ['Office', 'office'],
    ['TeamsModern', 'teams'],
  ])('names host %s as %s; a personal tab there has no site', async (name, hostName) => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValue(
      teamsContext({
        app: { host: { name, clientType: 'web', sessionId: 'h' } } as never,
        page: { id: 'plans' },
        team: undefined,
        sharePointSite: undefined,
      }),
    );
    await expect(m.detectHost({ window: framed })).resolves.toMatchObject({ hostName, site: null, pageId: 'plans' });
  });

  it.each([
    ['Teams', 'ios', 'teams'],
    ['Teams', 'ipados', 'teams'],
    ['Teams', 'android', 'teams'],
    ['TeamsModern', 'android', 'teams'],
    ['Outlook', 'ios', 'outlook'],
    ['Outlook', 'android', 'outlook'],
    ['Office', 'android', 'office'],
  ])('names %s on %s as a Microsoft 365 host (%s), not standalone', async (name, clientType, hostName) => {
    teams.app.initialize.mockResolvedValue();
    teams.app.getContext.mockResolvedValue(
      teamsContext({ app: { locale: 'en-gb', host: { name, clientType, sessionId: 'h' } } as never }),
    );
    await expect(m.detectHost({ window: frameless() })).resolves.toMatchObject({
      kind: 'teams',
      hostName,
      frame: 'content',
      user: { upn: 'amara.okafor@haringey.example' },
    });
  });

  it('falls back to standalone once the handshake timeout (2 s at most) passes with a framing page that never answers', async () => {
    expect(m.HOST_HANDSHAKE_TIMEOUT_MS).toBeLessThanOrEqual(2000);
    teams.app.initialize.mockReturnValue(new Promise(() => undefined));
    vi.useFakeTimers();
    try {
      const detected = m.detectHost({ window: framed });
      await vi.advanceTimersByTimeAsync(m.HOST_HANDSHAKE_TIMEOUT_MS);
      await expect(detected).resolves.toMatchObject({ kind: 'standalone' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('falls back to standalone when the handshake fails', async () => {
    teams.app.initialize.mockRejectedValue(new Error('SDK initialization timed out.'));
    await expect(m.detectHost({ window: framed, timeoutMs: 5000 })).resolves.toMatchObject({ kind: 'standalone' });
  });

  it('marks the start and end of the handshake for diagnosing slow starts', async () => {
    teams.app.initialize.mockRejectedValue(new Error('no host'));
    performance.clearMarks();
    await m.detectHost({ window: framed });
    expect(performance.getEntriesByName(m.HANDSHAKE_STARTED)).toHaveLength(1);
    const [detected] = performance.getEntriesByName(m.HOST_DETECTED) as PerformanceMark[];
    expect(detected?.detail).toEqual({ kind: 'standalone', hostName: 'standalone' });
  });
});

describe('host theme', () => {
  let m: Awaited<ReturnType<typeof hostModules>>;
  beforeEach(async () => {
    m = await hostModules();
  });

  it.each([
    ['default', 'default'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['something-new', 'default'],
    [undefined, 'default'],
  ])('maps the host theme %s to %s', (theme, expected) => {
    expect(m.hostThemeOf(theme)).toBe(expected);
  });

  it('follows live theme changes from the host', async () => {
    teams.app.initialize.mockResolvedValue();
    const seen: string[] = [];
    await m.followHostTheme((theme) => seen.push(theme));
    const handler = teams.app.registerOnThemeChangeHandler.mock.calls[0]![0];
    handler('dark');
    handler('contrast');
    handler('default');
    expect(seen).toEqual(['dark', 'contrast', 'default']);
  });

  it('maps host themes to the app’s Fluent themes', async () => {
    const { themeFromHost } = await import('../../src/ui/theme/theme-preference');
    expect([themeFromHost('default'), themeFromHost('dark'), themeFromHost('contrast')]).toEqual([
      'light',
      'dark',
      'high-contrast',
    ]);
  });
});
