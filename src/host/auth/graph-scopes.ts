import { DEFAULT_SITE_ACCESS, type SiteAccess } from './site-access';

/**
 * Delegated Microsoft Graph permissions the app asks for. Every list read and write goes through
 * Sites.ReadWrite.All; the people picker needs User.ReadBasic.All; stage notifications need
 * TeamsActivity.Send. Order matters to the manifest's NAA prefetch, which must match a request.
 */
export const GRAPH_SCOPES: readonly string[] = ['Sites.ReadWrite.All', 'User.ReadBasic.All', 'TeamsActivity.Send'];

/** Only "Set up this site" (creating lists, columns and item permissions) needs Sites.Manage.All. */
export const PROVISIONING_SCOPES: readonly string[] = [...GRAPH_SCOPES, 'Sites.Manage.All'];

/**
 * SharePoint's own API (REST, for groups and item role assignments) takes a token for the tenant's
 * SharePoint host, a different audience from Graph. AllSites.FullControl is delegated: it never
 * gives more than the signed-in person holds, and only "Set up this site" and permission sync use it.
 */
export function sharePointScopes(siteUrl: string): readonly string[] {
  return [`${new URL(siteUrl).origin}/AllSites.FullControl`];
}

/** What the app asks for, in one tenant's build. */
export interface AppScopes {
  /** Every Graph call but "Set up this site". */
  readonly graph: readonly string[];
  /** "Set up this site": creating lists, columns and indexes through Graph. */
  readonly provisioning: readonly string[];
  /** SharePoint REST on the host of `siteUrl` (set-up and permission sync). */
  readonly sharePoint: (siteUrl: string) => readonly string[];
}

/**
 * Delegated Sites.Selected on Graph stands in for both Sites.ReadWrite.All and Sites.Manage.All:
 * what it allows on a site is the role granted to the app there (`fullcontrol` for set-up),
 * intersected with what the person holds
 * (https://devblogs.microsoft.com/microsoft365dev/sharepoint-now-supports-delegated-sites-selected-authentication/).
 * SharePoint REST takes its own delegated Sites.Selected, named on the SharePoint host like
 * AllSites.FullControl.
 */
const SELECTED_GRAPH_SCOPES: readonly string[] = ['Sites.Selected', 'User.ReadBasic.All', 'TeamsActivity.Send'];

const SCOPES: Readonly<Record<SiteAccess, AppScopes>> = {
  all: { graph: GRAPH_SCOPES, provisioning: PROVISIONING_SCOPES, sharePoint: sharePointScopes },
  selected: {
    graph: SELECTED_GRAPH_SCOPES,
    provisioning: SELECTED_GRAPH_SCOPES,
    sharePoint: (siteUrl) => [`${new URL(siteUrl).origin}/Sites.Selected`],
  },
};

/** The scopes a build with this site access asks for. */
export function scopesFor(access: SiteAccess = DEFAULT_SITE_ACCESS): AppScopes {
  return SCOPES[access];
}
