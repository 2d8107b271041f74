/**
 * Delegated Microsoft Graph permissions the app asks for. Every list read and write goes through
 * Sites.ReadWrite.All; the people picker needs User.ReadBasic.All; stage notifications need
 * TeamsActivity.Send. Order matters to the manifest's NAA prefetch, which must match a request.
 */
export const GRAPH_SCOPES: readonly string[] = ['Sites.ReadWrite.All', 'User.ReadBasic.All', 'TeamsActivity.Send'];

/** Only "Set up this site" (creating lists, columns and item permissions) needs Sites.Manage.All. */
export const PROVISIONING_SCOPES: readonly string[] = [...GRAPH_SCOPES, 'Sites.Manage.All'];
