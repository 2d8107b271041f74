import type { app } from '@microsoft/teams-js';
import type { HostFrame, HostInfo, HostName, HostSite } from '../host-kind';
import { hostThemeOf } from './host-theme';

/** What the Teams, SharePoint or Outlook host tells the tab about itself, in our terms. */
export function hostInfoFromContext(context: app.Context): HostInfo {
  const user = context.user;
  return {
    kind: 'teams',
    hostName: hostNameOf(context),
    theme: hostThemeOf(context.app.theme),
    subPageId: context.page.subPageId || null,
    pageId: context.page.id || null,
    frame: frameOf(String(context.page.frameContext)),
    site: siteOf(context),
    user: user
      ? { id: user.id, upn: user.userPrincipalName || user.loginHint || null, tenantId: user.tenant?.id ?? null }
      : null,
    locale: context.app.locale || null,
    ...(context.channel?.id ? { channelId: context.channel.id } : {}),
  };
}

/**
 * The surface comes from `app.host.name` alone, never from `app.host.clientType`: Teams and Outlook
 * on phones and tablets (`ios`, `ipados`, `android`) name themselves as on the desktop and the web
 * (Outlook mobile is `Outlook`), and are Microsoft 365 hosts (`kind: 'teams'`) all the same.
 */
function hostNameOf(context: app.Context): HostName {
  if (context.sharepoint) return 'sharepoint';
  switch (String(context.app.host.name)) {
    case 'Outlook':
    case 'OutlookWin32':
      return 'outlook';
    case 'Office':
      return 'office';
    default:
      return 'teams';
  }
}

function frameOf(frameContext: string): HostFrame {
  return frameContext === 'content' || frameContext === 'settings' || frameContext === 'remove'
    ? frameContext
    : 'other';
}

/**
 * The site holding the lists: the SharePoint page's own site when SharePoint hosts the tab, else
 * the team's site. A personal tab (Teams, Outlook, the Microsoft 365 app) has neither.
 */
function siteOf(context: app.Context): HostSite | null {
  const groupId = context.team?.groupId ?? null;
  const url = sharePointPageSiteUrl(context.sharepoint) ?? teamSiteUrl(context.sharePointSite);
  return url || groupId ? { url, groupId } : null;
}

/** `context.sharepoint` is SharePoint's PageContext, untyped in teams-js: read it defensively. */
function sharePointPageSiteUrl(pageContext: unknown): string | null {
  const web = readPath(pageContext, ['web']) ?? readPath(pageContext, ['pageContext', 'web']);
  const url = readPath(web, ['absoluteUrl']);
  return typeof url === 'string' && url ? url : null;
}

function teamSiteUrl(site: app.SharePointSiteInfo | undefined): string | null {
  if (!site) return null;
  if (site.teamSiteUrl) return site.teamSiteUrl;
  if (site.teamSiteDomain) return `https://${site.teamSiteDomain}${site.teamSitePath ?? ''}`;
  return null;
}

function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
