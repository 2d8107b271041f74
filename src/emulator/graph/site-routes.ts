import { EMULATOR_SITE, EMULATOR_SITE_ID } from '../emulator-site';
import { GraphError, notFound } from '../http/graph-error';
import { json, type RouteHandler } from './graph-request';

/** The one hosted site answers to its id and to `root`. */
export function checkSite(siteId: string): void {
  if (siteId !== EMULATOR_SITE_ID && siteId !== 'root')
    throw notFound(`Requested site '${siteId}' could not be found.`);
}

export const getSite: RouteHandler = () =>
  json(200, {
    id: EMULATOR_SITE.id,
    name: EMULATOR_SITE.name,
    displayName: EMULATOR_SITE.displayName,
    webUrl: EMULATOR_SITE.webUrl,
  });

/** `/sites/{hostname}:/{server-relative-path}` with an optional closing `:`. */
const BY_PATH = /^\/sites\/([^/:]+):(\/[^:]*?)\/?:?$/;
/** `/groups/{groupId}/sites/root`: the team's site. */
const BY_GROUP = /^\/groups\/([^/]+)\/sites\/root\/?$/;

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Looking a site up by its URL or by its group, as Graph does: the emulator's site answers to its
 * web URL's host and path (case-insensitively, as SharePoint compares URLs) and to its group.
 * Null when the path is not a lookup; a 404 for a site or group the emulator does not host.
 */
export function matchSiteLookup(method: string, path: string): { handler: RouteHandler } | null {
  const byPath = BY_PATH.exec(path);
  const byGroup = byPath ? null : BY_GROUP.exec(path);
  if (!byPath && !byGroup) return null;
  if (method !== 'GET') throw new GraphError(405, 'BadRequest', `Method ${method} is not supported on this resource.`);
  const webUrl = new URL(EMULATOR_SITE.webUrl);
  if (byPath) {
    const [, host = '', sitePath = ''] = byPath;
    if (!sameText(host, webUrl.hostname) || !sameText(safeDecode(sitePath), webUrl.pathname)) {
      throw notFound(`Requested site could not be found: no site at ${host}${safeDecode(sitePath)}.`);
    }
  } else if (!sameText(safeDecode(byGroup?.[1] ?? ''), EMULATOR_SITE.groupId)) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Group '${byGroup?.[1] ?? ''}' does not exist.`);
  }
  return { handler: getSite };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
