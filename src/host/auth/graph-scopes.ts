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
