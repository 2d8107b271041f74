import { siteOfSubPageId } from '../host/deep-link';
import type { HostInfo } from '../host/host-kind';

/** The query parameter by which a link names the plans' site to a plain browser. */
export const SITE_PARAM = 'site';

/** SharePoint Online's hosts (commercial, GCC High, DoD), for a build that names no site of its own. */
const SHAREPOINT_HOST = /\.sharepoint(-mil)?\.(com|us)$/i;

/** The app's own address on a screen (`#/…`), naming the site that holds the plan. */
export function linkWithSite(appUrl: string, siteUrl: string, hash: string): string {
  return `${appUrl}/?${SITE_PARAM}=${encodeURIComponent(siteUrl)}${hash}`;
}

function siteOfQuery(search: string): string | null {
  const value = new URLSearchParams(search).get(SITE_PARAM);
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? `${url.origin}${url.pathname}`.replace(/\/+$/, '') : null;
  } catch {
    return null;
  }
}

/**
 * The site a link opened the app on (a personal-tab deep link's sub-page id, or `?site=` in a
 * plain browser), if the app may go there: an https site on the same host as the configured one,
 * or, where the build names none, on SharePoint Online. Anything else is ignored (null).
 */
export function linkedSite(host: HostInfo, search: string, configuredSite: string | null): string | null {
  const linked = siteOfSubPageId(host.subPageId) ?? siteOfQuery(search);
  if (!linked) return null;
  const { hostname } = new URL(linked);
  const allowed = configuredSite ? new URL(configuredSite).hostname === hostname : SHAREPOINT_HOST.test(hostname);
  return allowed ? linked : null;
}
