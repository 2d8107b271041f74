import { whoAmI } from '../data/graph/directory';
import { graphApi } from '../data/graph/graph-api';
import { createGraphClient, type GraphClientOptions } from '../data/graph/graph-client';
import { createGraphPlanStore } from '../data/graph/graph-plan-store';
import { fetchListNames, fetchSiteWithLists, type SiteList } from '../data/graph/site-lists';
import type { PlanStore } from '../data/plan-store.port';
import { isStoreError } from '../data/store-error';
import type { DirectoryUser } from '../domain/persona';
import type { HostSite } from '../host/host-kind';
import { siteLookupPath } from '../host/site/resolve-site-id';

/**
 * What start-up reads before anything else, in one round trip: the signed-in person (`/me`) and,
 * beside it, the site's lists (and, where only its address is known, the site itself). The plan
 * store takes the lists' ids from this read, so the plan's `$batch` is the next request.
 */
export interface OpenedSite {
  readonly siteId: string;
  readonly webUrl: string;
  readonly store: PlanStore;
  readonly user: DirectoryUser;
  /** The site's lists by name, or null when they could not all be read here (the store then looks them up). */
  readonly lists: readonly SiteList[] | null;
}

/** A site whose id and address the build knows (the local emulator's). */
export async function openKnownSite(
  options: GraphClientOptions & { readonly siteId: string; readonly webUrl: string },
): Promise<OpenedSite> {
  const read = fetchListNames(graphApi(createGraphClient(options)), options.siteId).catch(() => null);
  const store = createGraphPlanStore({ ...options, knownLists: read });
  const [user, lists] = await Promise.all([store.whoAmI(), read]);
  return { siteId: options.siteId, webUrl: options.webUrl, store, user, lists };
}

/** A site named by its address or its team's group, as a tenant's host gives it. */
export async function openSiteAt(options: GraphClientOptions & { readonly site: HostSite }): Promise<OpenedSite> {
  const api = graphApi(createGraphClient(options));
  const [site, user] = await Promise.all([lookUp(api, options.site), whoAmI(api)]);
  const store = createGraphPlanStore({ ...options, siteId: site.id, knownLists: Promise.resolve(site.lists) });
  return { siteId: site.id, webUrl: site.webUrl, store, user, lists: site.lists };
}

const whereOf = (site: HostSite) => site.url ?? `the team's site (group ${site.groupId})`;

async function lookUp(api: ReturnType<typeof graphApi>, site: HostSite) {
  const where = whereOf(site);
  try {
    const found = await fetchSiteWithLists(api, siteLookupPath(site));
    if (!found.id) throw new Error(`Graph returned no id for the SharePoint site ${where}.`);
    if (!found.webUrl) throw new Error(`Graph returned no web address for the SharePoint site ${where}.`);
    return found;
  } catch (error) {
    if (!isStoreError(error)) throw error;
    if (error.kind === 'not-found') throw new Error(`The SharePoint site ${where} was not found.`);
    if (error.kind === 'forbidden' || error.kind === 'unauthorized') {
      throw new Error(
        `You do not have access to the SharePoint site ${where}. Ask a site owner to add you to the team.`,
      );
    }
    throw new Error(`Could not look up the SharePoint site ${where} (${error.message}).`);
  }
}
