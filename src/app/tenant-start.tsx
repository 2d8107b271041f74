import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Root as ReactRoot } from 'react-dom/client';
import { createGraphNotificationStore } from '../data/graph/graph-notification-store';
import { createGraphPlanStore } from '../data/graph/graph-plan-store';
import { isPlanId } from '../domain/ids';
import { createTokenProvider } from '../host/auth/token-provider';
import { parseSubPageId } from '../host/deep-link';
import type { HostInfo, HostSite, HostTheme } from '../host/host-kind';
import { resolveSite } from '../host/site/resolve-site-id';
import { followHostTheme } from '../host/teams/host-theme';
import { webPendingEditStorage } from '../state/pending-edits';
import { App } from '../ui/app';
import { formatRoute } from '../ui/routing/route';
import { themeFromHost, type ThemeName } from '../ui/theme/theme-preference';
import { buildServices, type ServiceDeps } from './build-services';
import { buildEnv, type TenantConfig } from './config';
import { linkedSite } from './linked-site';
import { liveChangesInterval } from './live-changes-interval';
import { prepareSiteServices } from './site-services';
import { Root } from './root';
import { teamsActivityFor } from './teams-activity-links';

/**
 * Start inside a customer's tenant: Microsoft Graph with the signed-in person's token, on the
 * SharePoint site the host names (the team's site, or the SharePoint page's), or the configured
 * site for a personal tab or a plain browser.
 */
export async function startInTenant(reactRoot: ReactRoot, host: HostInfo, config: TenantConfig): Promise<void> {
  const tokens = createTokenProvider({
    clientId: config.clientId,
    mode: host.kind === 'teams' ? 'nested' : 'browser',
    // The host's tenant (Teams, SharePoint); in a plain browser, the one the app is registered in.
    tenantId: host.user?.tenantId ?? config.tenantId,
    authorityHost: config.authorityHost,
    loginHint: host.user?.upn,
    redirectUri: `${config.hostUrl}/redirect.html`,
    siteAccess: config.siteAccess,
  });
  const getToken = () => tokens.getToken();
  const site = siteFor(host, config);
  const resolved = await resolveSite({ graphBaseUrl: config.graphBaseUrl, site, getToken });
  const siteId = resolved.id;
  const graphStore = createGraphPlanStore({ graphBaseUrl: config.graphBaseUrl, siteId, getToken });

  if (host.kind === 'teams' && window.location.hash.startsWith('#/configure')) {
    const { showTabConfiguration } = await import(/* webpackChunkName: "configure-tab" */ './configure-tab-start');
    return showTabConfiguration(reactRoot, {
      host,
      graphBaseUrl: config.graphBaseUrl,
      siteId,
      siteUrl: resolved.webUrl,
      appUrl: config.hostUrl,
      store: graphStore,
      getToken,
      getSetupToken: () => tokens.getSetupToken(),
      getSharePointToken: () => tokens.getSharePointToken(resolved.webUrl),
    });
  }
  openDeepLink(host);
  // The site is checked before the plans load; one that needs setting up opens on "Set up this site".
  const { store, siteSetup } = await prepareSiteServices(
    {
      graphBaseUrl: config.graphBaseUrl,
      siteId,
      siteUrl: resolved.webUrl,
      getToken,
      getSetupToken: () => tokens.getSetupToken(),
      getSharePointToken: () => tokens.getSharePointToken(resolved.webUrl),
    },
    graphStore,
  );
  const deps: ServiceDeps = {
    store,
    siteSetup,
    siteUrl: resolved.webUrl,
    user: await store.whoAmI(),
    host: host.kind,
    pending: webPendingEditStorage(localStorage),
    liveChangesEveryMs: liveChangesInterval(buildEnv(), '', false),
    notifications: createGraphNotificationStore({
      graphBaseUrl: config.graphBaseUrl,
      siteId,
      getToken,
      teams: teamsActivityFor(host, { appId: config.appId, appUrl: config.hostUrl, siteUrl: resolved.webUrl }),
    }),
  };
  if (host.kind !== 'teams') {
    reactRoot.render(<Root deps={deps} />);
    return;
  }
  const hostTheme = hostThemeSource(host.theme ?? 'default');
  void followHostTheme(hostTheme.set);
  reactRoot.render(<HostedRoot deps={deps} hostTheme={hostTheme} />);
}

/**
 * The team's (or SharePoint page's) site; else the site a link names; else the configured one (a
 * personal app, or a tab in a meeting or chat, which Teams gives no site).
 */
function siteFor(host: HostInfo, config: TenantConfig): HostSite {
  if (host.site) return host.site;
  const linked = linkedSite(host, window.location.search, config.siteUrl);
  if (linked) return { url: linked, groupId: null };
  if (config.siteUrl) return { url: config.siteUrl, groupId: null };
  throw new Error(
    host.kind === 'teams'
      ? 'This tab has no team site to keep plans in (a meeting, a chat or a personal app has none). Add the app to a channel of the partnership team, or rebuild with JTAI_SITE_URL set to the site that holds the plans.'
      : 'Outside Teams the app needs to know which SharePoint site holds the plans: rebuild with JTAI_SITE_URL set to that site.',
  );
}

/** A host deep link (sub-page id) or a channel tab's plan becomes the address the UI routes on. */
function openDeepLink(host: HostInfo): void {
  const link = parseSubPageId(host.subPageId, host.pageId);
  if (link) {
    window.location.hash = formatRoute({ name: 'plan', ...link });
    return;
  }
  if (isPlanId(host.pageId) && (!window.location.hash || window.location.hash === '#/plans')) {
    window.location.hash = formatRoute({ name: 'plan', planId: host.pageId });
  }
}

interface HostThemeSource {
  readonly get: () => ThemeName;
  readonly set: (theme: HostTheme) => void;
  readonly subscribe: (listener: () => void) => () => void;
}

function hostThemeSource(initial: HostTheme): HostThemeSource {
  let current = themeFromHost(initial);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (theme) => {
      current = themeFromHost(theme);
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Root for a hosted tab: the host's theme, followed live; a choice made in the app lasts until the host changes it. */
function HostedRoot({ deps, hostTheme }: { deps: ServiceDeps; hostTheme: HostThemeSource }) {
  const fromHost = useSyncExternalStore(hostTheme.subscribe, hostTheme.get);
  const [chosen, setChosen] = useState<{ theme: ThemeName; over: ThemeName } | null>(null);
  const services = useMemo(() => buildServices(deps), [deps]);
  const theme = chosen && chosen.over === fromHost ? chosen.theme : fromHost;
  return <App services={{ ...services, theme, setTheme: (next) => setChosen({ theme: next, over: fromHost }) }} />;
}
