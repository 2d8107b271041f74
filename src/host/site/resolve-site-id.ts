import type { HostSite } from '../host-kind';

export interface ResolveSiteOptions {
  /** Graph's root with its version, e.g. `https://graph.microsoft.com/v1.0`. */
  readonly graphBaseUrl: string;
  readonly site: HostSite;
  readonly getToken: () => Promise<string>;
  readonly fetch?: typeof fetch;
}

/** Parts of a SharePoint URL below the site itself: a page, a list, the documents library. */
const BELOW_SITE = /\/(SitePages|Lists|Shared Documents|_layouts)(\/|$)/i;

/**
 * The Graph path that names a site: `/sites/{hostname}:/{server-relative-path}` for a URL (just
 * `/sites/{hostname}` for the root site), else the team's group's root site.
 */
export function siteLookupPath(site: HostSite): string {
  if (site.url) {
    const url = new URL(site.url);
    const path = decodeURI(url.pathname);
    const below = BELOW_SITE.exec(path);
    const segments = (below ? path.slice(0, below.index) : path).split('/').filter(Boolean).map(encodeURIComponent);
    return segments.length === 0 ? `/sites/${url.hostname}` : `/sites/${url.hostname}:/${segments.join('/')}`;
  }
  if (site.groupId) return `/groups/${encodeURIComponent(site.groupId)}/sites/root`;
  throw new Error('The host gave no SharePoint site for this tab.');
}

/** The site holding the plan lists: Graph's composite id and its web URL (for SharePoint REST). */
export interface ResolvedSite {
  /** `host,siteCollectionId,webId`. */
  readonly id: string;
  /** e.g. `https://contoso.sharepoint.com/sites/lscp`. */
  readonly webUrl: string;
}

/** Graph's composite id (`host,siteCollectionId,webId`) of the site holding the plan lists. */
export async function resolveSiteId(options: ResolveSiteOptions): Promise<string> {
  const body = await lookUpSite(options, 'id');
  return body.id;
}

/** The site's id and web URL, in one request. */
export async function resolveSite(options: ResolveSiteOptions): Promise<ResolvedSite> {
  const body = await lookUpSite(options, 'id,webUrl');
  if (typeof body.webUrl !== 'string' || !body.webUrl) {
    throw new Error(`Graph returned no web address for the SharePoint site ${whereOf(options)}.`);
  }
  return { id: body.id, webUrl: body.webUrl.replace(/\/+$/, '') };
}

const whereOf = (options: ResolveSiteOptions) => options.site.url ?? `the team's site (group ${options.site.groupId})`;

async function lookUpSite(options: ResolveSiteOptions, select: string): Promise<{ id: string; webUrl?: unknown }> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const where = whereOf(options);
  const response = await doFetch(
    `${options.graphBaseUrl.replace(/\/+$/, '')}${siteLookupPath(options.site)}?$select=${select}`,
    {
      headers: { Authorization: `Bearer ${await options.getToken()}`, Accept: 'application/json' },
    },
  );
  if (response.status === 404) throw new Error(`The SharePoint site ${where} was not found.`);
  if (response.status === 401 || response.status === 403) {
    throw new Error(`You do not have access to the SharePoint site ${where}. Ask a site owner to add you to the team.`);
  }
  if (!response.ok) throw new Error(`Could not look up the SharePoint site ${where} (HTTP ${response.status}).`);
  const body = (await response.json()) as { id?: unknown; webUrl?: unknown };
  if (typeof body.id !== 'string' || !body.id)
    throw new Error(`Graph returned no id for the SharePoint site ${where}.`);
  return { id: body.id, webUrl: body.webUrl };
}
